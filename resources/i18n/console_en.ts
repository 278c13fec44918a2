<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EscalateDialog</name>
    <message numerus="yes">
        <location filename="../../widgets/escalate_dialog.py" line="257" />
        <location filename="../../widgets/escalate_dialog.py" line="279" />
        <source>… and %n more ticket(s)</source>
        <translation>
            <numerusform>… and %n more ticket</numerusform>
            <numerusform>… and %n more tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/escalate_dialog.py" line="260" />
        <source>Warning: %n of these tickets do not match the reason “%1”: %2</source>
        <translation>
            <numerusform>Warning: %n of these tickets does not match the reason “%1”: %2</numerusform>
            <numerusform>Warning: %n of these tickets do not match the reason “%1”: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPane</name>
    <message numerus="yes">
        <location filename="../../widgets/register_pane.py" line="255" />
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Supervising</name>
    <message numerus="yes">
        <location filename="../../widgets/supervising.py" line="378" />
        <source>Urged %n ticket(s): %1</source>
        <translation>
            <numerusform>Urged %n ticket: %1</numerusform>
            <numerusform>Urged %n tickets: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/supervising.py" line="382" />
        <source>Escalated %n ticket(s) to %1: %2</source>
        <translation>
            <numerusform>Escalated %n ticket to %1: %2</numerusform>
            <numerusform>Escalated %n tickets to %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/supervising.py" line="385" />
        <source>Noted on %n ticket(s): %1</source>
        <translation>
            <numerusform>Noted on %n ticket: %1</numerusform>
            <numerusform>Noted on %n tickets: %1</numerusform>
        </translation>
    </message>
</context>
</TS>