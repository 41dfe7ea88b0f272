"""HTML and Markdown carrying article text: escaped, links only for http(s)."""
from layers.popups import highlight, markdown_text


def test_the_place_is_highlighted_in_the_excerpt():
    assert highlight("Rockets hit <Shusha> today", 13, 19, 0) == \
        "Rockets hit &lt;<mark>Shusha</mark>&gt; today"


def test_markdown_from_an_article_stays_text():
    assert markdown_text("![x](http://evil/t.png) *b*") == (
        "&#33;&#91;x&#93;&#40;http&#58;\u2060&#47;&#47;evil&#47;t&#46;png&#41; &#42;b&#42;")
    # nothing GFM would autolink or Streamlit read as a directive is left whole: no dot, colon,
    # slash, at sign or bracket survives as such
    for text in ("www.evil.example/login", "https://evil.example/x", "user@evil.example", ":red[x]"):
        assert not set(markdown_text(text)) & set(".:/@[]")
    assert markdown_text("Jernih.co") == "Jernih&#46;co" and markdown_text(None) == ""
    assert markdown_text("WWW.host") == "WW\u2060W&#46;host"  # "www." no longer starts a link