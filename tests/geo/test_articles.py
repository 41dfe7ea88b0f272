from datetime import date

import pytest

from geo.articles import decode, find_nonreporting, load_article, make_article
from geo.errors import InputError

RELATED = "Lead.\nBACA JUGA:\n- Headline one\n- Headline two\nBody goes on.\n"


def test_related_block_is_marked_not_deleted():
    spans = find_nonreporting(RELATED)
    assert [s.kind for s in spans] == ["related"]
    s = spans[0]
    assert RELATED[s.start:s.end] == "BACA JUGA:\n- Headline one\n- Headline two"
    article = make_article(RELATED, "x")
    assert article.text == RELATED  # nothing deleted: offsets stay valid
    assert not article.is_reporting(RELATED.index("Headline"), RELATED.index("Headline") + 8)
    assert article.is_reporting(RELATED.index("Body"), RELATED.index("Body") + 4)


@pytest.mark.parametrize("text, kind", [
    ("Site icon Jernih.co\n\nBody.", "furniture"),
    ("Body.\n\nExit mobile version", "furniture"),
    ("Body.\nBaca Juga:\n\u2014 One\n\u2014 Two\n\nMore.", "related"),
    ("Body.\nBaca juga: Satu judul lain\nMore.", "related"),
])
def test_nonreporting_kinds(text, kind):
    spans = find_nonreporting(text)
    assert [s.kind for s in spans] == [kind]
    assert "Body" not in text[spans[0].start:spans[0].end]


def test_seed_metadata(seeds):
    jernih = seeds["004_3baf8dba779f802c"]
    assert jernih.outlet == "Jernih.co"
    assert jernih.published == date(2020, 10, 31)
    assert jernih.language == "id" and jernih.url is None
    assert jernih.title.startswith("Konflik Nagorno Karabakh")
    arrahmah = seeds["000_5e15d388eebb200e"]
    assert arrahmah.outlet == "ARRAHMAHNEWS.COM" and arrahmah.title is None
    assert arrahmah.published == date(2020, 11, 1)
    assert len(arrahmah.nonreporting) == 2
    assert len([s for s in jernih.nonreporting if s.kind == "furniture"]) == 2


def test_load_without_sidecar(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Baku hari ini.", encoding="utf-8")
    article = load_article(path)
    assert article.id == "plain" and article.published is None and article.text == "Baku hari ini."


@pytest.mark.parametrize("data, message", [
    (b"\x00\x01binary", "binary"),
    (b"caf\xe9 latin-1", "not valid UTF-8"),
])
def test_undecodable_input_names_the_file(data, message):
    with pytest.raises(InputError, match=f"some.txt: .*{message}"):
        decode(data, "some.txt")


@pytest.mark.parametrize("meta, message", [
    ({"language": "fr"}, "language 'fr'"),
    ({"published": "31/10/2020"}, "not YYYY-MM-DD"),
])
def test_bad_metadata(meta, message):
    with pytest.raises(InputError, match=message):
        make_article("text", "doc", **meta)


def test_bad_sidecar_json(tmp_path):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "a.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="a.json: metadata is not valid JSON"):
        load_article(tmp_path / "a.txt")


def test_html_visible_text_only():
    from geo.articles import html_to_text

    page = ("<html><head><title>T</title><style>p{}</style><script>alert(1)</script></head>"
            "<body><h1>Shelling in Shusha</h1><p>Rockets hit &amp; burned.</p><noscript>x</noscript>"
            "<iframe srcdoc='<script>bad()</script>'></iframe><p>Second</p></body></html>")
    assert html_to_text(page) == "Shelling in Shusha\nRockets hit & burned.\nSecond"


@pytest.mark.parametrize("name, data, message", [
    ("a.txt", b"", "empty"),
    ("a.txt", b"   \n\t ", "empty"),
    ("a.txt", b"\x00\x01\x02", "binary"),
    ("a.txt", "Bak\u00fc".encode("latin-1"), "not valid UTF-8"),
    ("a.html", b"<html><script>x()</script></html>", "empty"),
])
def test_bad_uploads(name, data, message):
    from datetime import date

    from geo.articles import article_from_upload

    with pytest.raises(InputError, match=message):
        article_from_upload(name, data, date(2020, 10, 31), "Wire")


def test_upload_of_html_keeps_its_visible_text():
    from datetime import date

    from geo.articles import article_from_upload

    article = article_from_upload("page.html", b"<p>Rockets hit <b>Stepanakert</b>.</p>", date(2020, 10, 31),
                                  "Wire", "en", "https://example.org/x")
    assert article.text == "Rockets hit Stepanakert." and article.url == "https://example.org/x"
    assert article.id.startswith("page-") and article.outlet == "Wire"


def test_upload_with_a_future_date_is_refused():
    from datetime import date, timedelta

    from geo.articles import article_from_upload

    with pytest.raises(InputError, match="is in the future"):
        article_from_upload("a.txt", b"Rockets hit Baku.", date.today() + timedelta(days=2), "Wire")


def test_an_html_page_gives_its_article_without_menus_captions_or_sidebars():
    from geo.articles import html_to_text

    body = "".join(
        f"<p>Paragraph {i}: rockets hit Stepanakert on Sunday, the Karabakh emergency service said, "
        "and many homes in the town were damaged by the shelling overnight.</p>" for i in range(12))
    page = ("<html><head><title>Rockets hit Stepanakert</title><script>var city='Baku';</script></head>"
            "<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World news from Gyumri</a>"
            "</li></ul></nav><article><h1>Rockets hit Stepanakert</h1><figure><img src='a.jpg'>"
            "<figcaption>FILE - An artillery position in Martakert on April 3, 2016.</figcaption>"
            f"</figure>{body}</article><aside><h3>Related</h3><p>Trump and Biden clash over debate "
            "rules</p></aside><footer>Copyright Example News</footer></body></html>")
    text = html_to_text(page)
    assert "Paragraph 0: rockets hit Stepanakert" in text and "Paragraph 11:" in text
    for furniture in ("Gyumri", "Martakert", "Biden", "Copyright", "Baku"):
        assert furniture not in text, furniture
    assert text.count("Paragraph 3:") == 1
