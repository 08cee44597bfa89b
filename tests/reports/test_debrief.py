"""The debrief, read back with pypdf: what it says, on which pages, in which version."""

from __future__ import annotations

import re

import pytest

from eventcenter.errors import UserError
from eventcenter.reports import build_debrief
from tests.reports.conftest import (
    LONG_HEAD,
    LONG_TAIL,
    MARKER,
    PHONES,
    TALK_GROUPS,
    pages,
    text_of,
)


@pytest.fixture
def full(unlocked, tmp_path):
    return build_debrief(unlocked, tmp_path / "full.pdf")


@pytest.fixture
def public(night, tmp_path):
    return build_debrief(night, tmp_path / "public.pdf", public=True)


def squeeze(text: str) -> str:
    """Text with line breaks and runs of spaces as single spaces (wrapped lines rejoin)."""
    return re.sub(r"\s+", " ", text)


def test_full_version_prints_entries_with_swedish_characters(full):
    text = text_of(full.path)
    assert "Forsränningen avslutad, inga skadade. Åskådare lämnar Fyrisån." in text
    assert "Fem berusade ungdomar vid Resecentrum" in text


def test_correction_is_printed_with_its_reason_and_the_original_stays(full):
    text = text_of(full.path)
    assert "Brand i papperskorg vid Ekonomikumparken" in text  # struck through, legible
    assert "Brand i papperskorg vid Stadsträdgården, släckt" in text
    assert "Skäl: Fel plats angiven först" in text
    assert "RÄTTELSE" in text and "Rättad; rättelsen följer nedan." in text
    original = text.index("Brand i papperskorg vid Ekonomikumparken")
    assert text.index("Fel plats angiven först", original) - original < 400  # next to it


def test_decisions_are_printed_in_full(full):
    text = squeeze(text_of(full.path))
    for part in ("BESLUT, fattat av Polisens insatschef", "Stäng inflödet till Islandsbron",
                 "Mandat: Ordningslagen", "Underlag: Trängsel på bron enligt TV2",
                 "Skäl: Risk för fall i ån", "Berörda: Polisen och UL"):
        assert part in text


def test_late_entry_is_marked_with_its_reason(full):
    assert "Införd i efterhand 15:40: Radiostörning" in squeeze(text_of(full.path))


def test_requests_show_their_response_times(full):
    text = squeeze(text_of(full.path))
    assert "Skicka fältassistenter till Resecentrum" in text
    assert "Svarstid" in text and "9 min" in text  # received 14:25, answered 14:34
    assert "Besvarad med insatsen: Fältassistenter till Resecentrum" in text
    assert "Tid till kvittens median 6 min, längst 10 min" in text


def test_measures_units_and_contacts_are_in_the_full_version(full):
    text = squeeze(text_of(full.path))
    assert "Tidslinje för insatser" in text and "Avspärrning av Islandsbron" in text
    assert "14:21 på väg · Resecentrum" in text
    assert "070-765 43 21" in text and "UPPS-SAMV-1" in text


def test_every_page_is_numbered_and_marked_confidential(full):
    texts = pages(full.path)
    assert len(texts) == full.pages > 5
    for number, page in enumerate(texts, start=1):
        assert f"sida {number} av {len(texts)}" in page
        assert "Innehåller sekretessbelagda uppgifter" in page
        assert "Valborg 2027" in page


def test_full_version_with_the_passphrase_prints_confidential_text(full):
    assert MARKER in text_of(full.path)


def test_markup_is_printed_literally(full):
    text = squeeze(text_of(full.path))
    for piece in ("<font size=40>STOR</font>", '<img src="/etc/passwd"/>', "<b>fet",
                  "&amp; osluten"):
        assert piece in text


def test_a_10000_character_entry_flows_over_pages(full):
    texts = pages(full.path)
    head = next(i for i, t in enumerate(texts) if LONG_HEAD in t)
    tail = next(i for i, t in enumerate(texts) if LONG_TAIL in t)
    assert tail > head
    assert "(forts.)" in texts[head + 1]


def test_characters_the_font_lacks_become_a_visible_placeholder(full):
    text = text_of(full.path)
    assert "Ring 0701234567 om hittegods. \ufffd\ufffd" in text
    assert "中" not in text


