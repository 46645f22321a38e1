<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Attach a link (data_url)</source>
        <translation>Einen Link anhängen (data_url)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation>Die ausgewählten Anhänge entfernen</translation>
    </message>
    <message>
        <source>No attachments. Drop files here, add files ({files}) or add a link ({link}).</source>
        <translation>Keine Anhänge. Dateien hierher ziehen, Dateien hinzufügen ({files}) oder einen Link hinzufügen ({link}).</translation>
    </message>
    <message>
        <source>Drop to attach (at most {max})</source>
        <translation>Zum Anhängen ablegen (höchstens {max})</translation>
    </message>
    <message>
        <source>Number of attachments</source>
        <translation>Anzahl der Anhänge</translation>
    </message>
    <message>
        <source>Attachment messages</source>
        <translation>Meldungen zu Anhängen</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>{name} (row {number}): {message}</source>
        <translation>{name} (Zeile {number}): {message}</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.rtf *.html)</source>
        <translation>Dokumente (*.pdf *.docx *.doc *.odt *.txt *.rtf *.html)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Tabellen (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>No link was added: at most {max} attachments can be sent.</source>
        <translation>Kein Link hinzugefügt: Es können höchstens {max} Anhänge gesendet werden.</translation>
    </message>
    <message>
        <source>Removed: {names}.</source>
        <translation>Entfernt: {names}.</translation>
    </message>
    <message>
        <source>{count} of {max}</source>
        <translation>{count} von {max}</translation>
    </message>
    <message>
        <source>At most {max} attachments can be sent.</source>
        <translation>Es können höchstens {max} Anhänge gesendet werden.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>it is a folder; add the files in it instead</source>
        <translation>es ist ein Ordner; fügen Sie stattdessen die Dateien darin hinzu</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>{name} was not added: {reason}.</source>
        <translation>{name} wurde nicht hinzugefügt: {reason}.</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>sie kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>it is {size}; at most {max} can be sent inline (send a link to it instead)</source>
        <translation>sie ist {size} groß; höchstens {max} können eingebettet gesendet werden (senden Sie stattdessen einen Link darauf)</translation>
    </message>
    <message>
        <source>{name} was not added: at most {max} attachments can be sent.</source>
        <translation>{name} wurde nicht hinzugefügt: Es können höchstens {max} Anhänge gesendet werden.</translation>
    </message>
    <message>
        <source>{name} was not added: with it the attachments would be {size}; at most {max} can be sent in one result.</source>
        <translation>{name} wurde nicht hinzugefügt: Damit wären die Anhänge {size} groß; höchstens {max} können in einem Ergebnis gesendet werden.</translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation>Hinzugefügt: {names}.</translation>
    </message>
    <message>
        <source>{name} is {size}: above {warn} an upload is slow and some ATSs refuse it; a link to the file (data_url) is safer.</source>
        <translation>{name} ist {size} groß: Über {warn} ist ein Upload langsam und manche ATS lehnen ihn ab; ein Link auf die Datei (data_url) ist sicherer.</translation>
    </message>
    <message>
        <source>{name} was not added: it is already attached.</source>
        <translation>{name} wurde nicht hinzugefügt: Die Datei ist bereits angehängt.</translation>
    </message>
    <message>
        <source>The file changed since it was added. Remove it and add it again to send it as it is now.</source>
        <translation>Die Datei wurde seit dem Hinzufügen geändert. Entfernen Sie sie und fügen Sie sie erneut hinzu, um den aktuellen Stand zu senden.</translation>
    </message>
    <message>
        <source>The file is gone. Remove it, or add it again from where it is now.</source>
        <translation>Die Datei ist nicht mehr vorhanden. Entfernen Sie sie oder fügen Sie sie von ihrem neuen Ort erneut hinzu.</translation>
    </message>
    <message>
        <source>This is no longer a regular file.</source>
        <translation>Dies ist keine reguläre Datei mehr.</translation>
    </message>
    <message>
        <source>inline data</source>
        <translation>eingebettete Daten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The file cannot be read ({detail}).</source>
        <translation>Die Datei kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>from the download</source>
        <translation>aus dem Download</translation>
    </message>
    <message>
        <source>The file is {size}; at most {max} can be sent inline.</source>
        <translation>Die Datei ist {size} groß; höchstens {max} können eingebettet gesendet werden.</translation>
    </message>
    <message>
        <source>The name the ATS shows. F2 to rename.</source>
        <translation>Der Name, den das ATS anzeigt. F2 zum Umbenennen.</translation>
    </message>
    <message>
        <source>The file name the ATS shows (editable)</source>
        <translation>Der Dateiname, den das ATS anzeigt (bearbeitbar)</translation>
    </message>
    <message>
        <source>The file&apos;s size</source>
        <translation>Die Größe der Datei</translation>
    </message>
    <message>
        <source>What kind of file it is, e.g. application/pdf</source>
        <translation>Welche Art von Datei es ist, z. B. application/pdf</translation>
    </message>
    <message>
        <source>The file on this computer, or the link Kombo downloads</source>
        <translation>Die Datei auf diesem Computer oder der Link, den Kombo herunterlädt</translation>
    </message>
    <message>
        <source>{type} is generic; the ATS may not open the file. Choose a meaningful type such as application/pdf.</source>
        <translation>{type} ist allgemein; das ATS öffnet die Datei womöglich nicht. Wählen Sie einen aussagekräftigen Typ wie application/pdf.</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} Byte</translation>
    </message>
    <message>
        <source>Sent as {uri}</source>
        <translation>Gesendet als {uri}</translation>
    </message>
    <message>
        <source>Attachment name</source>
        <translation>Name des Anhangs</translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <source>Add a text attribute</source>
        <translation>Ein Textattribut hinzufügen</translation>
    </message>
    <message>
        <source>Add sub-result</source>
        <translation>Teilergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Add a sub-result</source>
        <translation>Ein Teilergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the attribute</source>
        <translation>Das Attribut duplizieren</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the attribute up</source>
        <translation>Das Attribut nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the attribute down</source>
        <translation>Das Attribut nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the attribute</source>
        <translation>Das Attribut entfernen</translation>
    </message>
    <message>
        <source>No attributes. Add a text attribute ({text}) or a sub-result ({sub}).</source>
        <translation>Keine Attribute. Fügen Sie ein Textattribut ({text}) oder ein Teilergebnis ({sub}) hinzu.</translation>
    </message>
    <message>
        <source>Row {number}: {message}</source>
        <translation>Zeile {number}: {message}</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text: a label and a value. Sub-result: a scored part of the assessment.</source>
        <translation>Text: ein Name und ein Wert. Teilergebnis: ein bewerteter Teil des Assessments.</translation>
    </message>
    <message>
        <source>Your internal ID of the test (sub-results)</source>
        <translation>Ihre interne ID des Tests (Teilergebnisse)</translation>
    </message>
    <message>
        <source>The name the ATS shows</source>
        <translation>Der Name, den das ATS anzeigt</translation>
    </message>
    <message>
        <source>The text the ATS shows (text attributes)</source>
        <translation>Der Text, den das ATS anzeigt (Textattribute)</translation>
    </message>
    <message>
        <source>The score reached (sub-results)</source>
        <translation>Die erreichte Punktzahl (Teilergebnisse)</translation>
    </message>
    <message>
        <source>The highest possible score, at least 1 (sub-results)</source>
        <translation>Die höchstmögliche Punktzahl, mindestens 1 (Teilergebnisse)</translation>
    </message>
    <message>
        <source>Completed or cancelled (sub-results)</source>
        <translation>Abgeschlossen oder abgebrochen (Teilergebnisse)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Sub-result</source>
        <translation>Teilergebnis</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not used by text attributes</source>
        <translation>Von Textattributen nicht verwendet</translation>
    </message>
    <message>
        <source>Not used by sub-results</source>
        <translation>Von Teilergebnissen nicht verwendet</translation>
    </message>
    <message>
        <source>Row {number}, {type}</source>
        <translation>Zeile {number}, {type}</translation>
    </message>
</context>
<context>
    <name>BatchCli</name>
    <message>
        <source>result-desk batch: Preferences require a reason for every send: give --reason TEXT.</source>
        <translation>result-desk batch: Die Einstellungen verlangen für jede Sendung einen Grund: Geben Sie --reason TEXT an.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows: %1 ready, %2 with problems.</source>
        <translation>
            <numerusform>%n Zeile: %1 bereit, %2 mit Problemen.</numerusform>
            <numerusform>%n Zeilen: %1 bereit, %2 mit Problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2: warning: %3</source>
        <translation>Zeile %1, Spalte %2: Warnung: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: error: %3</source>
        <translation>Zeile %1, Spalte %2: Fehler: %3</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>Zeile %1: Warnung: %2</translation>
    </message>
    <message>
        <source>line %1: error: %2</source>
        <translation>Zeile %1: Fehler: %2</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the rows above, or add --skip-invalid.</source>
        <translation>Nichts wurde gesendet: Korrigieren Sie die Zeilen oben oder geben Sie --skip-invalid an.</translation>
    </message>
    <message>
        <source>Nothing was sent: no row is ready.</source>
        <translation>Nichts wurde gesendet: Keine Zeile ist bereit.</translation>
    </message>
    <message>
        <source>result-desk batch: --concurrency must be at least 1</source>
        <translation>result-desk batch: --concurrency muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>result-desk batch: --team-wait must be 0 to 3600 seconds</source>
        <translation>result-desk batch: --team-wait muss zwischen 0 und 3600 Sekunden liegen</translation>
    </message>
    <message>
        <source>result-desk batch: %1 takes at most %2 characters</source>
        <translation>result-desk batch: %1 nimmt höchstens %2 Zeichen an</translation>
    </message>
    <message>
        <source>Give either --connection or --base-url, not both.</source>
        <translation>Geben Sie entweder --connection oder --base-url an, nicht beides.</translation>
    </message>
    <message>
        <source>--integration-id is required with --base-url.</source>
        <translation>--integration-id ist mit --base-url erforderlich.</translation>
    </message>
    <message>
        <source>Set KOMBO_API_KEY to the API key (with --base-url).</source>
        <translation>Setzen Sie KOMBO_API_KEY auf den API-Schlüssel (mit --base-url).</translation>
    </message>
    <message>
        <source>Give --connection NAME or --base-url URL --integration-id ID.</source>
        <translation>Geben Sie --connection NAME oder --base-url URL --integration-id ID an.</translation>
    </message>
    <message>
        <source>Stopped. Run again with --resume to continue.</source>
        <translation>Angehalten. Mit --resume erneut ausführen, um fortzufahren.</translation>
    </message>
    <message>
        <source>The column mapping cannot be used:</source>
        <translation>Die Spaltenzuordnung kann nicht verwendet werden:</translation>
    </message>
    <message>
        <source>%1 has column names but no rows.</source>
        <translation>%1 hat Spaltennamen, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>No API key is stored for %1; set KOMBO_API_KEY.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert; setzen Sie KOMBO_API_KEY.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when the batch stopped: their outcome is unknown; they are not sent again (--resend-unknown to send them).</source>
        <translation>
            <numerusform>%n Zeile wurde gerade gesendet, als der Stapel anhielt: Ihr Ausgang ist unbekannt; sie wird nicht erneut gesendet (--resend-unknown, um sie zu senden).</numerusform>
            <numerusform>%n Zeilen wurden gerade gesendet, als der Stapel anhielt: Ihr Ausgang ist unbekannt; sie werden nicht erneut gesendet (--resend-unknown, um sie zu senden).</numerusform>
        </translation>
    </message>
    <message>
        <source>The key cannot be read from the keyring: %1</source>
        <translation>Der Schlüssel kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>An earlier batch of this sheet (%1) stopped before every row was written. Add --resume to continue it (rows already written are not sent again).</source>
        <translation>Ein früherer Stapel dieser Tabelle (%1) wurde angehalten, bevor alle Zeilen geschrieben waren. Geben Sie --resume an, um ihn fortzusetzen (bereits geschriebene Zeilen werden nicht erneut gesendet).</translation>
    </message>
    <message>
        <source>unknown: line %1 %2: %3</source>
        <translation>unbekannt: Zeile %1 %2: %3</translation>
    </message>
    <message>
        <source>No saved mapping is called %1.</source>
        <translation>Keine gespeicherte Zuordnung heißt %1.</translation>
    </message>
    <message>
        <source>This batch keeps the reason it started with: %1</source>
        <translation>Dieser Stapel behält den Grund, mit dem er begonnen wurde: %1</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n row(s) to send, %2 already written.</source>
        <translation>
            <numerusform>Stapel %1: %n Zeile zu senden, %2 bereits geschrieben.</numerusform>
            <numerusform>Stapel %1: %n Zeilen zu senden, %2 bereits geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet was already sent in full (%1, batch %2). Nothing was sent; add --send-again to send every row once more.</source>
        <translation>Diese Tabelle wurde bereits vollständig gesendet (%1, Stapel %2). Nichts wurde gesendet; geben Sie --send-again an, um jede Zeile noch einmal zu senden.</translation>
    </message>
    <message>
        <source>written %1, failed %2, unknown %3, not sent %4; 429 answers: %5.</source>
        <translation>geschrieben %1, fehlgeschlagen %2, unbekannt %3, nicht gesendet %4; 429-Antworten: %5.</translation>
    </message>
