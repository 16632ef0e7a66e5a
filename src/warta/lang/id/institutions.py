"""Indonesian institution names and their English forms, for NER features and for canonical entity names.

An institution head followed by a place names that place's institution. The English form says where the place
goes: "{}" marks its slot ("Polda Sumut" -> "North Sumatra Regional Police", "BPS NTB" -> "Statistics Indonesia
West Nusa Tenggara"); a form without one takes a country after "of" and any other place in front ("Kementerian
Luar Negeri Rusia" -> "Ministry of Foreign Affairs of Russia", "Kantor Kejaksaan Kostanay" -> "Kostanay
Prosecutor's Office"). Heads in NATIONAL, written alone in Indonesian news, are Indonesia's ("Kemenkeu" ->
"Ministry of Finance of Indonesia"). Written by hand for warta from the institutions' own English names.
"""

from warta.lang.id.organisations import KNOWN as KNOWN

# Lower-cased head phrase -> English name of the institution ("{}" = where the place goes).
HEADS: dict[str, str] = {
    # ministries (the 2024 cabinet's names, and the older ones still written)
    "kementerian luar negeri": "Ministry of Foreign Affairs",
    "kemenlu": "Ministry of Foreign Affairs",
    "menlu": "Ministry of Foreign Affairs",
    "kementerian luar negeri dan kerja sama": "Ministry of Foreign Affairs",
    "kementerian dalam negeri": "Ministry of Home Affairs",
    "kemendagri": "Ministry of Home Affairs",
    "kementerian pertahanan": "Ministry of Defence",
    "kemhan": "Ministry of Defence",
    "kemenhan": "Ministry of Defence",
    "kementerian keuangan": "Ministry of Finance",
    "kemenkeu": "Ministry of Finance",
    "kementerian kesehatan": "Ministry of Health",
    "kemenkes": "Ministry of Health",
    "kementerian perdagangan": "Ministry of Trade",
    "kemendag": "Ministry of Trade",
    "kementerian kehakiman": "Ministry of Justice",
    "kementerian energi": "Ministry of Energy",
    "kementerian energi dan sumber daya mineral": "Ministry of Energy and Mineral Resources",
    "kementerian esdm": "Ministry of Energy and Mineral Resources",
    "kesdm": "Ministry of Energy and Mineral Resources",
    "kementerian perhubungan": "Ministry of Transportation",
    "kemenhub": "Ministry of Transportation",
    "kementerian perindustrian": "Ministry of Industry",
    "kemenperin": "Ministry of Industry",
    "kementerian pertanian": "Ministry of Agriculture",
    "kementan": "Ministry of Agriculture",
    "kementerian agama": "Ministry of Religious Affairs",
    "kemenag": "Ministry of Religious Affairs",
    "kementerian sosial": "Ministry of Social Affairs",
    "kemensos": "Ministry of Social Affairs",
    "kementerian badan usaha milik negara": "Ministry of State-Owned Enterprises",
    "kementerian bumn": "Ministry of State-Owned Enterprises",
    "kementerian pekerjaan umum": "Ministry of Public Works",
    "kementerian pu": "Ministry of Public Works",
    "kementerian pekerjaan umum dan perumahan rakyat": "Ministry of Public Works and Housing",
    "kementerian pupr": "Ministry of Public Works and Housing",
    "kementerian pendidikan": "Ministry of Education",
    "kementerian pendidikan dasar dan menengah": "Ministry of Primary and Secondary Education",
    "kemendikdasmen": "Ministry of Primary and Secondary Education",
    "kementerian pendidikan tinggi, sains, dan teknologi": "Ministry of Higher Education, Science, and Technology",
    "kemendiktisaintek": "Ministry of Higher Education, Science, and Technology",
    "kementerian pendidikan, kebudayaan, riset, dan teknologi": "Ministry of Education, Culture, Research, and "
    "Technology",
    "kemendikbudristek": "Ministry of Education, Culture, Research, and Technology",
    "kemendikbud": "Ministry of Education and Culture",
    "kementerian kebudayaan": "Ministry of Culture",
    "kementerian hukum": "Ministry of Law",
    "kemenkum": "Ministry of Law",
    "kementerian hukum dan ham": "Ministry of Law and Human Rights",
    "kemenkumham": "Ministry of Law and Human Rights",
    "kementerian hak asasi manusia": "Ministry of Human Rights",
    "kementerian ham": "Ministry of Human Rights",
    "kementerian imigrasi dan pemasyarakatan": "Ministry of Immigration and Corrections",
    "kementerian ketenagakerjaan": "Ministry of Manpower",
    "kemnaker": "Ministry of Manpower",
    "kemenaker": "Ministry of Manpower",
    "kementerian koperasi": "Ministry of Cooperatives",
    "kemenkop": "Ministry of Cooperatives",
    "kementerian pemuda dan olahraga": "Ministry of Youth and Sports",
    "kemenpora": "Ministry of Youth and Sports",
    "kementerian desa": "Ministry of Villages and Development of Disadvantaged Regions",
    "kemendes": "Ministry of Villages and Development of Disadvantaged Regions",
    "kementerian kelautan dan perikanan": "Ministry of Marine Affairs and Fisheries",
    "kkp": "Ministry of Marine Affairs and Fisheries",
    "kementerian kehutanan": "Ministry of Forestry",
    "kemenhut": "Ministry of Forestry",
    "kementerian lingkungan hidup": "Ministry of Environment",
    "kementerian lingkungan hidup dan kehutanan": "Ministry of Environment and Forestry",
    "klhk": "Ministry of Environment and Forestry",
    "kementerian agraria dan tata ruang": "Ministry of Agrarian Affairs and Spatial Planning",
    "kementerian atr/bpn": "Ministry of Agrarian Affairs and Spatial Planning",
    "kementerian investasi": "Ministry of Investment",
    "kementerian pariwisata": "Ministry of Tourism",
    "kemenpar": "Ministry of Tourism",
    "kementerian ekonomi kreatif": "Ministry of Creative Economy",
    "kementerian pemberdayaan perempuan dan perlindungan anak": "Ministry of Women's Empowerment and Child "
    "Protection",
    "kemen pppa": "Ministry of Women's Empowerment and Child Protection",
    "kementerian komunikasi dan digital": "Ministry of Communication and Digital Affairs",
    "komdigi": "Ministry of Communication and Digital Affairs",
    "kementerian komunikasi dan informatika": "Ministry of Communication and Information Technology",
    "kominfo": "Ministry of Communication and Information Technology",
    "kementerian sekretariat negara": "Ministry of State Secretariat",
    "kemensetneg": "Ministry of State Secretariat",
    "kementerian perumahan dan kawasan permukiman": "Ministry of Housing and Settlement Areas",
    "kementerian ppn/bappenas": "Ministry of National Development Planning",
    "kementerian pendayagunaan aparatur negara dan reformasi birokrasi": "Ministry of State Apparatus "
    "Utilization and Bureaucratic Reform",
    "kemenpan-rb": "Ministry of State Apparatus Utilization and Bureaucratic Reform",
    "kementerian koordinator bidang perekonomian": "Coordinating Ministry for Economic Affairs",
    "kemenko perekonomian": "Coordinating Ministry for Economic Affairs",
    "kemenko bidang perekonomian": "Coordinating Ministry for Economic Affairs",
    "kemenko polkam": "Coordinating Ministry for Political and Security Affairs",
    "kemenko polhukam": "Coordinating Ministry for Political, Legal, and Security Affairs",
    "kemenko pmk": "Coordinating Ministry for Human Development and Cultural Affairs",
    "kemenko pangan": "Coordinating Ministry for Food Affairs",
    "kemenko bidang pangan": "Coordinating Ministry for Food Affairs",
    "kemenko infrastruktur": "Coordinating Ministry for Infrastructure and Regional Development",
    "kemenko kumham imipas": "Coordinating Ministry for Legal, Human Rights, Immigration, and Correction Affairs",
    "kemenko marves": "Coordinating Ministry for Maritime and Investment Affairs",
    # prosecutors, courts, police, armed forces
    "kantor kejaksaan": "Prosecutor's Office",
    "kejaksaan": "Prosecutor's Office",
    "kejaksaan agung": "Attorney General's Office",
    "kejagung": "Attorney General's Office",
    "kejaksaan tinggi": "High Prosecutor's Office",
    "kejati": "High Prosecutor's Office",
    "kejaksaan negeri": "District Prosecutor's Office",
    "kejari": "District Prosecutor's Office",
    "kantor kepresidenan": "Presidential Office",
    "kepolisian": "Police",
    "kepolisian daerah": "Regional Police",
    "polda": "Regional Police",
    "polrestabes": "{} Metropolitan Police",
    "polresta": "{} City Police",
    "polres": "{} Resort Police",
    "polsek": "{} Sector Police",
    "pengadilan negeri": "District Court",
    "pengadilan tinggi": "High Court",
    "pengadilan agama": "{} Religious Court",
    "pengadilan tipikor": "{} Corruption Court",
    "pengadilan tindak pidana korupsi": "{} Corruption Court",
    "mahkamah agung": "Supreme Court",
    "mahkamah konstitusi": "Constitutional Court",
    "angkatan bersenjata": "Armed Forces",
    "angkatan darat": "Army",
    "angkatan laut": "Navy",
    "angkatan udara": "Air Force",
    "kodim": "{} Military District Command",
    # diplomacy, parliament, banks, other national bodies
    "departemen kehakiman": "Department of Justice",
    "departemen luar negeri": "Department of State",
    "departemen pertahanan": "Department of Defense",
    "departemen keuangan": "Department of the Treasury",
    "departemen keamanan dalam negeri": "Department of Homeland Security",
    "departemen tenaga kerja": "Department of Labor",
    "departemen perdagangan": "Department of Commerce",
    "kantor ombudsman": "Ombudsman's Office",
    "kedutaan besar": "Embassy",
    "kedubes": "Embassy",
    "parlemen": "Parliament",
    "bank sentral": "Central Bank",
    "badan intelijen": "Intelligence Agency",
    "dinas keamanan": "Security Service",
    "komisi pemilihan umum": "Election Commission",
    "bps": "Statistics Indonesia {}",
    "badan pusat statistik": "Statistics Indonesia {}",
    # regional governments and their agencies ("dinas"), named after their regency, city or province
    "pemerintah provinsi": "{} Provincial Government",
    "pemprov": "{} Provincial Government",
    "pemerintah kabupaten": "{} Regency Government",
    "pemkab": "{} Regency Government",
    "pemerintah kota": "{} City Government",
    "pemkot": "{} City Government",
    "dprd": "{} Regional People's Representative Council",
    "bpbd": "{} Regional Disaster Management Agency",
    "badan penanggulangan bencana daerah": "{} Regional Disaster Management Agency",
    "dinas kesehatan": "{} Health Agency",
    "dinkes": "{} Health Agency",
    "dinas sosial": "{} Social Affairs Agency",
    "dinsos": "{} Social Affairs Agency",
    "dinas pendidikan": "{} Education Agency",
    "disdik": "{} Education Agency",
    "dinas perhubungan": "{} Transportation Agency",
    "dishub": "{} Transportation Agency",
    "dinas pekerjaan umum": "{} Public Works Agency",
    "dinas lingkungan hidup": "{} Environment Agency",
    "dlh": "{} Environment Agency",
    "dinas kependudukan dan pencatatan sipil": "{} Population and Civil Registration Agency",
    "disdukcapil": "{} Population and Civil Registration Agency",
    "dinas pariwisata": "{} Tourism Agency",
    "dispar": "{} Tourism Agency",
    "dinas pemadam kebakaran": "{} Fire Department",
    "damkar": "{} Fire Department",
    "satpol pp": "{} Public Order Agency",
    "rsud": "{} Regional General Hospital",
    "puskesmas": "{} Community Health Center",
    "rumah sakit umum daerah": "{} Regional General Hospital",
    "rumah sakit": "{} Hospital",
    "universitas": "University of {}",
    "universitas islam": "{} Islamic University",
    "universitas islam negeri": "{} State Islamic University",
    "universitas negeri": "{} State University",
    "badan eksekutif mahasiswa": "{} Student Executive Board",
    "bem": "{} Student Executive Board",
}

