<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccountTexts</name>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs re-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polled every {seconds} seconds; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform no longer accepts the token, so nothing is read or sent. Get a new token from the platform and choose Re-authorise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform asked us to wait until {until}; polling goes on by itself then. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling failed several times and is retried with growing pauses. Choose Check to ask the platform now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is read or sent for this account until you resume polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform said: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stream} waits until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stream} between {start} and {end} may be missing: look on {platform} itself, then choose Dismiss gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and wait in quarantine: open Quarantine to see why, and retry them after an update.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That item is no longer in quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs its handle or page name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s id of the account is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address is an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Instagram account needs the id of the Facebook Page it is linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Instagram account takes a Page id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page id is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a token: one word, or a JSON object of OAuth keys (X).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop cannot store credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In quarantine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Checking the account with the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform accepts the token: it belongs to @{handle}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}? Its conversations and messages are deleted from Webcare and its token from the keyring. Nothing changes on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Quarantine (%n)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good poll: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts Webcare reads and answers. Choose one to see its health and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator connects and manages accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conn&amp;ect account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chosen account with the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-a&amp;uthorise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Action, e.g. resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object, e.g. resident:12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at event {seq} ({problem}): report it as a security incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wk {a}-{b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wk {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for this platform ({detail} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many hashtags for Instagram ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Instagram post needs an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram takes images from a public web address only: Meta fetches the image itself, so a file on this computer cannot be posted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image per post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has no alt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not a web address: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image address is not a web address: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare cannot post images on X yet; remove the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time does not exist: the clocks go forward an hour that night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time happens twice (the clocks go back an hour): choose which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline cannot be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is before the post&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repetition cannot be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s login is no longer accepted: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram&apos;s publishing quota is used up ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram&apos;s publishing quota could not be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail} is no buurt (BU and 8 digits) or wijk (WK and 6 digits) of the postcode table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is being published right now and cannot be changed; try again when it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not apply to a post that is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not imported: {n} bad rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>Posts on {day}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wk {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%n more</source>
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
        <source>&amp;New post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ draft · ◷ scheduled · ✓ published · ‖ held · ? unconfirmed · ⚠ missed · ✗ failed · ⊘ cancelled · ! the pre-flight found a problem (dashed) · red: needs a decision · pale: a coming repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new campaign: Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post needs a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-flight found a problem with a post of yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the campaign should achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buurt or wijk codes, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedDialog</name>
    <message>
        <source>Edit canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. afval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {{naam}} the resident&apos;s name, {{medewerker}} your name, {{datum}} today&apos;s date. At most {count} characters. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcut (type /shortcut):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedSettings</name>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned replies yet. Add answers the team gives often; in the composer, type / and the shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>wk {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosedDaysModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public holiday (Cao Gemeenten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s closing day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingDayDialog</name>
    <message>
        <source>Add a closing day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Collective closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingDays</name>
    <message>
        <source>Closing days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;closing day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a closing day for the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen closing day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On these days the waiting clock stands still for every account. The team&apos;s own closing days apply to every account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this code to {name}. They send it from the account to be linked, by direct message or in a reply to the municipality. The inbox recognises it and offers the link. The code works once, until {until}; it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a reply… (/ for a canned reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note… (@ to mention a colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role lets you read conversations, not answer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only colleagues see internal notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} of {limit} characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s).</source>
        <translation>
            <numerusform>Too long by %n character.</numerusform>
            <numerusform>Too long by %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Public reply on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct message on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has held this conversation since {time}. Sending a reply asks you to confirm, so that the resident is not answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply
{keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note
{keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter; Shift+Ctrl+Enter sends and closes the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only colleagues see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the reply cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buurt or wijk codes, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image file (Facebook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a public web address (Instagram needs one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the image shows, for people who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram fetches the image from a public web address (for example the municipality&apos;s website); a file on this computer cannot be posted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants per account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the accounts to post on: each gets a tab here with its own text, the platform&apos;s limits and a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this post on every account? It will not be published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for colleagues, e.g. Gemeente op X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X user id, Facebook Page id or Instagram account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked Facebook Page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty for the platform itself, or the sandbox&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook and Instagram: the Page access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;Page id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token goes into this computer&apos;s keyring, never into the database. Check the account after connecting it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only what the resident agreed to. Each purpose is a consent of its own; saying no has no consequences for the resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident saw: {title} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan number, form id or message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>No longer in this queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} over target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {time} left · breaches soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one from the list (J and K move through it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to {name} since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clai&amp;m (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign this conversation to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a colleague or unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pending, snooze or reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the failed replies again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close or reopen the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending (waiting for the resident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until the next working morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Conversation thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationWork</name>
    <message>
        <source>This conversation is already yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over this conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has held this conversation since {time}. Take it over? They will see that you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a colleague&apos;s conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds this conversation. Send your reply anyway? Make sure the resident is not answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the canned reply /{shortcut} for the whole team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionCounter</name>
    <message>
        <source>⚠ 1 post needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {n} posts need a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Posts that need a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It &amp;is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare does not know whether this post reached the platform. Check the account&apos;s page: if it is there, choose &quot;It is there&quot;; if not, publish it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post was not published before its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post was held; the hold has been released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name}? The profile, every consent, the contact details and the linked accounts are deleted, and the name, e-mail address, phone number and handles are removed from the messages. The conversations stay, unlinked, until their retention term. A deletion record without personal data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident asked for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident withdrew consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood (wijk or buurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations linked, with the resident&apos;s consent, to a resident who lives in this wijk or buurt (CBS codes; in brackets: how many linked residents live there). Conversations without a link are in none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk {code} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt {code} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldBanner</name>
    <message>
        <source>all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLISHING IS HELD ({scope}) since {since}: {reason}. Nothing is published until the hold is released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Hold all publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. calamity in the city centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is published while the hold is on. Releasing it asks you about every held post: publish now, reschedule or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Importing replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {created}, updated {updated}, skipped {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {field} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the postcode table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS postcode file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {rows} addresses of the {year} division; {skipped} lines skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {code} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode table imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxErrors</name>
    <message>
        <source>{name} already holds this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This label no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs a name of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another label has that name already: merge the two instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the colours offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another label to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That colleague cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: the conversation changed since (a new message, or a colleague).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is too long for this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform cannot send this kind of reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window for direct messages has closed: the platform does not allow a reply until the resident writes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the resident&apos;s last message: only a human agent&apos;s answer with the HUMAN_AGENT tag can still be sent (up to 7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a direct message on Messenger or Instagram can carry the HUMAN_AGENT tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resident message to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply cannot be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment already has a private reply; the platform allows only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply was settled meanwhile (by a colleague, or its copy turned up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shortcut is one word of lower-case letters, digits, - and _ (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another canned reply already has this shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the canned reply a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long (at most {count} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text of the canned reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long (at most {count} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This canned reply no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxNotifier</name>
    <message>
        <source>Webcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in the queues you follow</source>
        <translation>
            <numerusform>%n new message in the queues you follow</numerusform>
            <numerusform>%n new messages in the queues you follow</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a note about the conversation with {resident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message from {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxSettings</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification for new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about {queue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After sending a reply, open the next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications are only shown within the team&apos;s office hours (Service policy, below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSettings</name>
    <message>
        <source>{name} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, on {count} conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this label on its conversations instead of “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Take “{name}” off %n conversation(s) and delete it for the whole team?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels yet. Add one to a conversation with Tags (L), New tag…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListHeading</name>
    <message>
        <source>filtered by: {filters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: more than {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: 1 conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: {count} conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages, names and handles (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
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
        <source>DEMO: residents are simulated by the sandbox and nothing reaches a real platform; the database is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: {url}</source>
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
        <source>Polling and sending: this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling and sending: {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling and sending: nobody; replies wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagingWindow</name>
    <message>
        <source>Cannot send: the messaging window has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 24 hours only as a human agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} only allows a direct message within 24 hours of the resident&apos;s last message, and there is none: a reply cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}: direct messages are possible until {time} (24 hours after the resident&apos;s last message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}: the 24-hour window closed at {time}. Until {until} only a person&apos;s own answer may go, with the HUMAN_AGENT tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} only allows a direct message within 24 hours of the resident&apos;s last message, and a human agent&apos;s answer up to 7 days. That closed at {until}: a reply cannot be sent until the resident writes again. An internal note is still possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply as a human &amp;agent
(HUMAN_AGENT tag, up to 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a human answer to the resident&apos;s question: Meta allows it up to 7 days after their last message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationTexts</name>
    <message>
        <source>That message no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only comments on Facebook and Instagram can be hidden or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resident&apos;s comment can be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a comment of the account itself can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not on the platform (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is already being done to this comment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Webcare — live overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the target, or within 30 minutes of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works on what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{over} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest wait (office time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: {assigned} assigned · {pending} pending · {snoozed} snoozed   |   {channels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wait} · {where} · {who} · since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is about to breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
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
    <name>PolicySection</name>
    <message>
        <source>The whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= {hours} h of office time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= {hours} h {minutes} min of office time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {part} is not an opening range. Write the hours as 08:30-12:30, 13:00-17:00, or leave the day empty when closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same for every desktop: waiting times count only office time (Europe/Amsterdam), and notifications are shown within it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has its own office hours and response target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> office minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response target in office minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on the holidays of the Cao Gemeenten (not on Good Friday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day, Easter Monday, King&apos;s Day, Liberation Day (every year), Ascension Day, Whit Monday and Christmas: the waiting clock stands still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostList</name>
    <message>
        <source>Posts in time order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostcodeView</name>
    <message>
        <source>Import the CBS file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBS file &apos;buurt, wijk en gemeente per postcode en huisnummer&apos; links every address to its neighbourhood. A new year replaces the old one in one go; the residents&apos; neighbourhoods move with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division {year}: {rows} addresses ({coordinates} with coordinates), from {file}, imported {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts and conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looked, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue verification code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request (export)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a resident on the left, or make a new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident {id} · since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} {handle}, verified {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation {id} on {platform}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linked conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the postcode table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt {buurt}, wijk {wijk}, gemeente {gemeente} (division {year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verification code is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code came in on {day} (conversation {id}): link it from the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was issued on {day}; it has not come in yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Quarantine of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry every quarantined item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this account is in quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) read and stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still cannot be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>{queue}: more than {count} conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{queue}: %n conversation(s)</source>
        <translation>
            <numerusform>{queue}: %n conversation</numerusform>
            <numerusform>{queue}: %n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReauthoriseDialog</name>
    <message>
        <source>Re-authorise {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Skipped lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {n} ({first} – {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the platform itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are office time by each account&apos;s service policy unless marked wall-clock. Counted on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations per day, by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog at the end of each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When residents write (hour × weekday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darker: more conversations (at most {n} in one hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog at the end of the period: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest: {day} {hour}:00, {n} conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood (wijk or buurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts, channels, agents and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall-clock {wall}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (wall-clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (wall-clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume and backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When residents write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times and volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare report: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare report {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {m}; target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per channel as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row per conversation (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export does not exist: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation starts a round with the resident&apos;s first message. When a resident writes again after it was closed, the conversation reopens and a new round starts at that message. A round ends when it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first message of a round to the first reply by a person: sent from Webcare (counted when the platform accepted it) or made on the platform itself. Internal notes and automatic messages never count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each later wait in a round: from a resident&apos;s message that nobody had answered yet to the next reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first message of a round to its close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the time the team is open counts, by the service policy of the conversation&apos;s account: its opening hours per weekday (a lunch break is not counted), the Cao Gemeenten&apos;s holidays (Good Friday is a working day; 5 May is not), and the team&apos;s own closing days, in Europe/Amsterdam time. Wall-clock time counts every second. When the policy changes, the figures of the past are counted again with the new policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of rounds answered within the response target in office time, of those whose outcome is known: answered, or not answered while the target has passed. A round closed without a reply before its target needed no answer and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds that started in the period: new conversations and reopened ones. Handled: of those, the ones answered or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds still open (not closed; pending and snoozed ones included) at the end of the period, or now for a period that is not over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median and 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the waits were shorter than the median, nine in ten shorter than the 90th percentile; between two values they are interpolated as a spreadsheet&apos;s MEDIAN and PERCENTILE do. The per-conversation CSV export lets anyone count them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who handled a round: who gave its first response, else who held it when it was closed, else who holds it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CBS wijk or buurt. Filtered by one, a report counts only the conversations linked to a resident who lives there: linked with the resident&apos;s consent and a verified account, as the resident profile shows them. A conversation without a link (never linked, or the consent was withdrawn) is in no neighbourhood, but counts in the report without this filter.</source>
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
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definitions of every figure (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a wall screen (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are for supervisors and administrators; your role does not allow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office time; wall-clock {wall}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {m}; target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} handled, {m} closed without a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted {when}; times in office time of each account&apos;s service policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>An access or erasure request is answered within one month of receipt. Making the access request (export) marks it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show answered ones too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentChanges</name>
    <message>
        <source>Consent withdrawn: {purpose}. It stopped at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is on the list, with its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request written: {json} and {pdf}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is erased. A deletion record was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Change the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12, 12a or 12 A 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentPanel</name>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to this resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident withdraws consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a resident to link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a resident to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents found, and whether they can be linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the chosen resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident beside the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sent the verification code of {name} on {when}. Link the conversation to their profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a resident. A conversation is linked only with the resident&apos;s consent and a verified account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt {code} ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: {purposes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsErrors</name>
    <message>
        <source>{field} {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent for this purpose to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That notice version exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resident no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version of the consent notice is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
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
        <source>Find by name or postcode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role sees a resident&apos;s profile beside a linked conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowDescription</name>
    <message>
        <source>waiting {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
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
<context>
    <name>ShortcutOverview</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the conversation to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a colleague or unassign (menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pending, snooze or reopen (menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the priority (menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove tags (menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTexts</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers residents in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans posts on the calendar; may read the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works the inbox, exports it, sets the service policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers access and erasure requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages users, roles and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a user {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is one word of lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role; deactivate them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the last active administrator: make someone else administrator first, so that somebody can still manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response target is between 1 minute and 4 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two opening ranges of one day overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing day needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing day&apos;s name is at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That closing day was already removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation set to pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} over the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left}, breaches within half an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown again by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiding refused (asked by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing again refused (asked by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting refused (asked by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being hidden ({name})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being shown again ({name})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being deleted ({name})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail me about my neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact me about activation campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal records database (BRP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS postcode table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: neighbourhood e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ja/nee or yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the wrong number of columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent for linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for linking was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for linking has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has not sent the resident&apos;s verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is verified for another resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is linked to another resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has no resident&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frisian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papiamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued a verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received the verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified account wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the profile up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden for your role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>as a human agent (HUMAN_AGENT tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>Webcare: %n unassigned</source>
        <translation>
            <numerusform>Webcare: %n unassigned</numerusform>
            <numerusform>Webcare: %n unassigned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnconfirmedPanel</name>
    <message>
        <source>Marked as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this reply again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if it is not on {platform}: otherwise the resident gets it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies that are not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnconfirmedRow</name>
    <message>
        <source>⚠ Not confirmed: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcare never sends it again by itself: look on {platform}, then choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not talk to the real {platform} (a demo or test account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is there: sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not there: send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the reply as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply once more (sending started {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was interrupted and {platform} shows no copy: it may have arrived, or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply with the same text went out at the same time: which copy on {platform} is which cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} shows this text more than once here: which copy is this reply cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only copy on {platform} is an earlier reply with the same text: this one may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login name, e.g. anna.dejong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>React&amp;ivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate the chosen user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deact&amp;ivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the chosen user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated users keep their history and can do nothing. A user can hold several roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator adds users and changes their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the roles of the chosen user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantTab</name>
    <message>
        <source>Text for {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(links count 23, emoji 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of 30 hashtags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenFields</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (Europe/Amsterdam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first (summer time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second (winter time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not publish after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (Europe/Amsterdam):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time does not exist: the clocks go forward an hour that night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time happens twice (the clocks go back an hour): which one?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Move post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Register a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
