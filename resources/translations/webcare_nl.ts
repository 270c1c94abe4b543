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
        <name>ResidentsPage</name>
        <message>
            <source>Residents</source>
            <translation>Inwoners</translation>
        </message>
        <message>
            <source>Resident profiles with their consent records: conversations are linked to a profile only where the resident agreed, with access and erasure on request.</source>
            <translation>Inwonerprofielen met hun toestemmingen: gesprekken worden alleen aan een profiel gekoppeld als de inwoner daarmee instemde, met inzage en verwijdering op verzoek.</translation>
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
</TS>