# Heads named differently for a whole country than for a place in it ("Kepolisian Peru" -> National Police of
# Peru; "Departemen Kehakiman AS" -> United States Department of Justice).
COUNTRY_FORMS: dict[str, str] = {
    "kepolisian": "National Police of {}",
    "departemen kehakiman": "{} Department of Justice",
    "departemen luar negeri": "{} Department of State",
    "departemen pertahanan": "{} Department of Defense",
    "departemen keuangan": "{} Department of the Treasury",
    "departemen keamanan dalam negeri": "{} Department of Homeland Security",
    "departemen tenaga kerja": "{} Department of Labor",
    "departemen perdagangan": "{} Department of Commerce",
    "kantor ombudsman": "Ombudsman's Office of {}",
}

# Heads whose bare form in an Indonesian article is Indonesia's own institution ("Kemenkeu", "Kejaksaan Agung").
NATIONAL = frozenset(
    name for name in HEADS.values() if name.startswith(("Ministry of", "Coordinating Ministry"))
) | frozenset(["Attorney General's Office", "Supreme Court", "Constitutional Court"])

# Heads whose name is not a place ("Puskesmas Waimital", "TK Cemara"): the capitalised words after the head are
# the name, in front of the English head.
NAMED = frozenset(
    ["puskesmas", "rsud", "rumah sakit", "rumah sakit umum daerah", "polres", "polsek", "universitas islam",
     "universitas islam negeri", "universitas negeri", "badan eksekutif mahasiswa", "bem"]
)  # fmt: skip
# Named heads whose name, when no place, reads differently ("Universitas Gadjah Mada" -> Gadjah Mada University).
NAMED_FORMS: dict[str, str] = {"universitas": "{} University"}

