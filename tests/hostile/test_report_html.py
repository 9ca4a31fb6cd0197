"""The HTML report read back with the standard library's parser: one section per person with
every spelling, the evidence and the review queue, and no input text that becomes markup."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_input import HOSTILE, NAMES, QUOTES, SURROGATE, Item

from namefold import ConfigError, resolve
from namefold.io.report import render_report, write_report

# each distinct input spelling as the report shows it: as given, a lone surrogate as \ud800
SHOWN = {n if isinstance(n, str) else n[0] for n in NAMES} - {SURROGATE} | {"Iva\\ud800n Ivanov"}
VOID = {"meta", "link", "input", "br", "img", "hr"}


REVIEW = [
    Item(
        "Maria Kalesnikava", "Maria Kolesnikova", 0.95951, True, "near the threshold", "surname: romanization"
    ),
    Item(
        "Viktar Babaryka", "Eduard Babaryka", 0.5, False, "<img src=x onerror=alert(2)>", "a\n<b>b</b>\ud800"
    ),
]
REVIEW_ROWS = [
    ["Maria Kalesnikava", "Maria Kolesnikova", "0.960", "yes", "near the threshold"],
    ["Viktar Babaryka", "Eduard Babaryka", "0.500", "no", "<img src=x onerror=alert(2)>"],
]


@dataclasses.dataclass
class Element:
    """A parsed element: its tag, attributes, children and the text directly inside it."""

    tag: str
    attrs: dict[str, str]
    children: list[Element] = dataclasses.field(default_factory=list)
    texts: list[str] = dataclasses.field(default_factory=list)

    def text(self) -> str:
        """All the text inside, children's too, in document order (approximately)."""
        return "".join(self.texts) + "".join(child.text() for child in self.children)

    def find(self, tag: str, cls: str | None = None) -> list[Element]:
        """Descendants with ``tag`` (and ``cls`` among their classes), in document order."""
        found = []
        for child in self.children:
            if child.tag == tag and (cls is None or cls in child.attrs.get("class", "").split()):
                found.append(child)
            found.extend(child.find(tag, cls))
        return found


class TreeParser(HTMLParser):
    """Builds a tree of :class:`Element`, failing on any end tag that does not close the open
    element (the report closes every element it opens)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        assert len(element.attrs) == len(attrs), f"repeated attribute in <{tag}>"
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].texts.append(data)


def parsed(text: str) -> Element:
    """The document's tree, checked to be complete (every element closed)."""
    parser = TreeParser()
    parser.feed(text)
    parser.close()
    assert parser.stack == [parser.root]
    assert parser.doctype == "DOCTYPE html"
    return parser.root


@pytest.fixture(scope="module")
def report() -> Element:
    return parsed(render_report(resolve(NAMES), REVIEW, title=f"Report of {HOSTILE}"))


def test_one_section_per_person_with_every_spelling(report: Element) -> None:
    """Sections in the resolution's order; each input spelling shown in exactly one of them."""
    res = resolve(NAMES)
    sections = report.find("section", "person")
    assert [s.attrs["data-person"] for s in sections] == [p.id for p in res.people]
    assert [s.attrs["id"] for s in sections] == [f"person-{p.id}" for p in res.people]
    shown = [td.text() for s in sections for td in s.find("td", "spelling")]
    assert sorted(shown) == sorted(SHOWN)
    lukashenka = next(s for s in sections if "Lukashenka" in s.attrs["data-names"].split("\n"))
    spellings = {td.text() for td in lukashenka.find("td", "spelling")}
    assert spellings == {"Aliaksandr Lukashenka", "Alexander Lukashenko", "Lukashenka"}
    counts = [td.text() for td in lukashenka.find("td", "num")][:3]
    assert counts == ["1", "2", "1"]  # Alexander, Aliaksandr (twice), Lukashenka


def test_hostile_text_stays_text(report: Element) -> None:
    """The only script is the report's own; the hostile names are text in cells and labels."""
    scripts = report.find("script")
    assert len(scripts) == 1
    assert "alert" not in scripts[0].text()
    assert 'getElementById("filter")' in scripts[0].text()
    assert report.find("img") == []
    assert report.find("b") == []
    assert report.find("title")[0].text() == f"Report of {HOSTILE}"
    assert report.find("h1")[0].text() == f"Report of {HOSTILE}"
    labels = [t.texts[0] for t in report.find("text", "spelling")]
    assert HOSTILE in labels
    assert QUOTES in labels
    quotes = next(s for s in report.find("section", "person") if QUOTES in s.attrs["data-names"])
    assert quotes.attrs["data-names"].split("\n")[1] == QUOTES


def test_every_id_is_unique_and_every_link_lands(report: Element) -> None:
    """An ambiguous bare surname links to the people it could be, each a section here."""
    everything = report.find("section") + report.find("input") + report.find("span")
    ids = [e.attrs["id"] for e in everything if "id" in e.attrs]
    assert len(ids) == len(set(ids))
    babaryka = next(
        s for s in report.find("section", "person") if s.attrs["data-person"] == "ambiguous-babaryka"
    )
    assert "ambiguous" in babaryka.text()
    links = [(a.attrs["href"], a.text()) for a in babaryka.find("a")]
    assert links == [
        ("#person-eduard-babaryka", "Eduard Babaryka"),
        ("#person-viktar-babaryka", "Viktar Babaryka"),
    ]
    assert {href.removeprefix("#") for href, _ in links} <= set(ids)


