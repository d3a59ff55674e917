"""service/document/html.py and page_parts.py: the article of an HTML page, its title, and what it left out."""

from __future__ import annotations

import pytest

from service.document.html import extract_page, json_ld_headline
from service.document.page_parts import find_dropped_parts

ARTICLE = ("<article><p>The RMT union demanded a 10% pay rise for its members on Tuesday, saying the offer was "
           "far too low for the cost of living in London.</p><p>The company said it would respond next week "
           "after talks with the union leaders.</p></article>")
PAGE = (
    "<html><head><title>Example News | Home</title><script>var menu = 'nav';</script></head>\r\n<body>\r\n"
    "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>\n"
    "<div id=\"cookie-banner\">We use cookies to improve your experience. Accept all</div>\n"
    f"{ARTICLE}\n"
    "<aside class='related-links'><ul><li><a href='/x'>Other story about trains</a></ul></aside>\n"
    "<section id=comments><p>Great article, thanks for posting this!<p>Agreed, brilliant</section>\n"
    "<div class='comment-footer share-bar'>Write a comment</div>\n"
    "<footer>Copyright 2024 Example Néws</footer></body></html>"
)


def test_dropped_parts_are_named_with_exact_offsets_into_the_page():
    page = extract_page(PAGE)
    assert "RMT union" in page.text and "cookies" not in page.text
    found = [(p.reason, p.element, p.text) for p in page.dropped]
    assert found == [
        ("navigation", "nav", "Home | World"),
        ("cookie banner", "div#cookie-banner", "We use cookies to improve your experience. Accept all"),
        ("related links", "aside.related-links", "Other story about trains"),
        ("comments", "section#comments", "Great article, thanks for posting this! Agreed, brilliant"),
        # The first rule that matches names the part: comments before footers and share bars.
        ("comments", "div.comment-footer", "Write a comment"),
        ("footer", "footer", "Copyright 2024 Example Néws"),
    ]
    for part in page.dropped:
        markup = PAGE[part.start : part.end]
        tag = part.element.split("#")[0].split(".")[0]
        assert markup.startswith(f"<{tag}") and markup.endswith(f"</{tag}>"), markup


def test_a_part_whose_text_the_article_kept_is_not_reported():
    html = ("<body><header class='site-header'>The RMT union demanded a pay rise</header>"
            "<nav>Home World Sport</nav></body>")
    parts = find_dropped_parts(html, kept_text="The RMT union demanded a pay rise for its members.")
    assert [p.reason for p in parts] == ["navigation"]


@pytest.mark.parametrize("html", [
    "<div class='menu'><p>Home<p>World",  # never closed: the part ends with the page
    "</nav></div><nav>Home</span> World</nav>",  # stray closing tags
    "<script>document.write('<nav>Home</nav>')</script><style>.nav{}</style>",  # not visible text
    "<nav><img src=x><br>   </nav>",  # no visible words
], ids=["unclosed", "stray-end-tags", "inside-script", "no-words"])
def test_broken_markup_gives_parts_within_the_page(html):
    for part in find_dropped_parts(html, kept_text=""):
        assert 0 <= part.start < part.end <= len(html)
        assert part.text and html[part.start] == "<"
    assert [p.text for p in find_dropped_parts(html, "")] == {
        "<div class='menu'><p>Home<p>World": ["Home World"],
        "</nav></div><nav>Home</span> World</nav>": ["Home World"],
    }.get(html, [])


@pytest.mark.parametrize("script, headline", [
    ('{"@type": "NewsArticle", "headline": "Unions demand pay rise"}', "Unions demand pay rise"),
    ('[{"@type": "WebSite", "name": "Example"}, {"@type": "NewsArticle", "headline": "Unions  demand\\npay"}]',
     "Unions demand pay"),
    ('{"@graph": [{"@type": "Organization", "name": "Ex"}, {"@type": ["Article"], "name": "Strike called"}]}',
     "Strike called"),
    ('{"@type": "WebPage", "mainEntity": {"@type": "BlogPosting", "headline": "Port dispute ends"}}',
     "Port dispute ends"),
    ('{"@type": "WebSite", "name": "Example News"}', None),
    ('{"@type": "NewsArticle", "headline": ', None),
], ids=["object", "list", "graph", "main-entity", "no-article", "broken-json"])
def test_json_ld_headline(script, headline):
    html = f'<html><head><script type="application/ld+json">{script}</script></head><body></body></html>'
    assert json_ld_headline(html) == headline


def test_json_ld_headline_is_the_title_of_a_page_without_h1():
    html = ('<html><head><title>Example News | Home</title><script type="application/ld+json">'
            '[{"@type": "NewsArticle", "headline": "Unions demand pay rise as strike looms"}]</script></head>'
            f"<body>{ARTICLE}</body></html>")
    assert extract_page(html).title == "Unions demand pay rise as strike looms"


def test_http_response_reports_the_parts_left_out(client):
    body = client.post("/v1/summarize", data=PAGE.encode(), content_type="text/html").get_json()
    parts = body["meta"]["page_boilerplate"]
    assert [p["reason"] for p in parts] == ["navigation", "cookie banner", "related links", "comments",
                                            "comments", "footer"]
    for part in parts:  # offsets index the page as sent, its characters (the 'é' is one)
        assert PAGE[part["start"] : part["end"]].startswith("<" + part["element"][:3])
    assert body["meta"]["boilerplate"] == []
    text_body = client.post("/v1/summarize", json={"text": "Skip to content\n\nThe union demanded a pay rise."})
    assert text_body.get_json()["meta"]["page_boilerplate"] == []
