"""The journal as CSV: what Swedish Excel opens as it is, read back with the csv module."""

from __future__ import annotations

import csv

import pytest

from eventcenter.errors import UserError
from eventcenter.reports import export_csv
from tests.reports.conftest import MARKER, MARKUP, PHONES


def read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_full_csv_has_every_entry_in_time_order(unlocked, tmp_path):
    count = export_csv(unlocked, tmp_path / "j.csv")
    rows = read(tmp_path / "j.csv")
    assert len(rows) == count == unlocked.read.journal.count()
    assert rows[0]["Text"] == "Forsränningen avslutad, inga skadade. Åskådare lämnar Fyrisån."
    assert [r["Tid"] for r in rows] == sorted(r["Tid"] for r in rows)
    assert any(MARKER in r["Text"] for r in rows)
    assert any(r["Text"] == MARKUP for r in rows)
    correction = next(r for r in rows if r["Skäl för rättelse"] == "Fel plats angiven först")
    assert correction["Typ"] == "rättelse" and correction["Rättar post"]
    decision = next(r for r in rows if r["Typ"] == "beslut")
    assert decision["Beslutsfattare"] == "Polisens insatschef"
    assert decision["Mandat"] == "Ordningslagen"


def test_semicolons_separate_the_fields(unlocked, tmp_path):
    export_csv(unlocked, tmp_path / "j.csv")
    header = (tmp_path / "j.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Tid;Typ;Loggförare;Kategori;Plats")


def test_public_csv_leaves_out_confidential_entries_and_phone_numbers(unlocked, tmp_path):
    export_csv(unlocked, tmp_path / "p.csv", public=True)
    raw = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert MARKER not in raw
    for phone in PHONES:
        assert phone not in raw
    rows = read(tmp_path / "p.csv")
    assert all(r["Sekretess"] == "" for r in rows)
    assert any(r["Text"].startswith("Ring [telefonnummer]") for r in rows)


def test_a_cell_excel_would_run_as_a_formula_stays_text():
    from eventcenter.reports.csv_export import safe

    assert safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert safe("+46 70") == "'+46 70" and safe("Fem personer") == "Fem personer"


def test_english_headers(night, tmp_path):
    export_csv(night, tmp_path / "en.csv", lang="en")
    rows = read(tmp_path / "en.csv")
    assert "Time" in rows[0] and "Operator" in rows[0]
    sealed = [r for r in rows if r["Confidential"] == "yes" and r["Kind"] == "entry"]
    assert sealed and all("passphrase" in r["Text"] for r in sealed)


def test_unwritable_csv_path(night, tmp_path):
    with pytest.raises(UserError) as raised:
        export_csv(night, tmp_path / "nej" / "j.csv")
    assert raised.value.code == "export_unwritable"