</context>
<context>
    <name>BatchEntry</name>
    <message>
        <source>Save the import template</source>
        <translation>Die Importvorlage speichern</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Vorlage gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Die Vorlage wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>BatchMapping</name>
    <message>
        <source>Time zone of dates without an offset</source>
        <translation>Zeitzone für Zeitangaben ohne Versatz</translation>
    </message>
    <message>
        <source>Dates without an offset are in &amp;time zone:</source>
        <translation>Zeitangaben ohne Versatz in &amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>Name to save it as</source>
        <translation>Name zum Speichern</translation>
    </message>
    <message>
        <source>Save &amp;mapping</source>
        <translation>Zuordnung spei&amp;chern</translation>
    </message>
    <message>
        <source>M&amp;apping:</source>
        <translation>Zu&amp;ordnung:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Dieser Computer (%1)</translation>
    </message>
    <message>
        <source>Mapping “%1” saved.</source>
        <translation>Zuordnung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Mapping “%1” applied.</source>
        <translation>Zuordnung „%1“ angewendet.</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
</context>
<context>
    <name>BatchRows</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) done, %2 left</source>
        <translation>
            <numerusform>%1 von %n Zeile erledigt, %2 übrig</numerusform>
            <numerusform>%1 von %n Zeilen erledigt, %2 übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Ausgang unbekannt</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>Written, %n warning(s)</source>
        <translation>
            <numerusform>Geschrieben, %n Warnung</numerusform>
            <numerusform>Geschrieben, %n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSend</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re-send &amp;unknown…</source>
        <translation>Unbekannte &amp;erneut senden…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Cancelling: the rows being sent finish, no new row starts…</source>
        <translation>Wird abgebrochen: Laufende Zeilen werden fertig gesendet, keine neue Zeile beginnt…</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Kombo&apos;s log of this request (right-click to open)</source>
        <translation>Kombo-Protokoll dieser Anfrage (Rechtsklick zum Öffnen)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Kombo status</source>
        <translation>Kombo-Status</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Kombo&apos;s answer</source>
        <translation>Antwort von Kombo</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Import results</source>
        <translation>Ergebnisse importieren</translation>
    </message>
    <message>
        <source>&amp;Open sheet…</source>
        <translation>&amp;Tabelle öffnen…</translation>
    </message>
    <message>
        <source>Open a CSV, XLSX or ODS sheet, one row per order.</source>
        <translation>Eine CSV-, XLSX- oder ODS-Tabelle öffnen, eine Zeile pro Auftrag.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Check with Kombo</source>
        <translation>Bei Kombo &amp;prüfen</translation>
    </message>
    <message>
        <source>Look the orders up: candidate and status beside each row; flags orders that do not exist or are no longer OPEN</source>
        <translation>Die Aufträge nachschlagen: Kandidat und Status neben jeder Zeile; markiert Aufträge, die es nicht gibt oder die nicht mehr OPEN sind</translation>
    </message>
    <message>
        <source>Open a sheet of results</source>
        <translation>Eine Tabelle mit Ergebnissen öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird geprüft…</numerusform>
            <numerusform>%n Zeilen werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>%n Zeile geprüft.</numerusform>
            <numerusform>%n Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet&apos;s batch of %1 stopped before every row was written: %2 written, %3 left to send, %4 of unknown outcome. Send continues with the rows not yet written; rows of unknown outcome are sent again only if you choose to.</source>
        <translation>Der Stapel dieser Tabelle (%1) wurde angehalten, bevor alle Zeilen geschrieben waren: %2 geschrieben, %3 noch zu senden, %4 mit unbekanntem Ausgang. Senden fährt mit den noch nicht geschriebenen Zeilen fort; Zeilen mit unbekanntem Ausgang werden nur erneut gesendet, wenn Sie das wählen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n row(s)</source>
        <translation>
            <numerusform>%n Zeile &amp;senden</numerusform>
            <numerusform>%n Zeilen &amp;senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation>Im Formular öffnen</translation>
    </message>
    <message>
        <source>Looking the orders up in Kombo…</source>
        <translation>Aufträge werden bei Kombo nachgeschlagen…</translation>
    </message>
    <message>
        <source>Send rows of unknown outcome again?</source>
        <translation>Zeilen mit unbekanntem Ausgang erneut senden?</translation>
    </message>
    <message numerus="yes">
        <source>Kombo may already have written %n row(s): the connection ended before its answer came. Check Kombo&apos;s log first; sending again may write them twice.</source>
        <translation>
            <numerusform>Kombo hat %n Zeile womöglich bereits geschrieben: Die Verbindung endete vor der Antwort. Prüfen Sie zuerst das Kombo-Protokoll; erneutes Senden kann sie doppelt schreiben.</numerusform>
            <numerusform>Kombo hat %n Zeilen womöglich bereits geschrieben: Die Verbindung endete vor den Antworten. Prüfen Sie zuerst das Kombo-Protokoll; erneutes Senden kann sie doppelt schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Export the outcome</source>
        <translation>Den Ausgang exportieren</translation>
    </message>
    <message>
        <source>The column mapping</source>
        <translation>Die Spaltenzuordnung</translation>
    </message>
    <message>
        <source>This sheet was already sent in full (%1): Send starts a new batch.</source>
        <translation>Diese Tabelle wurde bereits vollständig gesendet (%1): Senden beginnt einen neuen Stapel.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 ready, %2 with problems</source>
        <translation>
            <numerusform>%n Zeile: %1 bereit, %2 mit Problemen</numerusform>
            <numerusform>%n Zeilen: %1 bereit, %2 mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Kombo&apos;s log</source>
        <translation>Kombo-Protokoll öffnen</translation>
    </message>
    <message>
        <source>Send this row again…</source>
        <translation>Diese Zeile erneut senden…</translation>
    </message>
    <message>
        <source>Choose a connection in the main window first.</source>
        <translation>Wählen Sie zuerst im Hauptfenster eine Verbindung.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The sheet was not opened.</source>
        <translation>Die Tabelle wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Sends to: %1</source>
        <translation>Sendet an: %1</translation>
    </message>
    <message>
        <source>Line %1 is in the main form.</source>
        <translation>Zeile %1 ist im Hauptformular.</translation>
    </message>
    <message>
        <source>Nothing was sent: enter a reason first.</source>
        <translation>Nichts wurde gesendet: Geben Sie zuerst einen Grund ein.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>This batch keeps the reason it started with.</source>
        <translation>Dieser Stapel behält den Grund, mit dem er begonnen wurde.</translation>
    </message>
    <message>
        <source>The column mapping cannot be used yet:</source>
        <translation>Die Spaltenzuordnung kann noch nicht verwendet werden:</translation>
    </message>
    <message>
        <source>No API key for %1.</source>
        <translation>Kein API-Schlüssel für %1.</translation>
    </message>
    <message>
        <source>Kombo knows %1 of the %2 orders.</source>
        <translation>Kombo kennt %1 der %2 Aufträge.</translation>
    </message>
    <message>
        <source>Batch sent: %1 written, %2 failed, %3 unknown.</source>
        <translation>Stapel gesendet: %1 geschrieben, %2 fehlgeschlagen, %3 unbekannt.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Sendebereit</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Ausgang unbekannt</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Send the results in a CSV, XLSX or ODS sheet to Kombo, one row per order, at Kombo&apos;s pace. Every row is checked first with the form&apos;s rules.</source>
        <translation>Die Ergebnisse einer CSV-, XLSX- oder ODS-Tabelle an Kombo senden, eine Zeile pro Auftrag, im Tempo von Kombo. Jede Zeile wird zuerst mit den Regeln des Formulars geprüft.</translation>
    </message>
    <message>
        <source>Exit status: 0 all written, 1 some failed or unknown, 2 nothing could start. KOMBO_API_KEY supplies the key (required with --base-url).</source>
        <translation>Exit-Status: 0 alle geschrieben, 1 einige fehlgeschlagen oder unbekannt, 2 nichts konnte beginnen. KOMBO_API_KEY liefert den Schlüssel (erforderlich mit --base-url).</translation>
    </message>
    <message>
        <source>the sheet (.csv, .xlsx or .ods)</source>
        <translation>die Tabelle (.csv, .xlsx oder .ods)</translation>
    </message>
    <message>
        <source>a saved column mapping</source>
        <translation>eine gespeicherte Spaltenzuordnung</translation>
    </message>
    <message>
        <source>a saved connection profile</source>
        <translation>ein gespeichertes Verbindungsprofil</translation>
    </message>
    <message>
        <source>Kombo base URL (instead of a profile)</source>
        <translation>Kombo-Basis-URL (statt eines Profils)</translation>
    </message>
    <message>
        <source>integration ID for --base-url</source>
        <translation>Integrations-ID für --base-url</translation>
    </message>
    <message>
        <source>time zone of dates without an offset, e.g. Europe/Berlin (default: the mapping&apos;s, else this computer&apos;s)</source>
        <translation>Zeitzone für Zeitangaben ohne Versatz, z. B. Europe/Berlin (Standard: die der Zuordnung, sonst die dieses Computers)</translation>
    </message>
    <message>
        <source>check only; send nothing</source>
        <translation>nur prüfen; nichts senden</translation>
    </message>
    <message>
        <source>look the orders up first; flag missing ones and ones no longer OPEN</source>
        <translation>die Aufträge zuerst nachschlagen; fehlende und nicht mehr OPEN-Aufträge markieren</translation>
    </message>
    <message>
        <source>writes in flight at most (default %(default)s)</source>
        <translation>höchstens so viele gleichzeitige Schreibvorgänge (Standard %(default)s)</translation>
    </message>
    <message>
        <source>write each row&apos;s outcome (CSV)</source>
        <translation>den Ausgang jeder Zeile schreiben (CSV)</translation>
    </message>
    <message>
        <source>continue this sheet&apos;s unfinished batch</source>
        <translation>den unvollendeten Stapel dieser Tabelle fortsetzen</translation>
    </message>
    <message>
        <source>with --resume: send rows whose outcome is unknown again (they may be written twice)</source>
        <translation>mit --resume: Zeilen mit unbekanntem Ausgang erneut senden (sie werden womöglich doppelt geschrieben)</translation>
    </message>
    <message>
        <source>send a sheet whose every row was already written once more</source>
        <translation>eine Tabelle, deren Zeilen alle bereits geschrieben wurden, noch einmal senden</translation>
    </message>
    <message>
        <source>send the rows without problems even if other rows have some</source>
        <translation>die Zeilen ohne Probleme senden, auch wenn andere Zeilen welche haben</translation>
    </message>
    <message>
        <source>why these results are corrected, kept with every row in the history (not sent to Kombo); required when Preferences say so</source>
        <translation>warum diese Ergebnisse korrigiert werden, bei jeder Zeile im Verlauf festgehalten (nicht an Kombo gesendet); Pflicht, wenn die Einstellungen es verlangen</translation>
    </message>
    <message>
        <source>a ticket reference, e.g. ZD-48213</source>
        <translation>eine Ticket-Referenz, z. B. ZD-48213</translation>
    </message>
    <message>
        <source>with a team history (RESULT_DESK_TEAM_URL): wait at most this long to deliver the batch&apos;s records before exiting (default %(default)g; 0: leave them queued for the next start)</source>
        <translation>mit Team-Verlauf (RESULT_DESK_TEAM_URL): höchstens so lange warten, um die Einträge des Stapels vor dem Beenden zu übermitteln (Standard %(default)g; 0: für den nächsten Start in der Warteschlange lassen)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>Write assessment results into an ATS through Kombo&apos;s API.</source>
        <translation>Assessment-Ergebnisse über die API von Kombo in ein ATS schreiben.</translation>
    </message>
    <message>
        <source>KOMBO_API_KEY supplies the key for this run only; RESULT_DESK_HOME keeps every file the program writes under one folder.</source>
        <translation>KOMBO_API_KEY liefert den Schlüssel nur für diesen Lauf; RESULT_DESK_HOME legt alle Dateien, die das Programm schreibt, unter einem Ordner ab.</translation>
    </message>
    <message>
        <source>start the built-in sandbox on a free loopback port and a profile pointing at it (no key needed, nothing stored in the keyring)</source>
        <translation>die eingebaute Sandbox auf einem freien Loopback-Port starten, mit einem Profil, das darauf zeigt (kein Schlüssel nötig, nichts im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>headless end-to-end check: versions, Qt platform, keyring backend, one send through the sandbox; exit 0, or 1 with a one-line reason</source>
        <translation>Ende-zu-Ende-Prüfung ohne Fenster: Versionen, Qt-Plattform, Schlüsselbund-Backend, eine Sendung über die Sandbox; Exit 0, oder 1 mit einer einzeiligen Begründung</translation>
    </message>
    <message>
        <source>with --demo: render the main window with a sample result to a PNG and exit</source>
        <translation>mit --demo: das Hauptfenster mit einem Beispielergebnis als PNG ausgeben und beenden</translation>
    </message>
    <message>
        <source>quit once the main window has painted and start-up has finished (what follows the first paint: orders dock, history, team history); for start-up benchmarks</source>
        <translation>beenden, sobald das Hauptfenster gezeichnet und der Start abgeschlossen ist (was auf das erste Zeichnen folgt: Auftragsbereich, Verlauf, Team-Verlauf); für Start-Benchmarks</translation>
    </message>
    <message>
        <source>Kombo base URL for a quick connection</source>
        <translation>Kombo-Basis-URL für eine schnelle Verbindung</translation>
    </message>
    <message>
        <source>integration ID for the --base-url connection</source>
        <translation>Integrations-ID für die Verbindung mit --base-url</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>unbekannte Argumente: %1</translation>
    </message>
</context>
<context>
    <name>CompletedAtEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks jump over it. Type a time before or after the jump.</source>
        <translation>{time} gibt es in {zone} nicht: Die Uhren springen darüber hinweg. Geben Sie eine Zeit vor oder nach dem Sprung ein.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time. Type it like {example} (your local time, {zone}) or 2026-11-30T13:05:00Z (UTC).</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit. Geben Sie es wie {example} ein (Ihre Ortszeit, {zone}) oder als 2026-11-30T13:05:00Z (UTC).</translation>
    </message>
</context>
<context>
    <name>CompletedAtField</name>
    <message>
        <source>Completed at</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation>Den Tag im Kalender wählen (Alt+Unten)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Which occurrence of this local time</source>
        <translation>Welches Vorkommen dieser Ortszeit</translation>
    </message>
    <message>
        <source>This local time happens twice (the clocks go back); choose which one.</source>
        <translation>Diese Ortszeit gibt es zweimal (die Uhren werden zurückgestellt); wählen Sie, welche gemeint ist.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Set the completion time to the current time</source>
        <translation>Den Abschlusszeitpunkt auf die aktuelle Zeit setzen</translation>
    </message>
    <message>
        <source>Clear the completion time (not sent)</source>
        <translation>Den Abschlusszeitpunkt löschen (wird nicht gesendet)</translation>
    </message>
    <message>
        <source>Clear completion time</source>
        <translation>Abschlusszeitpunkt löschen</translation>
    </message>
    <message>
        <source>When the assessment was completed or cancelled: your local time (%1) such as 2026-11-30 14:05, or UTC with Z (2026-11-30T13:05:00Z) or an offset (+02:00). Required for COMPLETED and CANCELLED; sent in UTC.</source>
        <translation>Wann das Assessment abgeschlossen oder abgebrochen wurde: Ihre Ortszeit (%1) wie 2026-11-30 14:05, oder UTC mit Z (2026-11-30T13:05:00Z) oder einem Versatz (+02:00). Erforderlich für COMPLETED und CANCELLED; wird in UTC gesendet.</translation>
    </message>
    <message>
        <source>Not set (required for Completed and Cancelled). Type e.g. 2026-11-30 14:05 in %1, or UTC with Z.</source>
        <translation>Nicht gesetzt (erforderlich für Abgeschlossen und Abgebrochen). Geben Sie z. B. 2026-11-30 14:05 in %1 ein, oder UTC mit Z.</translation>
    </message>
    <message>
        <source>%1 · will be sent as %2</source>
        <translation>%1 · wird gesendet als %2</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweite</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Kombo answered with an error.</source>
        <translation>Kombo hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The key belongs to environment {env}.</source>
        <translation>Der Schlüssel gehört zur Umgebung {env}.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Kombo does not know this integration ID.</source>
        <translation>Kombo kennt diese Integrations-ID nicht.</translation>
    </message>
    <message>
        <source>Check that the key is complete and not revoked (Kombo dashboard → Secrets). Keys belong to one region: if this customer&apos;s Kombo account is not in the {region} region ({host}), choose its region.</source>
        <translation>Prüfen Sie, ob der Schlüssel vollständig und nicht widerrufen ist (Kombo-Dashboard → Secrets). Schlüssel gehören zu einer Region: Wenn das Kombo-Konto dieses Kunden nicht in der Region {region} ({host}) ist, wählen Sie dessen Region.</translation>
    </message>
    <message>
        <source>Kombo did not accept this API key.</source>
        <translation>Kombo hat diesen API-Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>There is no Kombo API at this address.</source>
        <translation>Unter dieser Adresse gibt es keine Kombo-API.</translation>
    </message>
    <message>
        <source>Kombo is rate limiting this key.</source>
        <translation>Kombo drosselt die Anfragen mit diesem Schlüssel.</translation>
    </message>
    <message>
        <source>The key works, but too many requests were made; try again in a minute.</source>
        <translation>Der Schlüssel funktioniert, aber es wurden zu viele Anfragen gestellt; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The chosen CA bundle does not vouch for this server: check that it is your network&apos;s current CA certificate.</source>
        <translation>Das gewählte CA-Bundle bestätigt diesen Server nicht: Prüfen Sie, ob es das aktuelle CA-Zertifikat Ihres Netzwerks ist.</translation>
    </message>
    <message>
        <source>If your company&apos;s network inspects HTTPS traffic, choose its CA certificate under “CA bundle”.</source>
        <translation>Wenn das Netzwerk Ihres Unternehmens HTTPS-Verkehr prüft, wählen Sie dessen CA-Zertifikat unter „CA-Bundle“.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified.</source>
        <translation>Die sichere Verbindung konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The proxy did not get through to Kombo.</source>
        <translation>Der Proxy ist nicht zu Kombo durchgekommen.</translation>
    </message>
    <message>
        <source>Kombo did not answer in time.</source>
        <translation>Kombo hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check the base URL and that the server is running.</source>
        <translation>Prüfen Sie die Basis-URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Check the network connection (and the proxy settings, if any).</source>
        <translation>Prüfen Sie die Netzwerkverbindung (und ggf. die Proxy-Einstellungen).</translation>
    </message>
    <message>
        <source>The test failed unexpectedly.</source>
        <translation>Der Test ist unerwartet fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The CA bundle could not be loaded.</source>
        <translation>Das CA-Bundle konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The base URL is not valid.</source>
        <translation>Die Basis-URL ist ungültig.</translation>
    </message>
    <message>
        <source>The server did not answer like Kombo.</source>
        <translation>Der Server hat nicht wie Kombo geantwortet.</translation>
    </message>
    <message>
        <source>Check the proxy settings (HTTPS_PROXY, NO_PROXY). If the proxy inspects HTTPS, choose its CA certificate under “CA bundle”.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen (HTTPS_PROXY, NO_PROXY). Wenn der Proxy HTTPS prüft, wählen Sie dessen CA-Zertifikat unter „CA-Bundle“.</translation>
    </message>
    <message>
        <source>The network or Kombo may be slow; try again.</source>
        <translation>Das Netzwerk oder Kombo ist womöglich langsam; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key works, but Kombo found no integration {id} for it. Copy the ID from the integration&apos;s page on Kombo&apos;s dashboard; it belongs to the same environment as the key.</source>
        <translation>Der Schlüssel funktioniert, aber Kombo hat dazu keine Integration {id} gefunden. Kopieren Sie die ID von der Seite der Integration im Kombo-Dashboard; sie gehört zur selben Umgebung wie der Schlüssel.</translation>
    </message>
    <message>
        <source>Check that the key is complete and not revoked, and that {host} is the right server for it.</source>
        <translation>Prüfen Sie, ob der Schlüssel vollständig und nicht widerrufen ist und ob {host} der richtige Server dafür ist.</translation>
    </message>
    <message>
        <source>{host} answered 404 for /check-api-key. Check the base URL (it ends with /v1).</source>
        <translation>{host} hat auf /check-api-key mit 404 geantwortet. Prüfen Sie die Basis-URL (sie endet auf /v1).</translation>
    </message>
    <message>
        <source>Could not reach {host}.</source>
        <translation>{host} ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>{message} ({status}, {type}). Check the base URL: Kombo&apos;s ends with /v1.</source>
        <translation>{message} ({status}, {type}). Prüfen Sie die Basis-URL: Die von Kombo endet auf /v1.</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>Demo (local sandbox)</source>
        <translation>Demo (lokale Sandbox)</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>The window is still usable and nothing you typed was lost. The details were written to the log file:
%1</source>
        <translation>Das Fenster ist weiterhin benutzbar und nichts von Ihren Eingaben ging verloren. Die Einzelheiten stehen in der Protokolldatei:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) happened in a row.</source>
        <translation>
            <numerusform>%n Fehler ist aufgetreten.</numerusform>
            <numerusform>%n Fehler sind nacheinander aufgetreten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong that Result Desk did not expect:
