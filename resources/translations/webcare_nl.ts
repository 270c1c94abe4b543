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
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Every mention, reply, comment and direct message from X, Facebook and Instagram in one queue: claim a conversation, answer it, tag it and close it.</source>
        <translation>Elke vermelding, reactie, opmerking en elk privébericht van X, Facebook en Instagram in één wachtrij: neem een gesprek op je, beantwoord het, label het en sluit het af.</translation>
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
        <source>DEMO: a throwaway database that is deleted when you quit. Nothing here reaches a real platform.</source>
        <translation>DEMO: een tijdelijke database die bij afsluiten wordt verwijderd. Niets hiervan bereikt een echt platform.</translation>
    </message>
    <message>
        <source>About Webcare</source>
        <translation>Over Webcare</translation>
    </message>
    <message>
        <source>Webcare {version}
One inbox for the municipality&apos;s social media.</source>
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
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Response times and volumes per channel, account and agent, measured in office hours against the municipality&apos;s service norm.</source>
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
</TS>
