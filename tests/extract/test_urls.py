"""URL finding and cleaning, on hand-written sentences."""

from __future__ import annotations

import random

import pytest

from kg.extract.urls import clean_url, find_urls, url_role
from kg.model import Role


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("https://github.com/acme/tool.", "https://github.com/acme/tool"),
        ("https://github.com/acme/tool,", "https://github.com/acme/tool"),
        ("https://github.com/acme/tool.git.", "https://github.com/acme/tool.git"),
        ("https://acme.github.io/page/).", "https://acme.github.io/page/"),
        ("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("https://github.com/acme/tool{Code}", "https://github.com/acme/tool"),
        ("https://github.com/acme/tool}{https://github.com/acme/tool}", "https://github.com/acme/tool"),
        ("https://github.com/acme/tool-Paddle{rm", "https://github.com/acme/tool-Paddle"),
        ("https://example.org/demo>.", "https://example.org/demo"),
        ("https://github.com/x/y](https://github.com/x/y)", "https://github.com/x/y"),
        ("https://acme.github.io/page](https://acme.github.io/page).", "https://acme.github.io/page"),
        ("https://example.org/a_[b]_c", "https://example.org/a_[b]_c"),
        ("https://github.com/x/doc_lmhttps://github.com/x/doc_lm.", "https://github.com/x/doc_lm"),
        ("https://web.archive.org/web/2020/https://x.org/a", "https://web.archive.org/web/2020/https://x.org/a"),
    ],
)
def test_urls_clean_strips_punctuation_and_latex(raw: str, clean: str) -> None:
    assert clean_url(raw) == clean


@pytest.mark.parametrize(
    "url, role",
    [
        ("https://github.com/acme/tool", Role.CODE_URL),
        ("https://gitlab.com/group/project", Role.CODE_URL),
        ("https://gitee.com/group/project/tree/master/x", Role.CODE_URL),
        ("https://github.com//group/project", Role.CODE_URL),
        ("https://huggingface.co/datasets/acme/corpus", Role.CODE_URL),
        ("https://acme.github.io/project", Role.OTHER_URL),
        ("https://www.example.edu/~lab/demo", Role.OTHER_URL),
        ("acme-lab.github.io/page", Role.OTHER_URL),
        # an anonymised repository for review is code; the host's other pages are not
        ("https://anonymous.4open.science/r/Tool-3F2A/", Role.CODE_URL),
        ("https://anon-github.automl.cc/r/tool-F04D", Role.CODE_URL),
        ("https://anonymous.4open.science/status/Tool-3F2A", Role.OTHER_URL),
    ],
)
def test_urls_role_code_hosts_versus_pages(url: str, role: Role) -> None:
    assert url_role(url) is role


@pytest.mark.parametrize(
    "text, role",
    [
        # a short link in the sentence that gives the code is the repository
        ("Our implementation of the framework can be found here: https://git.io/Jx4Fs", Role.CODE_URL),
        ("Code is available at https://tinyurl.com/acme-tool.", Role.CODE_URL),
        ("Source code: bit.ly/acmetool. Videos are online.", Role.CODE_URL),
        ("Code will be made available at url{http://goo.gl/2yXVg4c}.", Role.CODE_URL),
        # git.io is GitHub's shortener: a repository unless the sentence names a page
        ("We publicly release the Acme dataset at https://git.io/JL8an.", Role.CODE_URL),
        ("Our project page is https://git.io/acme-page.", Role.OTHER_URL),
        # a page word between the code word and the link, or no code word: another link
        ("Datasets, code, and videos can be found on our website: https://tinyurl.com/acme-site.", Role.OTHER_URL),
        ("See https://tinyurl.com/acme-demo for details.", Role.OTHER_URL),
        ("Code is released. The supplementary video is at https://goo.gl/vXsbQP.", Role.OTHER_URL),
    ],
)
def test_urls_short_link_is_code_in_a_code_sentence(text: str, role: Role) -> None:
    (found,) = find_urls(text)
    assert found.role is role


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Code is at https://github.com/acme/tool.", ["https://github.com/acme/tool"]),
        ("See the page <https://acme.github.io/demo>.", ["https://acme.github.io/demo"]),
        ("Videos are on our webpage acme-lab.github.io/Demo.", ["acme-lab.github.io/Demo"]),
        ("Both https://a.org/x and (https://b.org/y) work.", ["https://a.org/x", "https://b.org/y"]),
        ("We use e.g. and i.e. but no links here.", []),
        ("Code: [https://github.com/x/y](https://github.com/x/y).", ["https://github.com/x/y"]),
        ("Videos are at sites.google.com/view/acme-demo.", ["sites.google.com/view/acme-demo"]),
        ("For code and videos, see lab.cs.acme.edu/", ["lab.cs.acme.edu/"]),
        ("Website at acmeai.com/boss. Built with ASP.NET/C# for Amazon.com users.", ["acmeai.com/boss"]),
        ("Video online11youtube.com/watch?v=x1; code atgithub.com/acme/tool", ["youtube.com/watch?v=x1", "github.com/acme/tool"]),
        # the tail of a link broken after a dot is not a bare link of its own: it is mended into the link
        ("Code at www.lab.cs. acme.edu/tool and \\href{https://x.org/a}{x.org/a}.", ["www.lab.cs. acme.edu/tool", "https://x.org/a"]),
    ],
)
def test_urls_find_in_text(text: str, expected: list[str]) -> None:
    found = find_urls(text)
    assert [text[c.start : c.end] for c in found] == expected
    assert all(0.0 <= c.confidence <= 1.0 for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Code: https://github.com/acme/tool. Data at www.acme.org/data and GITHUB.COM/Acme/Tool.",
        "xgithub.com/a .github.com/a a-www.x.com (github.com/a) hf: huggingface.co/x bitbucket.org/x",
        "Https://x.y wwW.example.com G\u0130THUB.com/x HTTP\u017f://a.b gitlab.com/a/b",
        "no links here, only words like growth, hub, web and bits",
        "Sites.Google.com/view/a xsites.google.com/b (sites.google.com/site/c) and site visits",
    ],
)
def test_urls_scan_without_pages_finds_what_the_full_pattern_finds(text: str) -> None:
    # Texts without "github.io" are scanned with the cheaper pattern: it must find the same spans.
    from kg.extract.urls import _URL, _URL_NO_PAGES

    assert [m.span() for m in _URL_NO_PAGES.finditer(text)] == [m.span() for m in _URL.finditer(text)]


