"""Indonesian function words: they say nothing about which event a sentence reports (written for this project)."""

STOP_WORDS = frozenset(
    [
        "ada", "adalah", "agar", "akan", "akhirnya", "antara", "apa", "apabila", "atas", "atau", "bagi", "bahkan",
        "bahwa", "baik", "baru", "beberapa", "belum", "berikut", "bisa", "dalam", "dan", "dapat", "dari", "demikian",
        "dengan", "di", "dia", "hal", "hanya", "harus", "hingga", "ia", "ini", "itu", "jadi", "jika", "juga", "kami",
        "kamu", "karena", "ke", "kembali", "kemudian", "kepada", "ketika", "kita", "lagi", "lain", "lalu", "lebih",
        "maka", "masih", "mereka", "meski", "namun", "oleh", "pada", "para", "pun", "saat", "saja", "sama", "sampai",
        "sangat", "satu", "sebagai", "sebelum", "sebelumnya", "secara", "sedang", "sejak", "selain", "selama",
        "sementara", "semua", "serta", "setelah", "sudah", "tak", "tanpa", "telah", "tengah", "terhadap", "tersebut",
        "tetapi", "tidak", "untuk", "waktu", "yaitu", "yakni", "yang"
    ]
)

# The commonest Indonesian function words, none of them an English word: a text where they are a good share of the
# words and far outnumber the English ones is Indonesian without asking the statistical identifier (meta.language).
MARKERS = frozenset(
    [
        "yang", "dan", "di", "dengan", "untuk", "tidak", "ini", "itu", "dari", "dalam", "akan", "pada", "juga", "ke",
        "adalah", "bahwa", "oleh", "karena", "atau", "sudah", "telah", "tersebut", "mereka", "saat", "kata", "ada",
        "bisa", "tak", "para", "kami", "kita", "menjadi", "lebih", "sebagai", "belum"
    ]
)
