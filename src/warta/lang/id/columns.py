"""Indonesian column names of article tables (CSV, JSON) as scrapers and datasets write them, per field."""

COLUMNS = {
    "text": ("isi", "isi_berita", "konten", "artikel", "berita", "teks", "naskah"),
    "title": ("judul", "judul_berita", "tajuk"),
    "published": ("tanggal", "tanggal_terbit", "tanggal_berita", "tgl", "waktu", "waktu_terbit", "terbit"),
    "url": ("tautan", "alamat", "pranala"),
    "outlet": ("sumber", "media", "portal", "penerbit"),
    "author": ("penulis", "wartawan", "reporter", "pewarta"),
    "language": ("bahasa",),
}
