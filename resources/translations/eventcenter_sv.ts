<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="65"/>
        <source>Answer the request with a measure</source>
        <translation>Besvara begäran med en insats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="81"/>
        <source>&amp;New measure for it…</source>
        <translation>&amp;Ny insats för den …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="85"/>
        <source>Open &amp;measures:</source>
        <translation>Öppna &amp;insatser:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="87"/>
        <source>Answer</source>
        <translation>Besvara</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="100"/>
        <source>Choose a measure, or open a new one.</source>
        <translation>Välj en insats, eller öppna en ny.</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <location filename="../../ui/widgets/attention.py" line="35"/>
        <source>Needs attention</source>
        <translation>Kräver åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention.py" line="37"/>
        <source>Nothing waiting.</source>
        <translation>Inget väntar.</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <location filename="../../ui/backup_timer.py" line="38"/>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/backup_timer.py" line="53"/>
        <source>Backup %1</source>
        <translation>Säkerhetskopia %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_timer.py" line="57"/>
        <source>Backup FAILED</source>
        <translation>Säkerhetskopia MISSLYCKADES</translation>
    </message>
</context>
<context>
    <name>CallsignBoxes</name>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="57"/>
        <source>The event has no units.</source>
        <translation>Evenemanget har inga enheter.</translation>
    </message>
