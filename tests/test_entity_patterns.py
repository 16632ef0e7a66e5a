"""Canonical entities on text written the way Indonesian and English news write it: institutions with their place,
regencies, Detik channels glued to words, initials, short names across articles, and English places and ships."""

from __future__ import annotations

import csv

from warta import pipeline
from warta.model import Article, RawDocument
from warta.text import mention_patterns


def _entities(text: str, resources) -> tuple[Article, dict[str, str]]:
    article = pipeline.process(RawDocument(data=text.encode(), origin="test.txt"), resources)
    return article, {e.name: e.label for e in article.entities}


def _name_of(article: Article, surface: str) -> str:
    by_id = {e.id: e for e in article.entities}
    return next(by_id[m.entity].name for m in article.mentions if m.text == surface and m.entity in by_id)


INDONESIAN = (
    "Banjir Rendam Dua Desa di Sleman\n\n"
    "Jumat, 17 Okt 2025 21:16 WIB\n\n"
    "Banjir merendam dua desa di Kabupaten Sleman, Jumat (17/10/2025). Kepala Pelaksana Badan Penanggulangan "
    "Bencana Daerah (BPBD) Kabupaten Sleman, Makwan, mengatakan air mulai surut pada sore hari.\n"
    "\"Tim kami sudah di lokasi sejak pagi,\" kata Makwan kepadadetikJogja.\n"
    "Dinas Sosial (Dinsos) Kota Yogyakarta mengirim bantuan ke Sleman. Kementerian Sosial juga menyiapkan logistik "
    "tambahan, sementara Polda Jawa Tengah menyiagakan personel.\n"
    "Polisi menangkap tiga pelaku pencurian di lokasi banjir. Tiga tersangka itu adalah AR, BS, dan MK.\n"
    "Presiden Prabowo meminta semua pihak membantu warga. Hal itu disampaikan Prabowo di Jakarta.\n"
    "Pemkab Sleman bersama Dinas Lingkungan Hidup membersihkan lumpur, diawasi Satgas Pangan Polda Jawa Tengah.\n"
    "Warga juga dirawat di Puskesms Depok dan SMP Negeri 2 Sleman diliburkan, kata Kepala Sekolah, Ir Budi "
    "Santoso SH.\n"
)


def test_indonesian_institutions_places_and_people_get_english_canonical_names(resources):
    article, names = _entities(INDONESIAN, resources)
    assert names.get("Sleman Regency") == "GPE"
    assert names.get("Sleman Regional Disaster Management Agency") == "ORG"
    assert _name_of(article, "BPBD") == "Sleman Regional Disaster Management Agency"
    assert names.get("Yogyakarta Social Affairs Agency") == "ORG"
    assert _name_of(article, "Dinsos") == "Yogyakarta Social Affairs Agency"
    assert names.get("Ministry of Social Affairs of Indonesia") == "ORG"
    assert names.get("Central Java Regional Police") == "ORG"
    assert names.get("detikJogja") == "ORG"  # glued to "kepada"
    assert {"AR", "BS", "MK"} <= {n for n, label in names.items() if label == "PER"}
    assert names.get("Prabowo Subianto") == "PER"
    assert not any("kepada" in n for n in names)
    assert names.get("Sleman Regency Government") == "ORG"
    assert _name_of(article, "Dinas Lingkungan Hidup") == "Sleman Environment Agency"  # the article's regency
    assert names.get("Central Java Regional Police Food Task Force") == "ORG"
    assert _name_of(article, "Puskesms Depok") == "Depok Community Health Center"  # a typo in the head
    assert names.get("Sleman State Junior High School 2") == "ORG"
    assert names.get("Budi Santoso") == "PER"  # title and degree are no part of the name


def test_the_same_person_is_one_entity_across_articles(resources):
    short, _ = _entities("Kunjungan Presiden\n\nPrabowo meresmikan bendungan di Jawa Timur.\n", resources)
    full, _ = _entities("Kunjungan\n\nPresiden Prabowo Subianto meresmikan bendungan baru.\n", resources)
    ids = {e.id for a in (short, full) for e in a.entities if e.label == "PER"}
    assert len(ids) == 1


ENGLISH = (
    "Ferry sinks off Indonesian island\n\n"
    "The ferry KMP Yunicee sank in the Lumbu Strait near Seruni Island on Tuesday, the US Coast Guard said. "
    "The vessel MV Sinar Bangun carried 212 passengers. The United States offered help, said President Prabowo "
    "Subianto. A US Navy ship joined the search. The US said it would send divers.\n"
)


def test_english_places_are_places_ships_are_not_people_and_us_is_the_united_states(resources):
    article, names = _entities(ENGLISH, resources)
    assert names.get("Seruni Island") == "LOC" and names.get("Lumbu Strait") == "LOC"
    people = {n for n, label in names.items() if label == "PER"}
    assert not any(ship in n for n in people for ship in ("Yunicee", "Sinar Bangun"))
    assert _name_of(article, "US") == "United States" == _name_of(article, "United States")
    assert names.get("United States Navy") == "ORG" and names.get("United States Coast Guard") == "ORG"


def test_islands_and_straits_are_one_entity_across_languages_and_ships_are_no_places(resources):
    indonesian, names = _entities(
        "Kapal Terbakar\n\nKapal KM Samudra Jaya terbakar di Selat Lumbu dekat Pulau Seruni, kata Agus Prasetyo.\n",
        resources,
    )
    english, _ = _entities(ENGLISH, resources)
    assert names.get("Seruni Island") == "LOC" and names.get("Lumbu Strait") == "LOC"
    assert not any("Samudra" in n for n in names)
    ids = {e.name: e.id for e in english.entities}
    assert {e.id for e in indonesian.entities if e.name in ("Seruni Island", "Lumbu Strait")} == {
        ids["Seruni Island"],
        ids["Lumbu Strait"],
    }


def test_a_known_agency_written_alone_keeps_its_english_name(resources):
    _, names = _entities(
        "BPS Tunda Rilis\n\nBadan Pusat Statistik (BPS) menunda rilis data ekspor. BPS belum memberi alasan.\n",
        resources,
    )
    assert names == {"Statistics Indonesia": "ORG"}


def test_patterns_tried_only_where_they_can_start_find_what_a_full_scan_finds(shared):
    with (shared / "data" / "detik-1000-id-news" / "data_berita.csv").open(encoding="utf-8", newline="") as f:
        bodies = [row["isi_berita"] for row in csv.DictReader(f)]
    found = 0
    for body in bodies:
        assert [m.span() for m in mention_patterns._heads_in(body)] == [
            m.span() for m in mention_patterns._HEADS.finditer(body)]
        for pattern, starts in ((mention_patterns._KNOWN, mention_patterns._KNOWN_STARTS),
                                (mention_patterns._GLUED, mention_patterns._GLUED_STARTS)):
            spans = [m.span() for m in mention_patterns._found_at(pattern, starts, body)]
            assert spans == [m.span() for m in pattern.finditer(body)]
            found += len(spans)
    assert found > 300  # 381 known names and glued outlets in the 469 articles
