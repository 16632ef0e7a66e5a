"""English glosses of the nouns Indonesian news counts, so that a claim reads the same in either language.

The lexicon is open: a noun it lacks is kept as written (``gloss`` falls back to the Indonesian word). Keys are
lower case; a phrase of up to four words is looked up before its head ("serikat pekerja" is not "pekerja").
Plural English forms, because a counted noun is a plural in English news ("232 students").
"""

GLOSSES = {
    # people
    "orang": "people", "jiwa": "people", "warga": "residents", "penduduk": "residents", "rakyat": "people",
    "warga negara": "citizens", "warga sipil": "civilians", "korban": "victims", "korban jiwa": "deaths",
    "korban tewas": "deaths", "kematian": "deaths", "pasukan": "troops", "pasukan cadangan": "reservists",
    "tentara": "soldiers", "prajurit": "soldiers", "personel": "personnel", "anggota": "members",
    "anggota parlemen": "members of parliament", "anggota dewan": "council members", "anggota dpr": "legislators",
    "anggota delegasi": "delegates", "delegasi": "delegates", "pekerja": "workers", "tenaga kerja": "workers",
    "karyawan": "employees", "buruh": "workers", "pegawai": "employees", "pegawai negeri": "civil servants",
    "pns": "civil servants", "asn": "civil servants", "guru": "teachers", "dosen": "lecturers",
    "siswa": "students", "siswi": "students", "murid": "students", "pelajar": "students", "mahasiswa": "students",
    "santri": "students", "anak": "children", "anak-anak": "children", "anak sekolah": "schoolchildren",
    "balita": "toddlers", "bayi": "babies", "remaja": "teenagers", "pria": "men", "laki-laki": "men",
    "wanita": "women", "perempuan": "women", "ibu": "mothers", "lansia": "elderly people",
    "pengungsi": "refugees", "migran": "migrants", "imigran": "immigrants", "pendukung": "supporters",
    "peserta": "participants", "pasien": "patients", "dokter": "doctors", "perawat": "nurses", "bidan": "midwives",
    "petani": "farmers", "nelayan": "fishermen", "pedagang": "traders", "polisi": "police officers",
    "anggota polisi": "police officers", "aparat": "officers", "petugas": "officers", "tahanan": "detainees",
    "narapidana": "prisoners", "napi": "prisoners", "pemilih": "voters", "penumpang": "passengers",
    "wisatawan": "tourists", "turis": "tourists", "pengunjung": "visitors", "jemaah": "pilgrims",
    "jamaah": "pilgrims", "demonstran": "protesters", "pengunjuk rasa": "protesters", "massa": "protesters",
    "relawan": "volunteers", "pejabat": "officials", "tersangka": "suspects", "terdakwa": "defendants",
    "pelaku": "perpetrators", "saksi": "witnesses", "penonton": "spectators", "pemudik": "homecomers",
    "pendatang": "newcomers", "keluarga": "families", "kepala keluarga": "households", "kk": "households",
    "rumah tangga": "households", "pemain": "players", "atlet": "athletes", "suporter": "supporters",
    "awak": "crew members", "awak kapal": "crew members", "anak buah kapal": "crew members",
    "anak buah": "subordinates", "abk": "crew members", "kru": "crew members", "pilot": "pilots",
    "hakim": "judges", "jaksa": "prosecutors",
    "menteri": "ministers", "kepala daerah": "regional heads", "kabid": "division heads", "pendaftar": "registrants",
    "pelanggan": "customers", "pengguna": "users", "nasabah": "customers", "penerima": "recipients",
    "penerima manfaat": "beneficiaries", "penerima bansos": "aid recipients", "penerima bantuan": "aid recipients",
    "keluarga penerima manfaat": "beneficiary families", "kpm": "beneficiary families", "warganet": "netizens",
    "pengikut": "followers", "penulis": "writers", "wartawan": "journalists", "jurnalis": "journalists",
    "pengusaha": "entrepreneurs", "investor": "investors", "calon": "candidates", "kandidat": "candidates",
    "penyintas": "survivors", "sandera": "hostages", "militan": "militants", "pejuang": "fighters",
    "penghuni": "residents", "tamu": "guests", "umat": "worshippers",
    # institutions and places
    "lembaga": "agencies", "lembaga federal": "federal agencies", "badan": "agencies", "instansi": "agencies",
    "kementerian": "ministries", "serikat": "unions", "serikat pekerja": "labor unions",
    "serikat buruh": "labor unions", "perusahaan": "companies", "bank": "banks", "bumd": "regional enterprises",
    "bumn": "state enterprises", "badan usaha milik daerah": "regional enterprises",
    "badan usaha milik negara": "state enterprises", "partai": "parties", "sekolah": "schools",
    "madrasah": "schools", "kampus": "campuses", "universitas": "universities", "satuan pendidikan": "education units",
    "puskesmas": "community health centers", "rumah sakit": "hospitals", "klinik": "clinics", "negara": "countries",
    "provinsi": "provinces", "kabupaten": "regencies", "kota": "cities", "kecamatan": "districts",
    "desa": "villages", "kelurahan": "villages", "dukuh": "hamlets", "dusun": "hamlets", "kampung": "villages",
    "daerah": "regions", "wilayah": "regions", "pulau": "islands", "titik": "locations", "lokasi": "locations",
    "pos": "posts", "kantor": "offices", "toko": "shops", "pasar": "markets", "gerai": "outlets",
    "umkm": "small businesses", "tps": "polling stations", "posko": "posts", "tempat": "places",
    # things
    "rumah": "houses", "bangunan": "buildings", "gedung": "buildings", "ruang kelas": "classrooms",
    "kelas": "classes", "ruang": "rooms", "kamar": "rooms", "jembatan": "bridges", "jalan": "roads",
    "kendaraan": "vehicles", "mobil": "cars", "motor": "motorcycles", "sepeda motor": "motorcycles", "bus": "buses",
    "truk": "trucks", "kapal": "ships", "perahu": "boats", "pesawat": "aircraft", "senjata": "weapons",
    "rudal": "missiles", "roket": "rockets", "drone": "drones", "bom": "bombs", "unit": "units",
    "ponsel": "phones", "perangkat": "devices", "sensor": "sensors", "aplikasi": "apps", "akun": "accounts",
    "pesan": "messages", "panggilan": "calls", "situs": "websites", "dokumen": "documents", "surat": "letters",
    "sk": "decrees", "peraturan": "regulations", "undang-undang": "laws", "pasal": "articles", "buku": "books",
    "film": "films", "lagu": "songs", "foto": "photos", "video": "videos", "paket": "packages", "porsi": "portions",
    "botol": "bottles", "karung": "sacks", "ekor": "animals", "sapi": "cattle", "kambing": "goats",
    "pohon": "trees", "bibit": "seedlings", "hewan": "animals", "lapangan kerja": "jobs",
    "lapangan pekerjaan": "jobs", "pekerjaan": "jobs", "tiket": "tickets", "kursi": "seats", "suara": "votes",
    "dosis": "doses", "vaksin": "vaccine doses", "sampel": "samples", "tes": "tests", "kasus": "cases",
    "kejadian": "incidents", "insiden": "incidents", "kecelakaan": "accidents", "kebakaran": "fires",
    "gempa": "earthquakes", "serangan": "attacks", "laporan": "reports", "aduan": "complaints",
    "pengaduan": "complaints", "klaim": "claims", "permintaan": "applications", "permohonan": "applications",
    "tuntutan": "demands", "usulan": "proposals", "program": "programmes", "proyek": "projects",
    "kegiatan": "activities", "acara": "events", "inisiatif": "initiatives", "tindakan": "measures",
    "langkah": "steps", "cara": "ways", "metode": "methods", "modus": "methods", "faktor": "factors",
    "poin": "points", "hal": "things", "jenis": "types", "kategori": "categories", "kelompok": "groups",
    "tim": "teams", "klub": "clubs", "gol": "goals", "laga": "matches", "pertandingan": "matches",
    "kemenangan": "wins", "kekalahan": "losses", "hasil imbang": "draws", "medali": "medals", "trofi": "trophies",
    "gelar": "titles", "assist": "assists", "tembakan": "shots", "penyelamatan": "saves", "kartu": "cards",
    "sesi": "sessions", "babak": "rounds", "putaran": "rounds", "kali lipat": "times",
    "basis poin": "basis points", "bps": "basis points", "persen poin": "percentage points",
    "poin persentase": "percentage points",
    # more of what detik counts (the CSV's other articles)
    "talenta": "talents", "bidang": "plots", "bidang tanah": "plots of land", "sektor": "sectors",
    "sertifikasi": "certifications", "sertifikat": "certificates", "arah": "directions", "sungai": "rivers",
    "opsi": "options", "pilihan": "options", "perkara": "cases", "pabrik": "factories", "inovasi": "innovations",
    "tantangan": "challenges", "peluru": "bullets", "sasaran": "targets", "target": "targets",
    "indikator": "indicators", "gebrakan": "breakthroughs", "aset": "assets", "sarang": "nests",
    "aspek": "aspects", "sanggahan": "objections", "pemilu": "elections", "kotak": "boxes",
    "pendapat": "opinions", "silinder": "cylinders", "benda": "objects", "warisan budaya": "heritage items",
    "fosil": "fossils", "cagar budaya": "heritage sites", "objek": "objects", "museum": "museums",
    "judul": "titles", "karya": "works", "penyuluh": "extension workers", "perwakilan": "representatives",
    "korporasi": "corporations", "kunjungan": "visits", "pemangkasan": "cuts", "sumber": "sources",
    "temuan": "findings", "koperasi": "cooperatives", "kontainer": "containers", "ahli": "experts",
    "saksi ahli": "expert witnesses", "pilar": "pillars", "panel": "panels", "pasutri": "married couples",
    "pasangan": "couples", "pihak": "parties", "rekan": "colleagues", "setel": "sets", "gugatan": "lawsuits",
    "mantan pegawai": "former employees", "tenaga": "workers", "tenaga kesehatan": "health workers",
    "nakes": "health workers", "tenaga pendidik": "teachers", "lainnya": "others", "sisanya": "others",
    "provinsi lainnya": "other provinces", "negara lainnya": "other countries", "kursi dpr": "parliamentary seats",
    "ruas jalan": "road sections", "rute": "routes", "penerbangan": "flights", "armada": "fleet units",
    "gerbong": "carriages", "kereta": "trains", "halte": "stops", "stasiun": "stations", "bandara": "airports",
    "pelabuhan": "ports", "hotel": "hotels", "restoran": "restaurants", "merek": "brands", "produk": "products",
    "jenis produk": "product types", "barang bukti": "pieces of evidence", "transaksi": "transactions",
    "rekening": "accounts", "izin": "permits", "kontrak": "contracts", "tender": "tenders",
    "paket pekerjaan": "work packages", "hektare sawah": "hectares of rice fields", "lahan": "plots of land",
    "sekolah rakyat": "people's schools", "dapur": "kitchens", "sppg": "nutrition service units",
    "penerima mbg": "free meal recipients", "porsi makanan": "meal portions", "menu": "menus",
    "kasus keracunan": "poisoning cases", "kasus positif": "positive cases", "kematian bayi": "infant deaths",
}

# Counting words that stand between a number and its noun ("sembilan orang tersangka", "5 unit rumah"): when a
# noun of the lexicon follows, it is the unit; alone, the counting word is.
CLASSIFIERS = frozenset({"orang", "buah", "unit", "ekor", "biji", "helai", "lembar", "batang", "butir", "pucuk"})


def gloss(phrase: str) -> str:
    """The English plural for an Indonesian counted noun phrase; the phrase as written when the lexicon lacks it."""
    words = phrase.lower().split()
    for width in (4, 3, 2, 1):
        key = " ".join(words[:width])
        if len(words) >= width and key in GLOSSES:
            return GLOSSES[key]
    head = words[0] if words else ""
    for stem in (head.removesuffix("nya"), head.split("/")[0]):  # "caranya", "siswa/siswi"
        if stem in GLOSSES:
            return GLOSSES[stem]
    return phrase
