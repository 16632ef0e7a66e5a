"""Indonesian news outlets: web domains and the names they print, so a domain or a dateline maps to one name."""

# Registered domain -> outlet name as the outlet writes it.
DOMAINS = {
    "detik.com": "detikcom",
    "kompas.com": "Kompas.com",
    "kompas.id": "Kompas.id",
    "kompas.tv": "KompasTV",
    "tribunnews.com": "Tribunnews.com",
    "tribun-video.com": "Tribun Video",
    "idntimes.com": "IDN Times",
    "republika.co.id": "Republika",
    "tempo.co": "Tempo.co",
    "cnnindonesia.com": "CNN Indonesia",
    "cnbcindonesia.com": "CNBC Indonesia",
    "liputan6.com": "Liputan6.com",
    "antaranews.com": "ANTARA",
    "okezone.com": "Okezone",
    "sindonews.com": "SINDOnews",
    "suara.com": "Suara.com",
    "merdeka.com": "Merdeka.com",
    "viva.co.id": "VIVA",
    "jpnn.com": "JPNN.com",
    "kumparan.com": "kumparan",
    "tirto.id": "Tirto.id",
    "beritasatu.com": "Beritasatu",
    "mediaindonesia.com": "Media Indonesia",
    "jawapos.com": "Jawa Pos",
    "thejakartapost.com": "The Jakarta Post",
    "rmol.id": "RMOL",
    "inews.id": "iNews",
    "bisnis.com": "Bisnis.com",
    "kontan.co.id": "Kontan",
    "katadata.co.id": "Katadata",
    "grid.id": "Grid.ID",
    "pikiran-rakyat.com": "Pikiran Rakyat",
    "voaindonesia.com": "VOA Indonesia",
    "bbc.com": "BBC",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "reuters.com": "Reuters",
}

# Second-level suffixes under which the registered domain has three labels (x.co.id, x.or.id).
COUNTRY_SECOND_LEVELS = frozenset({"co", "or", "ac", "go", "web", "my", "sch", "com", "net", "org", "gov"})

# Detik's channels as printed in link text, after "detik" ("detikNews", "detikJateng"); a channel name glued to the
# word after it ("kepadadetikJatengdi") is cut after the longest channel that fits. Read from the channels of the
# detik-1000 CSV.
DETIK_CHANNEL_SUFFIXES = (
    "com", "News", "Finance", "INET", "Inet", "Sport", "Sepakbola", "Health", "Travel", "Food", "Oto", "Hot", "Edu",
    "Pop", "Properti", "Hikmah", "Sore", "Pagi", "X", "Wolipop", "Jateng", "Jatim", "Jabar", "Jogja", "Bali",
    "Sulsel", "Sumut", "Sumbagsel", "Kalimantan", "Kalbar", "Kaltim", "Banten", "Lampung", "Riau", "travel",
)
DETIK_CHANNELS = tuple("detik" + suffix for suffix in DETIK_CHANNEL_SUFFIXES)
# News agencies and outlets that Indonesian pages name through a link, whose text runs into the words around it
# ("dilansirAFP", "dariCNA", "kepadaTNT Sportsdi"). Longest first when matched.
LINKED_OUTLETS = (
    "AFP", "AP", "Reuters", "Antara", "ANTARA", "Bernama", "Xinhua", "Kyodo", "Yonhap", "TASS", "Sputnik",
    "Anadolu", "Al Jazeera", "BBC", "CNN", "CNN Indonesia", "CNBC", "CNBC Indonesia", "CNA", "Bloomberg", "NHK",
    "ABC News", "NBC News", "CBS News", "Fox News", "Sky News", "Sky Sports", "TNT Sports", "ESPN", "Goal",
    "Goalpost", "Marca", "The Guardian", "The Telegraph", "The Independent", "Daily Mail", "The Athletic",
    "New York Times", "Washington Post", "Financial Times", "Wall Street Journal", "South China Morning Post",
    "Straits Times", "The Straits Times", "Jakarta Post", "The Jakarta Post", "Kompas", "Kompas.com", "Tempo",
    "Republika", "Liputan6", "Kumparan", "Techspot", "TechCrunch", "The Verge", "Engadget", "Variety", "Deadline",
)
# Words the page writes right after a linked name with no space ("detikJatengdi", "detikNewsdariAntara",
# "dihubungidetikcomSenin"): a glued tail is cut off only when it is one of these, so "Antaranews" stays whole.
GLUED_TAILS = (
    "di", "dari", "pada", "dalam", "akan", "pukul", "yang", "untuk", "saat", "selengkapnya", "melalui", "bahwa",
    "dan", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
)
# Citation and interview cues that a page glues to the capitalised link text after them ("dilansirAntara",
# "kepadaMapolres", "DilansirdetikNews" is handled by the channel rule).
GLUED_CUES = (
    "dilansir", "dikutip", "mengutip", "melansir", "kepada", "dari", "koresponden", "menurut", "pantauan",
    "dihubungi", "dikonfirmasi", "dirangkum", "ditulis", "diwawancara", "diterima", "dilihat", "catatan", "oleh",
)
