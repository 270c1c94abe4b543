<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>This database was upgraded by a newer version of Webcare (schema revision {revision}; this version knows up to {head}). Install the newer version, or choose another database with --db.</source>
            <translation>Deze database is bijgewerkt door een nieuwere versie van Webcare (schemaversie {revision}; deze versie kent tot en met {head}). Installeer de nieuwere versie, of kies een andere database met --db.</translation>
        </message>
        <message>
            <source>Webcare cannot start: {reason}</source>
            <translation>Webcare kan niet starten: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handeling</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Werkplek</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Action, e.g. resident.</source>
            <translation>Handeling, bijv. resident.</translation>
        </message>
        <message>
            <source>Filter by action</source>
            <translation>Filter op handeling</translation>
        </message>
        <message>
            <source>Object, e.g. resident:12</source>
            <translation>Object, bijv. resident:12</translation>
        </message>
        <message>
            <source>Filter by object</source>
            <translation>Filter op object</translation>
        </message>
        <message>
            <source>Filter by result</source>
            <translation>Filter op resultaat</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Auditlog</translation>
        </message>
        <message>
            <source>Verify the chain</source>
            <translation>Keten controleren</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message numerus="yes">
            <source>The audit trail is intact: %n event(s).</source>
            <translation>
                <numerusform>De auditlog is ongeschonden: %n gebeurtenis.</numerusform>
                <numerusform>De auditlog is ongeschonden: %n gebeurtenissen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The audit trail is broken at event {seq} ({problem}): report it as a security incident.</source>
            <translation>De auditlog is verbroken bij gebeurtenis {seq} ({problem}): meld dit als beveiligingsincident.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n event(s).</source>
            <translation>
                <numerusform>%n gebeurtenis geëxporteerd.</numerusform>
                <numerusform>%n gebeurtenissen geëxporteerd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Auditlog exporteren</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Plan proactive posts for every account on a calendar, send them for review, and let Webcare publish them on time.</source>
            <translation>Plan proactieve berichten voor elk account op een kalender, laat ze controleren en laat Webcare ze op tijd publiceren.</translation>
        </message>
    </context>
    <context>
        <name>CannedDialog</name>
        <message>
            <source>Edit canned reply</source>
            <translation>Standaardantwoord bewerken</translation>
        </message>
        <message>
            <source>New canned reply</source>
            <translation>Nieuw standaardantwoord</translation>
        </message>
        <message>
            <source>e.g. afval</source>
            <translation>bijv. afval</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Sneltoets</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Placeholders: {{naam}} the resident's name, {{medewerker}} your name, {{datum}} today's date. At most {count} characters. Ctrl+Enter saves.</source>
            <translation>Invulvelden: {{naam}} de naam van de inwoner, {{medewerker}} uw naam, {{datum}} de datum van vandaag. Hoogstens {count} tekens. Ctrl+Enter slaat op.</translation>
        </message>
        <message>
            <source>&amp;Shortcut (type /shortcut):</source>
            <translation>&amp;Sneltoets (typ /sneltoets):</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;kst:</translation>
        </message>
    </context>
    <context>
        <name>CannedSettings</name>
        <message>
            <source>Canned replies</source>
            <translation>Standaardantwoorden</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nieuw…</translation>
        </message>
        <message>
            <source>New canned reply</source>
            <translation>Nieuw standaardantwoord</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bewerken…</translation>
        </message>
        <message>
            <source>Edit the chosen canned reply</source>
            <translation>Het gekozen standaardantwoord bewerken</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Delete the chosen canned reply</source>
            <translation>Het gekozen standaardantwoord verwijderen</translation>
        </message>
        <message>
            <source>No canned replies yet. Add answers the team gives often; in the composer, type / and the shortcut.</source>
            <translation>Nog geen standaardantwoorden. Voeg antwoorden toe die het team vaak geeft; typ in het antwoordveld / en de sneltoets.</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <source>Verification code</source>
            <translation>Verificatiecode</translation>
        </message>
        <message>
            <source>Give this code to {name}. They send it from the account to be linked, by direct message or in a reply to the municipality. The inbox recognises it and offers the link. The code works once, until {until}; it is not shown again.</source>
            <translation>Geef deze code aan {name}. De inwoner stuurt hem vanaf het account dat gekoppeld moet worden, in een privébericht of een reactie aan de gemeente. De inbox herkent de code en biedt de koppeling aan. De code werkt één keer, tot {until}; hij wordt niet nog eens getoond.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Write a reply… (/ for a canned reply)</source>
            <translation>Schrijf een antwoord… (/ voor een standaardantwoord)</translation>
        </message>
        <message>
            <source>Write an internal note… (@ to mention a colleague)</source>
            <translation>Schrijf een interne notitie… (@ om een collega te noemen)</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Antwoord versturen</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notitie toevoegen</translation>
        </message>
        <message>
            <source>Reply text</source>
            <translation>Tekst van het antwoord</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Tekst van de notitie</translation>
        </message>
        <message>
            <source>Your role lets you read conversations, not answer them.</source>
            <translation>Met uw rol kunt u gesprekken lezen, niet beantwoorden.</translation>
        </message>
        <message>
            <source>Choose a conversation to answer.</source>
            <translation>Kies een gesprek om te beantwoorden.</translation>
        </message>
        <message>
            <source>Only colleagues see internal notes.</source>
            <translation>Alleen collega's zien interne notities.</translation>
        </message>
        <message>
            <source>{length} / {limit}</source>
            <translation>{length} / {limit}</translation>
        </message>
        <message>
            <source>{length} of {limit} characters used</source>
            <translation>{length} van {limit} tekens gebruikt</translation>
        </message>
        <message>
            <source>Cannot send: the 24-hour window has closed.</source>
            <translation>Versturen kan niet: de termijn van 24 uur is voorbij.</translation>
        </message>
        <message numerus="yes">
            <source>Too long by %n character(s).</source>
            <translation>
                <numerusform>%n teken te lang.</numerusform>
                <numerusform>%n tekens te lang.</numerusform>
            </translation>
        </message>
        <message>
            <source>Public reply on {platform}</source>
            <translation>Openbaar antwoord op {platform}</translation>
        </message>
        <message>
            <source>Direct message on {platform}</source>
            <translation>Privébericht op {platform}</translation>
        </message>
        <message>
            <source>{name} has held this conversation since {time}. Sending a reply asks you to confirm, so that the resident is not answered twice.</source>
            <translation>{name} behandelt dit gesprek sinds {time}. Bij versturen vragen we eerst om bevestiging, zodat de inwoner niet twee keer antwoord krijgt.</translation>
        </message>
        <message>
            <source>{platform} only allows a direct message within 24 hours of the resident's last message, and there is none: a reply cannot be sent.</source>
            <translation>{platform} staat een privébericht alleen toe binnen 24 uur na het laatste bericht van de inwoner, en dat is er niet: een antwoord kan niet worden verstuurd.</translation>
        </message>
        <message>
            <source>{platform} only allows a direct message within 24 hours of the resident's last message. That window closed at {time}: a reply cannot be sent until the resident writes again. An internal note is still possible.</source>
            <translation>{platform} staat een privébericht alleen toe binnen 24 uur na het laatste bericht van de inwoner. Die termijn liep af om {time}: een antwoord kan pas weer als de inwoner opnieuw schrijft. Een interne notitie kan wel.</translation>
        </message>
        <message>
            <source>{platform}: direct messages are possible until {time} (24 hours after the resident's last message).</source>
            <translation>{platform}: privéberichten kunnen tot {time} (24 uur na het laatste bericht van de inwoner).</translation>
        </message>
        <message>
            <source>&amp;Reply</source>
            <translation>&amp;Antwoord</translation>
        </message>
        <message>
            <source>Write a reply to the resident</source>
            <translation>Schrijf een antwoord aan de inwoner</translation>
        </message>
        <message>
            <source>Internal &amp;note</source>
            <translation>Interne &amp;notitie</translation>
        </message>
        <message>
            <source>Write an internal note</source>
            <translation>Een interne notitie schrijven</translation>
        </message>
        <message>
            <source>Send (Ctrl+Enter)</source>
            <translation>Versturen (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Who holds this conversation</source>
            <translation>Wie dit gesprek behandelt</translation>
        </message>
        <message>
            <source>Messaging window</source>
            <translation>Termijn voor privéberichten</translation>
        </message>
        <message>
            <source>Why the reply cannot be sent</source>
            <translation>Waarom het antwoord niet kan worden verstuurd</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Record consent</source>
            <translation>Toestemming vastleggen</translation>
        </message>
        <message>
            <source>Tick only what the resident agreed to. Each purpose is a consent of its own; saying no has no consequences for the resident.</source>
            <translation>Vink alleen aan waarmee de inwoner instemde. Elk doel is een eigen toestemming; nee zeggen heeft voor de inwoner geen gevolgen.</translation>
        </message>
        <message>
            <source>What the resident saw: {title} (version {version})</source>
            <translation>Wat de inwoner zag: {title} (versie {version})</translation>
        </message>
        <message>
            <source>Notice text</source>
            <translation>Tekst van de kennisgeving</translation>
        </message>
        <message>
            <source>scan number, form id or message id</source>
            <translation>scannummer, formuliernummer of bericht-id</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Hoe</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Gegeven op</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bewijs</translation>
        </message>
    </context>
    <context>
        <name>ConsentModel</name>
        <message>
            <source>Purpose</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Manier</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Kennisgeving</translation>
        </message>
        <message>
            <source>Refresh by</source>
            <translation>Vernieuwen voor</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ingetrokken</translation>
        </message>
    </context>
    <context>
        <name>ConsultationModel</name>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Doel</translation>
        </message>
    </context>
    <context>
        <name>ConversationDelegate</name>
        <message>
            <source>No longer in this queue</source>
            <translation>Niet meer in deze wachtrij</translation>
        </message>
        <message>
            <source>waiting {time}</source>
            <translation>wacht {time}</translation>
        </message>
        <message>
            <source>waiting {time} · due soon</source>
            <translation>wacht {time} · bijna te laat</translation>
        </message>
        <message>
            <source>waiting {time} · overdue</source>
            <translation>wacht {time} · te laat</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>niet toegewezen</translation>
        </message>
    </context>
    <context>
        <name>ConversationHeader</name>
        <message>
            <source>No conversation selected</source>
            <translation>Geen gesprek gekozen</translation>
        </message>
        <message>
            <source>Pick one from the list (J and K move through it).</source>
            <translation>Kies er een uit de lijst (met J en K loopt u erdoorheen).</translation>
        </message>
        <message>
            <source>&amp;Close (E)</source>
            <translation>&amp;Sluiten (E)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(geen naam)</translation>
        </message>
        <message>
            <source>direct messages</source>
            <translation>privéberichten</translation>
        </message>
        <message>
            <source>public thread</source>
            <translation>openbare draad</translation>
        </message>
        <message>
            <source>Snoozed until {time}</source>
            <translation>Gesnoozed tot {time}</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Niet toegewezen</translation>
        </message>
        <message>
            <source>Assigned to you since {time}</source>
            <translation>Aan u toegewezen sinds {time}</translation>
        </message>
        <message>
            <source>Assigned to {name} since {time}</source>
            <translation>Toegewezen aan {name} sinds {time}</translation>
        </message>
        <message>
            <source>Priority: {level}</source>
            <translation>Prioriteit: {level}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Labels: {tags}</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>He&amp;ropenen</translation>
        </message>
        <message>
            <source>Clai&amp;m (A)</source>
            <translation>&amp;Oppakken (A)</translation>
        </message>
        <message>
            <source>Retry failed</source>
            <translation>Opnieuw versturen</translation>
        </message>
        <message>
            <source>Assign this conversation to me</source>
            <translation>Wijs dit gesprek aan mij toe</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Toewijzen</translation>
        </message>
        <message>
            <source>Assign to a colleague or unassign</source>
            <translation>Aan een collega toewijzen of de toewijzing opheffen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Set pending, snooze or reopen</source>
            <translation>In afwachting zetten, snoozen of heropenen</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioriteit</translation>
        </message>
        <message>
            <source>Set the priority</source>
            <translation>Prioriteit instellen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Add or remove tags</source>
            <translation>Labels toevoegen of verwijderen</translation>
        </message>
        <message>
            <source>Send the failed replies again</source>
            <translation>Verstuur de mislukte antwoorden opnieuw</translation>
        </message>
        <message>
            <source>Close or reopen the conversation</source>
            <translation>Het gesprek sluiten of heropenen</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Inwoner</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Conversation state</source>
            <translation>Stand van het gesprek</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Pending (waiting for the resident)</source>
            <translation>In afwachting (wacht op de inwoner)</translation>
        </message>
        <message>
            <source>Snooze for one hour</source>
            <translation>Een uur snoozen</translation>
        </message>
        <message>
            <source>Snooze until tomorrow morning</source>
            <translation>Snoozen tot morgenochtend</translation>
        </message>
        <message>
            <source>Snooze until Monday morning</source>
            <translation>Snoozen tot maandagochtend</translation>
        </message>
        <message>
            <source>Snooze until…</source>
            <translation>Snoozen tot…</translation>
        </message>
        <message>
            <source>Unassign</source>
            <translation>Toewijzing opheffen</translation>
        </message>
        <message>
            <source>New tag…</source>
            <translation>Nieuw label…</translation>
        </message>
    </context>
    <context>
        <name>ConversationListModel</name>
        <message>
            <source>waiting {time}, over the response target</source>
            <translation>wacht {time}, over de reactienorm</translation>
        </message>
        <message>
            <source>waiting {time}</source>
            <translation>wacht {time}</translation>
        </message>
        <message>
            <source>assigned to {name}</source>
            <translation>toegewezen aan {name}</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>niet toegewezen</translation>
        </message>
        <message>
            <source>priority {level}</source>
            <translation>prioriteit {level}</translation>
        </message>
        <message>
            <source>tags {tags}</source>
            <translation>labels {tags}</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>ongelezen</translation>
        </message>
    </context>
    <context>
        <name>ConversationPane</name>
        <message>
            <source>Conversation thread</source>
            <translation>Verloop van het gesprek</translation>
        </message>
        <message>
            <source>Message from the inbox</source>
            <translation>Melding van de inbox</translation>
        </message>
    </context>
    <context>
        <name>ConversationWork</name>
        <message>
            <source>This conversation is already yours.</source>
            <translation>Dit gesprek is al aan u toegewezen.</translation>
        </message>
        <message>
            <source>Take over this conversation?</source>
            <translation>Dit gesprek overnemen?</translation>
        </message>
        <message>
            <source>{name} has held this conversation since {time}. Take it over? They will see that you did.</source>
            <translation>{name} behandelt dit gesprek sinds {time}. Wilt u het overnemen? Uw collega ziet dat u dat deed.</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Overnemen</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Snoozen</translation>
        </message>
        <message>
            <source>Snooze until:</source>
            <translation>Snoozen tot:</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>Nieuw label</translation>
        </message>
        <message>
            <source>Name of the tag:</source>
            <translation>Naam van het label:</translation>
        </message>
        <message>
            <source>Answer a colleague's conversation?</source>
            <translation>Een gesprek van een collega beantwoorden?</translation>
        </message>
        <message>
            <source>{name} holds this conversation. Send your reply anyway? Make sure the resident is not answered twice.</source>
            <translation>{name} behandelt dit gesprek. Toch uw antwoord versturen? Zorg dat de inwoner niet twee keer antwoord krijgt.</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <translation>Toch versturen</translation>
        </message>
        <message>
            <source>Delete canned reply</source>
            <translation>Standaardantwoord verwijderen</translation>
        </message>
        <message>
            <source>Delete the canned reply /{shortcut} for the whole team?</source>
            <translation>Het standaardantwoord /{shortcut} voor het hele team verwijderen?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase the profile</source>
            <translation>Profiel wissen</translation>
        </message>
        <message>
            <source>Erase {name}? The profile, every consent, the contact details and the linked accounts are deleted, and the name, e-mail address, phone number and handles are removed from the messages. The conversations stay, unlinked, until their retention term. A deletion record without personal data is kept.</source>
            <translation>{name} wissen? Het profiel, alle toestemmingen, de contactgegevens en de gekoppelde accounts worden verwijderd, en de naam, het e-mailadres, het telefoonnummer en de accountnamen worden uit de berichten gehaald. De gesprekken blijven, ontkoppeld, tot hun bewaartermijn om is. Er blijft een verwijderverslag zonder persoonsgegevens.</translation>
        </message>
        <message>
            <source>The resident asked for it</source>
            <translation>De inwoner vroeg erom</translation>
        </message>
        <message>
            <source>The resident withdrew consent</source>
            <translation>De inwoner trok de toestemming in</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>I understand that this cannot be undone</source>
            <translation>Ik begrijp dat dit niet ongedaan kan worden gemaakt</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Wissen</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Your role does not allow this.</source>
            <translation>Uw rol staat dit niet toe.</translation>
        </message>
        <message>
            <source>The database cannot be reached: {reason}</source>
            <translation>De database is niet bereikbaar: {reason}</translation>
        </message>
        <message>
            <source>That did not work: {reason}</source>
            <translation>Dat lukte niet: {reason}</translation>
        </message>
        <message>
            <source>Something went wrong: {reason}</source>
            <translation>Er ging iets mis: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <source>Importing replies</source>
            <translation>Antwoorden importeren</translation>
        </message>
        <message>
            <source>Replies (CSV)</source>
            <translation>Antwoorden (CSV)</translation>
        </message>
        <message>
            <source>Created {created}, updated {updated}, skipped {skipped}.</source>
            <translation>Aangemaakt {created}, bijgewerkt {updated}, overgeslagen {skipped}.</translation>
        </message>
        <message>
            <source>Line {line}: {field} {problem}</source>
            <translation>Regel {line}: {field} {problem}</translation>
        </message>
        <message>
            <source>Replies imported</source>
            <translation>Antwoorden geïmporteerd</translation>
        </message>
        <message>
            <source>Importing the postcode table</source>
            <translation>Postcodetabel importeren</translation>
        </message>
        <message>
            <source>CBS postcode file</source>
            <translation>CBS-postcodebestand</translation>
        </message>
        <message>
            <source>Imported {rows} addresses of the {year} division; {skipped} lines skipped.</source>
            <translation>{rows} adressen van de indeling {year} geïmporteerd; {skipped} regels overgeslagen.</translation>
        </message>
        <message>
            <source>Line {line}: {code} {value}</source>
            <translation>Regel {line}: {code} {value}</translation>
        </message>
        <message>
            <source>Postcode table imported</source>
            <translation>Postcodetabel geïmporteerd</translation>
        </message>
    </context>
    <context>
        <name>InboxErrors</name>
        <message>
            <source>{name} already holds this conversation.</source>
            <translation>{name} behandelt dit gesprek al.</translation>
        </message>
        <message>
            <source>A colleague</source>
            <translation>Een collega</translation>
        </message>
        <message>
            <source>This conversation no longer exists.</source>
            <translation>Dit gesprek bestaat niet meer.</translation>
        </message>
        <message>
            <source>That colleague cannot be assigned.</source>
            <translation>Aan die collega kan niets worden toegewezen.</translation>
        </message>
        <message>
            <source>Choose a time in the future.</source>
            <translation>Kies een tijdstip in de toekomst.</translation>
        </message>
        <message>
            <source>Write a note first.</source>
            <translation>Schrijf eerst een notitie.</translation>
        </message>
        <message>
            <source>A tag needs a name of at most 100 characters.</source>
            <translation>Een label heeft een naam van hoogstens 100 tekens nodig.</translation>
        </message>
        <message>
            <source>Unknown priority.</source>
            <translation>Onbekende prioriteit.</translation>
        </message>
        <message>
            <source>Not undone: the conversation changed since (a new message, or a colleague).</source>
            <translation>Niet ongedaan gemaakt: het gesprek is intussen veranderd (een nieuw bericht, of een collega).</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>Schrijf eerst een antwoord.</translation>
        </message>
        <message>
            <source>The reply is too long for this platform.</source>
            <translation>Het antwoord is te lang voor dit platform.</translation>
        </message>
        <message>
            <source>This platform cannot send this kind of reply.</source>
            <translation>Dit platform kan dit soort antwoord niet versturen.</translation>
        </message>
        <message>
            <source>The 24-hour window for direct messages has closed: the platform does not allow a reply until the resident writes again.</source>
            <translation>De termijn van 24 uur voor privéberichten is voorbij: het platform staat pas weer een antwoord toe als de inwoner opnieuw schrijft.</translation>
        </message>
        <message>
            <source>There is no resident message to answer.</source>
            <translation>Er is geen bericht van een inwoner om te beantwoorden.</translation>
        </message>
        <message>
            <source>This reply cannot be retried.</source>
            <translation>Dit antwoord kan niet opnieuw worden verstuurd.</translation>
        </message>
        <message>
            <source>This comment already has a private reply; the platform allows only one.</source>
            <translation>Op deze reactie is al privé geantwoord; het platform staat maar één privéantwoord toe.</translation>
        </message>
        <message>
            <source>A shortcut is one word of lower-case letters, digits, - and _ (at most 64 characters).</source>
            <translation>Een sneltoets is één woord van kleine letters, cijfers, - en _ (hoogstens 64 tekens).</translation>
        </message>
        <message>
            <source>Another canned reply already has this shortcut.</source>
            <translation>Een ander standaardantwoord heeft deze sneltoets al.</translation>
        </message>
        <message>
            <source>Give the canned reply a title.</source>
            <translation>Geef het standaardantwoord een titel.</translation>
        </message>
        <message>
            <source>The title is too long (at most {count} characters).</source>
            <translation>De titel is te lang (hoogstens {count} tekens).</translation>
        </message>
        <message>
            <source>Write the text of the canned reply.</source>
            <translation>Schrijf de tekst van het standaardantwoord.</translation>
        </message>
        <message>
            <source>The text is too long (at most {count} characters).</source>
            <translation>De tekst is te lang (hoogstens {count} tekens).</translation>
        </message>
        <message>
            <source>This canned reply no longer exists.</source>
            <translation>Dit standaardantwoord bestaat niet meer.</translation>
        </message>
    </context>
    <context>
        <name>InboxNotifier</name>
        <message>
            <source>Webcare</source>
            <translation>Webcare</translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s) in the queues you follow</source>
            <translation>
                <numerusform>%n nieuw bericht in de wachtrijen die u volgt</numerusform>
                <numerusform>%n nieuwe berichten in de wachtrijen die u volgt</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} mentioned you</source>
            <translation>{name} noemde u</translation>
        </message>
        <message>
            <source>In a note about the conversation with {resident}</source>
            <translation>In een notitie bij het gesprek met {resident}</translation>
        </message>
        <message>
            <source>New message from {name}</source>
            <translation>Nieuw bericht van {name}</translation>
        </message>
    </context>
    <context>
        <name>InboxPage</name>
        <message>
            <source>Search results for “{text}” in all conversations</source>
            <translation>Zoekresultaten voor ‘{text}’ in alle gesprekken</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Inbox</translation>
        </message>
    </context>
    <context>
        <name>InboxSettings</name>
        <message>
            <source>Not a date: {parts}. Write dates as 24-12-2026.</source>
            <translation>Geen datum: {parts}. Schrijf datums als 24-12-2026.</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <source>Show a desktop notification for new messages</source>
            <translation>Een melding op het bureaublad tonen bij nieuwe berichten</translation>
        </message>
        <message>
            <source>Notify about {queue}</source>
            <translation>Melden bij {queue}</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>ma</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>wo</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>za</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>zo</translation>
        </message>
        <message>
            <source>Office day: {day}</source>
            <translation>Werkdag: {day}</translation>
        </message>
        <message>
            <source>Notify about:</source>
            <translation>Melden bij:</translation>
        </message>
        <message>
            <source>Office days:</source>
            <translation>Werkdagen:</translation>
        </message>
        <message>
            <source>Office &amp;hours:</source>
            <translation>Kantoor&amp;tijden:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>Response &amp;target:</source>
            <translation>&amp;Reactienorm:</translation>
        </message>
        <message>
            <source>Office hours start</source>
            <translation>Begin van de kantoortijd</translation>
        </message>
        <message>
            <source>Office hours end</source>
            <translation>Einde van de kantoortijd</translation>
        </message>
        <message>
            <source> office minutes</source>
            <translation> kantoorminuten</translation>
        </message>
        <message>
            <source>Response target in office minutes</source>
            <translation>Reactienorm in kantoorminuten</translation>
        </message>
        <message>
            <source>Notifications are only shown within office hours (Europe/Amsterdam).</source>
            <translation>Meldingen verschijnen alleen binnen kantoortijd (Europe/Amsterdam).</translation>
        </message>
        <message>
            <source>Closed on the holidays of the Cao Gemeenten (not on Good Friday)</source>
            <translation>Gesloten op de feestdagen van de Cao Gemeenten (niet op Goede Vrijdag)</translation>
        </message>
        <message>
            <source>New Year's Day, Easter, King's Day, Liberation Day (every year), Ascension Day, Whitsun and Christmas: the waiting clock stands still.</source>
            <translation>Nieuwjaarsdag, Pasen, Koningsdag, Bevrijdingsdag (elk jaar), Hemelvaartsdag, Pinksteren en Kerst: de wachttijd telt dan niet.</translation>
        </message>
        <message>
            <source>Also &amp;closed on:</source>
            <translation>Ook &amp;gesloten op:</translation>
        </message>
        <message>
            <source>Extra closing days</source>
            <translation>Extra sluitingsdagen</translation>
        </message>
    </context>
    <context>
        <name>ListPane</name>
        <message>
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>No conversations here.</source>
            <translation>Hier zijn geen gesprekken.</translation>
        </message>
        <message>
            <source>Search messages, names and handles (Ctrl+K)</source>
            <translation>Zoek in berichten, namen en gebruikersnamen (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Gesprekken zoeken</translation>
        </message>
        <message>
            <source>Sort conversations</source>
            <translation>Gesprekken sorteren</translation>
        </message>
        <message>
            <source>Sort: {order}</source>
            <translation>Sorteren: {order}</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gesprekken</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The translation could not be loaded; showing English.</source>
            <translation>De vertaling kon niet worden geladen; de tekst wordt in het Engels getoond.</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigatie</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Pagina</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ga naar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;About Webcare</source>
            <translation>&amp;Over Webcare</translation>
        </message>
        <message>
            <source>DEMO: residents are simulated by the sandbox and nothing reaches a real platform; the database is deleted when you quit.</source>
            <translation>DEMO: inwoners worden gesimuleerd door de sandbox en niets bereikt een echt platform; de database wordt bij afsluiten verwijderd.</translation>
        </message>
        <message>
            <source>Sandbox: {url}</source>
            <translation>Sandbox: {url}</translation>
        </message>
        <message>
            <source>About Webcare</source>
            <translation>Over Webcare</translation>
        </message>
        <message>
            <source>Webcare {version}
One inbox for the municipality's social media.</source>
            <translation>Webcare {version}
Eén inbox voor de sociale media van de gemeente.</translation>
        </message>
        <message>
            <source>Accounts: checking…</source>
            <translation>Accounts: controleren…</translation>
        </message>
        <message>
            <source>Accounts: none connected</source>
            <translation>Accounts: geen gekoppeld</translation>
        </message>
        <message numerus="yes">
            <source>Accounts: %n of {total} need attention</source>
            <translation>
                <numerusform>Accounts: %n van {total} heeft aandacht nodig</numerusform>
                <numerusform>Accounts: %n van {total} hebben aandacht nodig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accounts: %n rate limited, waiting</source>
            <translation>
                <numerusform>Accounts: %n wacht op de limiet van het platform</numerusform>
                <numerusform>Accounts: %n wachten op de limiet van het platform</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accounts: %n connected, all working</source>
            <translation>
                <numerusform>Accounts: %n gekoppeld, werkt</numerusform>
                <numerusform>Accounts: %n gekoppeld, alle werken</numerusform>
            </translation>
        </message>
        <message>
            <source>Polling and sending: this app</source>
            <translation>Ophalen en versturen: deze app</translation>
        </message>
        <message>
            <source>Polling and sending: {holder}</source>
            <translation>Ophalen en versturen: {holder}</translation>
        </message>
        <message>
            <source>Polling and sending: nobody; replies wait in the outbox</source>
            <translation>Ophalen en versturen: niemand; antwoorden wachten in de wachtrij</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Fout: {message}</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>Not available yet: this part of Webcare is still being built.</source>
            <translation>Nog niet beschikbaar: dit deel van Webcare wordt nog gebouwd.</translation>
        </message>
    </context>
    <context>
        <name>PostcodeView</name>
        <message>
            <source>Import the CBS file…</source>
            <translation>CBS-bestand importeren…</translation>
        </message>
        <message>
            <source>The CBS file 'buurt, wijk en gemeente per postcode en huisnummer' links every address to its neighbourhood. A new year replaces the old one in one go; the residents' neighbourhoods move with it.</source>
            <translation>Het CBS-bestand ‘buurt, wijk en gemeente per postcode en huisnummer’ koppelt elk adres aan zijn buurt. Een nieuw jaar vervangt het oude in één keer; de buurten van de inwoners gaan mee.</translation>
        </message>
        <message>
            <source>The postcode table is empty.</source>
            <translation>De postcodetabel is leeg.</translation>
        </message>
        <message>
            <source>Division {year}: {rows} addresses ({coordinates} with coordinates), from {file}, imported {when}.</source>
            <translation>Indeling {year}: {rows} adressen ({coordinates} met coördinaten), uit {file}, geïmporteerd {when}.</translation>
        </message>
    </context>
    <context>
        <name>ProfileView</name>
        <message>
            <source>Sources</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Toestemmingen</translation>
        </message>
        <message>
            <source>Linked accounts and conversations</source>
            <translation>Gekoppelde accounts en gesprekken</translation>
        </message>
        <message>
            <source>Who looked, and why</source>
            <translation>Wie keek er, en waarom</translation>
        </message>
        <message>
            <source>Linked accounts</source>
            <translation>Gekoppelde accounts</translation>
        </message>
        <message>
            <source>Linked conversations</source>
            <translation>Gekoppelde gesprekken</translation>
        </message>
        <message>
            <source>Record consent…</source>
            <translation>Toestemming vastleggen…</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Toestemming intrekken</translation>
        </message>
        <message>
            <source>Issue verification code…</source>
            <translation>Verificatiecode maken…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Wijzigen…</translation>
        </message>
        <message>
            <source>Access request (export)…</source>
            <translation>Inzageverzoek (export)…</translation>
        </message>
        <message>
            <source>Register request…</source>
            <translation>Verzoek registreren…</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>Wissen…</translation>
        </message>
        <message>
            <source>Find a resident on the left, or make a new profile.</source>
            <translation>Zoek links een inwoner, of maak een nieuw profiel.</translation>
        </message>
        <message>
            <source>Resident {id} · since {day}</source>
            <translation>Inwoner {id} · sinds {day}</translation>
        </message>
        <message>
            <source>{platform} {handle}, verified {day}</source>
            <translation>{platform} {handle}, gecontroleerd op {day}</translation>
        </message>
        <message>
            <source>No verified accounts</source>
            <translation>Geen gecontroleerde accounts</translation>
        </message>
        <message>
            <source>Conversation {id} on {platform}, {day}</source>
            <translation>Gesprek {id} op {platform}, {day}</translation>
        </message>
        <message>
            <source>No linked conversations</source>
            <translation>Geen gekoppelde gesprekken</translation>
        </message>
        <message>
            <source>Not found in the postcode table</source>
            <translation>Niet gevonden in de postcodetabel</translation>
        </message>
        <message>
            <source>Buurt {buurt}, wijk {wijk}, gemeente {gemeente} (division {year})</source>
            <translation>Buurt {buurt}, wijk {wijk}, gemeente {gemeente} (indeling {year})</translation>
        </message>
        <message>
            <source>No verification code is waiting.</source>
            <translation>Er staat geen verificatiecode open.</translation>
        </message>
        <message>
            <source>The code came in on {day} (conversation {id}): link it from the inbox.</source>
            <translation>De code kwam binnen op {day} (gesprek {id}): koppel het vanuit de inbox.</translation>
        </message>
        <message>
            <source>A code was issued on {day}; it has not come in yet.</source>
            <translation>Er is op {day} een code gemaakt; die is nog niet binnengekomen.</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>{queue}: more than {count} conversations</source>
            <translation>{queue}: meer dan {count} gesprekken</translation>
        </message>
        <message numerus="yes">
            <source>{queue}: %n conversation(s)</source>
            <translation>
                <numerusform>{queue}: %n gesprek</numerusform>
                <numerusform>{queue}: %n gesprekken</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueuePane</name>
        <message>
            <source>All channels</source>
            <translation>Alle kanalen</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Elk label</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>Elke prioriteit</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Iedereen</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>Wachtrijen</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>&amp;Kanaal</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>&amp;Label</translation>
        </message>
        <message>
            <source>&amp;Priority</source>
            <translation>&amp;Prioriteit</translation>
        </message>
        <message>
            <source>Assi&amp;gnee</source>
            <translation>&amp;Behandelaar</translation>
        </message>
        <message>
            <source>Filter by {what}</source>
            <translation>Filteren op {what}</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filters wissen</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>Alle filters wissen</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Skipped lines</source>
            <translation>Overgeslagen regels</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Rapportages</translation>
        </message>
        <message>
            <source>Response times and volumes per channel, account and agent, measured in office hours against the municipality's service norm.</source>
            <translation>Reactietijden en aantallen per kanaal, account en medewerker, gemeten in kantooruren tegen de servicenorm van de gemeente.</translation>
        </message>
    </context>
    <context>
        <name>RequestModel</name>
        <message>
            <source>Request</source>
            <translation>Verzoek</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Inwoner</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Nog</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Afgehandeld</translation>
        </message>
        <message>
            <source>(erased)</source>
            <translation>(gewist)</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>%n dag te laat</numerusform>
                <numerusform>%n dagen te laat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestsView</name>
        <message>
            <source>An access or erasure request is answered within one month of receipt. Making the access request (export) marks it answered.</source>
            <translation>Een inzage- of verwijderverzoek wordt binnen een maand na ontvangst beantwoord. Het inzageverzoek maken (export) markeert het als beantwoord.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Verzoeken</translation>
        </message>
        <message>
            <source>Mark as answered</source>
            <translation>Markeren als beantwoord</translation>
        </message>
        <message>
            <source>Show answered ones too</source>
            <translation>Ook beantwoorde tonen</translation>
        </message>
    </context>
    <context>
        <name>ResidentDialog</name>
        <message>
            <source>Change the profile</source>
            <translation>Profiel wijzigen</translation>
        </message>
        <message>
            <source>New resident</source>
            <translation>Nieuwe inwoner</translation>
        </message>
        <message>
            <source>12, 12a or 12 A 2</source>
            <translation>12, 12a of 12 A 2</translation>
        </message>
        <message>
            <source>Where it came from</source>
            <translation>Waar het vandaan komt</translation>
        </message>
    </context>
    <context>
        <name>ResidentPanel</name>
        <message>
            <source>Resident</source>
            <translation>Inwoner</translation>
        </message>
        <message>
            <source>Link to this resident</source>
            <translation>Aan deze inwoner koppelen</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Profiel openen</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Ontkoppelen</translation>
        </message>
        <message>
            <source>Resident withdraws consent</source>
            <translation>Inwoner trekt toestemming in</translation>
        </message>
        <message>
            <source>Find a resident to link…</source>
            <translation>Inwoner zoeken om te koppelen…</translation>
        </message>
        <message>
            <source>Find a resident to link</source>
            <translation>Inwoner zoeken om te koppelen</translation>
        </message>
        <message>
            <source>Residents found, and whether they can be linked</source>
            <translation>Gevonden inwoners, en of ze gekoppeld kunnen worden</translation>
        </message>
        <message>
            <source>Link the chosen resident</source>
            <translation>Gekozen inwoner koppelen</translation>
        </message>
        <message>
            <source>Resident beside the conversation</source>
            <translation>Inwoner bij het gesprek</translation>
        </message>
        <message>
            <source>No conversation is open.</source>
            <translation>Er is geen gesprek open.</translation>
        </message>
        <message>
            <source>This account sent the verification code of {name} on {when}. Link the conversation to their profile?</source>
            <translation>Dit account stuurde op {when} de verificatiecode van {name}. Het gesprek aan dat profiel koppelen?</translation>
        </message>
        <message>
            <source>Not linked to a resident. A conversation is linked only with the resident's consent and a verified account.</source>
            <translation>Niet aan een inwoner gekoppeld. Een gesprek wordt alleen gekoppeld met toestemming van de inwoner en een gecontroleerd account.</translation>
        </message>
        <message>
            <source>Buurt {code} ({year})</source>
            <translation>Buurt {code} ({year})</translation>
        </message>
        <message>
            <source>Language: {language}</source>
            <translation>Taal: {language}</translation>
        </message>
        <message>
            <source>E-mail: {value}</source>
            <translation>E-mail: {value}</translation>
        </message>
        <message>
            <source>Phone: {value}</source>
            <translation>Telefoon: {value}</translation>
        </message>
        <message>
            <source>Consent: {purposes}</source>
            <translation>Toestemming: {purposes}</translation>
        </message>
        <message>
            <source>Nobody found</source>
            <translation>Niemand gevonden</translation>
        </message>
    </context>
    <context>
        <name>ResidentsErrors</name>
        <message>
            <source>{field} {problem}.</source>
            <translation>{field} {problem}.</translation>
        </message>
        <message>
            <source>Cannot link: {reason}.</source>
            <translation>Koppelen kan niet: {reason}.</translation>
        </message>
        <message>
            <source>There is no consent for this purpose to withdraw.</source>
            <translation>Er is voor dit doel geen toestemming die kan worden ingetrokken.</translation>
        </message>
        <message>
            <source>Tick at least one purpose.</source>
            <translation>Vink minstens één doel aan.</translation>
        </message>
        <message>
            <source>That notice version exists already.</source>
            <translation>Die versie van de kennisgeving bestaat al.</translation>
        </message>
        <message>
            <source>This resident no longer exists.</source>
            <translation>Deze inwoner bestaat niet meer.</translation>
        </message>
        <message>
            <source>That version of the consent notice is not known.</source>
            <translation>Die versie van de toestemmingstekst is niet bekend.</translation>
        </message>
        <message>
            <source>Not found: {what}.</source>
            <translation>Niet gevonden: {what}.</translation>
        </message>
        <message>
            <source>That did not work: {reason}</source>
            <translation>Dat lukte niet: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <source>Residents</source>
            <translation>Inwoners</translation>
        </message>
        <message>
            <source>Find by name or postcode…</source>
            <translation>Zoek op naam of postcode…</translation>
        </message>
        <message>
            <source>Find a resident</source>
            <translation>Inwoner zoeken</translation>
        </message>
        <message>
            <source>Residents found</source>
            <translation>Gevonden inwoners</translation>
        </message>
        <message>
            <source>New resident…</source>
            <translation>Nieuwe inwoner…</translation>
        </message>
        <message>
            <source>Import replies…</source>
            <translation>Antwoorden importeren…</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profielen</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Verzoeken</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Auditlog</translation>
        </message>
        <message>
            <source>Postcode table</source>
            <translation>Postcodetabel</translation>
        </message>
        <message>
            <source>Your role sees a resident's profile beside a linked conversation.</source>
            <translation>Uw rol ziet het profiel van een inwoner naast een gekoppeld gesprek.</translation>
        </message>
        <message>
            <source>Consent withdrawn: {purpose}. It stopped at once.</source>
            <translation>Toestemming ingetrokken: {purpose}. Het gebruik is meteen gestopt.</translation>
        </message>
        <message>
            <source>The request is on the list, with its deadline.</source>
            <translation>Het verzoek staat op de lijst, met de uiterste datum.</translation>
        </message>
        <message>
            <source>Access request written: {json} and {pdf}.</source>
            <translation>Inzageverzoek geschreven: {json} en {pdf}.</translation>
        </message>
        <message>
            <source>Where to write the access request</source>
            <translation>Waar het inzageverzoek moet komen</translation>
        </message>
        <message>
            <source>{name} is erased. A deletion record was kept.</source>
            <translation>{name} is gewist. Er is een verwijderverslag bewaard.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Weergave</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Taal van de weergave</translation>
        </message>
        <message>
            <source>This installation</source>
            <translation>Deze installatie</translation>
        </message>
        <message>
            <source>Webcare version:</source>
            <translation>Webcare-versie:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>Schema revision:</source>
            <translation>Schemaversie:</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Gegevensmap:</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverview</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Toetsen</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Wat het doet</translation>
        </message>
        <message>
            <source>Next conversation</source>
            <translation>Volgend gesprek</translation>
        </message>
        <message>
            <source>Previous conversation</source>
            <translation>Vorig gesprek</translation>
        </message>
        <message>
            <source>Write a reply</source>
            <translation>Een antwoord schrijven</translation>
        </message>
        <message>
            <source>Write an internal note</source>
            <translation>Een interne notitie schrijven</translation>
        </message>
        <message>
            <source>Pick a canned reply</source>
            <translation>Een standaardantwoord kiezen</translation>
        </message>
        <message>
            <source>Send the reply or note</source>
            <translation>Het antwoord of de notitie versturen</translation>
        </message>
        <message>
            <source>Assign the conversation to me</source>
            <translation>Het gesprek aan mij toewijzen</translation>
        </message>
        <message>
            <source>Close the conversation</source>
            <translation>Het gesprek sluiten</translation>
        </message>
        <message>
            <source>Assign to a colleague or unassign (menu)</source>
            <translation>Toewijzen aan een collega of vrijgeven (menu)</translation>
        </message>
        <message>
            <source>Set pending, snooze or reopen (menu)</source>
            <translation>In afwachting zetten, snoozen of heropenen (menu)</translation>
        </message>
        <message>
            <source>Set the priority (menu)</source>
            <translation>De prioriteit instellen (menu)</translation>
        </message>
        <message>
            <source>Add or remove tags (menu)</source>
            <translation>Labels toevoegen of verwijderen (menu)</translation>
        </message>
        <message>
            <source>Undo the last change to a conversation</source>
            <translation>De laatste wijziging aan een gesprek ongedaan maken</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Back to the conversation list</source>
            <translation>Terug naar de lijst met gesprekken</translation>
        </message>
        <message>
            <source>Show this overview</source>
            <translation>Dit overzicht tonen</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <source>Mine</source>
            <translation>Mijn</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Niet toegewezen</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>Alle open</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>In afwachting</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Gesnoozed</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Gesloten</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Laag</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normaal</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoog</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>You took the conversation.</source>
            <translation>U hebt het gesprek opgepakt.</translation>
        </message>
        <message>
            <source>Conversation unassigned.</source>
            <translation>Gesprek vrijgegeven.</translation>
        </message>
        <message>
            <source>Conversation assigned.</source>
            <translation>Gesprek toegewezen.</translation>
        </message>
        <message>
            <source>Conversation reopened.</source>
            <translation>Gesprek heropend.</translation>
        </message>
        <message>
            <source>Conversation set to pending.</source>
            <translation>Gesprek in afwachting gezet.</translation>
        </message>
        <message>
            <source>Conversation snoozed.</source>
            <translation>Gesprek gesnoozed.</translation>
        </message>
        <message>
            <source>Conversation closed.</source>
            <translation>Gesprek gesloten.</translation>
        </message>
        <message>
            <source>Priority changed.</source>
            <translation>Prioriteit gewijzigd.</translation>
        </message>
        <message>
            <source>Tag added.</source>
            <translation>Label toegevoegd.</translation>
        </message>
        <message>
            <source>Tag removed.</source>
            <translation>Label verwijderd.</translation>
        </message>
        <message>
            <source>{done} Ctrl+Z undoes it.</source>
            <translation>{done} Ctrl+Z maakt het ongedaan.</translation>
        </message>
        <message>
            <source>Undone: {done}</source>
            <translation>Ongedaan gemaakt: {done}</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Niets om ongedaan te maken.</translation>
        </message>
        <message>
            <source>Waiting longest</source>
            <translation>Langst wachtend</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Nieuwste eerst</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Oudste eerst</translation>
        </message>
        <message>
            <source>Highest priority</source>
            <translation>Hoogste prioriteit</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>In de wachtrij</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wordt verstuurd…</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Verstuurd</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>&lt; 1 min</source>
            <translation>&lt; 1 min</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n u</numerusform>
                <numerusform>%n u</numerusform>
            </translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} u {minutes} min</translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message>
            <source>Link my social media accounts to my profile</source>
            <translation>Mijn sociale media koppelen aan mijn profiel</translation>
        </message>
        <message>
            <source>E-mail me about my neighbourhood</source>
            <translation>Mij e-mailen over mijn buurt</translation>
        </message>
        <message>
            <source>Contact me about activation campaigns</source>
            <translation>Mij benaderen voor campagnes</translation>
        </message>
        <message>
            <source>Linking</source>
            <translation>Koppelen</translation>
        </message>
        <message>
            <source>Neighbourhood e-mail</source>
            <translation>E-mail over de buurt</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Refresh overdue</source>
            <translation>Vernieuwing verlopen</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Verlopen</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Vervangen</translation>
        </message>
        <message>
            <source>Reply card</source>
            <translation>Antwoordkaart</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Webformulier</translation>
        </message>
        <message>
            <source>Social media message</source>
            <translation>Bericht op sociale media</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Balie</translation>
        </message>
        <message>
            <source>Personal records database (BRP)</source>
            <translation>Basisregistratie Personen (BRP)</translation>
        </message>
        <message>
            <source>The platform</source>
            <translation>Het platform</translation>
        </message>
        <message>
            <source>CBS postcode table</source>
            <translation>CBS-postcodetabel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>E-mailadres</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Telefoonnummer</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>Huisnummer</translation>
        </message>
        <message>
            <source>House letter</source>
            <translation>Huisletter</translation>
        </message>
        <message>
            <source>Addition</source>
            <translation>Toevoeging</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>Voorkeurstaal</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <source>Date given</source>
            <translation>Datum gegeven</translation>
        </message>
        <message>
            <source>Notice version</source>
            <translation>Versie kennisgeving</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Manier</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Maanden</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Consent: linking</source>
            <translation>Toestemming: koppelen</translation>
        </message>
        <message>
            <source>Consent: neighbourhood e-mail</source>
            <translation>Toestemming: e-mail over de buurt</translation>
        </message>
        <message>
            <source>Consent: campaigns</source>
            <translation>Toestemming: campagnes</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>is leeg</translation>
        </message>
        <message>
            <source>is not valid</source>
            <translation>is niet geldig</translation>
        </message>
        <message>
            <source>is too long</source>
            <translation>is te lang</translation>
        </message>
        <message>
            <source>is not known</source>
            <translation>is niet bekend</translation>
        </message>
        <message>
            <source>is not a date (YYYY-MM-DD)</source>
            <translation>is geen datum (JJJJ-MM-DD)</translation>
        </message>
        <message>
            <source>must be ja/nee or yes/no</source>
            <translation>moet ja/nee of yes/no zijn</translation>
        </message>
        <message>
            <source>lies in the future</source>
            <translation>ligt in de toekomst</translation>
        </message>
        <message>
            <source>has the wrong number of columns</source>
            <translation>heeft het verkeerde aantal kolommen</translation>
        </message>
        <message>
            <source>Can be linked</source>
            <translation>Kan gekoppeld worden</translation>
        </message>
        <message>
            <source>No consent for linking</source>
            <translation>Geen toestemming om te koppelen</translation>
        </message>
        <message>
            <source>Consent for linking was withdrawn</source>
            <translation>Toestemming om te koppelen is ingetrokken</translation>
        </message>
        <message>
            <source>Consent for linking has expired</source>
            <translation>Toestemming om te koppelen is verlopen</translation>
        </message>
        <message>
            <source>This account has not sent the resident's verification code</source>
            <translation>Dit account heeft de verificatiecode van de inwoner niet gestuurd</translation>
        </message>
        <message>
            <source>This account is verified for another resident</source>
            <translation>Dit account is gecontroleerd voor een andere inwoner</translation>
        </message>
        <message>
            <source>This conversation is linked to another resident</source>
            <translation>Dit gesprek is aan een andere inwoner gekoppeld</translation>
        </message>
        <message>
            <source>This conversation has no resident's account</source>
            <translation>Dit gesprek heeft geen account van een inwoner</translation>
        </message>
        <message>
            <source>The profile is inactive</source>
            <translation>Het profiel is niet actief</translation>
        </message>
        <message>
            <source>Access request</source>
            <translation>Inzageverzoek</translation>
        </message>
        <message>
            <source>Erasure request</source>
            <translation>Verwijderverzoek</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Duits</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turks</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabisch</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Pools</translation>
        </message>
        <message>
            <source>Frisian</source>
            <translation>Fries</translation>
        </message>
        <message>
            <source>Papiamento</source>
            <translation>Papiaments</translation>
        </message>
        <message>
            <source>Viewed the profile</source>
            <translation>Bekeek het profiel</translation>
        </message>
        <message>
            <source>Created the profile</source>
            <translation>Maakte het profiel</translation>
        </message>
        <message>
            <source>Changed the profile</source>
            <translation>Wijzigde het profiel</translation>
        </message>
        <message>
            <source>Linked a conversation</source>
            <translation>Koppelde een gesprek</translation>
        </message>
        <message>
            <source>Unlinked a conversation</source>
            <translation>Ontkoppelde een gesprek</translation>
        </message>
        <message>
            <source>Made the access request</source>
            <translation>Maakte het inzageverzoek</translation>
        </message>
        <message>
            <source>Erased the profile</source>
            <translation>Wiste het profiel</translation>
        </message>
        <message>
            <source>Recorded consent</source>
            <translation>Legde toestemming vast</translation>
        </message>
        <message>
            <source>Withdrew consent</source>
            <translation>Trok toestemming in</translation>
        </message>
        <message>
            <source>Consent expired</source>
            <translation>Toestemming verlopen</translation>
        </message>
        <message>
            <source>Issued a verification code</source>
            <translation>Maakte een verificatiecode</translation>
        </message>
        <message>
            <source>Received the verification code</source>
            <translation>Ontving de verificatiecode</translation>
        </message>
        <message>
            <source>Registered a request</source>
            <translation>Registreerde een verzoek</translation>
        </message>
        <message>
            <source>Completed a request</source>
            <translation>Handelde een verzoek af</translation>
        </message>
        <message>
            <source>Looking it up</source>
            <translation>Opzoeken</translation>
        </message>
        <message>
            <source>Answering a conversation</source>
            <translation>Een gesprek beantwoorden</translation>
        </message>
        <message>
            <source>Linking a conversation</source>
            <translation>Een gesprek koppelen</translation>
        </message>
        <message>
            <source>Verifying an account</source>
            <translation>Een account controleren</translation>
        </message>
        <message>
            <source>A verified account wrote</source>
            <translation>Een gecontroleerd account schreef</translation>
        </message>
        <message>
            <source>Keeping the profile up to date</source>
            <translation>Het profiel bijwerken</translation>
        </message>
        <message>
            <source>hidden for your role</source>
            <translation>verborgen voor uw rol</translation>
        </message>
    </context>
    <context>
        <name>ThreadView</name>
        <message>
            <source>Retry</source>
            <translation>Opnieuw versturen</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Inwoner</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne notitie</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Antwoord</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message numerus="yes">
            <source>Webcare: %n unassigned</source>
            <translation>
                <numerusform>Webcare: %n niet toegewezen</numerusform>
                <numerusform>Webcare: %n niet toegewezen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>texts</name>
        <message>
            <source>Register a request</source>
            <translation>Verzoek registreren</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Verzoek</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Ontvangen op</translation>
        </message>
    </context>
</TS>
