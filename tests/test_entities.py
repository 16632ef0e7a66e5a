"""Canonical entities: the cross-language gazetteer, institutions, roles, the seed gold and English articles."""

from __future__ import annotations

from warta import pipeline
from warta.evaluate.entities import cross_article, score_article
from warta.model import RawDocument
from warta.text import gazetteer, regions
from warta.text.entities import entity_id, place_of
from warta.text.organisation_names import organisation_name


def test_gazetteer_maps_indonesian_and_english_place_names_to_one_english_name():
    gaz = gazetteer.load()
    assert gaz.lookup("Rusia").name == gaz.lookup("Russia").name == "Russia"
    assert gaz.lookup("Amerika Serikat").name == gaz.lookup("AS").name == "United States"
    assert gaz.lookup("Moskow").name == "Moscow" and gaz.lookup("Moskow").country == "RU"
    assert gaz.lookup("Jawa Barat").name == "West Java"
    assert gaz.lookup("Asia Tengah").label == "LOC" and gaz.lookup("Jerman").label == "GPE"
    assert gaz.lookup("Baru") is None  # an ordinary word, not the tail of "Johor Bahru"


def test_institution_names_are_translated_with_their_place():
    gaz, areas = gazetteer.load(), regions.load()

    def name(text: str) -> str:
        return organisation_name(text, lambda t: place_of(t, gaz, areas, indonesian=True))[0]

    assert name("Kementerian Luar Negeri Jepang") == "Ministry of Foreign Affairs of Japan"
    assert name("Kantor Kejaksaan wilayah Bandung") == "Bandung Prosecutor's Office"
    assert name("PBB") == "United Nations"
    assert name("Polda Jawa Timur") == "East Java Regional Police"
    assert name("Kejari Kabupaten Luwu Utara") == "North Luwu District Prosecutor's Office"
    assert name("BPBD Kabupaten Sleman") == "Sleman Regional Disaster Management Agency"
    assert name("Dinas Kesehatan Kota Surabaya") == "Surabaya Health Agency"
    assert name("Kepolisian Kolombia") == "National Police of Colombia"
    assert name("Puskesmas Cibinong") == "Cibinong Community Health Center"
    assert name("SMP Negeri 3 Bandung") == "Bandung State Junior High School 3"
    assert name("PT Sinar Jaya Abadi") == "Sinar Jaya Abadi"
    assert name("Komisi III DPR RI") == "Commission III of the People's Representative Council"
    assert entity_id("Moscow", "GPE") == entity_id("moscow", "GPE") != entity_id("Moscow", "ORG")


def test_regencies_and_cities_get_english_names():
    gaz, areas = gazetteer.load(), regions.load()
    assert place_of("Kabupaten Luwu Utara", gaz, areas).name == "North Luwu Regency"
    assert place_of("Sleman", gaz, areas, indonesian=True).name == "Sleman Regency"
    assert place_of("Kota Bogor", gaz, areas).name == place_of("Bogor", gaz, areas).name == "Bogor"
    assert place_of("Kabupaten Bogor", gaz, areas).name == "Bogor Regency"
    assert place_of("Moskow", gaz, areas).name == "Moscow"


def test_seed_entities_meet_the_gold(seed_gold, seed_articles):
    for name, doc in seed_gold.documents.items():
        result = score_article(seed_articles[name], doc)
        assert result["recall"] >= 0.9, (name, result["missed"])
        assert result["precision"] >= 0.85, (name, result["extra"])
        assert result["surface_accuracy"] == 1.0, (name, result["wrong_surfaces"])
    assert cross_article(seed_articles, seed_gold.documents) == 1.0


def test_roles_are_kept_apart_from_names(seed_articles):
    article = seed_articles["003_efb8bf7d26132972.txt"]
    people = {e.name: e for e in article.entities if e.label == "PER"}
    minister = next(e for n, e in people.items() if n.endswith("Akhmetzhanov"))
    assert minister.name == "Marat Akhmetzhanov"
    assert any("Menteri Dalam Negeri" in r for r in minister.roles)


def test_english_article_gets_sentences_tokens_and_entities(resources):
    text = (
        b"Kazakhstan rejects Russian request\n\n"
        b"Kazakhstan's Foreign Ministry spokesman Aibek Smadiyarov said on Wednesday that the ambassador would stay "
        b"in Astana. Russia had asked Kazakhstan to expel him, according to Reuters.\n\n"
        b"Smadiyarov added that Moscow should treat Kazakhstan as an equal partner.\n"
    )
    article = pipeline.process(RawDocument(data=text, origin="english-test.txt"), resources)
    assert article.meta.language == "en"
    assert len(article.sentences) >= 3 and article.tokens
    names = {(e.name, e.label) for e in article.entities}
    assert ("Astana", "GPE") in names and ("Russia", "GPE") in names and ("Moscow", "GPE") in names
    assert ("Aibek Smadiyarov", "PER") in names
    smadiyarov = [m for m in article.mentions if m.text == "Smadiyarov"]
    assert smadiyarov and smadiyarov[0].entity == entity_id("Aibek Smadiyarov", "PER")


def test_english_titles_with_what_they_govern_stay_out_of_the_name(resources):
    text = (
        b"Harbour talks resume\n\n"
        b"Former Secretary of State Margaret Oduya said the harbour talks would resume in the spring. "
        b"Acting Mayor Tomas Keller told reporters that the ferries would keep running.\n"
    )
    article = pipeline.process(RawDocument(data=text, origin="english-roles.txt"), resources)
    people = {m.text: m.role for m in article.mentions if m.label == "PER"}
    assert set(people) == {"Margaret Oduya", "Tomas Keller"}
    assert "Secretary of State" in people["Margaret Oduya"] and "Mayor" in people["Tomas Keller"]
    assert [q.speaker for q in article.quotes] == ["Margaret Oduya", "Tomas Keller"]


def test_indonesian_article_written_for_this_test(resources):
    text = (
        b"Jepang Kirim Bantuan ke Turki\n\n"
        b"Tokyo - Kementerian Luar Negeri Jepang mengirim bantuan ke Turki, Senin (6/2/2023). Juru Bicara "
        b"Kementerian Luar Negeri Jepang, Hikariko Ono, mengatakan bantuan tiba di Ankara.\n\n"
        b"Ono menambahkan, tim medis dari Perserikatan Bangsa-Bangsa (PBB) juga berangkat dari Jenewa. "
        b"Ia berharap bantuan itu cepat sampai.\n"
    )
    article = pipeline.process(RawDocument(data=text, origin="bantuan.txt"), resources)
    names = {(e.name, e.label) for e in article.entities}
    assert ("Ministry of Foreign Affairs of Japan", "ORG") in names
    assert ("Turkey", "GPE") in names or ("Türkiye", "GPE") in names
    assert ("Geneva", "GPE") in names and ("United Nations", "ORG") in names
    person = next(e for e in article.entities if e.name == "Hikariko Ono")
    assert person.label == "PER" and any("Juru Bicara" in r for r in person.roles)
    assert all(m.text != "Ia" for m in article.mentions)
    assert {m.entity for m in article.mentions if m.text in ("Ono", "Hikariko Ono")} == {person.id}