# Schools: Indonesian type (lower case) -> English type; qualifiers before the name and a number after it
# ("SMA Negeri 1 Kairatu" -> "Kairatu State Senior High School 1", "SD Inpres Talaga Ratu" -> "Talaga Ratu Inpres
# Elementary School").
SCHOOLS: dict[str, str] = {
    "tk": "Kindergarten",
    "taman kanak-kanak": "Kindergarten",
    "paud": "Early Childhood Education Center",
    "sd": "Elementary School",
    "sekolah dasar": "Elementary School",
    "smp": "Junior High School",
    "sekolah menengah pertama": "Junior High School",
    "sma": "Senior High School",
    "sekolah menengah atas": "Senior High School",
    "smk": "Vocational High School",
    "sekolah menengah kejuruan": "Vocational High School",
    "madrasah ibtidaiyah": "Islamic Elementary School",
    "madrasah tsanawiyah": "Islamic Junior High School",
    "mts": "Islamic Junior High School",
    "madrasah aliyah": "Islamic Senior High School",
    "min": "State Islamic Elementary School",
    "mtsn": "State Islamic Junior High School",
}
SCHOOL_QUALIFIERS: dict[str, str] = {"negeri": "State", "swasta": "Private", "inpres": "Inpres", "islam": "Islamic"}