def test_the_picture_draws_each_link_between_its_spellings(report: Element) -> None:
    """A line per link from one spelling's node to the other's, dashed for an attachment,
    and the evidence table lists each link with its rules."""
    res = resolve(NAMES)
    person = next(p for p in res.people if "Lukashenka" in p.names)
    section = next(s for s in report.find("section", "person") if s.attrs["data-person"] == person.id)
    svg = section.find("svg", "graph")[0]
    circles = [(c.attrs["cx"], c.attrs["cy"]) for c in svg.find("circle", "node")]
    labels = [t.texts[0] for t in svg.find("text", "spelling")]
    node = dict(zip(labels, circles, strict=True))
    assert set(labels) == {"Aliaksandr Lukashenka", "Alexander Lukashenko", "Lukashenka"}
    lines = svg.find("line", "link")
    assert len(lines) == len(person.links)
    dashed = set()
    for line, link in zip(lines, person.links, strict=True):
        ends = {(line.attrs["x1"], line.attrs["y1"]), (line.attrs["x2"], line.attrs["y2"])}
        assert ends == {node[link.a], node[link.b]}
        if "stroke-dasharray" in line.attrs:
            dashed.add((link.a, link.b))
    assert dashed == {("Aliaksandr Lukashenka", "Lukashenka")}  # the same-source attachment
    rows = [[td.text() for td in tr.find("td")] for tr in section.find("table", "evidence")[0].find("tr")[1:]]
    assert [row[0:2] + row[3:] for row in rows] == [
        [link.a, link.b, link.relation, "; ".join(link.rules)] for link in person.links
    ]
    assert "attach (same source)" in [row[3] for row in rows]


def test_a_single_spelling_is_one_node(report: Element) -> None:
    section = next(s for s in report.find("section", "person") if s.attrs["data-person"] == "viktar-babaryka")
    svg = section.find("svg", "graph")[0]
    assert len(svg.find("circle", "node")) == 1
    assert svg.find("line") == []
    assert section.find("table", "evidence") == []


def test_review_rows(report: Element) -> None:
    """One row per item: score to three decimals, merged yes/no, the explanation escaped."""
    table = report.find("table", "review")[0]
    rows = table.find("tbody")[0].find("tr")
    assert [[td.text() for td in tr.find("td")][:5] for tr in rows] == REVIEW_ROWS
    assert [tr.find("pre")[0].text() for tr in rows] == ["surname: romanization", "a\n<b>b</b>\\ud800"]


def test_no_review_items() -> None:
    page = parsed(render_report(resolve(["Maria Kalesnikava"])))
    assert page.find("table", "review") == []
    assert "No review items." in page.find("section", "review-queue")[0].text()


def test_limit_keeps_the_first_people_and_counts_the_rest() -> None:
    res = resolve(NAMES)
    page = parsed(render_report(res, limit=2))
    sections = page.find("section", "person")
    assert [s.attrs["data-person"] for s in sections] == [p.id for p in res.people[:2]]
    assert page.find("p", "omitted")[0].text() == f"{len(res.people) - 2} more people not shown (limit 2)."
    one = parsed(render_report(res, limit=len(res.people) - 1))
    assert one.find("p", "omitted")[0].text() == f"1 more person not shown (limit {len(res.people) - 1})."
    assert parsed(render_report(res, limit=len(res.people))).find("p", "omitted") == []
    assert parsed(render_report(res, limit=0)).find("section", "person") == []


@pytest.mark.parametrize("limit", [-1, True, 1.5, "3"])
def test_a_bad_limit_is_refused(limit: object) -> None:
    with pytest.raises(ConfigError, match="limit"):
        render_report(resolve(["Maria Kalesnikava"]), limit=limit)  # type: ignore[arg-type]


def test_same_resolution_same_bytes(tmp_path: Path) -> None:
    """Two resolutions of the same names give the same file, written whole as UTF-8."""
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_text("old", encoding="utf-8")
    write_report(resolve(NAMES), REVIEW, first, title="t")
    write_report(resolve(NAMES), REVIEW, second, title="t")
    assert first.read_bytes() == second.read_bytes()
    text = first.read_bytes().decode("utf-8")
    assert text.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')
    assert "\ud800" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "b.html"]  # no temporary left


def test_nothing_is_loaded_from_outside(report: Element) -> None:
    """No element refers to anything outside the file, and the policy forbids it anyway."""
    assert all(a.attrs["href"].startswith("#person-") for a in report.find("a"))
    refs = [e.attrs.get("href", "") for e in report.find("link")] + [
        e.attrs.get("src", "") for e in report.find("script")
    ]
    assert refs == ["data:,", ""]
    policy = next(m for m in report.find("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy")
    assert policy.attrs["content"].startswith("default-src 'none';")
