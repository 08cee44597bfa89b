"""Contacts from the CSV files Outlook (Swedish, English) and Google Contacts export."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eventcenter.errors import UserError
from eventcenter.state.contact_import import import_contacts, read_contacts_csv
from tests.factories import make_event

OUTLOOK_SV_HEADER = (
    "Tilltal;Förnamn;Mellannamn;Efternamn;Suffix;Företag;Avdelning;Befattning;"
    "Gatuadress, arbete;Ort, arbete;Telefon, arbete;Mobiltelefon;Radiotelefon;"
    "E-postadress;Anteckningar;Kategorier")
OUTLOOK_SV_ROWS = (
    ';Åsa;;Öberg;;Uppsala kommun;Socialtjänsten;Socialjour;Stationsgatan 12;Uppsala;'
    '018-727 00 00;070-111 22 33;UPP SOC 1;asa.oberg@uppsala.se;"Har jour, ring först";Jour',
    ';Björn;;Ärlig;;Räddningstjänsten Storuppsala;;Räddningschef i beredskap;;Uppsala;'
    '018-727 30 00;;UPP RTJ 2;;;',
    ';Märta;;Lund;;;;;;;;;;;;',  # no organisation, no function
    ';Olle;;Nyström;;Uppsala kommun;;Trygghetsvakt;;;;070-22x 33 44;;;;',  # bad phone
)

OUTLOOK_EN = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department",'
    '"Job Title","Business Phone","Business Phone 2","Mobile Phone","Radio Phone",'
    '"E-mail Address","Notes"\r\n'
    '"","Eva","","Berg","","Polisen Region Mitt","","Polisinsatschef","+46 10-114 14 00",'
    '"","+46 70-999 88 77","RAPS PIC 1","eva.berg@polisen.se","Valborg 2027"\r\n'
    '"Dr.","Karin","","Holm","","Akademiska sjukhuset","Akutmottagningen","",'
    '"018-611 00 00","","","","",""\r\n'
    '"","","","","","Ingen AB","","Växel","08-123 45","","","","",""\r\n')

GOOGLE = (
    "Name,Given Name,Additional Name,Family Name,Nickname,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,"
    "Phone 2 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,"
    "Custom Field 1 - Type,Custom Field 1 - Value,Custom Field 2 - Type,"
    "Custom Field 2 - Value\n"
    "David Ström,David,,Ström,,* myContacts,* Work,d@uppsala.se,Work,018-727 11 11,Mobile,"
    "073-555 66 77 ::: 073-555 66 78,,Uppsala kommun,Fältassistent,RAKEL,UPP FA 1,"
    "I tjänst,18:00-03:00\n"
    "Nattvandrarna Uppsala,,,,,* myContacts,,,Mobile,072-000 11 22,,,,Nattvandrarna,"
    "Samordnare,,,I tjänst,20-04\n"
    "David Ström,David,,Ström,,* myContacts,,,Mobile,073-555 66 77,,,,Uppsala kommun,"
    "Fältassistent,,,,\n")


def _write(tmp_path, name: str, text: str, encoding: str):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_outlook_swedish_in_windows_1252_with_semicolons(tmp_path):
    text = "\r\n".join((OUTLOOK_SV_HEADER, *OUTLOOK_SV_ROWS)) + "\r\n"
    preview = read_contacts_csv(_write(tmp_path, "kontakter.csv", text, "cp1252"))
    assert (preview.source, preview.encoding, preview.delimiter) == ("outlook-sv", "cp1252", ";")
    first, second = preview.accepted
    assert (first.name, first.function, first.organisation, first.phone, first.rakel) == (
        "Åsa Öberg", "Socialjour", "Uppsala kommun", "070-111 22 33", "UPP SOC 1")
    assert (second.name, second.phone, second.rakel) == ("Björn Ärlig", "018-727 30 00",
                                                         "UPP RTJ 2")
    reasons = {r.row: r.code for r in preview.rejected}
    assert reasons == {4: "csv_row_no_function", 5: "bad_phone"}
    assert "070-22x 33 44" in preview.rejected[1].message()


def test_outlook_english_in_utf16(tmp_path):
    preview = read_contacts_csv(_write(tmp_path, "contacts.csv", "\ufeff" + OUTLOOK_EN,
                                       "utf-16-le"))
    assert (preview.source, preview.encoding, preview.delimiter) == ("outlook-en", "utf-16", ",")
    eva, karin = preview.accepted
    assert (eva.name, eva.function, eva.organisation, eva.phone, eva.rakel) == (
        "Eva Berg", "Polisinsatschef", "Polisen Region Mitt", "+46 70-999 88 77", "RAPS PIC 1")
    # no job title: the department is the function; "Dr." (Title) is not taken for it
    assert (karin.function, karin.phone) == ("Akutmottagningen", "018-611 00 00")
    (nameless,) = preview.rejected
    assert (nameless.row, nameless.code) == (4, "csv_row_no_name")


def test_google_with_bom_custom_fields_and_repeats(tmp_path):
    preview = read_contacts_csv(_write(tmp_path, "google.csv", GOOGLE, "utf-8-sig"),
                                defaults={"organisation": "Kommunen"})
    assert (preview.source, preview.encoding) == ("google", "utf-8-sig")
    david = preview.accepted[0]
    assert (david.name, david.function, david.organisation, david.phone, david.rakel,
            david.on_duty) == ("David Ström", "Fältassistent", "Uppsala kommun",
                               "073-555 66 77", "UPP FA 1", "18:00-03:00")
    assert [(r.row, r.code) for r in preview.rejected] == [(3, "bad_on_duty"),
                                                           (4, "duplicate_in_file")]
    assert preview.rejected[1].params["row"] == 2


def test_import_writes_each_row_as_a_record_and_skips_those_already_there(tmp_path):
    event = make_event(tmp_path)
    path = _write(tmp_path, "google.csv", GOOGLE, "utf-8")
    preview = read_contacts_csv(path, event=event)
    changes = import_contacts(event, preview.accepted, "Anna")
    assert len(changes.ids) == 1 and changes.touches("contacts")
    (david,) = event.read.state.contacts()
    assert (david.name, david.rakel, david.on_duty) == ("David Ström", "UPP FA 1",
                                                        "18:00-03:00")
    again = read_contacts_csv(path, event=event)
    assert again.accepted == () and again.rejected[0].code == "already_in_directory"
    with pytest.raises(UserError) as caught:
        import_contacts(event, again.accepted, "Anna")
    assert caught.value.code == "nothing_to_import"
    event.close()


@pytest.mark.parametrize("content, code", [
    (b"PK\x03\x04binary spreadsheet", "csv_unreadable"),
    (b"Telefon;Epost\r\n070-1;a@b.se\r\n", "csv_no_columns"),
    (b"   \r\n", "csv_no_rows"),
    (b"Namn\r\n\r\n", "csv_no_rows"),
])
def test_a_broken_file_saves_nothing(tmp_path, content, code):
    event = make_event(tmp_path)
    path = tmp_path / "trasig.csv"
    path.write_bytes(content)
    before = len(event.records())
    with pytest.raises(UserError) as caught:
        read_contacts_csv(path, event=event)
    assert caught.value.code == code
    assert str(caught.value)  # a sentence, in Swedish
    assert len(event.records()) == before
    event.close()


def test_a_plain_swedish_file_with_a_rakel_column(tmp_path):
    text = ("Namn,Funktion,Organisation,Telefon,RAKEL,I tjänst\n"
            "Vakthavande,Vakthavande kommunledning,Kommunens servicecenter,018-727 00 01,"
            "UPP KOMMUN 1,16:00-04:00\n")
    preview = read_contacts_csv(text.encode("utf-8"))
    (row,) = preview.accepted
    assert (row.function, row.rakel, row.on_duty) == ("Vakthavande kommunledning",
                                                      "UPP KOMMUN 1", "16:00-04:00")


def test_command_line_import(tmp_path):
    event = make_event(tmp_path)
    event.close()
    csv_path = _write(tmp_path, "kontakter.csv",
                      "\r\n".join((OUTLOOK_SV_HEADER, *OUTLOOK_SV_ROWS)) + "\r\n", "cp1252")
    base = [sys.executable, "-m", "eventcenter.cli", "import", str(event.path), "--contacts",
            str(csv_path), "--operator", "Anna"]
    done = subprocess.run(base, capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert "2 kontakter importerade." in done.stdout
    assert "rad 4 (Märta Lund)" in done.stdout and "rad 5 (Olle Nyström)" in done.stdout
    again = subprocess.run(base + ["--json"], capture_output=True, text=True, encoding="utf-8")
    assert again.returncode == 1  # nothing new to import
    report = json.loads(again.stdout)
    assert report["imported"] == 0 and {r["code"] for r in report["rejected"]} >= {
        "already_in_directory"}