# Task forces ("Satgas Pangan Polda Sumut" -> North Sumatra Regional Police Food Task Force): their subject in
# English, after the organisation that runs them.
TASK_FORCES: dict[str, str] = {
    "pangan": "Food",
    "narkoba": "Narcotics",
    "antinarkoba": "Narcotics",
    "covid-19": "COVID-19",
    "penanganan covid-19": "COVID-19 Handling",
    "pemberantasan pungli": "Anti-Extortion",
    "saber pungli": "Anti-Extortion",
    "antimafia bola": "Anti-Football Mafia",
    "antimafia tanah": "Anti-Land Mafia",
    "tppo": "Human Trafficking",
    "kebakaran hutan dan lahan": "Forest and Land Fire",
    "karhutla": "Forest and Land Fire",
    "terpadu": "Integrated",
}

# Words between a head and its place that add nothing to the name ("Kantor kejaksaan wilayah Kostanay").
PLACE_LINKS = frozenset(["di", "wilayah", "daerah", "provinsi", "kota", "kabupaten", "kab.", "negara"])

# The heads the shipped NER model was trained with: its features read these (warta.text.ner_features), so they
# stay fixed until `warta train ner` is run again; HEADS above names entities and may grow.
_TRAINED_HEADS = (
    "kementerian luar negeri", "kemenlu", "menlu", "kementerian dalam negeri", "kemendagri",
    "kementerian pertahanan", "kemhan", "kementerian keuangan", "kemenkeu", "kementerian kesehatan", "kemenkes",
    "kementerian perdagangan", "kementerian luar negeri dan kerja sama", "kementerian kehakiman",
    "kementerian energi", "kementerian perhubungan", "kemenhub", "kementerian perindustrian", "kemenperin",
    "kementerian pertanian", "kementan", "kementerian agama", "kemenag", "kementerian sosial", "kemensos",
    "kementerian badan usaha milik negara", "kementerian bumn", "kementerian energi dan sumber daya mineral",
    "kementerian esdm", "kementerian pekerjaan umum", "kementerian pendidikan", "kementerian hukum",
    "kementerian komunikasi dan digital", "kementerian pariwisata", "kementerian lingkungan hidup",
    "kantor kejaksaan", "kejaksaan", "kejaksaan agung", "kejaksaan tinggi", "kejaksaan negeri",
    "kantor kepresidenan", "kepolisian", "kepolisian daerah", "pengadilan negeri", "pengadilan tinggi",
    "mahkamah agung", "mahkamah konstitusi", "kedutaan besar", "kedubes", "parlemen", "bank sentral",
    "badan intelijen", "angkatan bersenjata", "angkatan darat", "angkatan laut", "angkatan udara",
    "dinas keamanan", "komisi pemilihan umum",
)  # fmt: skip
HEAD_PHRASES = frozenset(tuple(h.split()) for h in _TRAINED_HEADS if " " in h)
HEAD_WORDS = frozenset(h for h in _TRAINED_HEADS if " " not in h) | frozenset(
    [
        "kementerian",
        "kantor",
        "badan",
        "dinas",
        "komisi",
        "lembaga",
        "dewan",
        "majelis",
        "partai",
        "universitas",
        "rumah",
        "sakit",
        "bank",
        "pt",
        "tbk",
        "grup",
        "kelompok",
        "perusahaan",
        "yayasan",
        "asosiasi",
        "persatuan",
        "serikat",
        "organisasi",
        "pemerintah",
        "pemkot",
        "pemkab",
        "pemprov",
    ]
)
