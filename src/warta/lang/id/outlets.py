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

# Detik's channels as they print them; text dumps glue them to the words around ("kepadadetikJateng",
# "DilansirdetikNews"), so they are found inside words too.
DETIK_CHANNELS = (
    "detikcom", "detikNews", "detikFinance", "detikINET", "detikInet", "detikSport", "detikHot", "detikHealth",
    "detikOto", "detikTravel", "detikFood", "detikEdu", "detikHikmah", "detikProperti", "detikPop", "detikJateng",
    "detikJatim", "detikJabar", "detikSumut", "detikSulsel", "detikBali", "detikSumbagsel", "detikKalimantan",
    "detikJogja",
)  # fmt: skip

# Wire agencies and outlets whose name, glued after a lower-case cue word ("dilansirAntara", "korespondenAFP"),
# is still the outlet.
GLUED_OUTLETS = (
    "AFP", "Reuters", "Antara", "ANTARA", "Xinhua", "Bernama", "Bloomberg", "CNN Indonesia", "CNBC Indonesia", "CNN",
    "CNBC", "BBC", "CNA", "AP", "Al Jazeera", "TNT Sports", "Sky Sports", "ESPN", "Kompas", "Tempo",
)  # fmt: skip
