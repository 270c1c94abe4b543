<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>This database was upgraded by a newer version of Webcare (schema revision {revision}; this version knows up to {head}). Install the newer version, or choose another database with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare cannot start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan proactive posts for every account on a calendar, send them for review, and let Webcare publish them on time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mention, reply, comment and direct message from X, Facebook and Instagram in one queue: claim a conversation, answer it, tag it and close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The translation could not be loaded; showing English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Webcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO: a throwaway database that is deleted when you quit. Nothing here reaches a real platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Webcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare {version}
One inbox for the municipality&apos;s social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: none connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accounts: %n of {total} need attention</source>
        <translation>
            <numerusform>Accounts: %n of {total} needs attention</numerusform>
            <numerusform>Accounts: %n of {total} need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts: %n rate limited, waiting</source>
        <translation>
            <numerusform>Accounts: %n rate limited, waiting</numerusform>
            <numerusform>Accounts: %n rate limited, waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts: %n connected, all working</source>
        <translation>
            <numerusform>Accounts: %n connected, working</numerusform>
            <numerusform>Accounts: %n connected, all working</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available yet: this part of Webcare is still being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times and volumes per channel, account and agent, measured in office hours against the municipality&apos;s service norm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident profiles with their consent records: conversations are linked to a profile only where the resident agreed, with access and erasure on request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
