<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>AccountTexts</name>
        <message>
            <source>working</source>
            <translation>werkt</translation>
        </message>
        <message>
            <source>needs re-authorisation</source>
            <translation>opnieuw autoriseren nodig</translation>
        </message>
        <message>
            <source>rate limited</source>
            <translation>even geremd door het platform</translation>
        </message>
        <message>
            <source>error</source>
            <translation>fout</translation>
        </message>
        <message>
            <source>polling paused</source>
            <translation>ophalen gepauzeerd</translation>
        </message>
        <message>
            <source>Polled every {seconds} seconds; nothing to do.</source>
            <translation>Wordt elke {seconds} seconden opgehaald; niets te doen.</translation>
        </message>
        <message>
            <source>The platform no longer accepts the token, so nothing is read or sent. Get a new token from the platform and choose Re-authorise.</source>
            <translation>Het platform accepteert het token niet meer, dus er wordt niets opgehaald of verstuurd. Haal een nieuw token bij het platform en kies Opnieuw autoriseren.</translation>
        </message>
        <message>
            <source>The platform asked us to wait until {until}; polling goes on by itself then. Nothing is lost.</source>
            <translation>Het platform vraagt te wachten tot {until}; daarna gaat het ophalen vanzelf verder. Er gaat niets verloren.</translation>
        </message>
        <message>
            <source>Polling failed several times and is retried with growing pauses. Choose Check to ask the platform now.</source>
            <translation>Ophalen is een paar keer mislukt en wordt met steeds langere pauzes opnieuw geprobeerd. Kies Controleren om het platform nu te vragen.</translation>
        </message>
        <message>
            <source>Nothing is read or sent for this account until you resume polling.</source>
            <translation>Voor dit account wordt niets opgehaald of verstuurd tot u het ophalen hervat.</translation>
        </message>
        <message>
            <source>The platform said: {reason}</source>
            <translation>Het platform meldde: {reason}</translation>
        </message>
        <message>
            <source>{stream} waits until {until}.</source>
            <translation>{stream} wacht tot {until}.</translation>
        </message>
        <message>
            <source>{stream} between {start} and {end} may be missing: look on {platform} itself, then choose Dismiss gaps.</source>
            <translation>{stream} tussen {start} en {end} kunnen ontbreken: kijk op {platform} zelf en kies daarna Gaten afhandelen.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) could not be read and wait in quarantine: open Quarantine to see why, and retry them after an update.</source>
            <translation>
                <numerusform>%n bericht kon niet gelezen worden en staat in quarantaine: open Quarantaine om te zien waarom, en probeer het na een update opnieuw.</numerusform>
                <numerusform>%n berichten konden niet gelezen worden en staan in quarantaine: open Quarantaine om te zien waarom, en probeer ze na een update opnieuw.</numerusform>
            </translation>
        </message>
        <message>
            <source>That item is no longer in quarantine.</source>
            <translation>Dat bericht staat niet meer in quarantaine.</translation>
        </message>
        <message>
            <source>An account needs a name.</source>
            <translation>Een account heeft een naam nodig.</translation>
        </message>
        <message>
            <source>An account needs its handle or page name.</source>
            <translation>Een account heeft zijn handle of paginanaam nodig.</translation>
        </message>
        <message>
            <source>The platform's id of the account is a number.</source>
            <translation>Het id van het account op het platform is een getal.</translation>
        </message>
        <message>
            <source>The API address is an http(s) URL.</source>
            <translation>Het API-adres is een http(s)-URL.</translation>
        </message>
        <message>
            <source>An Instagram account needs the id of the Facebook Page it is linked to.</source>
            <translation>Een Instagram-account heeft het id nodig van de Facebookpagina waaraan het gekoppeld is.</translation>
        </message>
        <message>
            <source>Only an Instagram account takes a Page id.</source>
            <translation>Alleen een Instagram-account heeft een pagina-id.</translation>
        </message>
        <message>
            <source>The Page id is a number.</source>
            <translation>Het pagina-id is een getal.</translation>
        </message>
        <message>
            <source>That is not a token: one word, or a JSON object of OAuth keys (X).</source>
            <translation>Dat is geen token: één woord, of een JSON-object met OAuth-sleutels (X).</translation>
        </message>
        <message>
            <source>That account no longer exists.</source>
            <translation>Dat account bestaat niet meer.</translation>
        </message>
        <message>
            <source>This desktop cannot store credentials.</source>
            <translation>Deze computer kan geen inloggegevens bewaren.</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last good poll</source>
            <translation>Laatst goed opgehaald</translation>
        </message>
        <message>
            <source>In quarantine</source>
            <translation>In quarantaine</translation>
        </message>
    </context>
    <context>
        <name>AccountsSection</name>
        <message>
            <source>Checking the account with the platform…</source>
            <translation>Account controleren bij het platform…</translation>
        </message>
        <message>
            <source>The platform accepts the token: it belongs to @{handle}.</source>
            <translation>Het platform accepteert het token: het hoort bij @{handle}.</translation>
        </message>
        <message>
            <source>The check failed: {reason}</source>
            <translation>De controle is mislukt: {reason}</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Account verwijderen</translation>
        </message>
        <message>
            <source>Remove {name}? Its conversations and messages are deleted from Webcare and its token from the keyring. Nothing changes on the platform.</source>
            <translation>{name} verwijderen? De gesprekken en berichten verdwijnen uit Webcare en het token uit de sleutelbos. Op het platform verandert niets.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Quarantine (%n)…</source>
            <translation>
                <numerusform>&amp;Quarantaine (%n)…</numerusform>
                <numerusform>&amp;Quarantaine (%n)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume &amp;polling</source>
            <translation>Ophalen &amp;hervatten</translation>
        </message>
        <message>
            <source>&amp;Pause polling</source>
            <translation>Ophalen &amp;pauzeren</translation>
        </message>
        <message>
            <source>Last good poll: {when}.</source>
            <translation>Laatst goed opgehaald: {when}.</translation>
        </message>
        <message>
            <source>&amp;Quarantine…</source>
            <translation>&amp;Quarantaine…</translation>
        </message>
        <message>
            <source>No account is connected yet.</source>
            <translation>Er is nog geen account gekoppeld.</translation>
        </message>
        <message>
            <source>The accounts Webcare reads and answers. Choose one to see its health and what to do about it.</source>
            <translation>De accounts die Webcare leest en beantwoordt. Kies er een om te zien hoe het ervoor staat en wat er te doen is.</translation>
        </message>
        <message>
            <source>Only an administrator connects and manages accounts.</source>
            <translation>Alleen een beheerder koppelt en beheert accounts.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Connected accounts</source>
            <translation>Gekoppelde accounts</translation>
        </message>
        <message>
            <source>Conn&amp;ect account…</source>
            <translation>Account &amp;koppelen…</translation>
        </message>
        <message>
            <source>Chec&amp;k</source>
            <translation>&amp;Controleren</translation>
        </message>
        <message>
            <source>Check the chosen account with the platform</source>
            <translation>Het gekozen account controleren bij het platform</translation>
        </message>
        <message>
            <source>Re-a&amp;uthorise…</source>
            <translation>Opnieuw a&amp;utoriseren…</translation>
        </message>
        <message>
            <source>&amp;Dismiss gaps</source>
            <translation>&amp;Gaten afhandelen</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Ver&amp;wijderen…</translation>
        </message>
    </context>
    <context>
        <name>AgentTableModel</name>
        <message>
            <source>Agent</source>
            <translation>Webcaremedewerker</translation>
        </message>
        <message>
            <source>Handled</source>
            <translation>Afgehandeld</translation>
        </message>
        <message>
            <source>First responses</source>
            <translation>Eerste reacties</translation>
        </message>
        <message>
            <source>Median (office)</source>
            <translation>Mediaan (kantoortijd)</translation>
        </message>
        <message>
            <source>Within target</source>
            <translation>Binnen de norm</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Antwoorden</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Gesloten</translation>
        </message>
    </context>
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
        <name>Calendar</name>
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
            <source>January</source>
            <translation>januari</translation>
        </message>
        <message>
            <source>February</source>
            <translation>februari</translation>
        </message>
        <message>
            <source>March</source>
            <translation>maart</translation>
        </message>
        <message>
            <source>April</source>
            <translation>april</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mei</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>augustus</translation>
        </message>
        <message>
            <source>September</source>
            <translation>september</translation>
        </message>
        <message>
            <source>October</source>
            <translation>oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>november</translation>
        </message>
        <message>
            <source>December</source>
            <translation>december</translation>
        </message>
        <message>
            <source>wk {a}-{b}</source>
            <translation>wk {a}-{b}</translation>
        </message>
        <message>
            <source>Week {n}</source>
            <translation>Week {n}</translation>
        </message>
        <message>
            <source>wk {n}</source>
            <translation>wk {n}</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>Ter beoordeling</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Goedgekeurd</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Ingepland</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Stilgelegd</translation>
        </message>
        <message>
            <source>Publishing</source>
            <translation>Wordt gepubliceerd</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Gepubliceerd</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <source>Unconfirmed</source>
            <translation>Onbevestigd</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Gemist</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>The text is empty.</source>
            <translation>De tekst is leeg.</translation>
        </message>
        <message>
            <source>The text is too long for this platform ({detail} characters).</source>
            <translation>De tekst is te lang voor dit platform ({detail} tekens).</translation>
        </message>
        <message>
            <source>Too many hashtags for Instagram ({detail}).</source>
            <translation>Te veel hashtags voor Instagram ({detail}).</translation>
        </message>
        <message>
            <source>An Instagram post needs an image.</source>
            <translation>Een bericht op Instagram heeft een afbeelding nodig.</translation>
        </message>
        <message>
            <source>Instagram takes images from a public web address only: Meta fetches the image itself, so a file on this computer cannot be posted there.</source>
            <translation>Instagram neemt alleen afbeeldingen van een openbaar webadres: Meta haalt de afbeelding zelf op, dus een bestand op deze computer kan daar niet geplaatst worden.</translation>
        </message>
        <message>
            <source>One image per post.</source>
            <translation>Eén afbeelding per bericht.</translation>
        </message>
        <message>
            <source>The image has no alt text.</source>
            <translation>De afbeelding heeft geen alt-tekst.</translation>
        </message>
        <message>
            <source>The image file cannot be read: {detail}</source>
            <translation>Het afbeeldingsbestand is niet te lezen: {detail}</translation>
        </message>
        <message>
            <source>The link is not a web address: {detail}</source>
            <translation>De link is geen webadres: {detail}</translation>
        </message>
        <message>
            <source>The image address is not a web address: {detail}</source>
            <translation>Het adres van de afbeelding is geen webadres: {detail}</translation>
        </message>
        <message>
            <source>Webcare cannot post images on X yet; remove the image.</source>
            <translation>Webcare kan nog geen afbeeldingen op X plaatsen; haal de afbeelding weg.</translation>
        </message>
        <message>
            <source>This time does not exist: the clocks go forward an hour that night.</source>
            <translation>Deze tijd bestaat niet: die nacht gaat de klok een uur vooruit.</translation>
        </message>
        <message>
            <source>This time happens twice (the clocks go back an hour): choose which one.</source>
            <translation>Deze tijd komt twee keer voor (de klok gaat een uur terug): kies welke.</translation>
        </message>
        <message>
            <source>The deadline cannot be used: {detail}</source>
            <translation>Deze uiterste tijd is niet bruikbaar: {detail}</translation>
        </message>
        <message>
            <source>The deadline is before the post's time.</source>
            <translation>De uiterste tijd ligt vóór het tijdstip van het bericht.</translation>
        </message>
        <message>
            <source>This time has already passed.</source>
            <translation>Deze tijd is al voorbij.</translation>
        </message>
        <message>
            <source>The repetition cannot be used: {detail}</source>
            <translation>Deze herhaling is niet bruikbaar: {detail}</translation>
        </message>
        <message>
            <source>Choose at least one account.</source>
            <translation>Kies ten minste één account.</translation>
        </message>
        <message>
            <source>An account no longer exists.</source>
            <translation>Een account bestaat niet meer.</translation>
        </message>
        <message>
            <source>The campaign no longer exists.</source>
            <translation>De campagne bestaat niet meer.</translation>
        </message>
        <message>
            <source>The account's login is no longer accepted: {detail}</source>
            <translation>De inlog van het account wordt niet meer geaccepteerd: {detail}</translation>
        </message>
        <message>
            <source>Instagram's publishing quota is used up ({detail}).</source>
            <translation>Het publicatiequotum van Instagram is op ({detail}).</translation>
        </message>
        <message>
            <source>Instagram's publishing quota could not be read: {detail}</source>
            <translation>Het publicatiequotum van Instagram kon niet gelezen worden: {detail}</translation>
        </message>
        <message>
            <source>The campaign needs a name.</source>
            <translation>De campagne heeft een naam nodig.</translation>
        </message>
        <message>
            <source>The campaign ends before it starts.</source>
            <translation>De campagne eindigt voordat hij begint.</translation>
        </message>
        <message>
            <source>A hold needs a reason.</source>
            <translation>Stilleggen kan alleen met een reden.</translation>
        </message>
        <message>
            <source>{detail} is no buurt (BU and 8 digits) or wijk (WK and 6 digits) of the postcode table.</source>
            <translation>{detail} is geen buurt (BU en 8 cijfers) of wijk (WK en 6 cijfers) uit de postcodetabel.</translation>
        </message>
        <message>
            <source>This post is being published right now and cannot be changed; try again when it is published.</source>
            <translation>Dit bericht wordt nu gepubliceerd en kan niet gewijzigd worden; probeer het opnieuw als het gepubliceerd is.</translation>
        </message>
        <message>
            <source>That does not apply to a post that is {state}.</source>
            <translation>Dat kan niet bij een bericht met status {state}.</translation>
        </message>
        <message>
            <source>The post no longer exists.</source>
            <translation>Het bericht bestaat niet meer.</translation>
        </message>
        <message>
            <source>The plan was not imported: {n} bad rows.</source>
            <translation>De planning is niet ingelezen: {n} foute regels.</translation>
        </message>
    </context>
    <context>
        <name>CalendarGrid</name>
        <message>
            <source>Posts on {day}: {n}</source>
            <translation>Berichten op {day}: {n}</translation>
        </message>
        <message>
            <source>wk {n}</source>
            <translation>wk {n}</translation>
        </message>
        <message>
            <source>+%n more</source>
            <translation>+%n meer</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>&amp;New post…</source>
            <translation>&amp;Nieuw bericht…</translation>
        </message>
        <message>
            <source>New post</source>
            <translation>Nieuw bericht</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>✎ draft · ◷ scheduled · ✓ published · ‖ held · ? unconfirmed · ⚠ missed · ✗ failed · ⊘ cancelled · ! the pre-flight found a problem (dashed) · red: needs a decision · pale: a coming repetition</source>
            <translation>✎ concept · ◷ ingepland · ✓ gepubliceerd · ‖ stilgelegd · ? onbevestigd · ⚠ gemist · ✗ mislukt · ⊘ geannuleerd · ! de controle vooraf vond een probleem (gestippeld) · rood: wacht op een beslissing · licht: een komende herhaling</translation>
        </message>
        <message>
            <source>Undo move</source>
            <translation>Verplaatsen ongedaan maken</translation>
        </message>
        <message>
            <source>Redo move</source>
            <translation>Verplaatsen opnieuw</translation>
        </message>
        <message>
            <source>&amp;Edit campaign…</source>
            <translation>Campagne &amp;bewerken…</translation>
        </message>
        <message>
            <source>New &amp;campaign…</source>
            <translation>Nieuwe &amp;campagne…</translation>
        </message>
        <message>
            <source>A new campaign: Ctrl+Shift+N</source>
            <translation>Nieuwe campagne: Ctrl+Shift+N</translation>
        </message>
        <message>
            <source>&amp;Release hold…</source>
            <translation>Stilte &amp;opheffen…</translation>
        </message>
        <message>
            <source>&amp;Hold publishing…</source>
            <translation>Publiceren &amp;stilleggen…</translation>
        </message>
        <message>
            <source>A post needs a decision.</source>
            <translation>Er is een bericht waarover u moet beslissen.</translation>
        </message>
        <message>
            <source>The pre-flight found a problem with a post of yours.</source>
            <translation>De controle vooraf vond een probleem bij een bericht van u.</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <source>Edit campaign</source>
            <translation>Campagne bewerken</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Nieuwe campagne</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>what the campaign should achieve</source>
            <translation>wat de campagne moet bereiken</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Kleur</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blauw</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Oranje</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Groen</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Paars</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Geel</translation>
        </message>
        <message>
            <source>Teal</source>
            <translation>Blauwgroen</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rood</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>until</source>
            <translation>tot en met</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Begindatum</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Einddatum</translation>
        </message>
        <message>
            <source>Neighbourhoods</source>
            <translation>Buurten en wijken</translation>
        </message>
        <message>
            <source>buurt or wijk codes, comma-separated</source>
            <translation>buurt- of wijkcodes, gescheiden door komma's</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>Doel:</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>Kleur:</translation>
        </message>
        <message>
            <source>Runs:</source>
            <translation>Looptijd:</translation>
        </message>
        <message>
            <source>Neighbourhoods:</source>
            <translation>Buurten en wijken:</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Opslaan…</translation>
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
        <name>CardDelegate</name>
        <message>
            <source>wk {n}</source>
            <translation>wk {n}</translation>
        </message>
    </context>
    <context>
        <name>ClosedDaysModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Closed because</source>
            <translation>Gesloten omdat</translation>
        </message>
        <message>
            <source>public holiday (Cao Gemeenten)</source>
            <translation>feestdag (Cao Gemeenten)</translation>
        </message>
        <message>
            <source>the team's closing day</source>
            <translation>sluitingsdag van het team</translation>
        </message>
    </context>
    <context>
        <name>ClosingDayDialog</name>
        <message>
            <source>Add a closing day</source>
            <translation>Sluitingsdag toevoegen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>e.g. Collective closure</source>
            <translation>bijv. Collectieve sluiting</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
    </context>
    <context>
        <name>ClosingDays</name>
        <message>
            <source>Closing days</source>
            <translation>Sluitingsdagen</translation>
        </message>
        <message>
            <source>Add &amp;closing day…</source>
            <translation>Sluitings&amp;dag toevoegen…</translation>
        </message>
        <message>
            <source>Add a closing day for the whole team</source>
            <translation>Een sluitingsdag voor het hele team toevoegen</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ver&amp;wijderen</translation>
        </message>
        <message>
            <source>Remove the chosen closing day</source>
            <translation>De gekozen sluitingsdag verwijderen</translation>
        </message>
        <message>
            <source>On these days the waiting clock stands still for every account. The team's own closing days apply to every account.</source>
            <translation>Op deze dagen staat de wachttijd stil. De eigen sluitingsdagen van het team gelden voor elk account.</translation>
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
            <source>&amp;Reply
{keys}</source>
            <translation>&amp;Antwoord
{keys}</translation>
        </message>
        <message>
            <source>Internal &amp;note
{keys}</source>
            <translation>Interne &amp;notitie
{keys}</translation>
        </message>
        <message>
            <source>Ctrl+Enter; Shift+Ctrl+Enter sends and closes the conversation</source>
            <translation>Ctrl+Enter; Shift+Ctrl+Enter verstuurt en sluit het gesprek</translation>
        </message>
        <message>
            <source>Write a reply to the resident</source>
            <translation>Schrijf een antwoord aan de inwoner</translation>
        </message>
        <message>
            <source>Write an internal note</source>
            <translation>Een interne notitie schrijven</translation>
        </message>
        <message>
            <source>Only colleagues see this</source>
            <translation>Alleen collega's zien dit</translation>
        </message>
        <message>
            <source>Send (Ctrl+Enter)</source>
            <translation>Versturen (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Who holds this conversation</source>
            <translation>Wie dit gesprek behandelt</translation>
        </message>
        <message>
            <source>Why the reply cannot be sent</source>
            <translation>Waarom het antwoord niet kan worden verstuurd</translation>
        </message>
        <message>
            <source>Edit post</source>
            <translation>Bericht bewerken</translation>
        </message>
        <message>
            <source>New post</source>
            <translation>Nieuw bericht</translation>
        </message>
        <message>
            <source>(no campaign)</source>
            <translation>(geen campagne)</translation>
        </message>
        <message>
            <source>buurt or wijk codes, comma-separated</source>
            <translation>buurt- of wijkcodes, gescheiden door komma's</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Text of the post</source>
            <translation>Tekst van het bericht</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>an image file (Facebook)</source>
            <translation>een afbeeldingsbestand (Facebook)</translation>
        </message>
        <message>
            <source>Image file</source>
            <translation>Afbeeldingsbestand</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>or a public web address (Instagram needs one)</source>
            <translation>of een openbaar webadres (nodig voor Instagram)</translation>
        </message>
        <message>
            <source>Image web address</source>
            <translation>Webadres van de afbeelding</translation>
        </message>
        <message>
            <source>what the image shows, for people who cannot see it</source>
            <translation>wat er op de afbeelding staat, voor wie hem niet kan zien</translation>
        </message>
        <message>
            <source>Alt text</source>
            <translation>Alt-tekst</translation>
        </message>
        <message>
            <source>Instagram fetches the image from a public web address (for example the municipality's website); a file on this computer cannot be posted there.</source>
            <translation>Instagram haalt de afbeelding op van een openbaar webadres (bijvoorbeeld de website van de gemeente); een bestand op deze computer kan daar niet geplaatst worden.</translation>
        </message>
        <message>
            <source>Variants per account</source>
            <translation>Varianten per account</translation>
        </message>
        <message>
            <source>Tick the accounts to post on: each gets a tab here with its own text, the platform's limits and a preview.</source>
            <translation>Vink de accounts aan waarop het bericht komt: elk krijgt hier een tabblad met een eigen tekst, de grenzen van het platform en een voorbeeld.</translation>
        </message>
        <message>
            <source>Save as &amp;draft</source>
            <translation>Opslaan als &amp;concept</translation>
        </message>
        <message>
            <source>&amp;Schedule</source>
            <translation>&amp;Inplannen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Cancel &amp;post…</source>
            <translation>Bericht &amp;annuleren…</translation>
        </message>
        <message>
            <source>Campaign:</source>
            <translation>Campagne:</translation>
        </message>
        <message>
            <source>Neighbourhoods:</source>
            <translation>Buurten en wijken:</translation>
        </message>
        <message>
            <source>Accounts:</source>
            <translation>Accounts:</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Tekst:</translation>
        </message>
        <message>
            <source>Link:</source>
            <translation>Link:</translation>
        </message>
        <message>
            <source>Image:</source>
            <translation>Afbeelding:</translation>
        </message>
        <message>
            <source>Alt text:</source>
            <translation>Alt-tekst:</translation>
        </message>
        <message>
            <source>Choose an image</source>
            <translation>Kies een afbeelding</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <source>Cancel post</source>
            <translation>Bericht annuleren</translation>
        </message>
        <message>
            <source>Cancel this post on every account? It will not be published.</source>
            <translation>Dit bericht op alle accounts annuleren? Het wordt dan niet gepubliceerd.</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect an account</source>
            <translation>Een account koppelen</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>for colleagues, e.g. Gemeente op X</source>
            <translation>voor collega's, bijv. Gemeente op X</translation>
        </message>
        <message>
            <source>Handle</source>
            <translation>Handle</translation>
        </message>
        <message>
            <source>Platform id</source>
            <translation>Platform-id</translation>
        </message>
        <message>
            <source>X user id, Facebook Page id or Instagram account id</source>
            <translation>X-gebruikers-id, Facebookpagina-id of Instagram-account-id</translation>
        </message>
        <message>
            <source>Linked Facebook Page id</source>
            <translation>Id van de gekoppelde Facebookpagina</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>API-adres</translation>
        </message>
        <message>
            <source>empty for the platform itself, or the sandbox's URL</source>
            <translation>leeg voor het platform zelf, of de URL van de sandbox</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Facebook and Instagram: the Page access token</source>
            <translation>Facebook en Instagram: het toegangstoken van de pagina</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>&amp;Platform:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Handle:</source>
            <translation>&amp;Handle:</translation>
        </message>
        <message>
            <source>Platform &amp;id:</source>
            <translation>Platform-&amp;id:</translation>
        </message>
        <message>
            <source>Linked &amp;Page id:</source>
            <translation>Gekoppelde &amp;pagina-id:</translation>
        </message>
        <message>
            <source>&amp;API address:</source>
            <translation>&amp;API-adres:</translation>
        </message>
        <message>
            <source>&amp;Token:</source>
            <translation>&amp;Token:</translation>
        </message>
        <message>
            <source>The token goes into this computer's keyring, never into the database. Check the account after connecting it.</source>
            <translation>Het token gaat in de sleutelbos van deze computer, nooit in de database. Controleer het account na het koppelen.</translation>
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
            <source>closed</source>
            <translation>gesloten</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>concept</translation>
        </message>
        <message>
            <source>{time} over target</source>
            <translation>{time} over de norm</translation>
        </message>
        <message>
            <source>⚠ {time} left · breaches soon</source>
            <translation>⚠ nog {time} · bijna over de norm</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>nog {time}</translation>
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
            <source>Snooze until the next working morning</source>
            <translation>Snoozen tot de volgende werkochtend</translation>
        </message>
        <message>
            <source>Snooze until next week</source>
            <translation>Snoozen tot volgende week</translation>
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
            <source>Snooze until…</source>
            <translation>Snoozen tot…</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Tijd:</translation>
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
        <name>DecisionCounter</name>
        <message>
            <source>⚠ 1 post needs a decision</source>
            <translation>⚠ 1 bericht wacht op uw beslissing</translation>
        </message>
        <message>
            <source>⚠ {n} posts need a decision</source>
            <translation>⚠ {n} berichten wachten op uw beslissing</translation>
        </message>
        <message>
            <source>Nothing needs a decision</source>
            <translation>Niets wacht op een beslissing</translation>
        </message>
    </context>
    <context>
        <name>DecisionsDialog</name>
        <message>
            <source>Posts that need a decision</source>
            <translation>Berichten die op een beslissing wachten</translation>
        </message>
        <message>
            <source>New time</source>
            <translation>Nieuwe tijd</translation>
        </message>
        <message>
            <source>&amp;Publish now</source>
            <translation>Nu &amp;publiceren</translation>
        </message>
        <message>
            <source>&amp;Reschedule</source>
            <translation>&amp;Verplaatsen</translation>
        </message>
        <message>
            <source>&amp;Cancel post</source>
            <translation>Bericht &amp;annuleren</translation>
        </message>
        <message>
            <source>It &amp;is there</source>
            <translation>Het &amp;staat er</translation>
        </message>
        <message>
            <source>Check the &amp;account…</source>
            <translation>&amp;Account bekijken…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>New time:</source>
            <translation>Nieuwe tijd:</translation>
        </message>
        <message>
            <source>Nothing needs a decision.</source>
            <translation>Niets wacht op een beslissing.</translation>
        </message>
        <message>
            <source>Webcare does not know whether this post reached the platform. Check the account's page: if it is there, choose "It is there"; if not, publish it now.</source>
            <translation>Webcare weet niet of dit bericht het platform bereikt heeft. Kijk op de pagina van het account: staat het er, kies dan "Het staat er"; zo niet, publiceer het dan nu.</translation>
        </message>
        <message>
            <source>This post was not published before its deadline.</source>
            <translation>Dit bericht is niet vóór de uiterste tijd gepubliceerd.</translation>
        </message>
        <message>
            <source>The platform refused this post.</source>
            <translation>Het platform heeft dit bericht geweigerd.</translation>
        </message>
        <message>
            <source>This post was held; the hold has been released.</source>
            <translation>Dit bericht lag stil; de stilte is opgeheven.</translation>
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
        <name>FilterBar</name>
        <message>
            <source>Show:</source>
            <translation>Toon:</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>All campaigns</source>
            <translation>Alle campagnes</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Alle accounts</translation>
        </message>
        <message>
            <source>All neighbourhoods</source>
            <translation>Alle buurten en wijken</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Webcaremedewerker</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Neighbourhood (wijk or buurt)</source>
            <translation>Wijk of buurt</translation>
        </message>
        <message>
            <source>Only conversations linked, with the resident's consent, to a resident who lives in this wijk or buurt (CBS codes; in brackets: how many linked residents live there). Conversations without a link are in none.</source>
            <translation>Alleen gesprekken die met toestemming van de bewoner gekoppeld zijn aan een bewoner die in deze wijk of buurt woont (CBS-codes; tussen haakjes: hoeveel gekoppelde bewoners er wonen). Gesprekken zonder koppeling horen bij geen enkele wijk of buurt.</translation>
        </message>
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
        <message>
            <source>All agents</source>
            <translation>Alle medewerkers</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle labels</translation>
        </message>
        <message>
            <source>Wijk {code} ({n})</source>
            <translation>Wijk {code} ({n})</translation>
        </message>
        <message>
            <source>Buurt {code} ({n})</source>
            <translation>Buurt {code} ({n})</translation>
        </message>
    </context>
    <context>
        <name>HoldBanner</name>
        <message>
            <source>all accounts</source>
            <translation>alle accounts</translation>
        </message>
        <message>
            <source>{n} of the accounts</source>
            <translation>{n} van de accounts</translation>
        </message>
        <message>
            <source>PUBLISHING IS HELD ({scope}) since {since}: {reason}. Nothing is published until the hold is released.</source>
            <translation>PUBLICEREN LIGT STIL ({scope}) sinds {since}: {reason}. Er gaat niets uit tot de stilte is opgeheven.</translation>
        </message>
    </context>
    <context>
        <name>HoldDialog</name>
        <message>
            <source>Hold all publishing</source>
            <translation>Publiceren stilleggen</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>e.g. calamity in the city centre</source>
            <translation>bijv. calamiteit in de binnenstad</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Alle accounts</translation>
        </message>
        <message>
            <source>Accounts to hold</source>
            <translation>Stil te leggen accounts</translation>
        </message>
        <message>
            <source>&amp;Hold now</source>
            <translation>Nu &amp;stilleggen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Nothing is published while the hold is on. Releasing it asks you about every held post: publish now, reschedule or cancel.</source>
            <translation>Zolang publiceren stilligt, gaat er niets uit. Bij het opheffen beslist u per stilgelegd bericht: nu publiceren, verplaatsen of annuleren.</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reden:</translation>
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
            <source>This label no longer exists.</source>
            <translation>Dit label bestaat niet meer.</translation>
        </message>
        <message>
            <source>A label needs a name of at most 100 characters.</source>
            <translation>Een label heeft een naam van hoogstens 100 tekens nodig.</translation>
        </message>
        <message>
            <source>Another label has that name already: merge the two instead.</source>
            <translation>Een ander label heeft die naam al: voeg de twee liever samen.</translation>
        </message>
        <message>
            <source>Choose one of the colours offered.</source>
            <translation>Kies een van de aangeboden kleuren.</translation>
        </message>
        <message>
            <source>Choose another label to merge into.</source>
            <translation>Kies een ander label om mee samen te voegen.</translation>
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
            <source>More than 24 hours have passed since the resident's last message: only a human agent's answer with the HUMAN_AGENT tag can still be sent (up to 7 days).</source>
            <translation>Er zijn meer dan 24 uur verstreken sinds het laatste bericht van de inwoner: alleen een antwoord van een medewerker met de HUMAN_AGENT-tag kan nog worden verstuurd (tot 7 dagen).</translation>
        </message>
        <message>
            <source>Only a direct message on Messenger or Instagram can carry the HUMAN_AGENT tag.</source>
            <translation>Alleen een privébericht op Messenger of Instagram kan de HUMAN_AGENT-tag dragen.</translation>
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
            <source>This reply was settled meanwhile (by a colleague, or its copy turned up).</source>
            <translation>Dit antwoord is intussen al afgehandeld (door een collega, of de kopie is opgedoken).</translation>
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
            <source>Inbox</source>
            <translation>Inbox</translation>
        </message>
    </context>
    <context>
        <name>InboxSettings</name>
        <message>
            <source>Notifications</source>
            <translation>Meldingen</translation>
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
            <source>After sending a reply, open the next conversation</source>
            <translation>Na het versturen van een antwoord het volgende gesprek openen</translation>
        </message>
        <message>
            <source>Notifications are only shown within the team's office hours (Service policy, below).</source>
            <translation>Meldingen verschijnen alleen binnen de kantoortijden van het team (Servicebeleid, hieronder).</translation>
        </message>
        <message>
            <source>Notify about:</source>
            <translation>Melden bij:</translation>
        </message>
    </context>
    <context>
        <name>LabelSettings</name>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>{name}, on {count} conversations</source>
            <translation>{name}, op {count} gesprekken</translation>
        </message>
        <message>
            <source>Rename label</source>
            <translation>Label hernoemen</translation>
        </message>
        <message>
            <source>New name for “{name}”:</source>
            <translation>Nieuwe naam voor ‘{name}’:</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Groen</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blauw</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rood</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Oranje</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Paars</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Grijs</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>Geen kleur</translation>
        </message>
        <message>
            <source>Label colour</source>
            <translation>Kleur van het label</translation>
        </message>
        <message>
            <source>Colour of “{name}”:</source>
            <translation>Kleur van ‘{name}’:</translation>
        </message>
        <message>
            <source>Merge label</source>
            <translation>Label samenvoegen</translation>
        </message>
        <message>
            <source>Put this label on its conversations instead of “{name}”:</source>
            <translation>Zet dit label op de gesprekken in plaats van ‘{name}’:</translation>
        </message>
        <message>
            <source>Delete label</source>
            <translation>Label verwijderen</translation>
        </message>
        <message numerus="yes">
            <source>Take “{name}” off %n conversation(s) and delete it for the whole team?</source>
            <translation>
                <numerusform>‘{name}’ van %n gesprek halen en voor het hele team verwijderen?</numerusform>
                <numerusform>‘{name}’ van %n gesprekken halen en voor het hele team verwijderen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>The team's labels</source>
            <translation>De labels van het team</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>&amp;Hernoemen…</translation>
        </message>
        <message>
            <source>C&amp;olour…</source>
            <translation>&amp;Kleur…</translation>
        </message>
        <message>
            <source>&amp;Merge into…</source>
            <translation>&amp;Samenvoegen met…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Delete the chosen label</source>
            <translation>Het gekozen label verwijderen</translation>
        </message>
        <message>
            <source>No labels yet. Add one to a conversation with Tags (L), New tag…</source>
            <translation>Nog geen labels. Voeg er een toe aan een gesprek met Labels (L), Nieuw label…</translation>
        </message>
    </context>
    <context>
        <name>ListHeading</name>
        <message>
            <source>filtered by: {filters}</source>
            <translation>gefilterd op: {filters}</translation>
        </message>
        <message>
            <source>in all conversations</source>
            <translation>in alle gesprekken</translation>
        </message>
        <message>
            <source>“{text}”: searching…</source>
            <translation>‘{text}’: zoeken…</translation>
        </message>
        <message>
            <source>“{text}”: more than {count}</source>
            <translation>‘{text}’: meer dan {count}</translation>
        </message>
        <message>
            <source>“{text}”: 1 conversation</source>
            <translation>‘{text}’: 1 gesprek</translation>
        </message>
        <message>
            <source>“{text}”: {count} conversations</source>
            <translation>‘{text}’: {count} gesprekken</translation>
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
        <name>MessagingWindow</name>
        <message>
            <source>Cannot send: the messaging window has closed.</source>
            <translation>Versturen kan niet: de termijn voor privéberichten is voorbij.</translation>
        </message>
        <message>
            <source>After 24 hours only as a human agent.</source>
            <translation>Na 24 uur alleen als medewerker.</translation>
        </message>
        <message>
            <source>{platform} only allows a direct message within 24 hours of the resident's last message, and there is none: a reply cannot be sent.</source>
            <translation>{platform} staat een privébericht alleen toe binnen 24 uur na het laatste bericht van de inwoner, en dat is er niet: een antwoord kan niet worden verstuurd.</translation>
        </message>
        <message>
            <source>{platform}: direct messages are possible until {time} (24 hours after the resident's last message).</source>
            <translation>{platform}: privéberichten kunnen tot {time} (24 uur na het laatste bericht van de inwoner).</translation>
        </message>
        <message>
            <source>{platform}: the 24-hour window closed at {time}. Until {until} only a person's own answer may go, with the HUMAN_AGENT tag.</source>
            <translation>{platform}: de termijn van 24 uur liep af om {time}. Tot {until} mag alleen een medewerker zelf antwoorden, met de HUMAN_AGENT-tag.</translation>
        </message>
        <message>
            <source>{platform} only allows a direct message within 24 hours of the resident's last message, and a human agent's answer up to 7 days. That closed at {until}: a reply cannot be sent until the resident writes again. An internal note is still possible.</source>
            <translation>{platform} staat een privébericht alleen toe binnen 24 uur na het laatste bericht van de inwoner, en een antwoord van een medewerker tot 7 dagen. Die termijn is om {until} verstreken: een antwoord kan pas weer als de inwoner opnieuw schrijft. Een interne notitie kan nog wel.</translation>
        </message>
        <message>
            <source>Reply as a human &amp;agent
(HUMAN_AGENT tag, up to 7 days)</source>
            <translation>Als &amp;medewerker antwoorden
(HUMAN_AGENT-tag, tot 7 dagen)</translation>
        </message>
        <message>
            <source>Only for a human answer to the resident's question: Meta allows it up to 7 days after their last message.</source>
            <translation>Alleen voor een antwoord van een mens op de vraag van de inwoner: Meta staat het toe tot 7 dagen na diens laatste bericht.</translation>
        </message>
        <message>
            <source>Messaging window</source>
            <translation>Termijn voor privéberichten</translation>
        </message>
    </context>
    <context>
        <name>ModerationTexts</name>
        <message>
            <source>That message no longer exists.</source>
            <translation>Dat bericht bestaat niet meer.</translation>
        </message>
        <message>
            <source>Only comments on Facebook and Instagram can be hidden or deleted.</source>
            <translation>Alleen reacties op Facebook en Instagram kunnen verborgen of verwijderd worden.</translation>
        </message>
        <message>
            <source>Only a resident's comment can be hidden.</source>
            <translation>Alleen een reactie van een inwoner kan verborgen worden.</translation>
        </message>
        <message>
            <source>Only a comment of the account itself can be deleted.</source>
            <translation>Alleen een reactie van het account zelf kan verwijderd worden.</translation>
        </message>
        <message>
            <source>This message is not on the platform (yet).</source>
            <translation>Dit bericht staat (nog) niet op het platform.</translation>
        </message>
        <message>
            <source>Something is already being done to this comment.</source>
            <translation>Met deze reactie gebeurt al iets.</translation>
        </message>
    </context>
    <context>
        <name>OverviewWindow</name>
        <message>
            <source>Webcare — live overview</source>
            <translation>Webcare — live overzicht</translation>
        </message>
        <message>
            <source>Live overview</source>
            <translation>Live overzicht</translation>
        </message>
        <message>
            <source>Leave full screen (F11)</source>
            <translation>Volledig scherm uit (F11)</translation>
        </message>
        <message>
            <source>Full screen (F11)</source>
            <translation>Volledig scherm (F11)</translation>
        </message>
        <message>
            <source>Over the target, or within 30 minutes of it</source>
            <translation>Over de norm, of binnen 30 minuten</translation>
        </message>
        <message>
            <source>Who works on what</source>
            <translation>Wie werkt waaraan</translation>
        </message>
        <message>
            <source>{over} late</source>
            <translation>{over} te laat</translation>
        </message>
        <message>
            <source>{left} left</source>
            <translation>nog {left}</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>niet toegewezen</translation>
        </message>
        <message>
            <source>waiting for an answer</source>
            <translation>wachten op antwoord</translation>
        </message>
        <message>
            <source>over the target</source>
            <translation>over de norm</translation>
        </message>
        <message>
            <source>longest wait (office time)</source>
            <translation>langste wachttijd (kantoortijd)</translation>
        </message>
        <message>
            <source>Open: {assigned} assigned · {pending} pending · {snoozed} snoozed   |   {channels}</source>
            <translation>Open: {assigned} toegewezen · {pending} in afwachting · {snoozed} gesnoozed   |   {channels}</translation>
        </message>
        <message>
            <source>{wait} · {where} · {who} · since {since}</source>
            <translation>{wait} · {where} · {who} · sinds {since}</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>en nog {n}</translation>
        </message>
        <message>
            <source>Nothing is about to breach.</source>
            <translation>Niets dreigt over de norm te gaan.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wachtend</translation>
        </message>
        <message>
            <source>parked</source>
            <translation>geparkeerd</translation>
        </message>
        <message>
            <source>Nobody holds a conversation.</source>
            <translation>Niemand heeft een gesprek in behandeling.</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Maand</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Week</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Dag</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Lijst</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Van&amp;daag</translation>
        </message>
        <message>
            <source>Previous period (Page Up)</source>
            <translation>Vorige periode (Page Up)</translation>
        </message>
        <message>
            <source>Next period (Page Down)</source>
            <translation>Volgende periode (Page Down)</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Zelf kiezen</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Previous period (Alt+Left)</source>
            <translation>Vorige periode (Alt+Links)</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Vorige periode</translation>
        </message>
        <message>
            <source>Next period (Alt+Right)</source>
            <translation>Volgende periode (Alt+Rechts)</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>Volgende periode</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Eerste dag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Laatste dag</translation>
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
        <name>PolicySection</name>
        <message>
            <source>The whole team</source>
            <translation>Het hele team</translation>
        </message>
        <message>
            <source>own policy</source>
            <translation>eigen beleid</translation>
        </message>
        <message>
            <source>= {hours} h of office time</source>
            <translation>= {hours} u kantoortijd</translation>
        </message>
        <message>
            <source>= {hours} h {minutes} min of office time</source>
            <translation>= {hours} u {minutes} min kantoortijd</translation>
        </message>
        <message>
            <source>{day}: {part} is not an opening range. Write the hours as 08:30-12:30, 13:00-17:00, or leave the day empty when closed.</source>
            <translation>{day}: {part} is geen openingstijd. Schrijf de tijden als 08:30-12:30, 13:00-17:00, of laat de dag leeg als u dan gesloten bent.</translation>
        </message>
        <message>
            <source>The same for every desktop: waiting times count only office time (Europe/Amsterdam), and notifications are shown within it.</source>
            <translation>Voor elke werkplek hetzelfde: wachttijden tellen alleen kantoortijd (Europe/Amsterdam), en meldingen verschijnen alleen binnen kantoortijd.</translation>
        </message>
        <message>
            <source>Only a supervisor or an administrator changes it.</source>
            <translation>Alleen een teamleider of beheerder wijzigt het.</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>maandag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>dinsdag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>woensdag</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>donderdag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vrijdag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>zaterdag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>zondag</translation>
        </message>
        <message>
            <source>Service policy</source>
            <translation>Servicebeleid</translation>
        </message>
        <message>
            <source>Applies &amp;to:</source>
            <translation>Geldt v&amp;oor:</translation>
        </message>
        <message>
            <source>Whose policy</source>
            <translation>Voor wie het beleid geldt</translation>
        </message>
        <message>
            <source>This account has its own office hours and response target</source>
            <translation>Dit account heeft eigen kantoortijden en een eigen reactienorm</translation>
        </message>
        <message>
            <source>Office hours on {day}</source>
            <translation>Kantoortijden op {day}</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>gesloten</translation>
        </message>
        <message>
            <source>Response tar&amp;get:</source>
            <translation>Re&amp;actienorm:</translation>
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
            <source>Closed on the holidays of the Cao Gemeenten (not on Good Friday)</source>
            <translation>Gesloten op de feestdagen van de Cao Gemeenten (niet op Goede Vrijdag)</translation>
        </message>
        <message>
            <source>New Year's Day, Easter Monday, King's Day, Liberation Day (every year), Ascension Day, Whit Monday and Christmas: the waiting clock stands still.</source>
            <translation>Nieuwjaarsdag, Tweede paasdag, Koningsdag, Bevrijdingsdag (elk jaar), Hemelvaartsdag, Tweede pinksterdag en Kerstmis: de wachttijd staat stil.</translation>
        </message>
        <message>
            <source>&amp;Save policy</source>
            <translation>Beleid op&amp;slaan</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Herstellen</translation>
        </message>
        <message>
            <source>Undo the changes not saved yet</source>
            <translation>De nog niet opgeslagen wijzigingen ongedaan maken</translation>
        </message>
    </context>
    <context>
        <name>PostList</name>
        <message>
            <source>Posts in time order</source>
            <translation>Berichten op volgorde van tijd</translation>
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
        <name>QuarantineDialog</name>
        <message>
            <source>Quarantine of {name}</source>
            <translation>Quarantaine van {name}</translation>
        </message>
        <message>
            <source>Quarantined items</source>
            <translation>Berichten in quarantaine</translation>
        </message>
        <message>
            <source>Raw payload</source>
            <translation>Ruwe gegevens</translation>
        </message>
        <message>
            <source>&amp;Retry all</source>
            <translation>Alles &amp;opnieuw proberen</translation>
        </message>
        <message>
            <source>Retry every quarantined item</source>
            <translation>Elk bericht in quarantaine opnieuw proberen</translation>
        </message>
        <message>
            <source>Nothing of this account is in quarantine.</source>
            <translation>Van dit account staat niets in quarantaine.</translation>
        </message>
        <message>
            <source>Why: {reason}</source>
            <translation>Waarom: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) read and stored.</source>
            <translation>
                <numerusform>%n bericht gelezen en bewaard.</numerusform>
                <numerusform>%n berichten gelezen en bewaard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) still cannot be read.</source>
            <translation>
                <numerusform>%n bericht is nog steeds niet te lezen.</numerusform>
                <numerusform>%n berichten zijn nog steeds niet te lezen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuarantineModel</name>
        <message>
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Stroom</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Gegevens</translation>
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
            <source>Queues</source>
            <translation>Wachtrijen</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
    </context>
    <context>
        <name>ReauthoriseDialog</name>
        <message>
            <source>Re-authorise {name}</source>
            <translation>{name} opnieuw autoriseren</translation>
        </message>
        <message>
            <source>New token</source>
            <translation>Nieuw token</translation>
        </message>
        <message>
            <source>New &amp;token:</source>
            <translation>Nieuw &amp;token:</translation>
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
        <name>ReportTexts</name>
        <message>
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h} u</translation>
        </message>
        <message>
            <source>{h} h {m:02d} min</source>
            <translation>{h} u {m:02d} min</translation>
        </message>
        <message>
            <source>{d} d {h} h</source>
            <translation>{d} d {h} u</translation>
        </message>
        <message>
            <source>Week {n} ({first} – {last})</source>
            <translation>Week {n} ({first} – {last})</translation>
        </message>
        <message>
            <source>{n}m</source>
            <translation>{n}m</translation>
        </message>
        <message>
            <source>{n}h</source>
            <translation>{n}u</translation>
        </message>
        <message>
            <source>On the platform itself</source>
            <translation>Op het platform zelf</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>Nog niemand</translation>
        </message>
        <message>
            <source>Times are office time by each account's service policy unless marked wall-clock. Counted on {when}.</source>
            <translation>Tijden zijn kantoortijd volgens de servicenorm van elk account, tenzij er kloktijd staat. Geteld op {when}.</translation>
        </message>
        <message>
            <source>Conversations per day, by channel</source>
            <translation>Gesprekken per dag, per kanaal</translation>
        </message>
        <message>
            <source>Backlog at the end of each day</source>
            <translation>Werkvoorraad aan het eind van elke dag</translation>
        </message>
        <message>
            <source>First response time</source>
            <translation>Eerste reactietijd</translation>
        </message>
        <message>
            <source>office time</source>
            <translation>kantoortijd</translation>
        </message>
        <message>
            <source>wall-clock time</source>
            <translation>kloktijd</translation>
        </message>
        <message>
            <source>When residents write (hour × weekday)</source>
            <translation>Wanneer inwoners schrijven (uur × weekdag)</translation>
        </message>
        <message>
            <source>No conversations</source>
            <translation>Geen gesprekken</translation>
        </message>
        <message>
            <source>No replies in this period</source>
            <translation>Geen antwoorden in deze periode</translation>
        </message>
        <message>
            <source>darker: more conversations (at most {n} in one hour)</source>
            <translation>donkerder: meer gesprekken (hoogstens {n} in één uur)</translation>
        </message>
        <message>
            <source>Backlog at the end of the period: {n}</source>
            <translation>Werkvoorraad aan het eind van de periode: {n}</translation>
        </message>
        <message>
            <source>Busiest: {day} {hour}:00, {n} conversations</source>
            <translation>Drukst: {day} {hour}:00, {n} gesprekken</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Webcaremedewerker</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Neighbourhood (wijk or buurt)</source>
            <translation>Wijk of buurt</translation>
        </message>
        <message>
            <source>All accounts, channels, agents and tags.</source>
            <translation>Alle accounts, kanalen, medewerkers en labels.</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Cijfer</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>wall-clock {wall}</source>
            <translation>kloktijd {wall}</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Wait</source>
            <translation>Wachttijd</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Median (office)</source>
            <translation>Mediaan (kantoortijd)</translation>
        </message>
        <message>
            <source>90th percentile (office)</source>
            <translation>90e percentiel (kantoortijd)</translation>
        </message>
        <message>
            <source>Median (wall-clock)</source>
            <translation>Mediaan (kloktijd)</translation>
        </message>
        <message>
            <source>90th percentile (wall-clock)</source>
            <translation>90e percentiel (kloktijd)</translation>
        </message>
        <message>
            <source>Handled</source>
            <translation>Afgehandeld</translation>
        </message>
        <message>
            <source>First responses</source>
            <translation>Eerste reacties</translation>
        </message>
        <message>
            <source>Within target</source>
            <translation>Binnen de norm</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Antwoorden</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Gesloten</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>Volume and backlog</source>
            <translation>Volume en werkvoorraad</translation>
        </message>
        <message>
            <source>Response times</source>
            <translation>Reactietijden</translation>
        </message>
        <message>
            <source>When residents write</source>
            <translation>Wanneer inwoners schrijven</translation>
        </message>
        <message>
            <source>Per agent</source>
            <translation>Per medewerker</translation>
        </message>
        <message>
            <source>How it is counted</source>
            <translation>Zo wordt er geteld</translation>
        </message>
        <message>
            <source>Response times and volumes</source>
            <translation>Reactietijden en volumes</translation>
        </message>
        <message>
            <source>First response, median</source>
            <translation>Eerste reactie, mediaan</translation>
        </message>
        <message>
            <source>First response, 90th percentile</source>
            <translation>Eerste reactie, 90e percentiel</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Closed without a reply</source>
            <translation>Gesloten zonder antwoord</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>Werkvoorraad</translation>
        </message>
        <message>
            <source>Next response time</source>
            <translation>Volgende reactietijd</translation>
        </message>
        <message>
            <source>Resolution time</source>
            <translation>Afhandeltijd</translation>
        </message>
        <message>
            <source>Webcare report: {period}</source>
            <translation>Webcare-rapportage: {period}</translation>
        </message>
        <message>
            <source>Webcare report {first} – {last}</source>
            <translation>Webcare-rapportage {first} – {last}</translation>
        </message>
        <message>
            <source>{n} of {m}; target {target}</source>
            <translation>{n} van {m}; norm {target}</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Figures as JSON…</source>
            <translation>Cijfers als JSON…</translation>
        </message>
        <message>
            <source>Figures per channel as CSV…</source>
            <translation>Cijfers per kanaal als CSV…</translation>
        </message>
        <message>
            <source>A row per conversation (CSV)…</source>
            <translation>Een regel per gesprek (CSV)…</translation>
        </message>
        <message>
            <source>Report as PDF…</source>
            <translation>Rapportage als PDF…</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>De rapportage exporteren</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Geëxporteerd naar {path}</translation>
        </message>
        <message>
            <source>This export does not exist: {reason}</source>
            <translation>Deze export bestaat niet: {reason}</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronde</translation>
        </message>
        <message>
            <source>A conversation starts a round with the resident's first message. When a resident writes again after it was closed, the conversation reopens and a new round starts at that message. A round ends when it is closed.</source>
            <translation>Een gesprek begint een ronde met het eerste bericht van de inwoner. Schrijft een inwoner opnieuw nadat het gesloten is, dan gaat het gesprek weer open en begint bij dat bericht een nieuwe ronde. Een ronde eindigt als het gesprek gesloten wordt.</translation>
        </message>
        <message>
            <source>From the first message of a round to the first reply by a person: sent from Webcare (counted when the platform accepted it) or made on the platform itself. Internal notes and automatic messages never count.</source>
            <translation>Van het eerste bericht van een ronde tot het eerste antwoord van een mens: verstuurd uit Webcare (geteld op het moment dat het platform het aannam) of op het platform zelf gegeven. Interne notities en automatische berichten tellen nooit.</translation>
        </message>
        <message>
            <source>Each later wait in a round: from a resident's message that nobody had answered yet to the next reply.</source>
            <translation>Elke latere wachttijd in een ronde: van een bericht van de inwoner waarop nog niemand had geantwoord tot het volgende antwoord.</translation>
        </message>
        <message>
            <source>From the first message of a round to its close.</source>
            <translation>Van het eerste bericht van een ronde tot het sluiten.</translation>
        </message>
        <message>
            <source>Office time</source>
            <translation>Kantoortijd</translation>
        </message>
        <message>
            <source>Only the time the team is open counts, by the service policy of the conversation's account: its opening hours per weekday (a lunch break is not counted), the Cao Gemeenten's holidays (Good Friday is a working day; 5 May is not), and the team's own closing days, in Europe/Amsterdam time. Wall-clock time counts every second. When the policy changes, the figures of the past are counted again with the new policy.</source>
            <translation>Alleen de tijd dat het team open is telt, volgens de servicenorm van het account van het gesprek: de openingstijden per weekdag (een lunchpauze telt niet), de feestdagen van de Cao Gemeenten (Goede Vrijdag is een werkdag, 5 mei niet) en de eigen sluitingsdagen van het team, in Nederlandse tijd. Kloktijd telt elke seconde. Verandert de servicenorm, dan worden ook de cijfers van het verleden opnieuw geteld met de nieuwe norm.</translation>
        </message>
        <message>
            <source>The share of rounds answered within the response target in office time, of those whose outcome is known: answered, or not answered while the target has passed. A round closed without a reply before its target needed no answer and is left out.</source>
            <translation>Het deel van de rondes dat binnen de reactienorm (in kantoortijd) beantwoord is, van de rondes waarvan de uitkomst bekend is: beantwoord, of onbeantwoord terwijl de norm al verstreken is. Een ronde die zonder antwoord gesloten is vóór de norm verstreek, had geen antwoord nodig en telt niet mee.</translation>
        </message>
        <message>
            <source>Rounds that started in the period: new conversations and reopened ones. Handled: of those, the ones answered or closed.</source>
            <translation>Rondes die in de periode begonnen: nieuwe en heropende gesprekken. Afgehandeld: daarvan de beantwoorde of gesloten rondes.</translation>
        </message>
        <message>
            <source>Rounds still open (not closed; pending and snoozed ones included) at the end of the period, or now for a period that is not over.</source>
            <translation>Rondes die nog open zijn (niet gesloten; ook in afwachting of gesnoozed) aan het eind van de periode, of nu als de periode nog loopt.</translation>
        </message>
        <message>
            <source>Median and 90th percentile</source>
            <translation>Mediaan en 90e percentiel</translation>
        </message>
        <message>
            <source>Half of the waits were shorter than the median, nine in ten shorter than the 90th percentile; between two values they are interpolated as a spreadsheet's MEDIAN and PERCENTILE do. The per-conversation CSV export lets anyone count them again.</source>
            <translation>De helft van de wachttijden was korter dan de mediaan, negen op de tien korter dan het 90e percentiel; tussen twee waarden wordt geïnterpoleerd zoals MEDIAAN en PERCENTIEL in een spreadsheet doen. Met de CSV-export per gesprek kan iedereen ze natellen.</translation>
        </message>
        <message>
            <source>Who handled a round: who gave its first response, else who held it when it was closed, else who holds it now.</source>
            <translation>Wie een ronde behandelde: wie de eerste reactie gaf, anders wie het gesprek had toen het gesloten werd, anders wie het nu heeft.</translation>
        </message>
        <message>
            <source>A CBS wijk or buurt. Filtered by one, a report counts only the conversations linked to a resident who lives there: linked with the resident's consent and a verified account, as the resident profile shows them. A conversation without a link (never linked, or the consent was withdrawn) is in no neighbourhood, but counts in the report without this filter.</source>
            <translation>Een wijk of buurt van het CBS. Met dit filter telt een rapport alleen de gesprekken die gekoppeld zijn aan een bewoner die daar woont: gekoppeld met toestemming van de bewoner en een geverifieerd account, zoals het bewonersprofiel ze toont. Een gesprek zonder koppeling (nooit gekoppeld, of de toestemming is ingetrokken) hoort bij geen enkele wijk of buurt, maar telt wel mee in het rapport zonder dit filter.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Rapportages</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>Count again (F5)</source>
            <translation>Opnieuw tellen (F5)</translation>
        </message>
        <message>
            <source>How is this counted?</source>
            <translation>Hoe wordt dit geteld?</translation>
        </message>
        <message>
            <source>The definitions of every figure (F1)</source>
            <translation>De definities van elk cijfer (F1)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Live overview</source>
            <translation>Live overzicht</translation>
        </message>
        <message>
            <source>For a wall screen (Ctrl+Shift+L)</source>
            <translation>Voor een scherm aan de muur (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Per agent</source>
            <translation>Per medewerker</translation>
        </message>
        <message>
            <source>Counting</source>
            <translation>Tellen</translation>
        </message>
        <message>
            <source>Reports are for supervisors and administrators; your role does not allow them.</source>
            <translation>Rapportages zijn voor teamleiders en beheerders; uw rol geeft er geen toegang toe.</translation>
        </message>
        <message>
            <source>Counting the report…</source>
            <translation>De rapportage wordt geteld…</translation>
        </message>
        <message>
            <source>First response, median</source>
            <translation>Eerste reactie, mediaan</translation>
        </message>
        <message>
            <source>First response, 90th percentile</source>
            <translation>Eerste reactie, 90e percentiel</translation>
        </message>
        <message>
            <source>Within target</source>
            <translation>Binnen de norm</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>Werkvoorraad</translation>
        </message>
        <message>
            <source>office time; wall-clock {wall}</source>
            <translation>kantoortijd; kloktijd {wall}</translation>
        </message>
        <message>
            <source>{n} of {m}; target {target}</source>
            <translation>{n} van {m}; norm {target}</translation>
        </message>
        <message>
            <source>{n} handled, {m} closed without a reply</source>
            <translation>{n} afgehandeld, {m} gesloten zonder antwoord</translation>
        </message>
        <message>
            <source>still open at the end of the period</source>
            <translation>nog open aan het eind van de periode</translation>
        </message>
        <message>
            <source>Counted {when}; times in office time of each account's service policy.</source>
            <translation>Geteld om {when}; tijden in kantoortijd volgens de servicenorm van elk account.</translation>
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
        <name>ResidentChanges</name>
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
    </context>
    <context>
        <name>RowDescription</name>
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
        <message>
            <source>draft</source>
            <translation>concept</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>gesloten</translation>
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
        <name>TeamTexts</name>
        <message>
            <source>Agent</source>
            <translation>Webcaremedewerker</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>Planner</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Teamleider</translation>
        </message>
        <message>
            <source>Privacy officer</source>
            <translation>Privacyfunctionaris</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Beheerder</translation>
        </message>
        <message>
            <source>answers residents in the inbox</source>
            <translation>beantwoordt inwoners in de inbox</translation>
        </message>
        <message>
            <source>plans posts on the calendar; may read the inbox</source>
            <translation>plant berichten in de kalender; mag de inbox lezen</translation>
        </message>
        <message>
            <source>works the inbox, exports it, sets the service policy</source>
            <translation>werkt in de inbox, exporteert hem, stelt het servicebeleid vast</translation>
        </message>
        <message>
            <source>answers access and erasure requests</source>
            <translation>beantwoordt inzage- en verwijderverzoeken</translation>
        </message>
        <message>
            <source>manages users, roles and accounts</source>
            <translation>beheert gebruikers, rollen en accounts</translation>
        </message>
        <message>
            <source>There is no user {name}.</source>
            <translation>Er is geen gebruiker {name}.</translation>
        </message>
        <message>
            <source>There already is a user {name}.</source>
            <translation>Er is al een gebruiker {name}.</translation>
        </message>
        <message>
            <source>A user name is one word of lower-case letters, digits, '.', '_' or '-' (at most 100 characters).</source>
            <translation>Een gebruikersnaam is één woord van kleine letters, cijfers, '.', '_' of '-' (hoogstens 100 tekens).</translation>
        </message>
        <message>
            <source>A name is at most {max} characters.</source>
            <translation>Een naam is hoogstens {max} tekens.</translation>
        </message>
        <message>
            <source>A user needs at least one role; deactivate them instead.</source>
            <translation>Een gebruiker heeft minstens één rol nodig; deactiveer de gebruiker anders.</translation>
        </message>
        <message>
            <source>{name} is the last active administrator: make someone else administrator first, so that somebody can still manage users.</source>
            <translation>{name} is de laatste actieve beheerder: maak eerst iemand anders beheerder, zodat er altijd iemand gebruikers kan beheren.</translation>
        </message>
        <message>
            <source>That account no longer exists.</source>
            <translation>Dat account bestaat niet meer.</translation>
        </message>
        <message>
            <source>The response target is between 1 minute and 4 weeks.</source>
            <translation>De reactienorm ligt tussen 1 minuut en 4 weken.</translation>
        </message>
        <message>
            <source>Two opening ranges of one day overlap.</source>
            <translation>Twee openingstijden van één dag overlappen.</translation>
        </message>
        <message>
            <source>A closing day needs a name.</source>
            <translation>Een sluitingsdag heeft een naam nodig.</translation>
        </message>
        <message>
            <source>A closing day's name is at most {max} characters.</source>
            <translation>De naam van een sluitingsdag is hoogstens {max} tekens.</translation>
        </message>
        <message>
            <source>That closing day was already removed.</source>
            <translation>Die sluitingsdag was al verwijderd.</translation>
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
            <source>Least time left</source>
            <translation>Minste tijd over</translation>
        </message>
        <message>
            <source>{time} over the target</source>
            <translation>{time} over de norm</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>nog {time}</translation>
        </message>
        <message>
            <source>{left}, breaches within half an hour</source>
            <translation>{left}, binnen een half uur over de norm</translation>
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
            <source>Not confirmed</source>
            <translation>Niet bevestigd</translation>
        </message>
        <message>
            <source>hidden by {name}</source>
            <translation>verborgen door {name}</translation>
        </message>
        <message>
            <source>shown again by {name}</source>
            <translation>weer zichtbaar gemaakt door {name}</translation>
        </message>
        <message>
            <source>deleted by {name}</source>
            <translation>verwijderd door {name}</translation>
        </message>
        <message>
            <source>hiding refused (asked by {name})</source>
            <translation>verbergen geweigerd (gevraagd door {name})</translation>
        </message>
        <message>
            <source>showing again refused (asked by {name})</source>
            <translation>weer zichtbaar maken geweigerd (gevraagd door {name})</translation>
        </message>
        <message>
            <source>deleting refused (asked by {name})</source>
            <translation>verwijderen geweigerd (gevraagd door {name})</translation>
        </message>
        <message>
            <source>being hidden ({name})…</source>
            <translation>wordt verborgen ({name})…</translation>
        </message>
        <message>
            <source>being shown again ({name})…</source>
            <translation>wordt weer zichtbaar gemaakt ({name})…</translation>
        </message>
        <message>
            <source>being deleted ({name})…</source>
            <translation>wordt verwijderd ({name})…</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <source>Show again</source>
            <translation>Weer tonen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
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
            <source>as a human agent (HUMAN_AGENT tag)</source>
            <translation>als medewerker (HUMAN_AGENT-tag)</translation>
        </message>
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
        <name>UnconfirmedPanel</name>
        <message>
            <source>Marked as sent.</source>
            <translation>Gemarkeerd als verstuurd.</translation>
        </message>
        <message>
            <source>Queued to be sent again.</source>
            <translation>Staat klaar om opnieuw te worden verstuurd.</translation>
        </message>
        <message>
            <source>Send this reply again?</source>
            <translation>Dit antwoord opnieuw versturen?</translation>
        </message>
        <message>
            <source>Only if it is not on {platform}: otherwise the resident gets it twice.</source>
            <translation>Alleen als het niet op {platform} staat: anders krijgt de bewoner het twee keer.</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Opnieuw versturen</translation>
        </message>
        <message>
            <source>Replies that are not confirmed</source>
            <translation>Antwoorden die niet bevestigd zijn</translation>
        </message>
    </context>
    <context>
        <name>UnconfirmedRow</name>
        <message>
            <source>⚠ Not confirmed: “{text}”</source>
            <translation>⚠ Niet bevestigd: “{text}”</translation>
        </message>
        <message>
            <source>Webcare never sends it again by itself: look on {platform}, then choose.</source>
            <translation>Webcare verstuurt het nooit vanzelf opnieuw: kijk op {platform} en kies dan.</translation>
        </message>
        <message>
            <source>Check on {platform}</source>
            <translation>Bekijk op {platform}</translation>
        </message>
        <message>
            <source>This account does not talk to the real {platform} (a demo or test account).</source>
            <translation>Dit account praat niet met het echte {platform} (een demo- of testaccount).</translation>
        </message>
        <message>
            <source>It is there: sent</source>
            <translation>Het staat er: verstuurd</translation>
        </message>
        <message>
            <source>It is not there: send again…</source>
            <translation>Het staat er niet: opnieuw versturen…</translation>
        </message>
        <message>
            <source>Mark the reply as sent</source>
            <translation>Markeer het antwoord als verstuurd</translation>
        </message>
        <message>
            <source>Send the reply once more (sending started {time})</source>
            <translation>Verstuur het antwoord nog eens (versturen begon {time})</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Niet bevestigd</translation>
        </message>
        <message>
            <source>Sending was interrupted and {platform} shows no copy: it may have arrived, or not.</source>
            <translation>Het versturen werd onderbroken en {platform} toont geen kopie: het kan zijn aangekomen, of niet.</translation>
        </message>
        <message>
            <source>A reply with the same text went out at the same time: which copy on {platform} is which cannot be told.</source>
            <translation>Een antwoord met dezelfde tekst ging tegelijk de deur uit: welke kopie op {platform} bij welk antwoord hoort, valt niet te zeggen.</translation>
        </message>
        <message>
            <source>{platform} shows this text more than once here: which copy is this reply cannot be told.</source>
            <translation>{platform} toont deze tekst hier meer dan eens: welke kopie dit antwoord is, valt niet te zeggen.</translation>
        </message>
        <message>
            <source>The only copy on {platform} is an earlier reply with the same text: this one may not have arrived.</source>
            <translation>De enige kopie op {platform} is een eerder antwoord met dezelfde tekst: dit antwoord is misschien niet aangekomen.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <source>the login name, e.g. anna.dejong</source>
            <translation>de inlognaam, bijv. anna.dejong</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Gebruiker toevoegen</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Gebruikersnaam:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>Roles of {name}</source>
            <translation>Rollen van {name}</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Rollen:</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actief</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>gedeactiveerd</translation>
        </message>
    </context>
    <context>
        <name>UsersSection</name>
        <message>
            <source>React&amp;ivate</source>
            <translation>Heract&amp;iveren</translation>
        </message>
        <message>
            <source>Reactivate the chosen user</source>
            <translation>De gekozen gebruiker heractiveren</translation>
        </message>
        <message>
            <source>Deact&amp;ivate</source>
            <translation>Deact&amp;iveren</translation>
        </message>
        <message>
            <source>Deactivate the chosen user</source>
            <translation>De gekozen gebruiker deactiveren</translation>
        </message>
        <message>
            <source>Deactivated users keep their history and can do nothing. A user can hold several roles.</source>
            <translation>Gedeactiveerde gebruikers houden hun geschiedenis en kunnen niets meer doen. Een gebruiker kan meer rollen hebben.</translation>
        </message>
        <message>
            <source>Only an administrator adds users and changes their roles.</source>
            <translation>Alleen een beheerder voegt gebruikers toe en wijzigt hun rollen.</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Gebruikers en rollen</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Gebruikers</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>Gebr&amp;uiker toevoegen…</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Gebruiker toevoegen</translation>
        </message>
        <message>
            <source>&amp;Roles…</source>
            <translation>&amp;Rollen…</translation>
        </message>
        <message>
            <source>Change the roles of the chosen user</source>
            <translation>De rollen van de gekozen gebruiker wijzigen</translation>
        </message>
    </context>
    <context>
        <name>VariantTab</name>
        <message>
            <source>Text for {platform}</source>
            <translation>Tekst voor {platform}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <source>{n} of {limit} characters</source>
            <translation>{n} van {limit} tekens</translation>
        </message>
        <message>
            <source>(links count 23, emoji 2)</source>
            <translation>(links tellen 23, emoji 2)</translation>
        </message>
        <message>
            <source>{n} of 30 hashtags</source>
            <translation>{n} van 30 hashtags</translation>
        </message>
    </context>
    <context>
        <name>WhenFields</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time (Europe/Amsterdam)</source>
            <translation>Tijd (Europe/Amsterdam)</translation>
        </message>
        <message>
            <source>the first (summer time)</source>
            <translation>de eerste (zomertijd)</translation>
        </message>
        <message>
            <source>the second (winter time)</source>
            <translation>de tweede (wintertijd)</translation>
        </message>
        <message>
            <source>Which of the two</source>
            <translation>Welke van de twee</translation>
        </message>
        <message>
            <source>Do not publish after</source>
            <translation>Niet publiceren na</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Niet herhalen</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Elke week</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Elke twee weken</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Elke maand</translation>
        </message>
        <message>
            <source>Every working day</source>
            <translation>Elke werkdag</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Herhalen</translation>
        </message>
        <message>
            <source>no end</source>
            <translation>geen einde</translation>
        </message>
        <message>
            <source> times</source>
            <translation> keer</translation>
        </message>
        <message>
            <source>How many times</source>
            <translation>Hoe vaak</translation>
        </message>
        <message>
            <source>When (Europe/Amsterdam):</source>
            <translation>Wanneer (Europe/Amsterdam):</translation>
        </message>
        <message>
            <source>Deadline:</source>
            <translation>Uiterlijk:</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>Herhalen:</translation>
        </message>
        <message>
            <source>This time does not exist: the clocks go forward an hour that night.</source>
            <translation>Deze tijd bestaat niet: die nacht gaat de klok een uur vooruit.</translation>
        </message>
        <message>
            <source>This time happens twice (the clocks go back an hour): which one?</source>
            <translation>Deze tijd komt twee keer voor (de klok gaat een uur terug): welke bedoelt u?</translation>
        </message>
    </context>
    <context>
        <name>page</name>
        <message>
            <source>Move post</source>
            <translation>Bericht verplaatsen</translation>
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
