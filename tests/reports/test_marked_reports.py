"""Every report prints an entry marked confidential afterwards, and its correction, like an
entry logged confidential (issue 11, point 5): the full debrief without the passphrase
seals them, the public debrief and the public CSV leave them out and count them, the CSV
seals them; with the passphrase the full versions print them. A situation report of a
moment before the mark prints them as they were then; after it, sealed."""

from __future__ import annotations

import csv
import re

import pytest

from eventcenter.reports import build_debrief, build_sitrep, export_csv
from tests.factories import PASSPHRASE
from tests.reports.conftest import at, text_of

CANARY = "GULDFISKZQ"  # planted in every text of the marked entry and its correction


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def marked(night):
    """The night with one more entry and its correction, logged plainly, then marked."""
    j = night.journal
    entry = j.log(f"Pojke 12 år {CANARY} berusad", operator="Bo", category="ber",
                  reporter=f"Pappa {CANARY}", now=at(40)).id
    j.correct(entry, f"Pojke 13 år {CANARY}", reason=f"Fel ålder {CANARY}", operator="Bo",
              now=at(41))
    j.mark_confidential(entry, reason="Uppgifter om ett barn", operator="Anna", now=at(42))
    return night


def test_the_full_debrief_without_the_passphrase_seals_them(marked, tmp_path):
    text = squeeze(text_of(build_debrief(marked, tmp_path / "d.pdf").path))
    assert CANARY not in text
    assert text.count("Sekretessbelagd post: texten kräver lösenfrasen.") >= 4


def test_the_full_debrief_with_the_passphrase_prints_them(marked, tmp_path):
    marked.unlock(PASSPHRASE)
    text = squeeze(text_of(build_debrief(marked, tmp_path / "d.pdf").path))
    assert f"Pojke 12 år {CANARY} berusad" in text and f"Fel ålder {CANARY}" in text


def test_the_public_debrief_leaves_them_out_and_counts_them(marked, tmp_path):
    marked.unlock(PASSPHRASE)  # the public version leaves them out even so
    text = squeeze(text_of(build_debrief(marked, tmp_path / "p.pdf", public=True).path))
    assert CANARY not in text
    assert "Sekretessbelagda loggposter som är utelämnade i denna offentliga version: 5." \
        in text  # the night's three, and these two


def test_the_csv_seals_them_and_the_public_csv_leaves_them_out(marked, tmp_path):
    export_csv(marked, tmp_path / "full.csv")
    export_csv(marked, tmp_path / "public.csv", public=True)
    for name in ("full.csv", "public.csv"):
        assert CANARY not in (tmp_path / name).read_text(encoding="utf-8-sig")
    full = list(csv.DictReader((tmp_path / "full.csv").read_text(encoding="utf-8-sig")
                               .splitlines(), delimiter=";"))
    public = list(csv.DictReader((tmp_path / "public.csv").read_text(encoding="utf-8-sig")
                                 .splitlines(), delimiter=";"))
    assert len(full) - len(public) == 5
    sealed = [r for r in full if r["Text"] == "Sekretessbelagd post: texten kräver lösenfrasen."]
    assert len(sealed) == 5


def test_a_situation_report_before_the_mark_prints_them_as_they_were(marked, tmp_path):
    before = squeeze(text_of(build_sitrep(marked, tmp_path / "b.pdf", at=at(41.5)).path))
    assert f"Pojke 12 år {CANARY} berusad" in before
    after = squeeze(text_of(build_sitrep(marked, tmp_path / "a.pdf", at=at(43)).path))
    assert CANARY not in after and "Sekretessbelagd post" in after
    public = squeeze(text_of(build_sitrep(marked, tmp_path / "p.pdf", at=at(43),
                                          public=True).path))
    assert CANARY not in public