%1</source>
        <translation>Etwas ist schiefgegangen, das Result Desk nicht erwartet hat:
%1</translation>
    </message>
</context>
<context>
    <name>FormDrafts</name>
    <message>
        <source>Restored your unsent draft from %1.</source>
        <translation>Ihr nicht gesendeter Entwurf wurde wiederhergestellt (Stand %1).</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Restored your unsent draft for order %1 from %2.</source>
        <translation>Ihr nicht gesendeter Entwurf für Auftrag %1 wurde wiederhergestellt (Stand %2).</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Remote fields</source>
        <translation>Remote-Felder</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>The file does not contain a JSON object.</source>
        <translation>Die Datei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The template&apos;s “result” is not a JSON object.</source>
        <translation>„result“ in der Vorlage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is a folder, not a file: %1</source>
        <translation>Dies ist ein Ordner, keine Datei: %1</translation>
    </message>
    <message>
        <source>The file was written by a newer Result Desk; update it to open the file.</source>
        <translation>Die Datei stammt von einem neueren Result Desk; aktualisieren Sie Result Desk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The file is neither a Result Desk template nor a result body.</source>
        <translation>Die Datei ist weder eine Result-Desk-Vorlage noch ein Ergebnis-Body.</translation>
    </message>
    <message>
        <source>This is not a regular file: %1</source>
        <translation>Dies ist keine reguläre Datei: %1</translation>
    </message>
    <message>
        <source>The file changed since it was added; add it again: %1</source>
        <translation>Die Datei wurde seit dem Hinzufügen geändert; fügen Sie sie erneut hinzu: %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile %1, Spalte %2: %3).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Result URL</source>
        <translation>Ergebnis-URL</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>Höchstpunktzahl</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Outcome unknown: Result Desk stopped</source>
        <translation>Ausgang unbekannt: Result Desk wurde beendet</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ausgang unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Written, %n warning(s)</source>
        <translation>
            <numerusform>Geschrieben, %n Warnung</numerusform>
            <numerusform>Geschrieben, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Unknown — later written at %1</source>
        <translation>Unbekannt – später geschrieben: %1</translation>
    </message>
    <message>
        <source>Refused by Kombo</source>
        <translation>Von Kombo abgelehnt</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>File changed, not sent</source>
        <translation>Datei geändert, nicht gesendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>The send history failed: %1</source>
        <translation>Der Sendeverlauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The send history is not open.</source>
        <translation>Der Sendeverlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The send history could not be opened.</source>
        <translation>Der Sendeverlauf konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Reason / ticket</source>
        <translation>Grund / Ticket</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Kombo&apos;s answer to this send was unclear, but a later send of the same order was written: nothing to check.</source>
        <translation>Die Antwort von Kombo auf diese Sendung war unklar, aber eine spätere Sendung desselben Auftrags wurde geschrieben: nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Kombo may or may not have written this result. Check Kombo&apos;s log before sending the order again.</source>
        <translation>Kombo hat dieses Ergebnis womöglich geschrieben oder auch nicht. Prüfen Sie das Kombo-Protokoll, bevor Sie den Auftrag erneut senden.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Send history – Result Desk</source>
        <translation>Sendeverlauf – Result Desk</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search order ID, candidate, error code, operator, reason or ticket</source>
        <translation>Auftrags-ID, Kandidat, Fehlercode, Bearbeiter, Grund oder Ticket suchen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Kombo&apos;s answer</source>
        <translation>Antwort von Kombo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Open in form</source>
        <translation>Im &amp;Formular öffnen</translation>
    </message>
    <message>
        <source>Fill the main window&apos;s form with this request, to check or change it</source>
        <translation>Das Formular des Hauptfensters mit dieser Anfrage füllen, um sie zu prüfen oder zu ändern</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Fill the form with this request and send it to the same order again</source>
        <translation>Das Formular mit dieser Anfrage füllen und sie erneut an denselben Auftrag senden</translation>
    </message>
    <message>
        <source>Keep history for (days)</source>
        <translation>Verlauf aufbewahren (Tage)</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Sends older than this are deleted at start-up (0: keep everything)</source>
        <translation>Ältere Sendungen werden beim Start gelöscht (0: alles aufbewahren)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Aufbewahren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the sends shown as CSV or JSON (attachment details, never the key)</source>
        <translation>Die angezeigten Sendungen als CSV oder JSON speichern (Angaben zu Anhängen, nie den Schlüssel)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No send matches.</source>
        <translation>Keine Sendung passt.</translation>
    </message>
    <message>
        <source>No sends recorded yet.</source>
        <translation>Noch keine Sendungen aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln send(s)</source>
        <translation>
            <numerusform>%Ln Sendung</numerusform>
            <numerusform>%Ln Sendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n send(s) to %1</source>
        <translation>
            <numerusform>%n Sendung nach %1 exportiert</numerusform>
            <numerusform>%n Sendungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. No send is older than %n day(s).</source>
        <translation>
            <numerusform>Gespeichert. Keine Sendung ist älter als %n Tag.</numerusform>
            <numerusform>Gespeichert. Keine Sendung ist älter als %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n send(s) older than %1 from the history?</source>
        <translation>
            <numerusform>%n Sendung, die älter als %1 ist, aus dem Verlauf löschen?</numerusform>
            <numerusform>%n Sendungen, die älter als %1 sind, aus dem Verlauf löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n old send(s).</source>
        <translation>
            <numerusform>%n alte Sendung gelöscht.</numerusform>
            <numerusform>%n alte Sendungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Den Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>The history could not be exported to %1 (%2).</source>
        <translation>Der Verlauf konnte nicht nach %1 exportiert werden (%2).</translation>
    </message>
    <message>
        <source>The history is kept without a time limit.</source>
        <translation>Der Verlauf wird ohne Zeitbegrenzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Delete old sends?</source>
        <translation>Alte Sendungen löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone. Export them first to keep a copy.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Exportieren Sie sie zuerst, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ausgänge</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Any failure</source>
        <translation>Alle Fehlschläge</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ausgang unbekannt</translation>
    </message>
    <message>
        <source>Refused by Kombo</source>
        <translation>Von Kombo abgelehnt</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Select a send to see what was sent and what Kombo answered.</source>
        <translation>Wählen Sie eine Sendung, um zu sehen, was gesendet wurde und was Kombo geantwortet hat.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Kombo log</source>
        <translation>Kombo-Protokoll</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Kombo may or may not have written this result. Check Kombo&apos;s log before sending the order again.</source>
        <translation>Kombo hat dieses Ergebnis womöglich geschrieben oder auch nicht. Prüfen Sie das Kombo-Protokoll, bevor Sie den Auftrag erneut senden.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <source>“%1” is not the file that was sent: its content changed (%2).</source>
        <translation>„%1“ ist nicht die Datei, die gesendet wurde: Ihr Inhalt hat sich geändert (%2).</translation>
    </message>
    <message>
        <source>“%1” is now %2, not a regular file (%3); it was not opened.</source>
        <translation>„%1“ ist jetzt %2, keine reguläre Datei (%3); sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>“%1” could not be read within %2 s (%3): check it before sending.</source>
        <translation>„%1“ konnte nicht innerhalb von %2 s gelesen werden (%3): Prüfen Sie die Datei vor dem Senden.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every send, what was sent and what Kombo answered</source>
        <translation>Jede Sendung: was gesendet wurde und was Kombo geantwortet hat</translation>
    </message>
    <message>
        <source>Replace the form?</source>
        <translation>Das Formular ersetzen?</translation>
    </message>
    <message>
        <source>(no order ID)</source>
        <translation>(keine Auftrags-ID)</translation>
    </message>
    <message>
        <source>The form is filled with the send you chose instead.</source>
        <translation>Das Formular wird stattdessen mit der gewählten Sendung gefüllt.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>The connection “%1” this was sent with no longer exists; choose a connection and send from the form.</source>
        <translation>Die Verbindung „%1“, mit der dies gesendet wurde, gibt es nicht mehr; wählen Sie eine Verbindung und senden Sie aus dem Formular.</translation>
    </message>
    <message>
        <source>Replace the unsent result for order %1 in the form?</source>
        <translation>Das nicht gesendete Ergebnis für Auftrag %1 im Formular ersetzen?</translation>
    </message>
    <message>
        <source>The attachments could not be checked: %1</source>
        <translation>Die Anhänge konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Some fields need attention before it can be sent.</source>
        <translation>Einige Felder müssen vor dem Senden korrigiert werden.</translation>
    </message>
    <message>
        <source>Order %1 from %2 is in the form.</source>
        <translation>Die Sendung von Auftrag %1 (%2) ist im Formular.</translation>
    </message>
    <message>
        <source>The connection “%1” now points at another integration; choose the connection to send to and send from the form.</source>
        <translation>Die Verbindung „%1“ zeigt jetzt auf eine andere Integration; wählen Sie die Verbindung, an die gesendet werden soll, und senden Sie aus dem Formular.</translation>
    </message>
    <message>
        <source>Kombo may already have written that result. Check Kombo&apos;s log for this order before sending it again, or the ATS may get it twice.</source>
        <translation>Kombo hat dieses Ergebnis womöglich bereits geschrieben. Prüfen Sie das Kombo-Protokoll zu diesem Auftrag, bevor Sie ihn erneut senden, sonst erhält das ATS es womöglich doppelt.</translation>
    </message>
    <message>
        <source>Send this order again?</source>
        <translation>Diesen Auftrag erneut senden?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Open Kombo&apos;s log</source>
        <translation>Kombo-Protokoll öffnen</translation>
    </message>
    <message>
        <source>The last send of order %1 (%2) got no clear answer.</source>
        <translation>Die letzte Sendung von Auftrag %1 (%2) bekam keine eindeutige Antwort.</translation>
    </message>
    <message>
        <source>“%1” was sent inline and the history keeps no file content: attach it again.</source>
        <translation>„%1“ wurde eingebettet gesendet und der Verlauf speichert keine Dateiinhalte: Hängen Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>The form is filled with this send.</source>
        <translation>Das Formular wird mit dieser Sendung gefüllt.</translation>
    </message>
    <message>
        <source>The order stays OPEN.</source>
        <translation>Der Auftrag bleibt OPEN.</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send order %1 again?</source>
        <translation>Auftrag %1 erneut senden?</translation>
    </message>
    <message>
        <source>Open Kombo&apos;s &amp;log</source>
        <translation>Kombo-&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <source>The unsent result for order %1 in the form is replaced by this one.</source>
        <translation>Das nicht gesendete Ergebnis für Auftrag %1 im Formular wird durch dieses ersetzt.</translation>
    </message>
    <message>
        <source>The order is closed as %1; this cannot be undone.</source>
        <translation>Der Auftrag wird als %1 geschlossen; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The last send of this order (%1) got no clear answer: Kombo may already have written it. Check Kombo&apos;s log first, or the ATS may get it twice.</source>
        <translation>Die letzte Sendung dieses Auftrags (%1) bekam keine eindeutige Antwort: Kombo hat sie womöglich bereits geschrieben. Prüfen Sie zuerst das Kombo-Protokoll, sonst erhält das ATS sie womöglich doppelt.</translation>
    </message>
    <message>
        <source>Send order %1 for %2 again?</source>
        <translation>Auftrag %1 für %2 erneut senden?</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>IssueRows</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>The key was not stored: {message} See “Keyring” below.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: {message} Siehe „Schlüsselbund“ unten.</translation>
    </message>
    <message>
        <source>The key is kept in memory for this run only.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The key is stored in the keyring.</source>
        <translation>Der Schlüssel ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Type a key to store it for later</source>
        <translation>Schlüssel eingeben, um ihn zu speichern</translation>
    </message>
    <message>
        <source>KOMBO_API_KEY is set: this run uses that key for every connection, and never stores it.</source>
        <translation>KOMBO_API_KEY ist gesetzt: Diese Sitzung verwendet diesen Schlüssel für jede Verbindung und speichert ihn nie.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>The key is stored in the keyring when you save.</source>
        <translation>Der Schlüssel wird beim Speichern im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>The keyring is locked or unavailable (see “Keyring” below).</source>
        <translation>Der Schlüsselbund ist gesperrt oder nicht verfügbar (siehe „Schlüsselbund“ unten).</translation>
    </message>
    <message>
        <source>in memory for this run</source>
        <translation>für diese Sitzung im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>in the keyring</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>Stored {where} — type a new key to replace it</source>
        <translation>Gespeichert {where} – zum Ersetzen neuen Schlüssel eingeben</translation>
    </message>
    <message>
        <source>A key is stored {where}.</source>
        <translation>Ein Schlüssel ist {where} gespeichert.</translation>
    </message>
    <message>
        <source>No key is stored for this connection yet.</source>
        <translation>Für diese Verbindung ist noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>This run uses KOMBO_API_KEY instead.</source>
        <translation>Diese Sitzung verwendet stattdessen KOMBO_API_KEY.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>the key typed above</source>
        <translation>dem oben eingegebenen Schlüssel</translation>
    </message>
    <message>
        <source>The stored key cannot be read.</source>
        <translation>Der gespeicherte Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no key to test: paste the API key first.</source>
        <translation>Kein Schlüssel zum Testen: Fügen Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation>Fügen Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>the key from KOMBO_API_KEY</source>
        <translation>dem Schlüssel aus KOMBO_API_KEY</translation>
    </message>
    <message>
        <source>the key kept in memory</source>
        <translation>dem Schlüssel im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the key stored in the keyring</source>
        <translation>dem im Schlüsselbund gespeicherten Schlüssel</translation>
    </message>
