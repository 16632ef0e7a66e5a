"""Text dumps in the layouts of other Indonesian outlets (written for this test, fictional content): the cleaner
and the metadata reader must handle layouts no seed shows, without rules keyed to them."""

from __future__ import annotations

import pytest

from warta import clean, meta
from warta.model import RawDocument
from warta.pipeline import start
from warta.resources import Resources

BODY = [
    "Pemerintah kabupaten membuka kembali jalan lintas desa yang sempat tertutup longsor sejak akhir pekan lalu.",
    "Petugas gabungan membersihkan material tanah dengan dua alat berat selama dua hari penuh.",
    "\"Jalur sudah bisa dilalui kendaraan roda dua dan roda empat, tetapi pengendara harus tetap berhati-hati,\" "
    "kata kepala dinas setempat.",
    "Warga diminta melapor jika melihat retakan baru di tebing sepanjang jalan tersebut.",
]

LAYOUTS = {
    # title, a timestamp naming the outlet, bare credit labels, "JAKARTA, X.com -" dateline, WhatsApp promo, tags
    "kompas-like": (
        ["Kabarkota.com", "Nasional | Regional | Megapolitan | Tren", "Regional",
         "Jalan Lintas Desa Dibuka Kembali Setelah Longsor", "Kabarkota.com - 03/06/2024, 14:05 WIB",
         "Penulis Rina Marlina | Editor Agus Salim", "Ilustrasi jalan desa. (Foto: Dok. Kabarkota)",
         f"GARUT, KABARKOTA.com - {BODY[0]}", BODY[1], "Baca juga: Harga Cabai di Pasar Induk Turun", BODY[2],
         BODY[3], "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu: "
         "https://whatsapp.com/channel/contoh", "Tag: longsor, jalan desa, garut", "Terpopuler",
         "1. Pemkot Uji Coba Bus Listrik", "Senin, 3 Juni 2024 | 10:00 WIB",
         "© 2024 Kabarkota.com. All rights reserved."],
        {"title": "Jalan Lintas Desa Dibuka Kembali Setelah Longsor", "published": "2024-06-03T14:05:00+07:00",
         "authors": ["Rina Marlina"], "editors": ["Agus Salim"], "outlet": "Kabarkota", "dateline": "Garut"},
    ),
    # "NAME - detikX" byline under the title, "Garut - " dateline, initials credit closing the body
    "detik-like": (
        ["detikKota", "Berita", "Jalan Lintas Desa Dibuka Kembali Setelah Longsor", "Rina Marlina - detikKota",
         "Senin, 03 Jun 2024 14:05 WIB", f"Garut - {BODY[0]}", BODY[1], "SCROLL TO CONTINUE WITH CONTENT",
         BODY[2], BODY[3], "(rin/ags)", "Tonton juga video \"Longsor di Jalur Selatan\" di sini:", "Berita Terkait",
         "Longsor Tutup Jalan Provinsi", "Senin, 03 Jun 2024 09:00 WIB"],
        {"title": "Jalan Lintas Desa Dibuka Kembali Setelah Longsor", "published": "2024-06-03T14:05:00+07:00",
         "authors": ["Rina Marlina"], "editors": [], "outlet": "", "dateline": "Garut"},
    ),
    # "Outlet | date" line, "Garut (KANTOR BERITA) -" dateline, "Editor:" footer
    "agency-like": (
        ["Jalan Lintas Desa Dibuka Kembali Setelah Longsor", "Kantor Berita Kota | Senin, 3 Juni 2024 14:05 WIB",
         f"Garut (Kantor Berita Kota) - {BODY[0]}", BODY[1], BODY[2], BODY[3], "Pewarta: Rina Marlina",
         "Editor: Agus Salim", "COPYRIGHT © 2024"],
        {"title": "Jalan Lintas Desa Dibuka Kembali Setelah Longsor", "published": "2024-06-03T14:05:00+07:00",
         "authors": ["Rina Marlina"], "editors": ["Agus Salim"], "outlet": "Kantor Berita Kota", "dateline": "Garut"},
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layout(layout):
    lines, want = LAYOUTS[layout]
    raw = RawDocument(data="\n\n".join(lines).encode(), origin=f"{layout}.txt", content_type="text/plain")
    article = meta.run(clean.run(start(raw), Resources()), Resources())
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == len(BODY), article.body
    assert all(p.endswith(b) for p, b in zip(paragraphs, BODY, strict=True))
    for field, value in want.items():
        assert getattr(article.meta, field) == value, field


def test_a_bare_related_label_over_a_list_of_headlines_and_a_long_caption():
    lines = ["Banjir Merendam Balai Desa Sejak Pagi Tadi", BODY[0], "Baca Juga", "Harga Beras Naik di Pasar",
             "Jembatan Putus Diterjang Arus", BODY[1],
             "Foto: Warga melintasi jalan yang rusak di Garut, Senin (3/6/2024). (Rina/Kabar Kota)", BODY[2]]
    raw = RawDocument(data="\n\n".join(lines).encode(), origin="list.txt", content_type="text/plain")
    article = clean.run(start(raw), Resources())
    assert article.body.split("\n\n") == BODY[:3]


ENGLISH = ["Straits Times Of Nowhere", "World | Business | Sport", "Ferry Fire Leaves Three Dead in Lumbu Strait",
           "By Hannah Sutanto", "June 3, 2024 at 10:30 am",
           "TANJUNG KELAM, Straits Ledger - A passenger ferry caught fire late on Saturday in the Lumbu Strait, "
           "killing three people, officials said.", "Advertisement",
           "Rescue teams pulled 205 people from the water after the blaze spread from the engine room.",
           "Read more: Port checks tightened after ferry fire", "Most Popular", "Rice quota set for June",
           "June 2, 2024", "Copyright 2024 Straits Ledger"]


def test_an_english_dump():
    raw = RawDocument(data="\n\n".join(ENGLISH).encode(), origin="en.txt", content_type="text/plain")
    article = meta.run(clean.run(start(raw), Resources()), Resources())
    assert article.body.split("\n\n") == [ENGLISH[5], ENGLISH[7]]
    m = article.meta
    assert (m.title, m.subtitle, m.authors, m.published, m.outlet, m.dateline, m.language) == (
        ENGLISH[2], "", ["Hannah Sutanto"], "2024-06-03T10:30:00", "Straits Ledger", "Tanjung Kelam", "en")
