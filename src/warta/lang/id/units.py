"""What Indonesian numbers count: nouns for people, time and measure units, and words that end a number phrase."""

from warta.lang.id import nouns

# Nouns for counted people; a claim about them has kind "people" whatever the exact noun.
PERSON_NOUNS = frozenset(
    [
        "orang",
        "warga",
        "penduduk",
        "jiwa",
        "korban",
        "pasukan",
        "tentara",
        "prajurit",
        "personel",
        "anggota",
        "pekerja",
        "karyawan",
        "buruh",
        "siswa",
        "murid",
        "mahasiswa",
        "pengungsi",
        "migran",
        "imigran",
        "pendukung",
        "peserta",
        "pasien",
        "anak",
        "balita",
        "bayi",
        "pria",
        "laki-laki",
        "wanita",
        "perempuan",
        "petani",
        "nelayan",
        "guru",
        "dokter",
        "perawat",
        "polisi",
        "aparat",
        "tahanan",
        "narapidana",
        "napi",
        "pemilih",
        "penumpang",
        "wisatawan",
        "turis",
        "pengunjung",
        "pelajar",
        "santri",
        "jemaah",
        "jamaah",
        "demonstran",
        "pengunjuk",
        "massa",
        "relawan",
        "pegawai",
        "pejabat",
        "tersangka",
        "terdakwa",
        "pelaku",
        "penonton",
        "pemudik",
        "pendatang",
        "keluarga",
        "kk",
        "kepala",
        "rakyat",
        "warganya",
        "pemain",
        "atlet",
        "suporter",
        "awak",
        "kru",
        "pilot",
    ]
)
# Multi-word people nouns read as one: "warga negara", "tenaga kerja", "kepala keluarga".
PERSON_COMPOUNDS = ("warga negara", "tenaga kerja", "kepala keluarga", "pasukan cadangan", "anak buah")

TIME_UNITS = {
    "tahun": "years",
    "bulan": "months",
    "pekan": "weeks",
    "minggu": "weeks",
    "hari": "days",
    "jam": "hours",
    "menit": "minutes",
    "detik": "seconds",
    "abad": "centuries",
    "dekade": "decades",
}
MEASURE_UNITS = {
    "km": "km",
    "kilometer": "km",
    "meter": "metres",
    "m": "metres",
    "cm": "cm",
    "mil": "miles",
    "mikrogram": "micrograms",
    "miligram": "milligrams",
    "mm": "mm",
    "milimeter": "mm",
    "sentimeter": "cm",
    "kuintal": "quintals",
    "ton": "tonnes",
    "kg": "kg",
    "kilogram": "kg",
    "gram": "g",
    "liter": "litres",
    "hektare": "hectares",
    "hektar": "hectares",
    "ha": "hectares",
    "derajat": "degrees",
    "mw": "MW",
    "megawatt": "MW",
    "kwh": "kWh",
    "barel": "barrels",
    "poin": "points",
    "gb": "GB",
}
# "berusia 43 tahun": a time unit after these words is an age.
AGE_CUES = ("berusia", "usia", "umur", "berumur", "usianya", "umurnya")
# "10 tahun penjara": a time unit before these words is a sentence.
PRISON_WORDS = ("penjara", "kurungan", "bui")

# Words a counted noun phrase may carry after its head: "warga negara Rusia", "pasukan cadangan".
NOUN_MODIFIERS = frozenset(
    ["negara", "cadangan", "asing", "lokal", "sipil", "aktif", "baru", "lama", "penjara", "kurungan", "asal"]
)

# Words that cannot be a counted noun: a number followed by one of these counts nothing written.
NOT_NOUNS = frozenset(
    [
        "yang",
        "dan",
        "atau",
        "di",
        "ke",
        "dari",
        "pada",
        "untuk",
        "dengan",
        "itu",
        "ini",
        "tersebut",
        "dalam",
        "oleh",
        "juga",
        "saja",
        "lebih",
        "kurang",
        "lalu",
        "sudah",
        "telah",
        "akan",
        "sedang",
        "masih",
        "per",
        "kali",
        "sebagai",
        "adalah",
        "merupakan",
        "ialah",
        "jadi",
        "menjadi",
        "tak",
        "tidak",
        "belum",
        "bagi",
        "hingga",
        "sampai",
        "sejak",
        "antara",
        "serta",
        "namun",
        "tetapi",
        "tapi",
        "karena",
        "sehingga",
        "agar",
        "bahwa",
        "pun",
        "lagi",
        "sekitar",
        "hanya",
        "cuma",
        "baru",
        "se",
        "sebanyak",
        "sebesar",
        "ada",
        "pukul",
    ]
)
VERB_PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "ter", "di")
# Verbs without those prefixes that often follow an elided noun: "sekitar 11 ribu pergi".
BARE_VERBS = frozenset(
    [
        "pergi",
        "tiba",
        "datang",
        "masuk",
        "keluar",
        "pulang",
        "tewas",
        "meninggal",
        "hilang",
        "kabur",
        "lari",
        "hadir",
        "mati",
    ]
)

LABEL_WORDS = frozenset(
    [
        "pasal",
        "ayat",
        "nomor",
        "no",
        "halaman",
        "hal",
        "jilid",
        "tahap",
        "gelombang",
        "babak",
        "ronde",
        "pekan",
        "ke",
        "kelas",
    ]
)
TIME_CUES = ("pukul", "jam")

# Counting words before a noun ("sembilan orang tersangka"); see lang/id/nouns.py for the English glosses.
CLASSIFIERS = nouns.CLASSIFIERS
# Words of a clause that make a time unit after them a sentence: "ancaman 9 tahun", "terancam penjara hingga 7 tahun".
SENTENCE_CUES = frozenset({"penjara", "dipenjara", "kurungan", "hukuman", "dihukum", "pidana", "dipidana", "vonis",
                           "divonis", "ancaman", "diancam", "terancam", "bui", "dibui"})