</context>
<context>
    <name>KeyringStatusBox</name>
    <message>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Keep API keys in memory for this run only (they are forgotten on exit)</source>
        <translation>API-Schlüssel nur für diese Sitzung im Arbeitsspeicher halten (beim Beenden vergessen)</translation>
    </message>
    <message>
        <source>keys are kept in memory for this run only</source>
        <translation>Schlüssel werden nur für diese Sitzung im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>KOMBO_API_KEY is set: it is used for this run and never stored.</source>
        <translation>KOMBO_API_KEY ist gesetzt: Er wird für diese Sitzung verwendet und nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>Link URL</source>
        <translation>Link-URL</translation>
    </message>
    <message>
        <source>https://example.com/report.pdf</source>
        <translation>https://example.com/bericht.pdf</translation>
    </message>
    <message>
        <source>Link name</source>
        <translation>Name des Links</translation>
    </message>
    <message>
        <source>Link content type</source>
        <translation>Inhaltstyp des Links</translation>
    </message>
    <message>
        <source>From the download</source>
        <translation>Aus dem Download</translation>
    </message>
    <message>
        <source>Optional: Kombo takes the type the server sends when this is empty.</source>
        <translation>Optional: Wenn leer, übernimmt Kombo den Typ, den der Server sendet.</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Add the link</source>
        <translation>Den Link hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel adding a link</source>
        <translation>Hinzufügen des Links abbrechen</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;yp:</translation>
    </message>
