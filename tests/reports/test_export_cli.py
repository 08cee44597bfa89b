"""`eventcenter export`: every kind of report from the command line."""

from __future__ import annotations

from eventcenter.cli import main
from tests.factories import PASSPHRASE
from tests.reports.conftest import MARKER, pages


def test_debrief_full_with_the_passphrase_from_the_environment(night_file, tmp_path,
                                                               monkeypatch, capsys):
    monkeypatch.setenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "full.pdf"
    assert main(["export", str(night_file), "--debrief", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert MARKER in "\n".join(pages(out))


def test_public_debrief_in_english_needs_no_passphrase(night_file, tmp_path, capsys):
    out = tmp_path / "public.pdf"
    assert main(["export", str(night_file), "--debrief", str(out), "--public",
                 "--lang", "en"]) == 0
    texts = pages(out)
    assert "public version" in texts[0] and f"page 1 of {len(texts)}" in texts[0]
    assert MARKER not in "\n".join(texts)


def test_full_debrief_without_the_passphrase_is_sealed_and_says_so(night_file, tmp_path,
                                                                   capsys):
    out = tmp_path / "sealed.pdf"
    assert main(["export", str(night_file), "--debrief", str(out)]) == 0
    assert "förseglade" in capsys.readouterr().err
    assert MARKER not in "\n".join(pages(out))


def test_wrong_passphrase_is_refused(night_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", "fel fras")
    assert main(["export", str(night_file), "--csv", str(tmp_path / "j.csv")]) == 2
    assert "Lösenfrasen för sekretess är fel" in capsys.readouterr().err
    assert not (tmp_path / "j.csv").exists()


def test_sitrep_at_a_time_contacts_and_csv(night_file, tmp_path, capsys):
    sitrep, contacts, table = tmp_path / "s.pdf", tmp_path / "k.pdf", tmp_path / "j.csv"
    assert main(["export", str(night_file), "--sitrep", str(sitrep), "--at",
                 "2027-04-30T16:15"]) == 0
    assert "Läget kl. 16:15" in pages(sitrep)[0]
    assert main(["export", str(night_file), "--contacts", str(contacts)]) == 0
    assert "UPPS-SOC" in pages(contacts)[0]
    assert main(["export", str(night_file), "--csv", str(table), "--public"]) == 0
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")


def test_an_unwritable_output_is_a_clear_error(night_file, tmp_path, capsys):
    out = tmp_path / "finns-inte" / "rapport.pdf"
    assert main(["export", str(night_file), "--debrief", str(out), "--public"]) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "mappen finns inte" in err


def test_one_kind_of_report_at_a_time(night_file, tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["export", str(night_file), "--debrief", "a.pdf", "--csv", "b.csv"])
