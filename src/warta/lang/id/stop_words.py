"""Indonesian function words: they say nothing about which event a sentence reports (written for this project)."""

STOP_WORDS = frozenset("""
ada adalah agar akan akhirnya antara apa apabila atas atau bagi bahkan bahwa baik baru belum berikut beberapa
bisa dalam dan dapat dari demikian dengan di dia hal hanya harus hingga ia ini itu jadi juga jika kami kamu
karena ke kembali kemudian kepada ketika kita lagi lain lalu lebih maka masih mereka meski namun oleh pada para
pun saat saja sama sampai sangat satu secara sebagai sebelum sebelumnya sedang sejak selain selama semua
sementara serta setelah sudah tak tanpa telah tengah terhadap tersebut tetapi tidak untuk waktu yaitu yakni
yang
""".split())
