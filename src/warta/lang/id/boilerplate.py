"""Cues of page furniture on Indonesian news pages: what a reader skips without reading.

Plain data: lowercase phrases and regular-expression fragments, matched by warta.clean.cues.
"""

# A line that starts with one of these (then ":" or a space) points to another article or a video.
RELATED_LINK_PREFIXES = (
    "baca juga", "baca selengkapnya", "baca berita", "baca artikel", "baca", "simak juga", "simak video",
    "simak selengkapnya", "simak berita", "simak rangkumannya", "simak", "lihat juga", "lihat video", "lihat",
    "tonton juga", "tonton video", "tonton", "saksikan juga", "saksikan live", "saksikan video", "saksikan",
    "artikel terkait", "berita terkait", "berita lainnya", "klik di sini", "klik disini", "dengarkan",
    "download aplikasi", "unduh aplikasi", "ikuti berita", "ikuti kami", "follow",
)
# Words after which a related-link prefix needs a colon, because a body sentence may also start with them
# ("Lihat saja, ..." or "Simak baik-baik ..."): these are only furniture when followed by ":".
COLON_ONLY_PREFIXES = frozenset({"baca", "simak", "lihat", "tonton", "saksikan", "dengarkan", "follow"})

# Whole-line prompts and placeholders left by ads and scripts.
PROMPTS = (
    "scroll to continue with content", "advertisement", "iklan", "scroll untuk melanjutkan", "[gambas:",
    "loading...", "halaman selanjutnya", "halaman berikutnya", "selanjutnya", "sebelumnya", "next page",
)

# Promotions of the outlet's channels and apps, found anywhere in a line that also carries a link or a call.
PROMO_PHRASES = (
    "whatsapp channel", "saluran whatsapp", "saluran andalanmu", "google news", "breaking news dan berita pilihan",
    "install aplikasi", "unduh aplikasi", "download aplikasi", "ikuti kami di", "follow kami di",
    "berlangganan newsletter", "klik link berikut", "klik tautan berikut", "dapatkan update berita",
    "ikuti saluran", "gabung grup", "bergabung di grup",
)

# Headers of sidebars and lists of other headlines; everything after one of them (after the body) is furniture.
SIDEBAR_HEADERS = frozenset({
    "populer", "terpopuler", "paling populer", "berita populer", "terkini", "berita terkini", "terbaru",
    "berita terbaru", "update", "update terkini", "berita terkini lainnya", "terkini lainnya", "selengkapnya",
    "lainnya", "berita lainnya", "rekomendasi", "rekomendasi untuk anda", "pilihan editor", "editor's picks",
    "trending", "trending topic", "topik terkait", "topik populer", "video terkini", "video terpopuler",
    "berita terkait", "artikel terkait", "baca berita lainnya", "most popular", "latest news", "related",
    "related articles", "read more", "komentar", "tulis komentar", "bagikan", "share",
})

# Labels of credits: "Editor: NAME", "Reporter: NAME". Authors first, then editors, then other credits.
AUTHOR_LABELS = ("reporter", "penulis", "pewarta", "laporan", "wartawan", "jurnalis", "koresponden", "kontributor",
                 "ditulis oleh", "oleh", "writer", "author", "by")
EDITOR_LABELS = ("editor", "redaktur", "penyunting", "editing")
OTHER_CREDIT_LABELS = (
    "videografer", "video production", "produser", "fotografer", "foto", "grafis", "infografis", "sumber",
    "source", "copy editor", "penerjemah",
)

# Writer badges printed by community platforms: "NAME Photo Verified Writer NAME".
BADGE_WORDS = ("verified writer", "community writer", "writer", "editor", "penulis")

# Footer lines: rights notices and platform disclaimers.
COPYRIGHT_CUES = ("copyright", "all right reserved", "all rights reserved", "hak cipta", "dilindungi undang")
DISCLAIMER_CUES = (
    "adalah media yang menyediakan platform", "tanggung jawab dari penulis", "tanggung jawab penulis",
    "isi di luar tanggung jawab", "pedoman media siber",
)

# Line prefixes of tag lists.
TAG_HEADERS = frozenset({"tags", "tag", "tags:", "tag:", "topik", "topik:", "topic", "topics", "kata kunci",
                         "kata kunci:", "keywords"})

# Words that credit a photo or illustration, inside "( ... )" at the end of a caption or on a line alone.
PHOTO_CREDIT_WORDS = (
    "foto", "dok", "dok.", "istimewa", "ilustrasi", "net", "antara", "reuters", "ap", "afp", "getty", "shutterstock",
    "freepik", "unsplash", "pexels", "tangkapan layar", "screenshot", "instagram", "twitter", "facebook", "youtube",
    "x.com", "via", "photo", "image", "courtesy", "file",
)

# Syndication notes: "Artikel ini telah tayang di X dengan judul Y".
SYNDICATION_PATTERNS = (
    r"artikel ini (?:telah|sudah) (?:tayang|terbit|dimuat|tayang lebih dulu) di\s+(?P<outlet>.+?)\s+dengan judul\s+"
    r"[\"“']?(?P<title>.+?)[\"”']?(?:[,.]?\s*(?:klik untuk baca:?\s*)?(?P<url>https?://\S+))?\.?$",
    r"(?:this (?:article|story) (?:was|is) (?:originally|first) (?:published|appeared) (?:in|on|by))\s+"
    r"(?P<outlet>.+?)(?:\s+(?:as|under the title|with the title)\s+[\"“']?(?P<title>.+?)[\"”']?)?\.?$",
)
