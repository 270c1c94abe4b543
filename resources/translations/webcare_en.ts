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
    <message>
        <source>Cannot send: the 24-hour window has closed.</source>
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
        <source>{platform} only allows a direct message within 24 hours of the resident&apos;s last message, and there is none: a reply cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} only allows a direct message within 24 hours of the resident&apos;s last message. That window closed at {time}: a reply cannot be sent until the resident writes again. An internal note is still possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}: direct messages are possible until {time} (24 hours after the resident&apos;s last message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the reply cannot be sent</source>
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
        <source>waiting {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting {time} · due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting {time} · overdue</source>
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
        <source>Snooze until tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until Monday morning</source>
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
    <name>ConversationListModel</name>
    <message>
        <source>waiting {time}, over the response target</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until:</source>
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
        <source>Search results for “{text}” in all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxSettings</name>
    <message>
        <source>Not a date: {parts}. Write dates as 24-12-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
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
        <source>Office day: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours end</source>
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
        <source>Notifications are only shown within office hours (Europe/Amsterdam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on the holidays of the Cao Gemeenten (not on Good Friday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day, Easter, King&apos;s Day, Liberation Day (every year), Ascension Day, Whitsun and Christmas: the waiting clock stands still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra closing days</source>
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
    <name>PlaceholderPage</name>
    <message>
        <source>Not available yet: this part of Webcare is still being built.</source>
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
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
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
</context>
<context>
    <name>ThreadView</name>
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
</TS>
