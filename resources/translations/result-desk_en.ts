<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchCli</name>
    <message numerus="yes">
        <source>%n rows: %1 ready, %2 with problems.</source>
        <translation>
            <numerusform>%n row: %1 ready, %2 with problems.</numerusform>
            <numerusform>%n rows: %1 ready, %2 with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when the batch stopped: their outcome is unknown; they are not sent again (--resend-unknown to send them).</source>
        <translation>
            <numerusform>%n row was being sent when the batch stopped: its outcome is unknown; it is not sent again (--resend-unknown to send it).</numerusform>
            <numerusform>%n rows were being sent when the batch stopped: their outcome is unknown; they are not sent again (--resend-unknown to send them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n row(s) to send, %2 already written.</source>
        <translation>
            <numerusform>Batch %1: %n row to send, %2 already written.</numerusform>
            <numerusform>Batch %1: %n rows to send, %2 already written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRows</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) done, %2 left</source>
        <translation>
            <numerusform>%1 of %n row done, %2 left</numerusform>
            <numerusform>%1 of %n rows done, %2 left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written, %n warning(s)</source>
        <translation>
            <numerusform>Written, %n warning</numerusform>
            <numerusform>Written, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>%n row checked.</numerusform>
            <numerusform>%n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n row(s)</source>
        <translation>
            <numerusform>&amp;Send %n row</numerusform>
            <numerusform>&amp;Send %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kombo may already have written %n row(s): the connection ended before its answer came. Check Kombo&apos;s log first; sending again may write them twice.</source>
        <translation>
            <numerusform>Kombo may already have written %n row: the connection ended before its answer came. Check Kombo&apos;s log first; sending again may write it twice.</numerusform>
            <numerusform>Kombo may already have written %n rows: the connection ended before their answers came. Check Kombo&apos;s log first; sending again may write them twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 ready, %2 with problems</source>
        <translation>
            <numerusform>%n row: %1 ready, %2 with problems</numerusform>
            <numerusform>%n rows: %1 ready, %2 with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message numerus="yes">
        <source>%n error(s) happened in a row.</source>
        <translation>
            <numerusform>%n error happened.</numerusform>
            <numerusform>%n errors happened in a row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>Written, %n warning(s)</source>
        <translation>
            <numerusform>Written, %n warning</numerusform>
            <numerusform>Written, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%Ln send(s)</source>
        <translation>
            <numerusform>%Ln send</numerusform>
            <numerusform>%Ln sends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n send(s) to %1</source>
        <translation>
            <numerusform>Exported %n send to %1</numerusform>
            <numerusform>Exported %n sends to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. No send is older than %n day(s).</source>
        <translation>
            <numerusform>Saved. No send is older than %n day.</numerusform>
            <numerusform>Saved. No send is older than %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n send(s) older than %1 from the history?</source>
        <translation>
            <numerusform>Delete %n send older than %1 from the history?</numerusform>
            <numerusform>Delete %n sends older than %1 from the history?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n old send(s).</source>
        <translation>
            <numerusform>Deleted %n old send.</numerusform>
            <numerusform>Deleted %n old sends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation>
            <numerusform>%n retry</numerusform>
            <numerusform>%n retries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Result written with %n warning(s).</source>
        <translation>
            <numerusform>Result written with %n warning.</numerusform>
            <numerusform>Result written with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s) before this answer.</source>
        <translation>
            <numerusform>%n retry before this answer.</numerusform>
            <numerusform>%n retries before this answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersFilterBar</name>
    <message numerus="yes">
        <source>%n order ID(s)</source>
        <translation>
            <numerusform>%n order ID</numerusform>
            <numerusform>%n order IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message numerus="yes">
        <source>%n order(s) loaded</source>
        <translation>
            <numerusform>%n order loaded</numerusform>
            <numerusform>%n orders loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search looks at the %n order(s) loaded so far.</source>
        <translation>
            <numerusform>The search looks at the %n order loaded so far.</numerusform>
            <numerusform>The search looks at the %n orders loaded so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 match(es) the search</source>
        <translation>
            <numerusform>%n of %1 matches the search</numerusform>
            <numerusform>%n of %1 match the search</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultEditor</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamScope</name>
    <message numerus="yes">
        <source>%n send(s) shown</source>
        <translation>
            <numerusform>%n send shown</numerusform>
            <numerusform>%n sends shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message numerus="yes">
        <source>Team history: %n record(s) waiting</source>
        <translation>
            <numerusform>Team history: %n record waiting</numerusform>
            <numerusform>Team history: %n records waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team history: unreachable since %1 — %n record(s) waiting</source>
        <translation>
            <numerusform>Team history: unreachable since %1 — %n record waiting</numerusform>
            <numerusform>Team history: unreachable since %1 — %n records waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