</context>
<context>
    <name>LogBox</name>
    <message>
        <source>Send log</source>
        <translation>Sendeprotokoll</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log</source>
        <translation>Die ausgewählten Zeilen oder das ganze Protokoll kopieren</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Remove every entry from the log panel</source>
        <translation>Alle Einträge aus dem Protokollbereich entfernen</translation>
    </message>
    <message>
        <source>Log copied to the clipboard.</source>
        <translation>Protokoll in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Send log</source>
        <translation>Sendeprotokoll</translation>
    </message>
    <message>
        <source>Kombo&apos;s answers appear here.</source>
        <translation>Die Antworten von Kombo erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>LongText</name>
    <message>
        <source>This field holds at most %1 characters: the rest was cut off.</source>
        <translation>Dieses Feld fasst höchstens %1 Zeichen: Der Rest wurde abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Result Desk</source>
        <translation>Result Desk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Where the result is sent: the Kombo connection</source>
        <translation>Wohin das Ergebnis gesendet wird: die Kombo-Verbindung</translation>
    </message>
    <message>
        <source>No connection configured</source>
        <translation>Keine Verbindung eingerichtet</translation>
    </message>
    <message>
        <source>(no job name)</source>
        <translation>(keine Stellenbezeichnung)</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>This order is %1: its status can no longer change. Kombo may still accept a result with the same status, which is selected below.</source>
        <translation>Dieser Auftrag ist %1: Sein Status kann sich nicht mehr ändern. Kombo nimmt womöglich noch ein Ergebnis mit demselben Status an, der unten ausgewählt ist.</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Keine Verbindung möglich</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>Result written with %n warning(s).</source>
        <translation>
            <numerusform>Ergebnis geschrieben, mit %n Warnung.</numerusform>
            <numerusform>Ergebnis geschrieben, mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result written.</source>
        <translation>Ergebnis geschrieben.</translation>
    </message>
    <message>
        <source>The outcome is unknown: Kombo may or may not have written this result. Check the Kombo log before sending it again.</source>
        <translation>Der Ausgang ist unbekannt: Kombo hat dieses Ergebnis womöglich geschrieben oder auch nicht. Prüfen Sie das Kombo-Protokoll, bevor Sie es erneut senden.</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s) before this answer.</source>
        <translation>
            <numerusform>%n Wiederholung vor dieser Antwort.</numerusform>
            <numerusform>%n Wiederholungen vor dieser Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Kombo refused the result</source>
        <translation>Kombo hat das Ergebnis abgelehnt</translation>
    </message>
    <message>
        <source>Kombo answered an error</source>
        <translation>Kombo hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>Nothing was sent: check the connection&apos;s settings.</source>
        <translation>Nichts wurde gesendet: Prüfen Sie die Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <source>%1 The outcome is unknown: check the Kombo log before sending again.</source>
        <translation>%1 Der Ausgang ist unbekannt: Prüfen Sie das Kombo-Protokoll, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Result written</source>
        <translation>Ergebnis geschrieben</translation>
    </message>
    <message>
        <source>Kombo&apos;s log of this request:</source>
        <translation>Kombo-Protokoll dieser Anfrage:</translation>
    </message>
    <message>
        <source>Nothing was sent: this connection cannot be used</source>
        <translation>Nichts wurde gesendet: Diese Verbindung kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>The request did not get an answer.</source>
        <translation>Die Anfrage hat keine Antwort erhalten.</translation>
    </message>
    <message>
        <source>Kombo warning: %1</source>
        <translation>Kombo-Warnung: %1</translation>
    </message>
    <message>
        <source>Kombo refused the result: %1</source>
        <translation>Kombo hat das Ergebnis abgelehnt: %1</translation>
    </message>
    <message>
        <source>Kombo answered %1.</source>
        <translation>Kombo hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>Redirected, not followed: check the connection&apos;s base URL.</source>
        <translation>Weiterleitung, nicht gefolgt: Prüfen Sie die Basis-URL der Verbindung.</translation>
    </message>
    <message>
        <source>Kombo&apos;s answer could not be read.</source>
        <translation>Die Antwort von Kombo konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s (attempt %3)</source>
        <translation>%1, neuer Versuch in %2 s (Versuch %3)</translation>
    </message>
    <message>
        <source>No answer from Kombo</source>
        <translation>Keine Antwort von Kombo</translation>
    </message>
    <message>
        <source>An attachment changed during the send: send again.</source>
        <translation>Ein Anhang hat sich während des Sendens geändert: Senden Sie erneut.</translation>
    </message>
    <message>
        <source>Kombo answered with a redirect</source>
        <translation>Kombo hat mit einer Weiterleitung geantwortet</translation>
    </message>
    <message>
        <source>Nothing was sent: an attachment changed.</source>
        <translation>Nichts wurde gesendet: Ein Anhang hat sich geändert.</translation>
    </message>
    <message>
        <source>Kombo&apos;s answer could not be read</source>
        <translation>Die Antwort von Kombo konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation>Senden abgebrochen.</translation>
    </message>
    <message>
        <source>It began: %1</source>
        <translation>Sie begann mit: %1</translation>
    </message>
    <message>
        <source>Attachment %1 changed while it was being sent. The send was stopped before its end, but Kombo may hold a damaged copy: send again.</source>
        <translation>Anhang %1 hat sich während des Sendens geändert. Das Senden wurde vor dem Ende gestoppt, aber Kombo hat womöglich eine beschädigte Kopie: Senden Sie erneut.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written. The form is unchanged.</source>
        <translation>Abgebrochen; nichts wurde geschrieben. Das Formular ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing was sent: attachment %1 %2</source>
        <translation>Nichts wurde gesendet: Anhang %1 %2</translation>
    </message>
    <message>
        <source>Cancelled after the whole result was sent</source>
        <translation>Abgebrochen, nachdem das ganze Ergebnis gesendet war</translation>
    </message>
    <message>
        <source>About Result Desk</source>
        <translation>Über Result Desk</translation>
    </message>
    <message>
        <source>Write assessment results into applicant tracking systems through Kombo&apos;s API, by hand, quickly and safely.</source>
        <translation>Assessment-Ergebnisse über die API von Kombo in Bewerbermanagementsysteme schreiben – von Hand, schnell und sicher.</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <source>Send the results in a CSV, XLSX or ODS sheet</source>
        <translation>Die Ergebnisse einer CSV-, XLSX- oder ODS-Tabelle senden</translation>
    </message>
    <message>
        <source>Save import &amp;template…</source>
        <translation>Importvorla&amp;ge speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Result Desk</source>
        <translation>Ü&amp;ber Result Desk</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Result Desk was started again: this window is the one running.</source>
        <translation>Result Desk wurde erneut gestartet: Dieses Fenster ist das laufende.</translation>
    </message>
    <message>
        <source>Demo mode: sending to the local sandbox at %1</source>
        <translation>Demomodus: Es wird an die lokale Sandbox unter %1 gesendet</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Write %1 without thousands separators: use %2 only as the decimal point (e.g. %3).</source>
        <translation>Schreiben Sie %1 ohne Tausendertrennzeichen: Verwenden Sie %2 nur als Dezimaltrennzeichen (z. B. %3).</translation>
    </message>
</context>
<context>
    <name>OrderLookup</name>
    <message>
        <source>Add a connection to look the order up.</source>
        <translation>Fügen Sie eine Verbindung hinzu, um den Auftrag nachzuschlagen.</translation>
    </message>
    <message>
        <source>No API key for “%1”.</source>
        <translation>Kein API-Schlüssel für „%1“.</translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>Find order…</source>
        <translation>Auftrag suchen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh orders</source>
        <translation>Aufträge a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation>Auftrag wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>The order could not be looked up: %1</source>
        <translation>Der Auftrag konnte nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>Look up the order ID typed beside it, or search the integration&apos;s orders by candidate, job or package (%1)</source>
        <translation>Die daneben eingegebene Auftrags-ID nachschlagen oder die Aufträge der Integration nach Kandidat, Stelle oder Paket durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Integration %1 has no order with this ID.</source>
        <translation>Integration %1 hat keinen Auftrag mit dieser ID.</translation>
    </message>
    <message>
        <source>Order %1 of %2 is in the form.</source>
        <translation>Auftrag %1 von %2 ist im Formular.</translation>
    </message>
</context>
<context>
    <name>OrdersFilterBar</name>
    <message>
        <source>Show %1 orders</source>
        <translation>Aufträge mit Status %1 anzeigen</translation>
    </message>
    <message>
        <source>Show orders with this status; select several to combine them. With none selected, orders of every status are shown.</source>
        <translation>Aufträge mit diesem Status anzeigen; mehrere auswählen, um sie zu kombinieren. Ist keiner ausgewählt, werden Aufträge jedes Status angezeigt.</translation>
    </message>
    <message>
        <source>Created after</source>
        <translation>Erstellt nach</translation>
    </message>
    <message>
        <source>Only orders created on or after this day (your local midnight)</source>
        <translation>Nur Aufträge, die an oder nach diesem Tag erstellt wurden (ab Mitternacht Ortszeit)</translation>
    </message>
    <message>
        <source>Clear the created-after date</source>
        <translation>Das Datum „Erstellt nach“ löschen</translation>
    </message>
    <message>
        <source>Any creation date</source>
        <translation>Beliebiges Erstellungsdatum</translation>
    </message>
    <message>
        <source>Order IDs, separated by commas or spaces</source>
        <translation>Auftrags-IDs, durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Order IDs filter</source>
        <translation>Filter nach Auftrags-IDs</translation>
    </message>
    <message>
        <source>Ask Kombo for these orders only. Press Enter to apply.</source>
        <translation>Kombo nur nach diesen Aufträgen fragen. Zum Anwenden Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>created after %1</source>
        <translation>erstellt nach %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order ID(s)</source>
        <translation>
            <numerusform>%n Auftrags-ID</numerusform>
            <numerusform>%n Auftrags-IDs</numerusform>
        </translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
</context>
<context>
    <name>OrdersLoader</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>No connection is selected.</source>
        <translation>Keine Verbindung ausgewählt.</translation>
    </message>
    <message>
        <source>The API key could not be read: %1</source>
        <translation>Der API-Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No API key for “%1”. Set KOMBO_API_KEY or store a key for this connection.</source>
        <translation>Kein API-Schlüssel für „%1“. Setzen Sie KOMBO_API_KEY oder speichern Sie einen Schlüssel für diese Verbindung.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Orders</source>
        <extracomment>An order was chosen (double-click, Enter or &quot;Use this order&quot;): `Order`. Something for the log panel: (level, text, link or &quot;&quot;). &quot;Create a connection…&quot; on the no-connection page: the Connections dialog is wanted.</extracomment>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh orders</source>
        <translation>Aufträge aktualisieren</translation>
    </message>
    <message>
        <source>Load the orders again from the first page (F5)</source>
        <translation>Die Aufträge erneut ab der ersten Seite laden (F5)</translation>
    </message>
    <message>
        <source>Search loaded orders: candidate, email, job, package or ID</source>
        <translation>Geladene Aufträge durchsuchen: Kandidat, E-Mail, Stelle, Paket oder ID</translation>
    </message>
    <message>
        <source>Search loaded orders</source>
        <translation>Geladene Aufträge durchsuchen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Orders status</source>
        <translation>Status der Aufträge</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Load more orders</source>
        <translation>Weitere Aufträge laden</translation>
    </message>
    <message>
        <source>Loading more orders…</source>
        <translation>Weitere Aufträge werden geladen…</translation>
    </message>
    <message>
        <source>Loading orders failed</source>
        <translation>Laden der Aufträge fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading more orders failed</source>
        <translation>Laden weiterer Aufträge fehlgeschlagen</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Create a connection to see the orders of its integration.</source>
        <translation>Legen Sie eine Verbindung an, um die Aufträge ihrer Integration zu sehen.</translation>
    </message>
    <message>
        <source>Could not load orders</source>
        <translation>Aufträge konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Aufträge werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded</source>
        <translation>
            <numerusform>%n Auftrag geladen</numerusform>
            <numerusform>%n Aufträge geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search looks at the %n order(s) loaded so far.</source>
        <translation>
            <numerusform>Die Suche umfasst den %n bisher geladenen Auftrag.</numerusform>
            <numerusform>Die Suche umfasst die %n bisher geladenen Aufträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 match(es) the search</source>
        <translation>
            <numerusform>%n von %1 passt zur Suche</numerusform>
            <numerusform>%n von %1 passen zur Suche</numerusform>
        </translation>
    </message>
    <message>
        <source>more available</source>
        <translation>weitere verfügbar</translation>
    </message>
    <message>
        <source>all loaded</source>
        <translation>alle geladen</translation>
    </message>
    <message>
        <source>Could not load more orders: %1</source>
        <translation>Weitere Aufträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Create a connection…</source>
        <translation>Verbindung anlegen…</translation>
    </message>
    <message>
        <source>No orders match these filters</source>
        <translation>Keine Aufträge passen zu diesen Filtern</translation>
    </message>
    <message>
        <source>This integration has no orders yet</source>
        <translation>Diese Integration hat noch keine Aufträge</translation>
    </message>
    <message>
        <source>Load more to search further.</source>
        <translation>Laden Sie mehr, um weiter zu suchen.</translation>
    </message>
    <message>
        <source>Open Kombo’s log</source>
        <translation>Kombo-Protokoll öffnen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No loaded order matches “%1”</source>
        <translation>Kein geladener Auftrag passt zu „%1“</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s…</source>
        <translation>%1, neuer Versuch in %2 s…</translation>
    </message>
    <message>
        <source>Loading orders: %1, retrying in %2 s (attempt %3)</source>
        <translation>Aufträge laden: %1, neuer Versuch in %2 s (Versuch %3)</translation>
    </message>
