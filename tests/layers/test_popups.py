"""HTML and Markdown carrying article text: escaped, links only for http(s)."""
from layers.popups import highlight, markdown_text


def test_the_place_is_highlighted_in_the_excerpt():
    assert highlight("Rockets hit <Shusha> today", 13, 19, 0) == \
        "Rockets hit &lt;<mark>Shusha</mark>&gt; today"


def test_markdown_from_an_article_stays_text():
    assert markdown_text("![x](http://evil/t.png) *b*") == "\\!\\[x\\]\\(http://evil/t\\.png\\) \\*b\\*"