def test_public_version_leaves_out_every_confidential_detail(public):
    texts = pages(public.path)
    for page in texts:
        assert MARKER not in page
        for secret in (*PHONES, *TALK_GROUPS):
            assert secret not in page
        assert "Innehåller sekretessbelagda uppgifter" not in page
    text = squeeze("\n".join(texts))
    assert "Offentlig version" in text
    for kind, count in (("loggposter", 3), ("insatser", 1), ("begäranden", 1)):
        assert f"Sekretessbelagda {kind} som är utelämnade i denna offentliga version: " \
            f"{count}." in text
    assert "Ring [telefonnummer] om hittegods." in text
    assert "Forsränningen avslutad" in text and "Stäng inflödet till Islandsbron" in text


def test_public_version_made_with_the_passphrase_still_leaves_it_out(unlocked, tmp_path):
    result = build_debrief(unlocked, tmp_path / "public.pdf", public=True)
    assert MARKER not in text_of(result.path)


def test_full_version_without_the_passphrase_marks_sealed_entries(night, tmp_path):
    result = build_debrief(night, tmp_path / "sealed.pdf")
    text = squeeze(text_of(result.path))
    assert MARKER not in text
    assert "Sekretessbelagd post: texten kräver lösenfrasen." in text
    assert "Skapad utan lösenfrasen" in text
    assert "Sekretessbelagd insats" in text


def test_english_on_request(unlocked, tmp_path):
    result = build_debrief(unlocked, tmp_path / "en.pdf", lang="en")
    texts = pages(result.path)
    assert f"page 1 of {len(texts)}" in texts[0]
    assert "Debrief" in texts[0] and "Contains confidential information" in texts[0]


def test_cover_names_the_state_it_was_made_from(full, unlocked):
    from eventcenter.integrity import fingerprint

    cover = squeeze(pages(full.path)[0])
    print_ = fingerprint(unlocked)
    assert print_.value in cover.replace(" ", "")
    assert str(print_.records) in cover
    for head in print_.heads:
        assert head.hash in cover.replace(" ", "") and head.device_name in cover


def test_progress_runs_from_zero_to_total(unlocked, tmp_path):
    calls = []
    build_debrief(unlocked, tmp_path / "p.pdf", progress=lambda done, total:
                  calls.append((done, total)))
    assert calls and len({total for _done, total in calls}) == 1
    done = [d for d, _t in calls]
    assert done == sorted(done) and done[-1] == calls[-1][1]


def test_an_empty_event_prints_a_short_valid_debrief(empty, tmp_path):
    result = build_debrief(empty, tmp_path / "empty.pdf")
    texts = pages(result.path)
    assert len(texts) <= 10
    text = squeeze("\n".join(texts))
    assert "Inga loggposter fördes i evenemangets journal." in text
    assert "Journalen är tom." in text and f"sida 1 av {len(texts)}" in texts[0]


def test_markup_in_the_event_name_prints_literally(tmp_path):
    from eventcenter.new_event.create import create_event
    from tests.factories import CREATOR, PASSPHRASE

    event = create_event(tmp_path / "x.event", "blank", "Valborg <b>2027 & <i>", PASSPHRASE,
                         operator="Anna", device=CREATOR)
    with event:
        result = build_debrief(event, tmp_path / "x.pdf", public=True)
    assert "Valborg <b>2027 & <i>" in text_of(result.path)


def test_an_unwritable_path_is_a_clear_error_and_writes_nothing(night, tmp_path):
    target = tmp_path / "saknas" / "rapport.pdf"
    with pytest.raises(UserError) as raised:
        build_debrief(night, target)
    assert raised.value.code == "export_unwritable"
    assert str(target) in str(raised.value) and "mappen finns inte" in str(raised.value)
    with pytest.raises(UserError, match="det är en mapp"):
        build_debrief(night, tmp_path)
    assert not target.parent.exists()


def test_a_failed_build_leaves_no_file_behind(night, tmp_path):
    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_debrief(night, tmp_path / "cancelled.pdf", progress=cancel)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.part")) == []
