<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a link (data_url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments. Drop files here, add files ({files}) or add a link ({link}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to attach (at most {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (row {number}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.rtf *.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link was added: at most {max} attachments can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} attachments can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder; add the files in it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not added: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {size}; at most {max} can be sent inline (send a link to it instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not added: at most {max} attachments can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not added: with it the attachments would be {size}; at most {max} can be sent in one result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size}: above {warn} an upload is slow and some ATSs refuse it; a link to the file (data_url) is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not added: it is already attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed since it was added. Remove it and add it again to send it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is gone. Remove it, or add it again from where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is no longer a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inline data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size}; at most {max} can be sent inline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the ATS shows. F2 to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name the ATS shows (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of file it is, e.g. application/pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file on this computer, or the link Kombo downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} is generic; the ATS may not open the file. Choose a meaningful type such as application/pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a text attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the attribute up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the attribute down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attributes. Add a text attribute ({text}) or a sub-result ({sub}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: a label and a value. Sub-result: a scored part of the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your internal ID of the test (sub-results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the ATS shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text the ATS shows (text attributes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score reached (sub-results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest possible score, at least 1 (sub-results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed or cancelled (sub-results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by text attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by sub-results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number}, {type}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchEntry</name>
    <message>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchMapping</name>
    <message>
        <source>Time zone of dates without an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates without an offset are in &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to save it as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;pping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping “%1” applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRows</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows done, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written, %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSend</name>
    <message>
        <source>Cancelling: the rows being sent finish, no new row starts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Kombo&apos;s log of this request (right-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV, XLSX or ODS sheet, one row per order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check with Kombo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the orders up: candidate and status beside each row; flags orders that do not exist or are no longer OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sheet of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet&apos;s batch of %1 stopped before every row was written: %2 written, %3 left to send, %4 of unknown outcome. Send continues with the rows not yet written; rows of unknown outcome are sent again only if you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the orders up in Kombo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send rows of unknown outcome again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet was already sent in full (%1): Send starts a new batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Kombo&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this row again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection in the main window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is in the main form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo may already have written %1 row(s): the connection ended before its answer came. Check Kombo&apos;s log first; sending again may write them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping cannot be used yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo knows %1 of the %2 orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch sent: %1 written, %2 failed, %3 unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletedAtEdit</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletedAtField</name>
    <message>
        <source>Completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which occurrence of this local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This local time happens twice (the clocks go back); choose which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the completion time to the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the completion time (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear completion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the assessment was completed or cancelled: your local time (%1) such as 2026-11-30 14:05, or UTC with Z (2026-11-30T13:05:00Z) or an offset (+02:00). Required for COMPLETED and CANCELLED; sent in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (required for Completed and Cancelled). Type e.g. 2026-11-30 14:05 in %1, or UTC with Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · will be sent as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Kombo answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key belongs to environment {env}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo does not know this integration ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the key is complete and not revoked (Kombo dashboard → Secrets). Keys belong to one region: if this customer&apos;s Kombo account is not in the {region} region ({host}), choose its region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo did not accept this API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Kombo API at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo is rate limiting this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works, but too many requests were made; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen CA bundle does not vouch for this server: check that it is your network&apos;s current CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your company&apos;s network inspects HTTPS traffic, choose its CA certificate under “CA bundle”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy did not get through to Kombo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection (and the proxy settings, if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer like Kombo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy settings (HTTPS_PROXY, NO_PROXY). If the proxy inspects HTTPS, choose its CA certificate under “CA bundle”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network or Kombo may be slow; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works, but Kombo found no integration {id} for it. Copy the ID from the integration&apos;s page on Kombo&apos;s dashboard; it belongs to the same environment as the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the key is complete and not revoked, and that {host} is the right server for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} answered 404 for /check-api-key. Check the base URL (it ends with /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} ({status}, {type}). Check the base URL: Kombo&apos;s ends with /v1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is still usable and nothing you typed was lost. The details were written to the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Result Desk did not expect:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors happened in a row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDrafts</name>
    <message>
        <source>Restored your unsent draft from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your unsent draft for order %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not contain a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s “result” is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer Result Desk; update it to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a Result Desk template nor a result body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed since it was added; add it again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>The send history failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send history could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo&apos;s answer to this send was unclear, but a later send of the same order was written: nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo may or may not have written this result. Check Kombo&apos;s log before sending the order again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Send history – Result Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order ID, candidate or error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the main window&apos;s form with this request, to check or change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form with this request and send it to the same order again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep history for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends older than this are deleted at start-up (0: keep everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sends shown as CSV or JSON (attachment details, never the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No send matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sends recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 sends to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be exported to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is kept without a time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. No send is older than %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old sends?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 sends older than %2 days from the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Export them first to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 old sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by Kombo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <source>“%1” is not the file that was sent: its content changed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2, not a regular file (%3); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read within %2 s (%3): check it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every send, what was sent and what Kombo answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no order ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is filled with the send you chose instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” this was sent with no longer exists; choose a connection and send from the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the unsent result for order %1 in the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention before it can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 from %2 is in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” now points at another integration; choose the connection to send to and send from the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo may already have written that result. Check Kombo&apos;s log for this order before sending it again, or the ATS may get it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this order again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Kombo&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last send of order %1 (%2) got no clear answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was sent inline and the history keeps no file content: attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is filled with this send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order stays OPEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send order %1 again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Kombo&apos;s &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsent result for order %1 in the form is replaced by this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is closed as %1; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last send of this order (%1) got no clear answer: Kombo may already have written it. Check Kombo&apos;s log first, or the ATS may get it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send order %1 for %2 again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueRows</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>The key was not stored: {message} See “Keyring” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a key to store it for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOMBO_API_KEY is set: this run uses that key for every connection, and never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in the keyring when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked or unavailable (see “Keyring” below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored {where} — type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored for this connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run uses KOMBO_API_KEY instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to test: paste the API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key from KOMBO_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key kept in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key stored in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyringStatusBox</name>
    <message>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep API keys in memory for this run only (they are forgotten on exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys are kept in memory for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOMBO_API_KEY is set: it is used for this run and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>Link URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: Kombo takes the type the server sends when this is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel adding a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogBox</name>
    <message>
        <source>Send log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every entry from the log panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Send log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo&apos;s answers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongText</name>
    <message>
        <source>This field holds at most %1 characters: the rest was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Result Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the result is sent: the Kombo connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no job name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is %1: its status can no longer change. Kombo may still accept a result with the same status, which is selected below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is unknown: Kombo may or may not have written this result. Check the Kombo log before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo refused the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo answered an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: check the connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The outcome is unknown: check the Kombo log before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result written with %1 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo&apos;s log of this request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: this connection cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not get an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retry(s) before this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo refused the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected, not followed: check the connection&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, retrying in %2 s (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Kombo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment changed during the send: send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo answered with a redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: an attachment changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It began: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 changed while it was being sent. The send was stopped before its end, but Kombo may hold a damaged copy: send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written. The form is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: attachment %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after the whole result was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Result Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write assessment results into applicant tracking systems through Kombo&apos;s API, by hand, quickly and safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the results in a CSV, XLSX or ODS sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Result Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result Desk was started again: this window is the one running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: sending to the local sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Write %1 without thousands separators: use %2 only as the decimal point (e.g. %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLookup</name>
    <message>
        <source>Add a connection to look the order up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the order ID typed beside it, or search the integration&apos;s orders by candidate, job or package (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration %1 has no order with this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 of %2 is in the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersFilterBar</name>
    <message>
        <source>Show %1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show orders with this status; select several to combine them. With none selected, orders of every status are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders created on or after this day (your local midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the created-after date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order IDs, separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order IDs filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Kombo for these orders only. Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 order IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersLoader</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for “%1”. Set KOMBO_API_KEY or store a key for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Orders</source>
        <extracomment>An order was chosen (double-click, Enter or &quot;Use this order&quot;): `Order`. Something for the log panel: (level, text, link or &quot;&quot;). &quot;Create a connection…&quot; on the no-connection page: the Connections dialog is wanted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the orders again from the first page (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search loaded orders: candidate, email, job, package or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search loaded orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load more orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading orders failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more orders failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a connection to see the orders of its integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search looks at the one order loaded so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration has no orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more to search further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Kombo’s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search looks at the %1 orders loaded so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded order matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, retrying in %2 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 match the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading orders: %1, retrying in %2 s (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersTableView</name>
    <message>
        <source>Orders</source>
        <extracomment>An order was chosen (double-click, Enter or &quot;Use this order&quot;): `Order`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy order IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy emails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, reasons, the team history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Anna Keller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every send needs a &amp;reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with your sends in the history and to your team, with this computer&apos;s user and host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when Result Desk is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no team history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the OS keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT_DESK_TEAM_URL is set: this run uses that server, not the one below. What you save here applies when it is unset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host, database and user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>JSON preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command that sends this result (the key as $KOMBO_API_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this result and its order ID as a JSON file (a template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form from a saved JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what will be sent (attachment data shortened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: nothing can be sent until the problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to “{name}”, with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “{name}”; its key moved along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its API key is removed from the keyring too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit and test connections and their API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region} — {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https:// only; http:// is allowed for this computer (e.g. the sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the integration&apos;s details on Kombo&apos;s dashboard: tool:id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integration ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with your company&apos;s CA certificate, for networks that inspect HTTPS. It replaces the built-in list of trusted authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this key in the keyring, replacing the one stored before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Kombo whether this key works (GET /check-api-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this connection (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested with {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA bundle (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.ca-bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this connection when Result Desk starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when Result Desk starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonRow</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is sent (for the history, not Kombo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ZD-48213</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason: your team requires one for every send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteFieldsEditor</name>
    <message>
        <source>SmartRecruiters score label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Overall fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as remote_fields.smartrecruiters.scoreLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitee subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cognitive ability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as remote_fields.recruitee.subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workday assessment status ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Assessment_Status_Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as remote_fields.workday.Assess_Candidate_Data.Candidate_Assessment_Data.Assess_Candidate_Test_Result_Data.Assessment_Test_Status_Reference.Assessment_Status_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other remote fields (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other remote fields, as a JSON object; merged under the fields above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other remote fields (JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote fields JSON error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmartRecruiters score label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitee subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workday status ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other remote fields (JSON): {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column}: expected a JSON object such as {{&quot;key&quot;: &quot;value&quot;}}, not {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultEditor</name>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo assessment order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the assessment order, e.g. GRKdd9dibYKKCrmGRSMJf3wu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection to send the result to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the order ID and the result to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status the order gets. Kombo lets the status change only while the order is OPEN: once it is COMPLETED or CANCELLED it cannot change again, so sending anything but OPEN asks you to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the result in your product (required, http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number such as %1; leave empty to send none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;re:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL as it is sent (RFC 3986)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the send in flight; the form stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1; waiting for Kombo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>&amp;Send result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the result to Kombo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was written at %2 (%3): %4. Write it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send order %1 as %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This closes the order; it cannot be undone. Kombo lets the status change only while the order is OPEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again until Result Desk is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and close the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending order %1 as %2 to %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command copied; it reads the key from $KOMBO_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at %1 (%2). Sending again writes the order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result is being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the result was already sent, Kombo may still write it; check its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sender</name>
    <message>
        <source>The connection&apos;s CA bundle could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for “%1”. Set KOMBO_API_KEY or store a key for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>The desk&apos;s history is not open yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamGuard</name>
    <message>
        <source>Sent from another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was sent from another desk in the last 24 hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team history could not be checked for other desks&apos; sends to order %1 (%2); sending anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamScope</name>
    <message>
        <source>Order ID, candidate, operator, reason or ticket — Enter searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the team history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team history is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk&apos;s sends on the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team history is configured: set it in Edit → Preferences → Team history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>&amp;Undo new result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous result is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the remote fields first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other remote fields are not valid JSON (%1), so they cannot be saved. Fix or clear them, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open result JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The file is larger than 5 MB: too large for a result template, which keeps attachments as file paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Its JSON nests more than %2 levels deep: this is not a result template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some attachments need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo</name>
    <message>
        <source>Enter a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment data must be base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a finite number (not NaN or infinity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is too large to send exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum score must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file or give a link (data_url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either the file data or a link (data_url), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a type/subtype such as application/pdf (no spaces or parameters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completion time is required when the status is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A content type is required when the file is sent inline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment data is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is not part of Kombo&apos;s result format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type must be TEXT or SUB_RESULT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each attribute needs a type: TEXT or SUB_RESULT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} attachments can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score is above the maximum score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{content_type} is generic; the ATS may not open the file. Use a meaningful type such as application/pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-result score is above its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