</context>
<context>
    <name>Concerns</name>
    <message>
        <location filename="../../ui/concern_words.py" line="37"/>
        <source>Request from %1, %2 without acknowledgement: %3</source>
        <translation>Begäran från %1, %2 utan kvittens: %3</translation>
    </message>
    <message>
        <location filename="../../ui/concern_words.py" line="42"/>
        <source>Request from %1 unanswered for %2: %3</source>
        <translation>Begäran från %1 obesvarad i %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/concern_words.py" line="46"/>
        <source>No update for %1: %2</source>
        <translation>Ingen uppdatering på %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/concern_words.py" line="50"/>
        <source>To resolve after sync: %1 (%2)</source>
        <translation>Att reda ut efter synk: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/concern_words.py" line="58"/>
        <source>the call sign was added twice</source>
        <translation>anropssignalen lades till två gånger</translation>
    </message>
    <message>
        <location filename="../../ui/concern_words.py" line="60"/>
        <source>the place was added twice</source>
        <translation>platsen lades till två gånger</translation>
    </message>
    <message>
        <location filename="../../ui/concern_words.py" line="62"/>
        <source>acknowledged on two laptops</source>
        <translation>kvitterad på två datorer</translation>
    </message>
    <message>
        <location filename="../../ui/concern_words.py" line="64"/>
        <source>answered differently on two laptops</source>
        <translation>besvarad olika på två datorer</translation>
    </message>
    <message>
        <location filename="../../ui/concern_words.py" line="66"/>
        <source>status changed on two laptops at once</source>
        <translation>status ändrad på två datorer samtidigt</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="56"/>
        <source>Change contact</source>
        <translation>Ändra kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="56"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="66"/>
        <source>e.g. UPP KOMMUN 1</source>
        <translation>t.ex. UPP KOMMUN 1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="73"/>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="74"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="75"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="76"/>
        <source>&amp;RAKEL talk group:</source>
        <translation>&amp;RAKEL-talgrupp:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="77"/>
        <source>On &amp;duty (hh:mm-hh:mm):</source>
        <translation>I &amp;tjänst (tt:mm-tt:mm):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="78"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="23"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="23"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="23"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="23"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="24"/>
        <source>RAKEL talk group</source>
        <translation>RAKEL-talgrupp</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="24"/>
        <source>On duty</source>
        <translation>I tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="40"/>
        <source>%1  ● on duty</source>
        <translation>%1  ● i tjänst</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../ui/views/contacts_view.py" line="51"/>
        <source>Search: name, function, organisation, phone, talk group …</source>
        <translation>Sök: namn, funktion, organisation, telefon, talgrupp …</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts_view.py" line="54"/>
        <source>Only on duty &amp;now</source>
        <translation>Bara i tjänst &amp;nu</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts_view.py" line="72"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Ny kontakt …</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts_view.py" line="75"/>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndra …</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts_view.py" line="77"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV …</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts_view.py" line="94"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/contacts_view.py" line="120"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts_view.py" line="141"/>
        <source>Contact added.</source>
        <translation>Kontakten är tillagd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts_view.py" line="156"/>
        <source>Contact changed.</source>
        <translation>Kontakten är ändrad.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/contacts_view.py" line="174"/>
        <source>%n contacts imported.</source>
        <translation>
            <numerusform>%n kontakt importerad.</numerusform>
            <numerusform>%n kontakter importerade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="106"/>
        <source>Correct an entry</source>
        <translation>Rätta en loggpost</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="108"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="110"/>
        <source>confidential entry</source>
        <translation>sekretessbelagd post</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="117"/>
        <source>e.g. wrong unit, misheard place</source>
        <translation>t.ex. fel enhet, felhörd plats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="118"/>
        <source>The old entry stays in the journal, struck through, next to the correction.</source>
        <translation>Den gamla posten står kvar i journalen, överstruken, intill rättelsen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="122"/>
        <source>Entry:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="123"/>
        <source>&amp;Corrected text:</source>
        <translation>&amp;Rättad text:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="124"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="126"/>
        <source>Correct</source>
        <translation>Rätta</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="68"/>
        <source>Log a decision</source>
        <translation>Logga ett beslut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="77"/>
        <source>Confidential (sealed; only coordinators with the passphrase can read it)</source>
        <translation>Sekretess (förseglas; bara koordinatorer med lösenfrasen kan läsa)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="80"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="81"/>
        <source>Decided &amp;by:</source>
        <translation>Beslutat &amp;av:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="82"/>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="83"/>
        <source>B&amp;asis:</source>
        <translation>&amp;Underlag:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="84"/>
        <source>&amp;Why:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="85"/>
        <source>A&amp;ffected / informed:</source>
        <translation>&amp;Berörda / informerade:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="87"/>
        <source>Log decision</source>
        <translation>Logga beslut</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/dialogs/export.py" line="53"/>
        <source>Debrief (full version)</source>
        <translation>Efterrapport (fullständig version)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="54"/>
        <source>Debrief (public version)</source>
        <translation>Efterrapport (offentlig version)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="55"/>
        <source>Situation report</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="56"/>
        <source>Contact sheet</source>
        <translation>Kontaktlista</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="57"/>
        <source>Journal as CSV</source>
        <translation>Journal som CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="90"/>
        <source>Building: {0} …</source>
        <translation>Skapar: {0} …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="91"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="125"/>
        <source>Saved as {0}.</source>
        <translation>Sparad som {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="141"/>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="143"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
</context>
<context>
    <name>FileChoice</name>
    <message>
        <location filename="../../ui/dialogs/file_choice.py" line="48"/>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_choice.py" line="51"/>
        <source>Event file</source>
        <translation>Evenemangsfil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_choice.py" line="53"/>
        <source>Part of an event file (leave it alone)</source>
        <translation>Del av en evenemangsfil (rör den inte)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_choice.py" line="55"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_choice.py" line="56"/>
        <source>%1 file</source>
        <translation>%1-fil</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="106"/>
        <source>Import contacts from a CSV file</source>
        <translation>Importera kontakter från en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="111"/>
        <source>A CSV file exported from Outlook or Google Contacts</source>
        <translation>En CSV-fil exporterad från Outlook eller Google Kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="113"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="116"/>
        <source>for rows without a job title</source>
        <translation>för rader utan befattning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="118"/>
        <source>for rows without a company</source>
        <translation>för rader utan företag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="119"/>
        <source>&amp;Read the file</source>
        <translation>&amp;Läs in filen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="121"/>
        <source>Nothing read yet.</source>
        <translation>Ingen fil inläst än.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="124"/>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="127"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="124"/>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="127"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="124"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="124"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="125"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="125"/>
        <source>RAKEL</source>
        <translation>RAKEL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="125"/>
        <source>On duty</source>
        <translation>I tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="127"/>
        <source>Why it is not imported</source>
        <translation>Varför den inte importeras</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="129"/>
        <source>To import</source>
        <translation>Importeras</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="130"/>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="140"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="141"/>
        <source>Function if missing:</source>
        <translation>Funktion om den saknas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="142"/>
        <source>Organisation if missing:</source>
        <translation>Organisation om den saknas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="147"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="174"/>
        <source>Contacts file</source>
        <translation>Kontaktfil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="175"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="176"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="187"/>
        <source>Choose a file first.</source>
        <translation>Välj en fil först.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="190"/>
        <source>Reading …</source>
        <translation>Läser in …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="202"/>
        <source>%1 contacts can be imported; %2 rows are rejected (see &quot;Rejected&quot;). Read as %3.</source>
        <translation>%1 kontakter kan importeras; %2 rader avvisas (se ”Avvisade”). Läst som %3.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="208"/>
        <source>To import (%1)</source>
        <translation>Importeras (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="210"/>
        <source>Rejected (%1)</source>
        <translation>Avvisade (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/contact_dialogs.py" line="214"/>
        <source>Import %n contacts</source>
        <translation>
            <numerusform>Importera %n kontakt</numerusform>
            <numerusform>Importera %n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="218"/>
        <source>Outlook (Swedish)</source>
        <translation>Outlook (svenska)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="219"/>
        <source>Outlook (English)</source>
        <translation>Outlook (engelska)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="220"/>
        <source>Google Contacts</source>
        <translation>Google Kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialogs.py" line="220"/>
        <source>a plain CSV file</source>
        <translation>en vanlig CSV-fil</translation>
    </message>
</context>
<context>
    <name>JournalCounts</name>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="58"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="67"/>
        <source>Entries the last hour</source>
        <translation>Poster senaste timmen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="68"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="69"/>
        <source>Confidential entries</source>
        <translation>Sekretessbelagda poster</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="70"/>
        <source>Entries in all</source>
        <translation>Poster totalt</translation>
    </message>
</context>
<context>
    <name>JournalFilterBar</name>
    <message>
        <location filename="../../ui/views/journal_view.py" line="54"/>
        <source>Search (Ctrl+F)</source>
        <translation>Sök (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="56"/>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="57"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="58"/>
        <source>All places</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="60"/>
        <source>Operator</source>
        <translation>Loggförare</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="61"/>
        <source>from hh:mm</source>
        <translation>från hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="62"/>
        <source>to hh:mm</source>
        <translation>till hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="66"/>
        <source>All entries</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="67"/>
        <source>Only confidential</source>
        <translation>Bara sekretess</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="68"/>
        <source>No confidential</source>
        <translation>Utan sekretess</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="70"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="164"/>
        <source>Cannot read the time &quot;%1&quot;: write it as 22:15.</source>
        <translation>Kan inte läsa tiden ”%1”: skriv den som 22:15.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../ui/models/journal_model.py" line="63"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="63"/>
        <source>Operator</source>
        <translation>Loggförare</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="63"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="63"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="64"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="64"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="108"/>
        <source>DECISION</source>
        <translation>BESLUT</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="110"/>
        <source>CORRECTION</source>
        <translation>RÄTTELSE</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="120"/>
        <source>confidential entry: %1</source>
        <translation>sekretessbelagd post: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="122"/>
        <source>confidential entry</source>
        <translation>sekretessbelagd post</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="126"/>
        <source>%1 (decided by %2)</source>
        <translation>%1 (beslut: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="129"/>
        <source>%1 — corrects an earlier entry: %2</source>
        <translation>%1 — rättar en tidigare post: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="132"/>
        <source>[late: %1]</source>
        <translation>[sen: %1]</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="134"/>
        <source>corrected</source>
        <translation>rättad</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="148"/>
        <source>Occurred %1, recorded %2</source>
        <translation>Inträffade %1, inskriven %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="154"/>
        <source>Confidential: its text cannot be opened, damaged or sealed to another key (eventcenter verify names it).</source>
        <translation>Sekretess: texten kan inte öppnas, den är skadad eller förseglad med en annan nyckel (eventcenter verify visar var).</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="157"/>
        <source>Confidential entry</source>
        <translation>Sekretessbelagd post</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="158"/>
        <source>Confidential: open with the passphrase (coordinators)</source>
        <translation>Sekretess: öppnas med lösenfrasen (koordinatorer)</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="160"/>
        <source>Corrected by a later entry.</source>
        <translation>Rättad av en senare post.</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="162"/>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="163"/>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/views/journal_view.py" line="242"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/journal_view.py" line="274"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="277"/>
        <source>The journal could not be read: %1</source>
        <translation>Journalen kunde inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="293"/>
        <source>Open a &amp;measure from this entry…  (Ctrl+Shift+M)</source>
        <translation>Skapa &amp;insats från posten …  (Ctrl+Skift+M)</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="295"/>
        <source>&amp;Correct this entry…  (Ctrl+E)</source>
        <translation>&amp;Rätta posten …  (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="301"/>
        <source>Mark as &amp;confidential…</source>
        <translation>Markera som &amp;sekretess…</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/menus.py" line="29"/>
        <source>&amp;Event</source>
        <translation>&amp;Evenemang</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="30"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="31"/>
        <source>&amp;Measures and requests</source>
        <translation>&amp;Insatser och begäran</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="33"/>
        <source>&amp;Operator</source>
        <translation>&amp;Loggförare</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="49"/>
        <source>&amp;Events…</source>
        <translation>&amp;Evenemang…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="50"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nytt evenemang…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="51"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>Backup &amp;folder…</source>
        <translation>Mapp för &amp;säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="55"/>
        <source>&amp;Situation report (PDF)…</source>
        <translation>&amp;Lägesbild (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="57"/>
        <source>&amp;Debrief, full version (PDF)…</source>
        <translation>&amp;Efterrapport, fullständig version (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>Debrief, &amp;public version (PDF)…</source>
        <translation>Efterrapport, &amp;offentlig version (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="61"/>
        <source>C&amp;ontact sheet (PDF)…</source>
        <translation>K&amp;ontaktlista (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="63"/>
        <source>Journal as &amp;CSV…</source>
        <translation>Journal som &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="69"/>
        <source>&amp;Write an entry</source>
        <translation>&amp;Skriv en loggpost</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="71"/>
        <source>Earlier &amp;time for the entry</source>
        <translation>Tidigare &amp;tid för posten</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="73"/>
        <source>&amp;Undo my last action</source>
        <translation>Ån&amp;gra min senaste åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="75"/>
        <source>Log a &amp;decision…</source>
        <translation>Logga ett &amp;beslut…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="77"/>
        <source>&amp;Correct the chosen entry…</source>
        <translation>&amp;Rätta vald post…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="79"/>
        <source>&amp;Search the journal</source>
        <translation>S&amp;ök i journalen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="84"/>
        <source>New &amp;measure… (from the chosen entry or request)</source>
        <translation>Ny &amp;insats … (från vald loggpost eller begäran)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="86"/>
        <source>New &amp;request…</source>
        <translation>Ny &amp;begäran …</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="94"/>
        <source>Show the state &amp;at…</source>
        <translation>Visa &amp;läget kl…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="95"/>
        <source>Back to &amp;now</source>
        <translation>Tillbaka till &amp;nu</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="97"/>
        <source>&amp;Night theme on/off</source>
        <translation>&amp;Nattläge av/på</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="98"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Större text</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="99"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal textstorlek</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="101"/>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="107"/>
        <source>&amp;Switch operator (shift change)…</source>
        <translation>&amp;Byt loggförare (skiftbyte)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="109"/>
        <source>&amp;Lock confidential entries</source>
        <translation>&amp;Lås sekretessbelagda poster</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Back to now</source>
        <translation>Tillbaka till nu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Readers cannot write entries.</source>
        <translation>Läsare kan inte skriva loggposter.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>The event file is damaged: nothing more can be written.</source>
        <translation>Evenemangsfilen är skadad: inget mer kan skrivas.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>The event file is damaged</source>
        <translation>Evenemangsfilen är skadad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Showing the state at %1 — read-only. New entries are not shown.</source>
        <translation>Visar läget kl %1 — endast läsning. Nya poster visas inte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="245"/>
        <source>%n new requests arrived.</source>
        <translation>
            <numerusform>%n ny begäran har kommit.</numerusform>
            <numerusform>%n nya begäran har kommit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Something went wrong: %1</source>
        <translation>Något gick fel: %1</translation>
    </message>
</context>
<context>
    <name>MarkConfidentialDialog</name>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="141"/>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="167"/>
        <source>Mark as confidential</source>
        <translation>Markera som sekretess</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="143"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="148"/>
        <source>From now on this entry and its corrections are shown and printed as confidential: only coordinators with the passphrase can read them, the public debrief leaves them out, and a search no longer finds them.</source>
        <translation>Från och med nu visas och skrivs posten och dess rättelser ut som sekretess: bara koordinatorer med lösenfrasen kan läsa dem, den offentliga efterrapporten utelämnar dem och en sökning hittar dem inte längre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="152"/>
        <source>Note: the original text stays readable in this file and in its backups, and, once the laptops share records, on every laptop and on the server. Removing it for real comes in a later version.</source>
        <translation>Observera: den ursprungliga texten går fortfarande att läsa i den här filen och i dess säkerhetskopior, och – när datorerna delar poster med varandra – på varje dator och på servern. Att ta bort texten på riktigt kommer i en senare version.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="159"/>
        <source>e.g. details about a child</source>
        <translation>t.ex. uppgifter om ett barn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="161"/>
        <source>Entry:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="164"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="78"/>
        <source>New measure</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="80"/>
        <source>e.g. Field assistants to Resecentrum</source>
        <translation>t.ex. Fältassistenter till Resecentrum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="82"/>
        <source>(no type)</source>
        <translation>(ingen typ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="87"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="87"/>
        <source>1 — high</source>
        <translation>1 — hög</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="88"/>
        <source>2 — normal</source>
        <translation>2 — normal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="88"/>
        <source>3 — low</source>
        <translation>3 — låg</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="97"/>
        <source>Confidential (only coordinators with the passphrase can read it)</source>
        <translation>Sekretessbelagd (bara koordinatorer med lösenfrasen kan läsa den)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="106"/>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="107"/>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="108"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="109"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="110"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioritet:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="111"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="112"/>
        <source>&amp;Units:</source>
        <translation>&amp;Enheter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="113"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="115"/>
        <source>Open measure</source>
        <translation>Öppna insats</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../ui/models/measures_model.py" line="33"/>
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="33"/>
        <source>Measure</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="33"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="34"/>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="34"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="34"/>
        <source>Last update</source>
        <translation>Senast uppdaterad</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="34"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="53"/>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 sedan)</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="96"/>
        <source>Opened %1 by %2</source>
        <translation>Öppnad %1 av %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="99"/>
        <source>No update for %1 (the event&apos;s limit is %2 min).</source>
        <translation>Ingen uppdatering på %1 (evenemangets gräns är %2 min).</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="105"/>
        <source>Sealed text that cannot be opened: damaged, or sealed to another key (eventcenter verify names it).</source>
        <translation>Förseglad text som inte kan öppnas: skadad, eller förseglad med en annan nyckel (eventcenter verify visar var).</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="108"/>
        <source>Answers a request.</source>
        <translation>Besvarar en begäran.</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="110"/>
        <source>Confidential measure</source>
        <translation>Sekretessbelagd insats</translation>
    </message>
    <message>
        <location filename="../../ui/models/measures_model.py" line="111"/>
        <source>Confidential: open with the passphrase (coordinators)</source>
        <translation>Sekretessbelagd: öppnas med lösenfrasen (koordinatorer)</translation>
    </message>
</context>
<context>
    <name>MeasuresView</name>
    <message>
        <location filename="../../ui/views/measures_view.py" line="50"/>
        <source>Open measures</source>
        <translation>Öppna insatser</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="51"/>
        <source>Done and cancelled</source>
        <translation>Klara och avbrutna</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="52"/>
        <source>All measures</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="70"/>
        <source>&amp;New measure…</source>
        <translation>&amp;Ny insats …</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="73"/>
        <source>&amp;Ongoing</source>
        <translation>&amp;Pågående</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="76"/>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="78"/>
        <source>&amp;Cancelled</source>
        <translation>A&amp;vbruten</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="81"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Återöppna …</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="83"/>
        <source>&amp;Units…</source>
        <translation>&amp;Enheter …</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="105"/>
        <source>Measures</source>
        <translation>Insatser</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/measures_view.py" line="134"/>
        <source>%n measures</source>
        <translation>
            <numerusform>%n insats</numerusform>
            <numerusform>%n insatser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/measures_view.py" line="136"/>
        <source>%n without an update for %1 min or more</source>
        <translation>
            <numerusform>%n utan uppdatering på %1 min eller mer</numerusform>
            <numerusform>%n utan uppdatering på %1 min eller mer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="178"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="185"/>
        <source>Reopen measure</source>
        <translation>Återöppna insats</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="185"/>
        <source>&amp;Why:</source>
        <translation>&amp;Varför:</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="186"/>
        <source>Reopen</source>
        <translation>Återöppna</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="187"/>
        <source>e.g. the group came back to the slope</source>
        <translation>t.ex. gruppen kom tillbaka till backen</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="238"/>
        <source>Measure opened.</source>
        <translation>Insatsen är öppnad.</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="247"/>
        <source>The journal entry %1 (%2): %3</source>
        <translation>Loggposten %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="250"/>
        <source>confidential entry</source>
        <translation>sekretessbelagd post</translation>
    </message>
    <message>
        <location filename="../../ui/views/measures_view.py" line="256"/>
        <source>The request from %1 at %2: %3 — the measure answers it.</source>
        <translation>Begäran från %1 kl. %2: %3 — insatsen besvarar den.</translation>
    </message>
</context>
<context>
    <name>MomentDialog</name>
    <message>
        <location filename="../../ui/dialogs/moment.py" line="24"/>
        <source>Show the state at a past moment</source>
        <translation>Visa läget vid en tidigare tidpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/moment.py" line="26"/>
        <source>The whole window shows the journal as it stood at this time, read-only. Write 22:15, or a date and time like 2027-04-30 22:15.</source>
        <translation>Hela fönstret visar journalen som den såg ut vid den tiden, endast läsning. Skriv 22:15, eller datum och tid som 2027-04-30 22:15.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/moment.py" line="37"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/moment.py" line="50"/>
        <source>Cannot read that time: write it as 22:15.</source>
        <translation>Kan inte läsa tiden: skriv den som 22:15.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="28"/>
        <source>Blank (no places or units)</source>
        <translation>Tom (inga platser eller enheter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="46"/>
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="53"/>
        <location filename="../../ui/dialogs/new_event.py" line="63"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="61"/>
        <source>none: start from the template only</source>
        <translation>inget: börja från mallen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="65"/>
        <source>Its units, contacts, places and measure types come along; nothing of its journal.</source>
        <translation>Dess enheter, kontakter, platser och insatstyper följer med; inget av dess journal.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="76"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="78"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="82"/>
        <source>From an &amp;earlier event:</source>
        <translation>Från ett &amp;tidigare evenemang:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="84"/>
        <source>Confidentiality &amp;passphrase:</source>
        <translation>&amp;Lösenfras för sekretess:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="85"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="91"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="111"/>
        <source>New event file</source>
        <translation>Ny evenemangsfil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="112"/>
        <location filename="../../ui/dialogs/new_event.py" line="120"/>
        <source>Event files (*.event)</source>
        <translation>Evenemangsfiler (*.event)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="118"/>
        <source>Earlier event</source>
        <translation>Tidigare evenemang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="127"/>
        <source>The earlier event %1 does not exist.</source>
        <translation>Det tidigare evenemanget %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="129"/>
        <source>Give the event a name, e.g. &quot;Valborg 2027&quot;.</source>
        <translation>Ge evenemanget ett namn, t.ex. ”Valborg 2027”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="131"/>
        <source>The file already exists: choose another name, or open it.</source>
        <translation>Filen finns redan: välj ett annat namn, eller öppna den.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="53"/>
        <source>Passphrase for %1</source>
        <translation>Lösenfras för %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="59"/>
        <source>Confidential entries (social services, health) are sealed with this passphrase. Only coordinators who know it can read them. Give it to the coordinators in person; it cannot be recovered.</source>
        <translation>Sekretessbelagda poster (socialtjänst, hälsa) förseglas med denna lösenfras. Bara koordinatorer som kan den kan läsa dem. Ge den till koordinatorerna personligen; den går inte att återskapa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="71"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="72"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
</context>
<context>
    <name>NowView</name>
    <message>
        <location filename="../../ui/views/now_view.py" line="115"/>
        <source>Open measures</source>
        <translation>Öppna insatser</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="116"/>
        <source>Without update</source>
        <translation>Utan uppdatering</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="117"/>
        <location filename="../../ui/views/now_view.py" line="127"/>
        <source>Requests waiting</source>
        <translation>Väntande begäran</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="118"/>
        <source>Not acknowledged</source>
        <translation>Okvitterade</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="119"/>
        <source>Units on site</source>
        <translation>Enheter på plats</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="120"/>
        <source>Units en route</source>
        <translation>Enheter på väg</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="121"/>
        <source>Units available</source>
        <translation>Tillgängliga enheter</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="122"/>
        <source>Contacts on duty</source>
        <translation>Kontakter i tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="126"/>
        <source>Needs attention</source>
        <translation>Kräver åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="128"/>
        <source>Open measures, longest without an update first</source>
        <translation>Öppna insatser, längst utan uppdatering först</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="130"/>
        <source>Units by place</source>
        <translation>Enheter per plats</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="142"/>
        <source>Situation</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="154"/>
        <source>&lt;b&gt;Situation at %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Läget kl. %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="167"/>
        <source>Nothing needs attention.</source>
        <translation>Inget kräver åtgärd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="169"/>
        <source>No request is waiting.</source>
        <translation>Ingen begäran väntar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="171"/>
        <source>No open measures.</source>
        <translation>Inga öppna insatser.</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="174"/>
        <source>No units.</source>
        <translation>Inga enheter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="178"/>
        <source>%1 · %2 %3: %4 — %5</source>
        <translation>%1 · %2 %3: %4 — %5</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="191"/>
        <source>%1 since an update: %2</source>
        <translation>%1 sedan uppdatering: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="198"/>
        <source>No known place</source>
        <translation>Ingen känd plats</translation>
    </message>
    <message>
        <location filename="../../ui/views/now_view.py" line="215"/>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="24"/>
        <source>Choose four or more words (at least %1 characters): easier to remember and harder to guess than a short password.</source>
        <translation>Välj fyra eller fler ord (minst %1 tecken): lättare att komma ihåg och svårare att gissa än ett kort lösenord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="35"/>
        <source>The passphrase is only spaces. Choose four or more words.</source>
        <translation>Lösenfrasen består bara av mellanslag. Välj fyra eller fler ord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="38"/>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Lösenfrasen måste vara minst %1 tecken lång.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="42"/>
        <source>The two passphrases are not the same.</source>
        <translation>De två lösenfraserna är inte lika.</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../ui/widgets/quick_entry.py" line="81"/>
        <source>&amp;Entry:</source>
        <translation>&amp;Loggpost:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quick_entry.py" line="85"/>
        <source>What happened? @unit #category !place — Enter saves</source>
        <translation>Vad hände? @enhet #kategori !plats — Enter sparar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quick_entry.py" line="88"/>
        <source>time: now</source>
        <translation>tid: nu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quick_entry.py" line="89"/>
        <source>When it happened, if earlier (22:05). Ctrl+T</source>
        <translation>När det hände, om tidigare (22:05). Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quick_entry.py" line="92"/>
        <source>why logged late</source>
        <translation>varför sen post</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quick_entry.py" line="94"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quick_entry.py" line="190"/>
        <source>Cannot read the time &quot;%1&quot;: write it as 22:05.</source>
        <translation>Kan inte läsa tiden ”%1”: skriv den som 22:05.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quick_entry.py" line="217"/>
        <source>The line could not be saved (%1). It is still in the field: try again, or write it on paper and tell the coordinator.</source>
        <translation>Raden kunde inte sparas (%1). Den står kvar i fältet: försök igen, eller skriv den på papper och säg till koordinatorn.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="157"/>
        <source>A reason is required.</source>
        <translation>Ett skäl krävs.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="33"/>
        <source>Request received</source>
        <translation>Inkommen begäran</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="36"/>
        <source>e.g. Send the social field team to Resecentrum: five intoxicated minors</source>
        <translation>t.ex. Skicka fältassistenterna till Resecentrum: fem berusade minderåriga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="42"/>
        <source>Confidential (only coordinators with the passphrase can read it)</source>
        <translation>Sekretessbelagd (bara koordinatorer med lösenfrasen kan läsa den)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="46"/>
        <source>&amp;Request:</source>
        <translation>&amp;Begäran:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="47"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="49"/>
        <source>Register request</source>
        <translation>Registrera begäran</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../ui/models/requests_model.py" line="35"/>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="35"/>
        <source>Waited</source>
        <translation>Väntat</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="35"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="35"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="36"/>
        <source>Acknowledged</source>
        <translation>Kvitterad</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="36"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="55"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="63"/>
        <source>answered after %1</source>
        <translation>svar efter %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="70"/>
        <source>Declined: %1</source>
        <translation>Avböjd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="74"/>
        <source>a measure</source>
        <translation>en insats</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="76"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="120"/>
        <source>Received %1 from %2 by %3</source>
        <translation>Inkom %1 från %2, mottagen av %3</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="124"/>
        <source>Not acknowledged for %1.</source>
        <translation>Okvitterad i %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="127"/>
        <source>Confidential: open with the passphrase (coordinators)</source>
        <translation>Sekretessbelagd: öppnas med lösenfrasen (koordinatorer)</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../ui/views/requests_view.py" line="77"/>
        <source>All requests tonight</source>
        <translation>Alla begäran i natt</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="78"/>
        <source>Waiting for an answer</source>
        <translation>Väntar på svar</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="102"/>
        <source>&amp;New request…</source>
        <translation>&amp;Ny begäran …</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="105"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Kvittera</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="107"/>
        <source>Answer with a &amp;measure…</source>
        <translation>Besvara med &amp;insats …</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="109"/>
        <source>&amp;Decline…</source>
        <translation>&amp;Avböj …</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="111"/>
        <source>C&amp;lose</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="129"/>
        <source>Requests</source>
        <translation>Begäran</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/requests_view.py" line="184"/>
        <source>%n requests</source>
        <translation>
            <numerusform>%n begäran</numerusform>
            <numerusform>%n begäran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/requests_view.py" line="186"/>
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n okvitterad</numerusform>
            <numerusform>%n okvitterade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="242"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="263"/>
        <source>Request registered.</source>
        <translation>Begäran är registrerad.</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="271"/>
        <source>Acknowledged: %1</source>
        <translation>Kvitterad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="290"/>
        <source>Decline the request</source>
        <translation>Avböj begäran</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="290"/>
        <source>&amp;Why:</source>
        <translation>&amp;Varför:</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="291"/>
        <source>Decline</source>
        <translation>Avböj</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="292"/>
        <source>e.g. no field assistants free before 23:30</source>
        <translation>t.ex. inga fältassistenter lediga före 23:30</translation>
    </message>
    <message>
        <location filename="../../ui/views/requests_view.py" line="304"/>
        <source>Closed: %1</source>
        <translation>Stängd: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="25"/>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="26"/>
        <source>liaison officer</source>
        <translation>samverkansperson</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="27"/>
        <source>reader</source>
        <translation>läsare</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="43"/>
        <source>Sign in — %1</source>
        <translation>Logga in — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="47"/>
        <source>First name and surname</source>
        <translation>Förnamn och efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="54"/>
        <source>only to read confidential entries</source>
        <translation>bara för att läsa sekretessbelagda poster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="55"/>
        <source>Confidentiality &amp;passphrase:</source>
        <translation>&amp;Lösenfras för sekretess:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="65"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="70"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="88"/>
        <source>Coordinators log, decide and, with the passphrase, read confidential entries. Leave it empty to work without.</source>
        <translation>Koordinatorer loggar, beslutar och läser, med lösenfrasen, sekretessbelagda poster. Lämna fältet tomt för att arbeta utan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="90"/>
        <source>The liaison officer logs and answers the police&apos;s requests; confidential entries show only that they exist.</source>
        <translation>Samverkanspersonen loggar och svarar på polisens begäran; av sekretessbelagda poster syns bara att de finns.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="92"/>
        <source>A reader follows the journal and cannot write; confidential entries show only that they exist.</source>
        <translation>En läsare följer journalen och kan inte skriva; av sekretessbelagda poster syns bara att de finns.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="100"/>
        <source>Write your name: every entry says who wrote it.</source>
        <translation>Skriv ditt namn: varje post anger vem som skrev den.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="117"/>
        <source>Try again, or leave the field empty to sign in without it.</source>
        <translation>Försök igen, eller lämna fältet tomt för att logga in utan.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/dialogs/start.py" line="29"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="40"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="44"/>
        <source>&amp;New from template…</source>
        <translation>&amp;Nytt från mall…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="46"/>
        <source>New from the chosen &amp;earlier event…</source>
        <translation>Nytt från valt &amp;tidigare evenemang …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="48"/>
        <source>Last year&apos;s units, contacts, places and measure types come along; nothing of its journal.</source>
        <translation>Förra årets enheter, kontakter, platser och insatstyper följer med; inget av journalen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="52"/>
        <source>Open &amp;file…</source>
        <translation>Öppna &amp;fil…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="54"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="62"/>
        <source>Recent events:</source>
        <translation>Senaste evenemang:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="82"/>
        <source>Open event</source>
        <translation>Öppna evenemang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="83"/>
        <source>Event files (*.event)</source>
        <translation>Evenemangsfiler (*.event)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="83"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>StateAttention</name>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="84"/>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="93"/>
        <source>Requests</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="106"/>
        <source>Measures</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="118"/>
        <source>Clashes from sync</source>
        <translation>Krockar från synk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="128"/>
        <source>Situation</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="133"/>
        <source>Ongoing measures</source>
        <translation>Pågående insatser</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="134"/>
        <source>Planned measures</source>
        <translation>Planerade insatser</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="135"/>
        <source>Requests waiting</source>
        <translation>Väntande begäran</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="136"/>
        <source>Units on site</source>
        <translation>Enheter på plats</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="137"/>
        <source>Units en route</source>
        <translation>Enheter på väg</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention_sources.py" line="138"/>
        <source>Units available</source>
        <translation>Tillgängliga enheter</translation>
    </message>
</context>
<context>
    <name>StateView</name>
    <message>
        <location filename="../../ui/views/state_view.py" line="37"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/state_view.py" line="149"/>
        <source>Could not read: %1</source>
        <translation>Kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="26"/>
        <source>Sync: not set up</source>
        <translation>Synk: ej konfigurerad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="38"/>
        <source>Saved %1 ✓</source>
        <translation>Sparad %1 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="43"/>
        <source>NOT saved — see the message under the line</source>
        <translation>INTE sparad — se meddelandet under raden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="48"/>
        <source>Confidential: opened</source>
        <translation>Sekretess: öppnad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="49"/>
        <source>Confidential: locked</source>
        <translation>Sekretess: låst</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="54"/>
        <source>EVENT FILE DAMAGED — nothing more is saved</source>
        <translation>EVENEMANGSFILEN SKADAD — inget mer sparas</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="172"/>
        <source>Units of the measure</source>
        <translation>Insatsens enheter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="179"/>
        <source>&amp;Units:</source>
        <translation>&amp;Enheter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/measure_dialogs.py" line="180"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../ui/models/units_model.py" line="31"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../ui/models/units_model.py" line="31"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/units_model.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/units_model.py" line="31"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/models/units_model.py" line="32"/>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../ui/models/units_model.py" line="32"/>
        <source>On duty</source>
        <translation>I tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/models/units_model.py" line="32"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/models/units_model.py" line="32"/>
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <location filename="../../ui/models/units_model.py" line="46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../ui/views/units_view.py" line="66"/>
        <source>By status</source>
        <translation>Efter status</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="66"/>
        <source>By place</source>
        <translation>Efter plats</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="67"/>
        <source>By call sign</source>
        <translation>Efter anropssignal</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="69"/>
        <source>Positions</source>
        <translation>Positioner</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="88"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="88"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="89"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="110"/>
        <source>&amp;Change status and place</source>
        <translation>Ä&amp;ndra status och plats</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="112"/>
        <source>Save  (Enter)</source>
        <translation>Spara  (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="119"/>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="125"/>
        <source>Order:</source>
        <translation>Ordning:</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="139"/>
        <source>Chosen unit:</source>
        <translation>Vald enhet:</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="141"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="143"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="165"/>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="209"/>
        <source>Choose a unit</source>
        <translation>Välj en enhet</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="212"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="222"/>
        <source>Positions of %1</source>
        <translation>Positioner för %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="259"/>
        <source>%1 is already there.</source>
        <translation>%1 är redan där.</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="267"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/units_view.py" line="268"/>
        <source>no place</source>
        <translation>ingen plats</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../ui/commands.py" line="32"/>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="41"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="62"/>
        <source>Nothing of yours to undo.</source>
        <translation>Du har inget att ångra.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="64"/>
        <source>Your last action cannot be undone here; change it back by hand.</source>
        <translation>Din senaste åtgärd kan inte ångras här; ändra tillbaka den för hand.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="73"/>
        <source>Undone: the measure is back as it was (a new record says so).</source>
        <translation>Ångrat: insatsen är som den var (en ny post säger det).</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="74"/>
        <source>Undone: the unit is back at its earlier status and place.</source>
        <translation>Ångrat: enheten har sin tidigare status och plats igen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="75"/>
        <source>Undone: the request you registered is closed.</source>
        <translation>Ångrat: begäran du registrerade är stängd.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="76"/>
        <source>Undone: the contact has its earlier details back.</source>
        <translation>Ångrat: kontakten har sina tidigare uppgifter igen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="78"/>
        <source>Undone: your last entry is marked &quot;[ångrad]&quot; in the journal.</source>
        <translation>Ångrat: din senaste post är markerad ”[ångrad]” i journalen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="99"/>
        <source>Choose an entry in the journal first.</source>
        <translation>Välj först en post i journalen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="107"/>
        <source>A confidential entry can be corrected only with the passphrase.</source>
        <translation>En sekretessbelagd post kan bara rättas med lösenfrasen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="126"/>
        <source>This entry is confidential already.</source>
        <translation>Posten är redan sekretessbelagd.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="20"/>
        <source>ongoing</source>
        <translation>pågående</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="21"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="22"/>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="29"/>
        <source>not acknowledged</source>
        <translation>okvitterad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="30"/>
        <source>acknowledged</source>
        <translation>kvitterad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="31"/>
        <source>answered</source>
        <translation>besvarad</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>declined</source>
        <translation>avböjd</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="33"/>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>available</source>
        <translation>tillgänglig</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>en route</source>
        <translation>på väg</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>on site</source>
        <translation>på plats</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>break</source>
        <translation>rast</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>off duty</source>
        <translation>ur tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55"/>
        <source>confidential measure</source>
        <translation>sekretessbelagd insats</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>confidential request</source>
        <translation>sekretessbelagd begäran</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>confidential sender</source>
        <translation>sekretessbelagd avsändare</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="68"/>
        <source>cannot be opened</source>
        <translation>kan inte öppnas</translation>
    </message>
</context>
</TS>