</context>
<context>
    <name>OrdersTableView</name>
    <message>
        <source>Orders</source>
        <extracomment>An order was chosen (double-click, Enter or &quot;Use this order&quot;): `Order`.</extracomment>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Copy order ID</source>
        <translation>Auftrags-ID kopieren</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>E-Mail kopieren</translation>
    </message>
    <message>
        <source>Use this order</source>
        <translation>Diesen Auftrag verwenden</translation>
    </message>
    <message>
        <source>Copy order IDs</source>
        <translation>Auftrags-IDs kopieren</translation>
    </message>
    <message>
        <source>Copy emails</source>
        <translation>E-Mails kopieren</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Your name, reasons, the team history</source>
        <translation>Ihr Name, Gründe, der Team-Verlauf</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Team history</source>
        <translation>Team-Verlauf</translation>
    </message>
    <message>
        <source>e.g. Anna Keller</source>
        <translation>z. B. Anna Keller</translation>
    </message>
    <message>
        <source>Every send needs a &amp;reason</source>
        <translation>Jede Sendung braucht einen &amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Shown with your sends in the history and to your team, with this computer&apos;s user and host name.</source>
        <translation>Wird mit Ihren Sendungen im Verlauf und Ihrem Team angezeigt, zusammen mit Benutzer- und Hostnamen dieses Computers.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Applies when Result Desk is next started.</source>
        <translation>Gilt ab dem nächsten Start von Result Desk.</translation>
    </message>
    <message>
        <source>empty: no team history</source>
        <translation>leer: kein Team-Verlauf</translation>
    </message>
    <message>
        <source>unchanged (kept in the OS keyring)</source>
        <translation>unverändert (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>optional: the system&apos;s CAs</source>
        <translation>optional: System-CAs</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>RESULT_DESK_TEAM_URL is set: this run uses that server, not the one below. What you save here applies when it is unset.</source>
        <translation>RESULT_DESK_TEAM_URL ist gesetzt: Diese Sitzung verwendet jenen Server, nicht den unten. Was Sie hier speichern, gilt, sobald die Variable nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
        <translation>TLS-&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle (*)</translation>
    </message>
    <message>
        <source>Enter the host, database and user first.</source>
        <translation>Geben Sie zuerst Host, Datenbank und Benutzer ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>JSON preview</source>
        <translation>JSON-Vorschau</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Als &amp;cURL kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this result (the key as $KOMBO_API_KEY)</source>
        <translation>Einen curl-Befehl kopieren, der dieses Ergebnis sendet (der Schlüssel als $KOMBO_API_KEY)</translation>
    </message>
    <message>
        <source>Save &amp;as JSON…</source>
        <translation>Als JSON spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save this result and its order ID as a JSON file (a template)</source>
        <translation>Dieses Ergebnis und seine Auftrags-ID als JSON-Datei speichern (eine Vorlage)</translation>
    </message>
    <message>
        <source>&amp;Open JSON…</source>
        <translation>JSON ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Fill the form from a saved JSON file</source>
        <translation>Das Formular aus einer gespeicherten JSON-Datei füllen</translation>
    </message>
    <message>
        <source>&amp;New result</source>
        <translation>&amp;Neues Ergebnis</translation>
    </message>
    <message>
        <source>Clear the form (can be undone)</source>
        <translation>Das Formular leeren (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>JSON that will be sent</source>
        <translation>JSON, das gesendet wird</translation>
    </message>
    <message>
        <source>Exactly what will be sent (attachment data shortened).</source>
        <translation>Genau das, was gesendet wird (Anhangsdaten gekürzt).</translation>
    </message>
    <message>
        <source>Draft: nothing can be sent until the problems are fixed.</source>
        <translation>Entwurf: Nichts kann gesendet werden, bis die Probleme behoben sind.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Correct the marked fields, then save again.</source>
        <translation>Korrigieren Sie die markierten Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Copied to “{name}”, with its key.</source>
        <translation>Nach „{name}“ kopiert, mit Schlüssel.</translation>
    </message>
    <message>
        <source>Rename connection</source>
        <translation>Verbindung umbenennen</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <source>Renamed to “{name}”; its key moved along.</source>
        <translation>In „{name}“ umbenannt; der Schlüssel wurde mitgenommen.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <source>Its API key is removed from the keyring too. This cannot be undone.</source>
        <translation>Ihr API-Schlüssel wird ebenfalls aus dem Schlüsselbund entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>„{name}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Die Änderungen an „{name}“ speichern?</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Add, edit and test connections and their API keys</source>
        <translation>Verbindungen und ihre API-Schlüssel hinzufügen, bearbeiten und testen</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Verbindungen…</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Verbindungen verwalten</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>e.g. Acme EU</source>
        <translation>z. B. Acme EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>{region} — {url}</source>
        <translation>{region} — {url}</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Eigene Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>https:// only; http:// is allowed for this computer (e.g. the sandbox)</source>
        <translation>nur https://; http:// ist für diesen Computer erlaubt (z. B. die Sandbox)</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Integration ID</source>
        <translation>Integrations-ID</translation>
    </message>
    <message>
        <source>Shown in the integration&apos;s details on Kombo&apos;s dashboard: tool:id</source>
        <translation>Steht in den Details der Integration im Kombo-Dashboard: tool:id</translation>
    </message>
    <message>
        <source>&amp;Integration ID:</source>
        <translation>&amp;Integrations-ID:</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>System default (leave empty)</source>
        <translation>Systemstandard (leer lassen)</translation>
    </message>
    <message>
        <source>A PEM file with your company&apos;s CA certificate, for networks that inspect HTTPS. It replaces the built-in list of trusted authorities.</source>
        <translation>Eine PEM-Datei mit dem CA-Zertifikat Ihres Unternehmens, für Netzwerke, die HTTPS prüfen. Sie ersetzt die eingebaute Liste vertrauenswürdiger Zertifizierungsstellen.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>Eine CA-Bundle-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Den Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Store this key in the keyring, replacing the one stored before</source>
        <translation>Diesen Schlüssel im Schlüsselbund speichern und den bisherigen ersetzen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Ask Kombo whether this key works (GET /check-api-key)</source>
        <translation>Kombo fragen, ob dieser Schlüssel funktioniert (GET /check-api-key)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this connection (Ctrl+S)</source>
        <translation>Diese Verbindung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Correct the marked fields, then save again.</source>
        <translation>Korrigieren Sie die markierten Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Environment ID:</source>
        <translation>Umgebungs-ID:</translation>
    </message>
    <message>
        <source>Tested with {source}.</source>
        <translation>Getestet mit {source}.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Den Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Choose the CA bundle (PEM)</source>
        <translation>Das CA-Bundle auswählen (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.ca-bundle)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.ca-bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard</translation>
    </message>
    <message>
        <source>Use this connection when Result Desk starts</source>
        <translation>Diese Verbindung beim Start von Result Desk verwenden</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (Standard)</translation>
    </message>
    <message>
        <source>Used when Result Desk starts</source>
        <translation>Wird beim Start von Result Desk verwendet</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
</context>
<context>
    <name>ReasonRow</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why this is sent (for the history, not Kombo)</source>
        <translation>Warum dies gesendet wird (für den Verlauf, nicht für Kombo)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>e.g. ZD-48213</source>
        <translation>z. B. ZD-48213</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Tic&amp;ket:</translation>
    </message>
    <message>
        <source>Enter a reason: your team requires one for every send.</source>
        <translation>Geben Sie einen Grund ein: Ihr Team verlangt ihn für jede Sendung.</translation>
    </message>
</context>
<context>
    <name>RemoteFieldsEditor</name>
    <message>
        <source>SmartRecruiters score label</source>
        <translation>SmartRecruiters-Bezeichnung der Punktzahl</translation>
    </message>
    <message>
        <source>e.g. Overall fit</source>
        <translation>z. B. Gesamteignung</translation>
    </message>
    <message>
        <source>Sent as remote_fields.smartrecruiters.scoreLabel</source>
        <translation>Gesendet als remote_fields.smartrecruiters.scoreLabel</translation>
    </message>
    <message>
        <source>Recruitee subtitle</source>
        <translation>Recruitee-Untertitel</translation>
    </message>
    <message>
        <source>e.g. Cognitive ability</source>
        <translation>z. B. Kognitive Fähigkeiten</translation>
    </message>
    <message>
        <source>Sent as remote_fields.recruitee.subtitle</source>
        <translation>Gesendet als remote_fields.recruitee.subtitle</translation>
    </message>
    <message>
        <source>Workday assessment status ID</source>
        <translation>Workday-Assessment-Status-ID</translation>
    </message>
    <message>
        <source>e.g. Assessment_Status_Passed</source>
        <translation>z. B. Assessment_Status_Passed</translation>
    </message>
    <message>
        <source>Sent as remote_fields.workday.Assess_Candidate_Data.Candidate_Assessment_Data.Assess_Candidate_Test_Result_Data.Assessment_Test_Status_Reference.Assessment_Status_ID</source>
        <translation>Gesendet als remote_fields.workday.Assess_Candidate_Data.Candidate_Assessment_Data.Assess_Candidate_Test_Result_Data.Assessment_Test_Status_Reference.Assessment_Status_ID</translation>
    </message>
    <message>
        <source>Other remote fields (JSON)</source>
        <translation>Weitere Remote-Felder (JSON)</translation>
    </message>
    <message>
        <source>Any other remote fields, as a JSON object; merged under the fields above</source>
        <translation>Beliebige weitere Remote-Felder als JSON-Objekt; werden unter die Felder oben gemischt</translation>
    </message>
    <message>
        <source>Other remote fields (JSON object)</source>
        <translation>Weitere Remote-Felder (JSON-Objekt)</translation>
    </message>
    <message>
        <source>Remote fields JSON error</source>
        <translation>JSON-Fehler in den Remote-Feldern</translation>
    </message>
    <message>
        <source>SmartRecruiters score label:</source>
        <translation>SmartRecruiters-Punktzahlbezeichnung:</translation>
    </message>
    <message>
        <source>Recruitee subtitle:</source>
        <translation>Recruitee-Untertitel:</translation>
    </message>
    <message>
        <source>Workday status ID:</source>
        <translation>Workday-Status-ID:</translation>
    </message>
    <message>
        <source>Go to the error</source>
        <translation>Zum Fehler springen</translation>
    </message>
    <message>
        <source>Other remote fields (JSON): {keys}</source>
        <translation>Weitere Remote-Felder (JSON): {keys}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: expected a JSON object such as {{&quot;key&quot;: &quot;value&quot;}}, not {kind}.</source>
        <translation>Zeile {line}, Spalte {column}: Erwartet wird ein JSON-Objekt wie {{&quot;key&quot;: &quot;value&quot;}}, nicht {kind}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {problem}.</source>
        <translation>Zeile {line}, Spalte {column}: {problem}.</translation>
    </message>
</context>
<context>
    <name>ResultEditor</name>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Kombo assessment order ID</source>
        <translation>Kombo-ID des Assessment-Auftrags</translation>
    </message>
    <message>
        <source>The ID of the assessment order, e.g. GRKdd9dibYKKCrmGRSMJf3wu</source>
        <translation>Die ID des Assessment-Auftrags, z. B. GRKdd9dibYKKCrmGRSMJf3wu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Remote fields</source>
        <translation>Remote-Felder</translation>
    </message>
    <message>
        <source>Add a connection to send the result to.</source>
        <translation>Fügen Sie eine Verbindung hinzu, an die das Ergebnis gesendet wird.</translation>
    </message>
    <message>
        <source>The result has not been checked yet.</source>
        <translation>Das Ergebnis wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Enter the order ID and the result to send it.</source>
        <translation>Geben Sie die Auftrags-ID und das Ergebnis ein, um es zu senden.</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Sendebereit.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The status the order gets. Kombo lets the status change only while the order is OPEN: once it is COMPLETED or CANCELLED it cannot change again, so sending anything but OPEN asks you to confirm.</source>
        <translation>Der Status, den der Auftrag erhält. Kombo lässt den Status nur ändern, solange der Auftrag OPEN ist: Ist er einmal COMPLETED oder CANCELLED, kann er sich nicht mehr ändern; daher fragt jedes Senden außer OPEN nach einer Bestätigung.</translation>
    </message>
    <message>
        <source>Result URL</source>
        <translation>Ergebnis-URL</translation>
    </message>
    <message>
        <source>Link to the result in your product (required, http:// or https://)</source>
        <translation>Link zum Ergebnis in Ihrem Produkt (erforderlich, http:// oder https://)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>Höchstpunktzahl</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>A number such as %1; leave empty to send none.</source>
        <translation>Eine Zahl wie %1; leer lassen, um keine zu senden.</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Completed &amp;at:</source>
        <translation>Abgeschlossen a&amp;m:</translation>
    </message>
    <message>
        <source>Result &amp;URL:</source>
        <translation>Ergebnis-&amp;URL:</translation>
    </message>
    <message>
        <source>Sco&amp;re:</source>
        <translation>&amp;Punktzahl:</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Gesendet als %1</translation>
    </message>
    <message>
        <source>The URL as it is sent (RFC 3986)</source>
        <translation>Die URL, wie sie gesendet wird (RFC 3986)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Sent as %1 out of %2</source>
        <translation>Gesendet als %1 von %2</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>Stop the send in flight; the form stays as it is</source>
        <translation>Das laufende Senden stoppen; das Formular bleibt, wie es ist</translation>
    </message>
    <message>
        <source>Send result</source>
        <translation>Ergebnis senden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Sent %1; waiting for Kombo…</source>
        <translation>%1 gesendet; Warten auf Kombo…</translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation>Upload: %1 von %2</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>&amp;Send result</source>
        <translation>Ergebnis &amp;senden</translation>
    </message>
    <message>
        <source>Send the result to Kombo (%1)</source>
        <translation>Das Ergebnis an Kombo senden (%1)</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Senden &amp;abbrechen</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Close the order?</source>
        <translation>Den Auftrag schließen?</translation>
    </message>
    <message>
        <source>Send order %1 as %2?</source>
        <translation>Auftrag %1 als %2 senden?</translation>
    </message>
    <message>
        <source>This closes the order; it cannot be undone. Kombo lets the status change only while the order is OPEN.</source>
        <translation>Damit wird der Auftrag geschlossen; dies kann nicht rückgängig gemacht werden. Kombo lässt den Status nur ändern, solange der Auftrag OPEN ist.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again until Result Desk is closed</source>
        <translation>Nicht mehr fragen, bis Result Desk geschlossen wird</translation>
    </message>
    <message>
        <source>Send and close the order</source>
        <translation>Senden und Auftrag schließen</translation>
    </message>
    <message>
        <source>Sending order %1 as %2 to %3…</source>
        <translation>Auftrag %1 wird als %2 an %3 gesendet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Beheben Sie zuerst die Probleme.</translation>
    </message>
    <message>
        <source>curl command copied; it reads the key from $KOMBO_API_KEY.</source>
        <translation>curl-Befehl kopiert; er liest den Schlüssel aus $KOMBO_API_KEY.</translation>
    </message>
    <message>
        <source>A result is being sent</source>
        <translation>Ein Ergebnis wird gesendet</translation>
    </message>
    <message>
        <source>Stop sending and quit?</source>
        <translation>Senden stoppen und beenden?</translation>
    </message>
    <message>
        <source>If the result was already sent, Kombo may still write it; check its log.</source>
        <translation>Wenn das Ergebnis bereits gesendet wurde, schreibt Kombo es womöglich noch; prüfen Sie das Kombo-Protokoll.</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Stoppen und beenden</translation>
    </message>
    <message>
        <source>Stopping the send…</source>
        <translation>Senden wird gestoppt…</translation>
    </message>
    <message>
        <source>Order %1 was written at %2 (%3) with status %4 and score %5. Write it again?</source>
        <translation>Auftrag %1 wurde um %2 (%3) mit Status %4 und Punktzahl %5 geschrieben. Erneut schreiben?</translation>
    </message>
    <message>
        <source>Sent at %1 (status %2, score %3). Sending again writes the order again.</source>
        <translation>Gesendet um %1 (Status %2, Punktzahl %3). Erneutes Senden schreibt den Auftrag erneut.</translation>
    </message>
    <message>
        <source>Order %1 was written at %2 (%3) with status %4. Write it again?</source>
        <translation>Auftrag %1 wurde um %2 (%3) mit Status %4 geschrieben. Erneut schreiben?</translation>
    </message>
    <message>
        <source>Sent at %1 (status %2). Sending again writes the order again.</source>
        <translation>Gesendet um %1 (Status %2). Erneutes Senden schreibt den Auftrag erneut.</translation>
    </message>
</context>
<context>
    <name>Sender</name>
    <message>
        <source>The connection&apos;s CA bundle could not be loaded: %1</source>
        <translation>Das CA-Bundle der Verbindung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL: %1</source>
        <translation>Die Basis-URL ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The API key could not be read: %1</source>
        <translation>Der API-Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No API key for “%1”. Set KOMBO_API_KEY or store a key for this connection.</source>
        <translation>Kein API-Schlüssel für „%1“. Setzen Sie KOMBO_API_KEY oder speichern Sie einen Schlüssel für diese Verbindung.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Team history: %1</source>
        <translation>Team-Verlauf: %1</translation>
    </message>
    <message>
        <source>The desk&apos;s history is not open yet; try again in a moment.</source>
        <translation>Der Verlauf dieses Arbeitsplatzes ist noch nicht geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
</context>
<context>
    <name>TeamGuard</name>
    <message>
        <source>Sent from another desk</source>
        <translation>Von einem anderen Arbeitsplatz gesendet</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <source>Order %1 was sent from another desk in the last 24 hours:</source>
        <translation>Auftrag %1 wurde in den letzten 24 Stunden von einem anderen Arbeitsplatz gesendet:</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The team history could not be checked for other desks&apos; sends to order %1 (%2); sending anyway.</source>
        <translation>Der Team-Verlauf konnte nicht auf Sendungen anderer Arbeitsplätze an Auftrag %1 geprüft werden (%2); es wird trotzdem gesendet.</translation>
    </message>
</context>
<context>
    <name>TeamScope</name>
    <message>
        <source>Order ID, candidate, operator, reason or ticket — Enter searches</source>
        <translation>Auftrags-ID, Kandidat, Bearbeiter, Grund oder Ticket – Eingabetaste sucht</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>Searching the team history…</source>
        <translation>Team-Verlauf wird durchsucht…</translation>
    </message>
    <message>
        <source>This &amp;desk</source>
        <translation>Dieser &amp;Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>No team history is configured.</source>
        <translation>Es ist kein Team-Verlauf eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>%n send(s) shown</source>
        <translation>
            <numerusform>%n Sendung angezeigt</numerusform>
            <numerusform>%n Sendungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Every desk&apos;s sends on the team server</source>
        <translation>Die Sendungen aller Arbeitsplätze auf dem Team-Server</translation>
    </message>
    <message>
        <source>No team history is configured: set it in Edit → Preferences → Team history.</source>
        <translation>Es ist kein Team-Verlauf eingerichtet: Richten Sie ihn unter Bearbeiten → Einstellungen → Team-Verlauf ein.</translation>
    </message>
    <message>
        <source>all found</source>
        <translation>alle gefunden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>Team history: up to date</source>
        <translation>Team-Verlauf: aktuell</translation>
    </message>
    <message numerus="yes">
        <source>Team history: %n record(s) waiting</source>
        <translation>
            <numerusform>Team-Verlauf: %n Eintrag wartet</numerusform>
            <numerusform>Team-Verlauf: %n Einträge warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Team history: unreachable since %1</source>
        <translation>Team-Verlauf: nicht erreichbar seit %1</translation>
    </message>
    <message>
        <source>Team history: %1</source>
        <translation>Team-Verlauf: %1</translation>
    </message>
    <message numerus="yes">
        <source>Team history: unreachable since %1 — %n record(s) waiting</source>
        <translation>
            <numerusform>Team-Verlauf: nicht erreichbar seit %1 — %n Eintrag wartet</numerusform>
            <numerusform>Team-Verlauf: nicht erreichbar seit %1 — %n Einträge warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>&amp;Undo new result</source>
        <translation>Neues Ergebnis &amp;rückgängig</translation>
    </message>
    <message>
        <source>The previous result is back.</source>
        <translation>Das vorherige Ergebnis ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>The form was cleared.</source>
        <translation>Das Formular wurde geleert.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Fix the remote fields first</source>
        <translation>Beheben Sie zuerst die Remote-Felder</translation>
    </message>
    <message>
        <source>The other remote fields are not valid JSON (%1), so they cannot be saved. Fix or clear them, then save again.</source>
        <translation>Die weiteren Remote-Felder sind kein gültiges JSON (%1) und können daher nicht gespeichert werden. Korrigieren oder leeren Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Save result as JSON</source>
        <translation>Ergebnis als JSON speichern</translation>
    </message>
    <message>
        <source>Result templates (*.json)</source>
        <translation>Ergebnisvorlagen (*.json)</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>Die Datei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Open result JSON</source>
        <translation>Ergebnis-JSON öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1
The file is larger than 5 MB: too large for a result template, which keeps attachments as file paths.</source>
        <translation>%1
Die Datei ist größer als 5 MB: zu groß für eine Ergebnisvorlage, die Anhänge als Dateipfade enthält.</translation>
    </message>
    <message>
        <source>%1
Its JSON nests more than %2 levels deep: this is not a result template.</source>
        <translation>%1
Ihr JSON ist mehr als %2 Ebenen tief verschachtelt: Das ist keine Ergebnisvorlage.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>some attachments need attention</source>
        <translation>einige Anhänge müssen geprüft werden</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Order ID:</source>
        <translation>Auftrags-&amp;ID:</translation>
    </message>
</context>
<context>
    <name>kombo</name>
    <message>
        <source>Enter the API key (from the Secrets page of Kombo’s dashboard).</source>
        <translation>Geben Sie den API-Schlüssel ein (von der Seite „Secrets“ im Kombo-Dashboard).</translation>
    </message>
    <message>
        <source>The API key cannot contain spaces or line breaks; paste only the key.</source>
        <translation>Der API-Schlüssel darf keine Leerzeichen oder Zeilenumbrüche enthalten; fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>The API key contains a control character; paste it again.</source>
        <translation>Der API-Schlüssel enthält ein Steuerzeichen; fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The API key contains characters that API keys never have; paste it again.</source>
        <translation>Der API-Schlüssel enthält Zeichen, die in API-Schlüsseln nie vorkommen; fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Geben Sie Datum und Uhrzeit ein.</translation>
    </message>
    <message>
        <source>The attachment data must be base64 text.</source>
        <translation>Die Anhangsdaten müssen Base64-Text sein.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Dies darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Enter a finite number (not NaN or infinity).</source>
        <translation>Geben Sie eine endliche Zahl ein (nicht NaN oder unendlich).</translation>
    </message>
    <message>
        <source>This number is too large to send exactly.</source>
        <translation>Diese Zahl ist zu groß, um sie exakt zu senden.</translation>
    </message>
    <message>
        <source>The maximum score must be at least 1.</source>
        <translation>Die Höchstpunktzahl muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Attach a file or give a link (data_url).</source>
        <translation>Hängen Sie eine Datei an oder geben Sie einen Link an (data_url).</translation>
    </message>
    <message>
        <source>Give either the file data or a link (data_url), not both.</source>
        <translation>Geben Sie entweder die Dateidaten oder einen Link (data_url) an, nicht beides.</translation>
    </message>
    <message>
        <source>Use a type/subtype such as application/pdf (no spaces or parameters).</source>
        <translation>Verwenden Sie Typ/Untertyp wie application/pdf (ohne Leerzeichen oder Parameter).</translation>
    </message>
    <message>
        <source>A completion time is required when the status is {status}.</source>
        <translation>Bei Status {status} ist ein Abschlusszeitpunkt erforderlich.</translation>
    </message>
    <message>
        <source>A content type is required when the file is sent inline.</source>
        <translation>Ein Inhaltstyp ist erforderlich, wenn die Datei eingebettet gesendet wird.</translation>
    </message>
    <message>
        <source>The attachment data is not valid base64.</source>
        <translation>Die Anhangsdaten sind kein gültiges Base64.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a control character ({code}); paste it again.</source>
        <translation>Eine Auftrags-ID darf kein Steuerzeichen ({code}) enthalten; fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a NUL ({code}); paste it again.</source>
        <translation>Eine Auftrags-ID darf kein NUL ({code}) enthalten; fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a tab ({code}); paste it again.</source>
        <translation>Eine Auftrags-ID darf keinen Tabulator ({code}) enthalten; fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a line feed ({code}); paste it again.</source>
        <translation>Eine Auftrags-ID darf keinen Zeilenvorschub ({code}) enthalten; fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a carriage return ({code}); paste it again.</source>
        <translation>Eine Auftrags-ID darf keinen Wagenrücklauf ({code}) enthalten; fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a DEL ({code}); paste it again.</source>
        <translation>Eine Auftrags-ID darf kein DEL ({code}) enthalten; fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Enter the order ID.</source>
        <translation>Geben Sie die Auftrags-ID ein.</translation>
    </message>
    <message>
        <source>&quot;{order_id}&quot; cannot be an order ID: in a URL path it is not a name.</source>
        <translation>„{order_id}“ kann keine Auftrags-ID sein: In einem URL-Pfad ist das kein Name.</translation>
    </message>
    <message>
        <source>An order ID cannot contain {code}, which is not a character.</source>
        <translation>Eine Auftrags-ID darf {code} nicht enthalten, denn das ist kein Zeichen.</translation>
    </message>
    <message>
        <source>Enter a time from 1970-01-01 00:00 to 9999-12-31 23:59:59 (UTC).</source>
        <translation>Geben Sie eine Zeit von 1970-01-01 00:00 bis 9999-12-31 23:59:59 (UTC) ein.</translation>
    </message>
    <message>
        <source>This date is out of range; use a year between 1 and 9999.</source>
        <translation>Dieses Datum liegt außerhalb des Bereichs; verwenden Sie ein Jahr zwischen 1 und 9999.</translation>
    </message>
    <message>
        <source>There is no such date or time.</source>
        <translation>Dieses Datum oder diese Uhrzeit gibt es nicht.</translation>
    </message>
    <message>
        <source>{text} is not a date and time; use e.g. 2026-04-04T09:30:00Z.</source>
        <translation>{text} ist kein Datum mit Uhrzeit; verwenden Sie z. B. 2026-04-04T09:30:00Z.</translation>
    </message>
    <message>
        <source>{zone} is not a UTC offset.</source>
        <translation>{zone} ist kein UTC-Versatz.</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
    <message>
        <source>A URL cannot contain spaces; encode them as %20.</source>
        <translation>Eine URL darf keine Leerzeichen enthalten; kodieren Sie sie als %20.</translation>
    </message>
    <message>
        <source>A URL can have only one #; write a # inside the fragment as %23.</source>
        <translation>Eine URL darf nur ein # enthalten; schreiben Sie ein # im Fragment als %23.</translation>
    </message>
    <message>
        <source>Enter an absolute http:// or https:// URL, e.g. {example}.</source>
        <translation>Geben Sie eine absolute http://- oder https://-URL ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>The port must be a number ({port}).</source>
        <translation>Der Port muss eine Zahl sein ({port}).</translation>
    </message>
    <message>
        <source>The port must be at most 65535 ({port}).</source>
        <translation>Der Port darf höchstens 65535 sein ({port}).</translation>
    </message>
    <message>
        <source>The URL needs a host name, e.g. {example}.</source>
        <translation>Die URL braucht einen Hostnamen, z. B. {example}.</translation>
    </message>
    <message>
        <source>The host name &quot;{name}&quot; is not valid.</source>
        <translation>Der Hostname „{name}“ ist ungültig.</translation>
    </message>
    <message>
        <source>A URL cannot contain control characters (found {code}).</source>
        <translation>Eine URL darf keine Steuerzeichen enthalten (gefunden: {code}).</translation>
    </message>
    <message>
        <source>The host &quot;{host}&quot; is missing its closing ].</source>
        <translation>Dem Host „{host}“ fehlt die schließende ].</translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address in &quot;{host}&quot;.</source>
        <translation>Auf die IPv6-Adresse in „{host}“ darf nur ein Port folgen.</translation>
    </message>
    <message>
        <source>&quot;[{address}]&quot; is not an IPv6 address.</source>
        <translation>„[{address}]“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The host name &quot;{name}&quot; is not a valid international name.</source>
        <translation>Der Hostname „{name}“ ist kein gültiger internationaler Name.</translation>
    </message>
    <message>
        <source>&quot;{escape}&quot; is not a valid escape: a % must be followed by two hex digits (write a percent sign as %25).</source>
        <translation>„{escape}“ ist keine gültige Kodierung: Auf ein % müssen zwei Hexadezimalziffern folgen (schreiben Sie ein Prozentzeichen als %25).</translation>
    </message>
    <message>
        <source>The URL contains {code}, which is not a character.</source>
        <translation>Die URL enthält {code}, und das ist kein Zeichen.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Dies ist erforderlich.</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>Geben Sie Text ein.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Erwartet wird eine Liste.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Erwartet wird ein Objekt.</translation>
    </message>
    <message>
        <source>This field is not part of Kombo&apos;s result format.</source>
        <translation>Dieses Feld gehört nicht zum Ergebnisformat von Kombo.</translation>
    </message>
    <message>
        <source>The type must be TEXT or SUB_RESULT.</source>
        <translation>Der Typ muss TEXT oder SUB_RESULT sein.</translation>
    </message>
    <message>
        <source>Each attribute needs a type: TEXT or SUB_RESULT.</source>
        <translation>Jedes Attribut braucht einen Typ: TEXT oder SUB_RESULT.</translation>
    </message>
    <message>
        <source>At most {count} attachments can be sent.</source>
        <translation>Es können höchstens {count} Anhänge gesendet werden.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Wählen Sie einen der aufgeführten Werte.</translation>
    </message>
    <message>
        <source>Choose one of {expected}.</source>
        <translation>Wählen Sie eines von {expected}.</translation>
    </message>
    <message>
        <source>The score is above the maximum score.</source>
        <translation>Die Punktzahl liegt über der Höchstpunktzahl.</translation>
    </message>
    <message>
        <source>{content_type} is generic; the ATS may not open the file. Use a meaningful type such as application/pdf.</source>
        <translation>{content_type} ist allgemein; das ATS öffnet die Datei womöglich nicht. Verwenden Sie einen aussagekräftigen Typ wie application/pdf.</translation>
    </message>
    <message>
        <source>The sub-result score is above its maximum.</source>
        <translation>Die Punktzahl des Teilergebnisses liegt über ihrem Höchstwert.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Body muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Give the connection a name, e.g. the customer and region (“Acme EU”).</source>
        <translation>Geben Sie der Verbindung einen Namen, z. B. Kunde und Region („Acme EU“).</translation>
    </message>
    <message>
        <source>The name contains a control character; type it again without it.</source>
        <translation>Der Name enthält ein Steuerzeichen; geben Sie ihn ohne dieses erneut ein.</translation>
    </message>
    <message>
        <source>Expected the ATS’s tool name, a colon and the ID, like {example} (shown in the integration’s details on Kombo’s dashboard).</source>
        <translation>Erwartet werden der Tool-Name des ATS, ein Doppelpunkt und die ID, wie {example} (steht in den Details der Integration im Kombo-Dashboard).</translation>
    </message>
    <message>
        <source>The address cannot contain spaces.</source>
        <translation>Die Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Leave user names and passwords out of the address; the API key has its own field.</source>
        <translation>Lassen Sie Benutzernamen und Passwörter aus der Adresse weg; der API-Schlüssel hat ein eigenes Feld.</translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part; the base URL ends with the API version, like /v1.</source>
        <translation>Entfernen Sie den Teil „?…“ oder „#…“; die Basis-URL endet mit der API-Version, wie /v1.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Use https:// — plain http is only allowed on this computer (localhost, 127.0.0.1, ::1), e.g. for the sandbox.</source>
        <translation>Verwenden Sie https:// – einfaches http ist nur auf diesem Computer erlaubt (localhost, 127.0.0.1, ::1), z. B. für die Sandbox.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, like {example}.</source>
        <translation>Nur https://-Adressen werden unterstützt, wie {example}.</translation>
    </message>
    <message>
        <source>Choose a certificate file, not a folder.</source>
        <translation>Wählen Sie eine Zertifikatsdatei, keinen Ordner.</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate (“-----BEGIN CERTIFICATE-----”). Export your company’s CA certificate as PEM / Base-64 and choose that file.</source>
        <translation>Diese Datei enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“). Exportieren Sie das CA-Zertifikat Ihres Unternehmens als PEM / Base-64 und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>Keep the name under {limit} characters (it has {length}).</source>
        <translation>Der Name muss kürzer als {limit} Zeichen sein (er hat {length}).</translation>
    </message>
    <message>
        <source>A connection named “{name}” already exists; choose another name.</source>
        <translation>Eine Verbindung namens „{name}“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the integration ID. {expected}</source>
        <translation>Geben Sie die Integrations-ID ein. {expected}</translation>
    </message>
    <message>
        <source>The integration ID cannot contain spaces. {expected}</source>
        <translation>Die Integrations-ID darf keine Leerzeichen enthalten. {expected}</translation>
    </message>
    <message>
        <source>The integration ID has more than one colon. {expected}</source>
        <translation>Die Integrations-ID hat mehr als einen Doppelpunkt. {expected}</translation>
    </message>
    <message>
        <source>The tool name before the colon is missing. {expected}</source>
        <translation>Der Tool-Name vor dem Doppelpunkt fehlt. {expected}</translation>
    </message>
    <message>
        <source>The ID after the colon is missing. {expected}</source>
        <translation>Die ID nach dem Doppelpunkt fehlt. {expected}</translation>
    </message>
    <message>
        <source>The tool name is written in lower case: “{id}”.</source>
        <translation>Der Tool-Name wird kleingeschrieben: „{id}“.</translation>
    </message>
    <message>
        <source>Only letters, digits, “-” and “_” may appear around the colon. {expected}</source>
        <translation>Um den Doppelpunkt dürfen nur Buchstaben, Ziffern, „-“ und „_“ stehen. {expected}</translation>
    </message>
    <message>
        <source>Enter the API’s base URL, like {example}, or choose a region.</source>
        <translation>Geben Sie die Basis-URL der API ein, wie {example}, oder wählen Sie eine Region.</translation>
    </message>
    <message>
        <source>Start the address with https://, like {example}.</source>
        <translation>Beginnen Sie die Adresse mit https://, wie {example}.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Die Datei {file} existiert nicht.</translation>
    </message>
    <message>
        <source>The tool name and the colon are missing. {expected}</source>
        <translation>Der Tool-Name und der Doppelpunkt fehlen. {expected}</translation>
    </message>
    <message>
        <source>This is not a valid address. Expected something like {example}.</source>
        <translation>Dies ist keine gültige Adresse. Erwartet wird etwas wie {example}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}.</translation>
    </message>
</context>
</TS>
