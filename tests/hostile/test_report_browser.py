"""The HTML report opened in a real headless Chromium (the Debian package, driven by Playwright):
no error, no warning, no request leaving the file; every name visible; the filter box works.

Skipped when Playwright or ``/usr/bin/chromium`` is missing, unless the ``CI`` environment
variable is set: then it fails, so that CI cannot pass without running it.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from report_input import HOSTILE, NAMES, QUOTES, Item

from namefold import resolve
from namefold.io.report import write_report

if TYPE_CHECKING:
    from playwright.sync_api import ConsoleMessage, Dialog, Page, Route

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


REVIEW = [
    Item(
        "Maria Kalesnikava", "Maria Kolesnikova", 0.95951, True, "near the threshold", "surname: romanization"
    ),
    Item(
        "Viktar Babaryka",
        "Eduard Babaryka",
        0.5,
        False,
        "<img src=x onerror=alert(2)>",
        "given: <b>differ</b>",
    ),
]
# what a browser shows of each row's cells (innerText), the explanation folded away
REVIEW_ROWS = [
    ["Maria Kalesnikava", "Maria Kolesnikova", "0.960", "yes", "near the threshold", "why"],
    ["Viktar Babaryka", "Eduard Babaryka", "0.500", "no", "<img src=x onerror=alert(2)>", "why"],
]


def _shown(text: str) -> str:
    """A name as the report shows it: the test's one lone surrogate as ``\\ud800``."""
    return text.replace("\ud800", "\\ud800")


@dataclasses.dataclass
class Trouble:
    """What must not happen while the page is open."""

    console: list[str] = dataclasses.field(default_factory=list)
    errors: list[str] = dataclasses.field(default_factory=list)
    requests: list[str] = dataclasses.field(default_factory=list)
    dialogs: list[str] = dataclasses.field(default_factory=list)


def _need_browser() -> None:
    """Skip, or under CI fail, when Playwright or Chromium is missing."""
    missing = [
        what
        for what, there in [
            ("the Python package playwright", importlib.util.find_spec("playwright") is not None),
            (CHROMIUM, os.path.exists(CHROMIUM)),
        ]
        if not there
    ]
    if not missing:
        return
    why = f"the browser test needs {' and '.join(missing)}"
    if os.environ.get("CI"):
        pytest.fail(f"{why}, and CI is set: CI must run it (.ci/run installs Chromium)")
    pytest.skip(why)


@pytest.fixture
def page(tmp_path: Path) -> Iterator[tuple[Page, Trouble]]:
    """The report, written to a file and opened in headless Chromium, and what went wrong."""
    _need_browser()
    from playwright.sync_api import sync_playwright

    path = tmp_path / "report.html"
    write_report(resolve(NAMES), REVIEW, path, title=f"Report of {HOSTILE}")
    trouble = Trouble()

    def route(handled: Route) -> None:
        url = handled.request.url
        if url.startswith(("file:", "data:")):
            handled.continue_()
        else:
            trouble.requests.append(url)
            handled.abort()

    def console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            trouble.console.append(f"{message.type}: {message.text}")

    def dialog(opened: Dialog) -> None:
        trouble.dialogs.append(opened.message)
        opened.dismiss()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            opened = browser.new_page()
            opened.on("console", console)
            opened.on("pageerror", lambda error: trouble.errors.append(str(error)))
            opened.on("dialog", dialog)
            opened.route("**/*", route)
            opened.goto(path.as_uri(), wait_until="load")
            yield opened, trouble
        finally:
            browser.close()


def _sections(page: Page) -> list[dict[str, Any]]:
    """Each person's section: id, whether it is shown, and its rendered text."""
    found: list[dict[str, Any]] = page.evaluate(
        """() => Array.from(document.querySelectorAll("section.person")).map(s => ({
            id: s.dataset.person, shown: s.checkVisibility(), text: s.innerText}))"""
    )
    return found


def test_the_report_opens_cleanly_and_shows_every_name(page: tuple[Page, Trouble]) -> None:
    """No console error or warning, no script error, no request but the file itself, no
    dialog from a hostile name; each person's canonical name and spellings visible."""
    opened, trouble = page
    res = resolve(NAMES)
    sections = _sections(opened)
    assert [s["id"] for s in sections] == [p.id for p in res.people]
    for section, person in zip(sections, res.people, strict=True):
        assert section["shown"]
        assert _shown(person.canonical) in section["text"]
        for name in person.names:
            assert _shown(name) in section["text"], (name, section["text"])
    shown_text = "\n".join(s["text"] for s in sections)
    for name in ["Lukashenka", "习近平", "Xi Jinping", HOSTILE, QUOTES, "Iva\\ud800n Ivanov"]:
        assert name in shown_text
    assert opened.title() == f"Report of {HOSTILE}"
    assert opened.locator("h1").inner_text() == f"Report of {HOSTILE}"
    assert opened.locator("script").count() == 1
    assert trouble == Trouble()


def test_the_review_table_in_the_browser(page: tuple[Page, Trouble]) -> None:
    """The rows as given; an explanation opens when its summary is clicked."""
    opened, trouble = page
    rows = opened.locator("table.review tbody tr")
    assert rows.count() == len(REVIEW_ROWS)
    cells = [rows.nth(i).locator("td").all_inner_texts() for i in range(rows.count())]
    assert cells == REVIEW_ROWS
    explanation = rows.nth(1).locator("pre")
    assert not explanation.is_visible()
    rows.nth(1).locator("summary").click()
    assert explanation.is_visible()
    assert explanation.inner_text() == "given: <b>differ</b>"
    assert trouble == Trouble()


def test_the_filter_box_hides_other_people(page: tuple[Page, Trouble]) -> None:
    """Typing keeps the people with a name containing the text (any case) and counts them."""
    opened, trouble = page
    res = resolve(NAMES)
    assert opened.locator("#shown").inner_text() == str(len(res.people))
    for typed, people in [
        ("lukashenk", 1),
        ("BABARYKA", 3),
        ("<script>", 1),
        ("o'brien &", 1),
        ("近平", 1),
        ("zzz", 0),
    ]:
        opened.locator("#filter").fill(typed)
        expected = [
            p.id for p in res.people if any(typed.lower() in n.lower() for n in (p.canonical, *p.names))
        ]
        assert len(expected) == people
        shown = [s["id"] for s in _sections(opened) if s["shown"]]
        assert shown == expected, typed
        assert opened.locator("#shown").inner_text() == str(len(expected))
    opened.locator("#filter").fill("")
    assert all(s["shown"] for s in _sections(opened))
    assert opened.locator("#shown").inner_text() == str(len(res.people))
    assert trouble == Trouble()
