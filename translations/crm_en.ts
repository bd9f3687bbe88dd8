<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DocumentsPage</name>
    <message numerus="yes">
        <location filename="../crm_desktop/ui/pages/documents_page.py" line="+158"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <location filename="../crm_desktop/ui/pages/duplicates_page.py" line="+197"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n likely duplicate pair</numerusform>
            <numerusform>%n likely duplicate pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailsPage</name>
    <message numerus="yes">
        <location filename="../crm_desktop/ui/pages/emails_page.py" line="+160"/>
        <source>Queued, %n attempt(s)</source>
        <translation>
            <numerusform>Queued, %n attempt</numerusform>
            <numerusform>Queued, %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+154"/>
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n message sent</numerusform>
            <numerusform>%n messages sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still in the Outbox (see the error there)</source>
        <translation>
            <numerusform>%n still in the Outbox (see the error there)</numerusform>
            <numerusform>%n still in the Outbox (see the errors there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Fetching cancelled: %n new message(s) kept; the next fetch goes on from there</source>
        <translation>
            <numerusform>Fetching cancelled: %n new message kept; the next fetch goes on from there</numerusform>
            <numerusform>Fetching cancelled: %n new messages kept; the next fetch goes on from there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new message(s) fetched</source>
        <translation>
            <numerusform>%n new message fetched</numerusform>
            <numerusform>%n new messages fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n message imported</numerusform>
            <numerusform>%n messages imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <location filename="../crm_desktop/ui/documents/letter_dialog.py" line="+256"/>
        <source>%n letter(s) written to {0}</source>
        <translation>
            <numerusform>%n letter written to {0}</numerusform>
            <numerusform>%n letters written to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../crm_desktop/ui/pages/list_page.py" line="+149"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Move %Ln record(s) to the Trash? You can restore them from there.</source>
        <translation>
            <numerusform>Move %Ln record to the Trash? You can restore it from there.</numerusform>
            <numerusform>Move %Ln records to the Trash? You can restore them from there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message numerus="yes">
        <location filename="../crm_desktop/ui/mail/viewer.py" line="+194"/>
        <source>Waiting in the outbox, %n attempt(s)</source>
        <translation>
            <numerusform>Waiting in the outbox, %n attempt</numerusform>
            <numerusform>Waiting in the outbox, %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n remote image(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n remote image blocked to protect your privacy.</numerusform>
            <numerusform>%n remote images blocked to protect your privacy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceIndicator</name>
    <message numerus="yes">
        <location filename="../crm_desktop/ui/presence_indicator.py" line="+56"/>
        <source>%n other(s) working: {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location filename="../crm_desktop/ui/pages/trash_page.py" line="+150"/>
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>%Ln deleted record</numerusform>
            <numerusform>%Ln deleted records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Delete %Ln record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln record for good? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln records for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Delete all %Ln record(s) in the Trash for good, of every type? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %Ln record in the Trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %Ln records in the Trash for good, of every type? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