def test_urls_find_a_github_io_page_written_with_a_dotless_i() -> None:
    # IGNORECASE matches "\u0131" to "i": the "github.io" test must see it too.
    found = find_urls("Code at https://github.com/a/b and acme.g\u0131thub.io/demo.")
    assert [(c.start, c.end) for c in found] == [(8, 30), (35, 54)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Code: https://github.com/ acme-lab/tool-v2.", [("https://github.com/ acme-lab/tool-v2", "https://github.com/acme-lab/tool-v2", Role.CODE_URL)]),
        ("see https: //github.com/a/b. ok", [("https: //github.com/a/b", "https://github.com/a/b", Role.CODE_URL)]),
        ("at http: //www.acme.org/demo and more", [("http: //www.acme.org/demo", "http://www.acme.org/demo", Role.OTHER_URL)]),
        # Prose after a complete link is never joined to it.
        ("See https://acme.org/ for more.", [("https://acme.org/", None, Role.OTHER_URL)]),
        ("Code at https://github.com/ for all.", [("https://github.com/", None, Role.OTHER_URL)]),
        ("Both https://github.com/a/b and/ or c.", [("https://github.com/a/b", None, Role.CODE_URL)]),
        # a Google Sites link cut after its first part: the site's name follows
        ("Videos: https://sites.google.com/view/\nacme-demo", [("https://sites.google.com/view/\nacme-demo", "https://sites.google.com/view/acme-demo", Role.OTHER_URL)]),
        ("See sites.google.com/lab.edu/ demo.", [("sites.google.com/lab.edu/ demo", "sites.google.com/lab.edu/demo", Role.OTHER_URL)]),
        ("At https://sites.google.com/a/\nlab.edu/acme now.", [("https://sites.google.com/a/\nlab.edu/acme", "https://sites.google.com/a/lab.edu/acme", Role.OTHER_URL)]),
        # a first part that is neither "view", "site" nor a domain is a whole link: prose follows
        ("Videos at https://sites.google.com/acme/ for details.", [("https://sites.google.com/acme/", None, Role.OTHER_URL)]),
    ],
)
def test_urls_mend_a_link_broken_by_a_space(text: str, expected: list) -> None:
    found = find_urls(text)
    assert [(text[c.start : c.end], c.canonical, c.role) for c in found] == expected


def test_urls_mended_link_is_the_papers_code_link() -> None:
    from kg.extract import extract_papers
    from kg.model import Paper, Source

    paper = Paper("A paper", "We study things. Code is at https://github.com/ acme/tool.", Source("t.jsonl", 1))
    ext = extract_papers([paper])[0]
    assert ext.surface_lists()["code_urls"] == ["https://github.com/acme/tool"]
    # The evidence keeps the text as written.
    assert [m.text for m in ext.mentions if m.role is Role.CODE_URL] == ["https://github.com/ acme/tool"]


def test_urls_mend_a_link_broken_across_a_line() -> None:
    text = "Code: https:\n//github.com/acme/tool and hf.co/ acme/model-1."
    assert [(c.canonical, c.role) for c in find_urls(text)] == [
        ("https://github.com/acme/tool", Role.CODE_URL), ("hf.co/acme/model-1", Role.CODE_URL)]


