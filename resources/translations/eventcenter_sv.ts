<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AttentionPanel</name>
    <message>
        <location filename="../../ui/widgets/attention.py" line="76"/>
        <source>Needs attention</source>
        <translation>Kräver åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention.py" line="78"/>
        <source>Nothing waiting.</source>
        <translation>Inget väntar.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="104"/>
        <source>Correct an entry</source>
        <translation>Rätta en loggpost</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="106"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="108"/>
        <source>confidential entry</source>
        <translation>sekretessbelagd post</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="115"/>
        <source>e.g. wrong unit, misheard place</source>
        <translation>t.ex. fel enhet, felhörd plats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="116"/>
        <source>The old entry stays in the journal, struck through, next to the correction.</source>
        <translation>Den gamla posten står kvar i journalen, överstruken, intill rättelsen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="120"/>
        <source>Entry:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="121"/>
        <source>&amp;Corrected text:</source>
        <translation>&amp;Rättad text:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="122"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="124"/>
        <source>Correct</source>
        <translation>Rätta</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="66"/>
        <source>Log a decision</source>
        <translation>Logga ett beslut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="75"/>
        <source>Confidential (sealed; only coordinators with the passphrase can read it)</source>
        <translation>Sekretess (förseglas; bara koordinatorer med lösenfrasen kan läsa)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="78"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="79"/>
        <source>Decided &amp;by:</source>
        <translation>Beslutat &amp;av:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="80"/>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="81"/>
        <source>B&amp;asis:</source>
        <translation>&amp;Underlag:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="82"/>
        <source>&amp;Why:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="83"/>
        <source>A&amp;ffected / informed:</source>
        <translation>&amp;Berörda / informerade:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_dialogs.py" line="85"/>
        <source>Log decision</source>
        <translation>Logga beslut</translation>
    </message>
</context>
<context>
    <name>JournalCounts</name>
    <message>
        <location filename="../../ui/widgets/attention.py" line="46"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention.py" line="55"/>
        <source>Entries the last hour</source>
        <translation>Poster senaste timmen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention.py" line="56"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention.py" line="57"/>
        <source>Confidential entries</source>
        <translation>Sekretessbelagda poster</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attention.py" line="58"/>
        <source>Entries in all</source>
        <translation>Poster totalt</translation>
    </message>
