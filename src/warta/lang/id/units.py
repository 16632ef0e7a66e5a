"""What Indonesian numbers count: nouns for people, time and measure units, and words that end a number phrase."""

# Nouns for counted people; a claim about them has kind "people" whatever the exact noun.
PERSON_NOUNS = frozenset("""
orang warga penduduk jiwa korban pasukan tentara prajurit personel anggota pekerja karyawan buruh siswa murid
mahasiswa pengungsi migran imigran pendukung peserta pasien anak balita bayi pria laki-laki wanita perempuan
petani nelayan guru dokter perawat polisi aparat tahanan narapidana napi pemilih penumpang wisatawan turis
pengunjung pelajar santri jemaah jamaah demonstran pengunjuk massa relawan pegawai pejabat tersangka terdakwa
pelaku penonton pemudik pendatang keluarga kk kepala rakyat warganya pemain atlet suporter awak kru pilot
""".split())
# Multi-word people nouns read as one: "warga negara", "tenaga kerja", "kepala keluarga".
PERSON_COMPOUNDS = ("warga negara", "tenaga kerja", "kepala keluarga", "pasukan cadangan", "anak buah")

TIME_UNITS = {"tahun": "years", "bulan": "months", "pekan": "weeks", "minggu": "weeks", "hari": "days",
              "jam": "hours", "menit": "minutes", "detik": "seconds", "abad": "centuries", "dekade": "decades"}
MEASURE_UNITS = {"km": "km", "kilometer": "km", "meter": "m", "m": "m", "cm": "cm", "mil": "miles", "ton": "t",
                 "kg": "kg", "kilogram": "kg", "gram": "g", "liter": "l", "hektare": "ha", "hektar": "ha", "ha": "ha",
                 "derajat": "degrees", "mw": "MW", "megawatt": "MW", "kwh": "kWh", "barel": "barrels", "gb": "GB"}
# "berusia 43 tahun": a time unit after these words is an age.
AGE_CUES = ("berusia", "usia", "umur", "berumur", "usianya", "umurnya")
# "10 tahun penjara": a time unit before these words is a sentence.
PRISON_WORDS = ("penjara", "kurungan", "bui")

# Words a counted noun phrase may carry after its head: "warga negara Rusia", "pasukan cadangan".
NOUN_MODIFIERS = frozenset("negara cadangan asing lokal sipil aktif baru lama penjara kurungan asal".split())

# Words that cannot be a counted noun: a number followed by one of these counts nothing written.
NOT_NOUNS = frozenset("""
yang dan atau di ke dari pada untuk dengan itu ini tersebut dalam oleh juga saja lebih kurang lalu sudah telah akan
sedang masih per kali sebagai adalah merupakan ialah jadi menjadi tak tidak belum bagi hingga sampai sejak antara
serta namun tetapi tapi karena sehingga agar bahwa pun lagi sekitar hanya cuma baru se sebanyak sebesar ada
""".split())
VERB_PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "ter", "di")
# Verbs without those prefixes that often follow an elided noun: "sekitar 11 ribu pergi".
BARE_VERBS = frozenset("pergi tiba datang masuk keluar pulang tewas meninggal hilang kabur lari hadir mati".split())

LABEL_WORDS = frozenset("pasal ayat nomor no halaman hal jilid tahap gelombang babak ronde pekan ke kelas".split())
TIME_CUES = ("pukul", "jam")

# English glosses of counted nouns, so a claim can be compared with one written in English.
GLOSSES = {"penduduk": "residents", "warga": "citizens", "warga negara": "citizens", "orang": "people",
           "pasukan": "troops", "pasukan cadangan": "reservists", "tentara": "soldiers", "prajurit": "soldiers",
           "permintaan": "applications", "korban": "victims", "pengungsi": "refugees", "pekerja": "workers",
           "tenaga kerja": "workers", "siswa": "students", "kasus": "cases", "rumah": "houses", "unit": "units"}
