"""Indonesian reporting cues, pronouns, titles and roles, and citation cues, as data."""

# Cues after or before a direct quote ("...," kata X / ujarnya). Their -nya forms point back to the last speaker.
QUOTE_CUES = frozenset("""
kata ujar tutur ungkap jelas tambah imbuh sambung terang tegas papar ucap sebut lanjut pungkas katakan
paparnya kilah seru tanya jawab tukas timpal kenang aku beber urai pesan harap klaim bilang
""".split())
# Reporting verbs of indirect speech: "X mengatakan bahwa ...".
SPEECH_VERBS = frozenset("""
mengatakan menyatakan menyebut menyebutkan menjelaskan menambahkan mengungkapkan mengungkap menegaskan
mengonfirmasi mengkonfirmasi memperingatkan mengingatkan memperkirakan menuding menuduh menilai mengklaim
melaporkan membantah mengakui menyampaikan menerangkan memaparkan mengimbau menekankan mengemukakan berpendapat
berharap menduga mengumumkan menyebutkan mengutarakan membeberkan mengisyaratkan menandaskan mengeluhkan
mengklarifikasi menginformasikan memastikan meyakini menyimpulkan menyatakannya menuturkan menyerukan mendesak
""".split())
# Verbs that report only with "bahwa" after them ("X memastikan bahwa ..."), not with a bare object.
NEEDS_BAHWA = frozenset("memastikan meyakini mendesak berharap mengakui menyimpulkan".split())
STATEMENT_NOUNS = ("bunyi pernyataan tersebut", "bunyi pernyataan itu", "bunyi pernyataan", "demikian pernyataan",
                   "bunyi keterangan tertulis", "bunyi keterangan", "tulis", "tulisnya", "cuitnya", "tulis dia")
# Words between a speaker and the cue that say nothing about who: "X juga mengatakan", "X lebih lanjut menambahkan".
SPEAKER_FILLERS = frozenset("juga pun lebih lanjut kemudian sendiri pula lantas menambahkan sempat turut".split())
PERSON_PRONOUNS = frozenset("ia dia beliau saya aku kami kita mereka".split())
THIRD_PERSON = frozenset("ia dia beliau".split())
# Nouns standing for a document or statement; its speaker is the last organisation that spoke.
DOCUMENT_NOUNS = frozenset("laporan pernyataan keterangan rilis surat dokumen siaran pengumuman".split())
DEMONSTRATIVES = frozenset("itu tersebut ini".split())
INTRODUCERS = ("menurut", "kata", "ujar")

# Titles and roles before a name; a name after one of these is a person ("Wakil Jaksa Agung Kazakhstan, Ulan ...").
TITLES = frozenset("""
presiden wakil menteri mendagri menlu menkeu menkes mensos menhan menko jubir juru bicara kepala ketua sekretaris
direktur dirut gubernur bupati wali walikota camat lurah kapolri kapolda kapolres kapolsek kasat kabid kadis jaksa
hakim anggota pengamat ekonom dosen peneliti komisioner panglima jenderal kolonel letnan mayor kapten brigjen
irjen kombes akbp akp kompol iptu ipda bripka aipda dr prof ir h hj pak bu ibu bapak kiai kh raja ratu pangeran
perdana dubes duta senator plt kabag kabiro deputi asisten staf koordinator pendiri ceo pemimpin komandan danrem
dandim pangdam kasi kanit kasubdit dirjen sekjen sesjen kajati kajari kejati kepolisian pelaksana manajer
direktorat ketum waketum ahli pakar analis aktivis warga politikus politisi ustaz ustad habib romo pendeta
""".split())
# Heads of organisation names: a speaker phrase starting with one of these is an organisation.
ORG_HEADS = frozenset("""
kantor kementerian kejaksaan kepolisian polisi polda polres polsek pemerintah pemprov pemkot pemkab badan komisi
dinas partai dpr dprd mpr kpk kpu bawaslu mahkamah pengadilan bank universitas otoritas lembaga kedutaan kedubes
militer tentara angkatan markas istana kemenlu kemendagri kemenkes kemenkeu kejagung kejati kejari perusahaan
pt tim satgas yayasan organisasi asosiasi serikat federasi dewan majelis kabinet parlemen senat kongres biro
pihak
""".split())
# Leading parts of a sentence that are not its subject: "Pada Jumat (30/6/2023), ...", "Pekan lalu, ...".
LEADING_ADVERBIALS = ("pada", "pekan", "sebelumnya", "selain", "sementara", "namun", "kemudian", "bahkan", "saat",
                      "dalam", "di", "sejak", "setelah", "sebelum", "usai", "meski", "meskipun", "adapun", "terkait",
                      "kemarin", "hari", "selanjutnya", "lebih", "menanggapi", "sedangkan", "akan", "tetapi")

# Citation cues: "dilansir (dari) X", "dikutip dari X", "mengutip X", "seperti dilaporkan X", "dimuat X".
CITATION_CUES = ("seperti dilansir dari", "seperti dilansir", "dilansir dari", "dilansir", "seperti dikutip dari",
                 "seperti dikutip", "dikutip dari", "dikutip", "mengutip dari", "mengutip", "seperti dilaporkan",
                 "dilaporkan", "yang dimuat", "dimuat", "seperti diberitakan", "diberitakan", "melansir",
                 "menurut laporan", "dalam laporan", "sumber")
REPUBLICATION_CUES = ("artikel ini telah tayang di", "artikel ini telah tayang", "artikel ini sudah tayang di",
                      "artikel ini pernah tayang di", "berita ini telah tayang di", "tulisan ini telah tayang di",
                      "artikel ini telah terbit di", "artikel ini merupakan terjemahan dari")
REPUBLICATION_TITLE = ("dengan judul", "berjudul")