</context>
<context>
    <name>JournalFilterBar</name>
    <message>
        <location filename="../../ui/views/journal_view.py" line="52"/>
        <source>Search (Ctrl+F)</source>
        <translation>Sök (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="54"/>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="55"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="56"/>
        <source>All places</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="58"/>
        <source>Operator</source>
        <translation>Loggförare</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="59"/>
        <source>from hh:mm</source>
        <translation>från hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="60"/>
        <source>to hh:mm</source>
        <translation>till hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="64"/>
        <source>All entries</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="65"/>
        <source>Only confidential</source>
        <translation>Bara sekretess</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="66"/>
        <source>No confidential</source>
        <translation>Utan sekretess</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="68"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="162"/>
        <source>Cannot read the time &quot;%1&quot;: write it as 22:15.</source>
        <translation>Kan inte läsa tiden ”%1”: skriv den som 22:15.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../ui/models/journal_model.py" line="61"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="61"/>
        <source>Operator</source>
        <translation>Loggförare</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="61"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="61"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="62"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="62"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="101"/>
        <source>DECISION</source>
        <translation>BESLUT</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="103"/>
        <source>CORRECTION</source>
        <translation>RÄTTELSE</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="113"/>
        <source>confidential entry</source>
        <translation>sekretessbelagd post</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="117"/>
        <source>%1 (decided by %2)</source>
        <translation>%1 (beslut: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="120"/>
        <source>%1 — corrects an earlier entry: %2</source>
        <translation>%1 — rättar en tidigare post: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="123"/>
        <source>[late: %1]</source>
        <translation>[sen: %1]</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="125"/>
        <source>corrected</source>
        <translation>rättad</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="138"/>
        <source>Occurred %1, recorded %2</source>
        <translation>Inträffade %1, inskriven %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="144"/>
        <source>Confidential entry</source>
        <translation>Sekretessbelagd post</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="145"/>
        <source>Confidential: open with the passphrase (coordinators)</source>
        <translation>Sekretess: öppnas med lösenfrasen (koordinatorer)</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="147"/>
        <source>Corrected by a later entry.</source>
        <translation>Rättad av en senare post.</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="149"/>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/journal_model.py" line="150"/>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../ui/views/journal_view.py" line="230"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/journal_view.py" line="257"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/journal_view.py" line="260"/>
        <source>The journal could not be read: %1</source>
        <translation>Journalen kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Back to now</source>
        <translation>Tillbaka till nu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Event</source>
        <translation>&amp;Evenemang</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Events…</source>
        <translation>&amp;Evenemang…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nytt evenemang…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Write an entry</source>
        <translation>&amp;Skriv en loggpost</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Earlier &amp;time for the entry</source>
        <translation>Tidigare &amp;tid för posten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Undo my last entry</source>
        <translation>&amp;Ångra min senaste post</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Log a &amp;decision…</source>
        <translation>Logga ett &amp;beslut…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Correct the chosen entry…</source>
        <translation>&amp;Rätta vald post…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Search the journal</source>
        <translation>S&amp;ök i journalen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Show the state &amp;at…</source>
        <translation>Visa &amp;läget kl…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Back to &amp;now</source>
        <translation>Tillbaka till &amp;nu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Night theme on/off</source>
        <translation>&amp;Nattläge av/på</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Större text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal textstorlek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Operator</source>
        <translation>&amp;Loggförare</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Switch operator (shift change)…</source>
        <translation>&amp;Byt loggförare (skiftbyte)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Lock confidential entries</source>
        <translation>&amp;Lås sekretessbelagda poster</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Readers cannot write entries.</source>
        <translation>Läsare kan inte skriva loggposter.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Showing the state at %1 — read-only. New entries are not shown.</source>
        <translation>Visar läget kl %1 — endast läsning. Nya poster visas inte.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Nothing of yours to undo.</source>
        <translation>Du har inget att ångra.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Your last action cannot be undone here.</source>
        <translation>Din senaste åtgärd kan inte ångras här.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Undone: your last entry is marked &quot;[ångrad]&quot; in the journal.</source>
        <translation>Ångrat: din senaste post är markerad ”[ångrad]” i journalen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Choose an entry in the journal first.</source>
        <translation>Välj först en post i journalen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>A confidential entry can be corrected only with the passphrase.</source>
        <translation>En sekretessbelagd post kan bara rättas med lösenfrasen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Backup %1</source>
        <translation>Säkerhetskopia %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Backup FAILED</source>
        <translation>Säkerhetskopia MISSLYCKADES</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Something went wrong: %1</source>
        <translation>Något gick fel: %1</translation>
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
        <location filename="../../ui/dialogs/new_event.py" line="29"/>
        <source>Blank (no places or units)</source>
        <translation>Tom (inga platser eller enheter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="43"/>
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="50"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="64"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="66"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="67"/>
        <source>Confidentiality &amp;passphrase:</source>
        <translation>&amp;Lösenfras för sekretess:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="68"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="71"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="92"/>
        <source>New event file</source>
        <translation>Ny evenemangsfil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="93"/>
        <source>Event files (*.event)</source>
        <translation>Evenemangsfiler (*.event)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="99"/>
        <source>Give the event a name, e.g. &quot;Valborg 2027&quot;.</source>
        <translation>Ge evenemanget ett namn, t.ex. ”Valborg 2027”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="101"/>
        <source>The file already exists: choose another name, or open it.</source>
        <translation>Filen finns redan: välj ett annat namn, eller öppna den.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="103"/>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Lösenfrasen måste vara minst %1 tecken lång.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_event.py" line="106"/>
        <source>The two passphrases are not the same.</source>
        <translation>De två lösenfraserna är inte lika.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="25"/>
        <source>Passphrase for %1</source>
        <translation>Lösenfras för %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="31"/>
        <source>Confidential entries (social services, health) are sealed with this passphrase. Only coordinators who know it can read them. Give it to the coordinators in person; it cannot be recovered. At least %1 characters.</source>
        <translation>Sekretessbelagda poster (socialtjänst, hälsa) förseglas med denna lösenfras. Bara koordinatorer som kan den kan läsa dem. Ge den till koordinatorerna personligen; den går inte att återskapa. Minst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="44"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="45"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="54"/>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Lösenfrasen måste vara minst %1 tecken lång.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="57"/>
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
        <location filename="../../ui/widgets/quick_entry.py" line="219"/>
        <source>The line could not be saved (%1). It is still in the field: try again, or write it on paper and tell the coordinator.</source>
        <translation>Raden kunde inte sparas (%1). Den står kvar i fältet: försök igen, eller skriv den på papper och säg till koordinatorn.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="24"/>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="25"/>
        <source>liaison officer</source>
        <translation>samverkansperson</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="26"/>
        <source>reader</source>
        <translation>läsare</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="42"/>
        <source>Sign in — %1</source>
        <translation>Logga in — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="46"/>
        <source>First name and surname</source>
        <translation>Förnamn och efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="53"/>
        <source>only to read confidential entries</source>
        <translation>bara för att läsa sekretessbelagda poster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="54"/>
        <source>Confidentiality &amp;passphrase:</source>
        <translation>&amp;Lösenfras för sekretess:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="64"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="68"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="69"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="87"/>
        <source>Coordinators log, decide and, with the passphrase, read confidential entries. Leave it empty to work without.</source>
        <translation>Koordinatorer loggar, beslutar och läser, med lösenfrasen, sekretessbelagda poster. Lämna fältet tomt för att arbeta utan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="89"/>
        <source>The liaison officer logs and answers the police&apos;s requests; confidential entries show only that they exist.</source>
        <translation>Samverkanspersonen loggar och svarar på polisens begäran; av sekretessbelagda poster syns bara att de finns.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="91"/>
        <source>A reader follows the journal and cannot write; confidential entries show only that they exist.</source>
        <translation>En läsare följer journalen och kan inte skriva; av sekretessbelagda poster syns bara att de finns.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="99"/>
        <source>Write your name: every entry says who wrote it.</source>
        <translation>Skriv ditt namn: varje post anger vem som skrev den.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="110"/>
        <source>Try again, or leave the field empty to sign in without it.</source>
        <translation>Försök igen, eller lämna fältet tomt för att logga in utan.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/dialogs/start.py" line="27"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="38"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="42"/>
        <source>&amp;New from template…</source>
        <translation>&amp;Nytt från mall…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="44"/>
        <source>Open &amp;file…</source>
        <translation>Öppna &amp;fil…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="46"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="54"/>
        <source>Recent events:</source>
        <translation>Senaste evenemang:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="69"/>
        <source>Open event</source>
        <translation>Öppna evenemang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start.py" line="70"/>
        <source>Event files (*.event);;All files (*)</source>
        <translation>Evenemangsfiler (*.event);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="23"/>
        <source>Sync: not set up</source>
        <translation>Synk: ej konfigurerad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="35"/>
        <source>Saved %1 ✓</source>
        <translation>Sparad %1 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="40"/>
        <source>NOT saved — see the message under the line</source>
        <translation>INTE sparad — se meddelandet under raden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="45"/>
        <source>Confidential: opened</source>
        <translation>Sekretess: öppnad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="46"/>
        <source>Confidential: locked</source>
        <translation>Sekretess: låst</translation>
    </message>
</context>
</TS>