def test_urls_bare_links_are_searched_around_their_hints_with_the_whole_text_scans_answer() -> None:
    from kg.extract import urls

    rng = random.Random(7)
    alphabet = "ab.c/ -:@x\n" + "".join(f".{tld}/" for tld in ("com", "org", "io")) + "abc.cs.edu/x"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        assert [m.span() for m in urls._bare_matches(text)] == [m.span() for m in urls._BARE.finditer(text)], text
    long = "see " + "a" * 300 + ".lab.edu/x and " + "w." * 200 + "org/y"
    assert [m.span() for m in urls._bare_matches(long)] == [m.span() for m in urls._BARE.finditer(long)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space after the scheme, inside it, or a Windows line break before "//"
        ("Code is at https:// github.com/acme/tool.", [("https:// github.com/acme/tool", "https://github.com/acme/tool", Role.CODE_URL)]),
        ("Video: https: / / youtu.be/AbC123", [("https: / / youtu.be/AbC123", "https://youtu.be/AbC123", Role.OTHER_URL)]),
        ("Data at https:\r\n//acme.lab.org/data.", [("https:\r\n//acme.lab.org/data", "https://acme.lab.org/data", Role.OTHER_URL)]),
        # a space after a dot or a hyphen of the host
        ("Code: https://github. com/acme/tool.", [("https://github. com/acme/tool", "https://github.com/acme/tool", Role.CODE_URL)]),
        ("Page: https://acme. github.io/demo/ now", [("https://acme. github.io/demo/", "https://acme.github.io/demo/", Role.OTHER_URL)]),
        ("at www.lab.cs. uni.edu/tool.", [("www.lab.cs. uni.edu/tool", "www.lab.cs.uni.edu/tool", Role.OTHER_URL)]),
        ("See https://acme- bench.github.io.", [("https://acme- bench.github.io", "https://acme-bench.github.io", Role.OTHER_URL)]),
        ("both https: / /github. com/a/b-c.", [("https: / /github. com/a/b-c", "https://github.com/a/b-c", Role.CODE_URL)]),
        # a scheme missing a letter or with ";" for ":"
        ("Code at https//github.com/acme/tool soon.", [("https//github.com/acme/tool", "https://github.com/acme/tool", Role.CODE_URL)]),
        ("Code: htps://github.com/acme/tool.", [("htps://github.com/acme/tool", "https://github.com/acme/tool", Role.CODE_URL)]),
        ("visit http;//lab.acme.edu/data.", [("http;//lab.acme.edu/data", "http://lab.acme.edu/data", Role.OTHER_URL)]),
        # a sentence end after a link is no break: the next word holds neither "." nor "/"
        ("See https://acme.org. it works.", [("https://acme.org", None, Role.OTHER_URL)]),
        ("See https://github.com/a/b. We also", [("https://github.com/a/b", None, Role.CODE_URL)]),
        ("at www.acme.org. de facto", [("www.acme.org", None, Role.OTHER_URL)]),
        # a word after a hyphen is prose unless it leads a dotted host
        ("an http- based protocol on www- pages", []),
    ],
)
def test_urls_mend_a_link_broken_in_its_scheme_or_host(text: str, expected: list) -> None:
    found = find_urls(text)
    assert [(text[c.start : c.end], c.canonical, c.role) for c in found] == expected


def test_urls_short_google_link_without_scheme() -> None:
    text = "A movie of our results can be found here goo.gl/AbCdE."
    assert [(text[c.start : c.end], c.role) for c in find_urls(text)] == [("goo.gl/AbCdE", Role.OTHER_URL)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no link ends in "-" or "_": the word after the break is the rest of its path
        ("Code: https://github.com/acme/Object-Shadow- Dataset-X.", [("https://github.com/acme/Object-Shadow- Dataset-X", "https://github.com/acme/Object-Shadow-Dataset-X", Role.CODE_URL)]),
        ("Code: https://github.com/acme/Key_ Point_Estimation", [("https://github.com/acme/Key_ Point_Estimation", "https://github.com/acme/Key_Point_Estimation", Role.CODE_URL)]),
        ("Code at https://github.com/J- L- O/tool.", [("https://github.com/J- L- O/tool", "https://github.com/J-L-O/tool", Role.CODE_URL)]),
        # after a footnote mark glued to the link
        ("in tests11https://github.com/acme/Key_ Point/ and", [("https://github.com/acme/Key_ Point/", "https://github.com/acme/Key_Point/", Role.CODE_URL)]),
        # a link ending in "-" before a sentence end is left as written
        ("Demo at https://youtu.be/x?si=ab8-. We also", [("https://youtu.be/x?si=ab8-", None, Role.OTHER_URL)]),
    ],
)
def test_urls_mend_a_path_broken_after_a_hyphen(text: str, expected: list) -> None:
    found = find_urls(text)
    assert [(text[c.start : c.end], c.canonical, c.role) for c in found] == expected


def test_urls_clean_strips_a_closing_left_quote() -> None:
    assert clean_url("https://github.com/acme/tool\u2018") == "https://github.com/acme/tool"
