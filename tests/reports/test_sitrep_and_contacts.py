"""The situation report (one page, two at most) and the contact sheet."""

from __future__ import annotations

import re

from eventcenter.reports import build_contact_sheet, build_sitrep
from tests.reports.conftest import MARKER, TALK_GROUPS, at, pages


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_sitrep_at_a_moment_shows_the_state_then(unlocked, tmp_path):
    result = build_sitrep(unlocked, tmp_path / "s.pdf", at=at(135))  # 16:15
    texts = pages(result.path)
    assert 1 <= len(texts) <= 2
    text = squeeze("\n".join(texts))
    assert "Läget kl. 16:15, fredag 30 april 2027" in text
    assert "Avspärrning av Islandsbron" in text and "1 h 14 min" in text  # open since 15:01
    assert "Extra belysning vid Slottsbacken" in text and "5 min" in text  # waiting
    assert "på plats (1)" in text and "TV3 (Resecentrum)" in text
    assert "Stäng inflödet till Islandsbron" in text  # the latest decision
    assert "Fältassistenter till Resecentrum" not in text.split("Pågående insatser")[1][:300]
    assert "sida 1 av" in texts[0]


def test_sitrep_before_anything_happened(unlocked, tmp_path):
    result = build_sitrep(unlocked, tmp_path / "s.pdf", at=at(-60))
    text = squeeze("\n".join(pages(result.path)))
    assert "Inga pågående insatser." in text and "Ingen begäran väntar." in text


def test_public_sitrep_has_no_confidential_text(unlocked, tmp_path):
    result = build_sitrep(unlocked, tmp_path / "s.pdf", at=at(145), public=True)
    assert MARKER not in "\n".join(pages(result.path))


def test_contact_sheet_groups_by_organisation_with_phones_and_talk_groups(night, tmp_path):
    result = build_contact_sheet(night, tmp_path / "c.pdf")
    text = squeeze("\n".join(pages(result.path)))
    assert "Kontaktlista" in text
    assert "Kommunens servicecenter Eva Ek" in text
    assert "070-765 43 21" in text and "18:00" not in text.split("Eva Ek")[1][:40]
    for group in TALK_GROUPS:
        assert group in text
    assert text.index("Räddningstjänsten") < text.index("Socialjouren")
