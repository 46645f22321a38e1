<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Attach a link (data_url)</source>
        <translation>Joindre un lien (data_url)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation>Retirer les pièces jointes sélectionnées</translation>
    </message>
    <message>
        <source>No attachments. Drop files here, add files ({files}) or add a link ({link}).</source>
        <translation>Aucune pièce jointe. Déposez des fichiers ici, ajoutez des fichiers ({files}) ou un lien ({link}).</translation>
    </message>
    <message>
        <source>Drop to attach (at most {max})</source>
        <translation>Déposez pour joindre ({max} au maximum)</translation>
    </message>
    <message>
        <source>Number of attachments</source>
        <translation>Nombre de pièces jointes</translation>
    </message>
    <message>
        <source>Attachment messages</source>
        <translation>Messages des pièces jointes</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>{name} (row {number}): {message}</source>
        <translation>{name} (ligne {number})&#xa0;: {message}</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.rtf *.html)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.txt *.rtf *.html)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Feuilles de calcul (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>No link was added: at most {max} attachments can be sent.</source>
        <translation>Aucun lien n’a été ajouté&#xa0;: {max} pièces jointes au maximum peuvent être envoyées.</translation>
    </message>
    <message>
        <source>Removed: {names}.</source>
        <translation>Retiré&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>{count} of {max}</source>
        <translation>{count} sur {max}</translation>
    </message>
    <message>
        <source>At most {max} attachments can be sent.</source>
        <translation>{max} pièces jointes au maximum peuvent être envoyées.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>it is a folder; add the files in it instead</source>
        <translation>c’est un dossier&#xa0;; ajoutez plutôt les fichiers qu’il contient</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>{name} was not added: {reason}.</source>
        <translation>{name} n’a pas été ajouté&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>il ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <source>it is {size}; at most {max} can be sent inline (send a link to it instead)</source>
        <translation>il fait {size}&#xa0;; {max} au maximum peuvent être envoyés en ligne (envoyez plutôt un lien vers le fichier)</translation>
    </message>
    <message>
        <source>{name} was not added: at most {max} attachments can be sent.</source>
        <translation>{name} n’a pas été ajouté&#xa0;: {max} pièces jointes au maximum peuvent être envoyées.</translation>
    </message>
    <message>
        <source>{name} was not added: with it the attachments would be {size}; at most {max} can be sent in one result.</source>
        <translation>{name} n’a pas été ajouté&#xa0;: avec lui, les pièces jointes feraient {size}&#xa0;; {max} au maximum peuvent être envoyés dans un résultat.</translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation>Ajouté&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>{name} is {size}: above {warn} an upload is slow and some ATSs refuse it; a link to the file (data_url) is safer.</source>
        <translation>{name} fait {size}&#xa0;: au-delà de {warn}, l’envoi est lent et certains ATS le refusent&#xa0;; un lien vers le fichier (data_url) est plus sûr.</translation>
    </message>
    <message>
        <source>{name} was not added: it is already attached.</source>
        <translation>{name} n’a pas été ajouté&#xa0;: il est déjà joint.</translation>
    </message>
    <message>
        <source>The file changed since it was added. Remove it and add it again to send it as it is now.</source>
        <translation>Le fichier a changé depuis son ajout. Retirez-le et ajoutez-le de nouveau pour l’envoyer tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>The file is gone. Remove it, or add it again from where it is now.</source>
        <translation>Le fichier a disparu. Retirez-le, ou ajoutez-le de nouveau depuis son emplacement actuel.</translation>
    </message>
    <message>
        <source>This is no longer a regular file.</source>
        <translation>Ce n’est plus un fichier ordinaire.</translation>
    </message>
    <message>
        <source>inline data</source>
        <translation>données en ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The file cannot be read ({detail}).</source>
        <translation>Le fichier ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>from the download</source>
        <translation>selon le téléchargement</translation>
    </message>
    <message>
        <source>The file is {size}; at most {max} can be sent inline.</source>
        <translation>Le fichier fait {size}&#xa0;; {max} au maximum peuvent être envoyés en ligne.</translation>
    </message>
    <message>
        <source>The name the ATS shows. F2 to rename.</source>
        <translation>Le nom affiché par l’ATS. F2 pour renommer.</translation>
    </message>
    <message>
        <source>The file name the ATS shows (editable)</source>
        <translation>Le nom de fichier affiché par l’ATS (modifiable)</translation>
    </message>
    <message>
        <source>The file&apos;s size</source>
        <translation>La taille du fichier</translation>
    </message>
    <message>
        <source>What kind of file it is, e.g. application/pdf</source>
        <translation>Le type du fichier, p. ex. application/pdf</translation>
    </message>
    <message>
        <source>The file on this computer, or the link Kombo downloads</source>
        <translation>Le fichier sur cet ordinateur, ou le lien que Kombo télécharge</translation>
    </message>
    <message>
        <source>{type} is generic; the ATS may not open the file. Choose a meaningful type such as application/pdf.</source>
        <translation>{type} est générique&#xa0;; l’ATS risque de ne pas ouvrir le fichier. Choisissez un type précis, comme application/pdf.</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} octets</translation>
    </message>
    <message>
        <source>Sent as {uri}</source>
        <translation>Envoyé sous la forme {uri}</translation>
    </message>
    <message>
        <source>Attachment name</source>
        <translation>Nom de la pièce jointe</translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Ajouter un texte</translation>
    </message>
    <message>
        <source>Add a text attribute</source>
        <translation>Ajouter un attribut texte</translation>
    </message>
    <message>
        <source>Add sub-result</source>
        <translation>Ajouter un sous-résultat</translation>
    </message>
    <message>
        <source>Add a sub-result</source>
        <translation>Ajouter un sous-résultat</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the attribute</source>
        <translation>Dupliquer l’attribut</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the attribute up</source>
        <translation>Monter l’attribut</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the attribute down</source>
        <translation>Descendre l’attribut</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the attribute</source>
        <translation>Retirer l’attribut</translation>
    </message>
    <message>
        <source>No attributes. Add a text attribute ({text}) or a sub-result ({sub}).</source>
        <translation>Aucun attribut. Ajoutez un attribut texte ({text}) ou un sous-résultat ({sub}).</translation>
    </message>
    <message>
        <source>Row {number}: {message}</source>
        <translation>Ligne {number}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Text: a label and a value. Sub-result: a scored part of the assessment.</source>
        <translation>Texte&#xa0;: un libellé et une valeur. Sous-résultat&#xa0;: une partie notée de l’évaluation.</translation>
    </message>
    <message>
        <source>Your internal ID of the test (sub-results)</source>
        <translation>Votre ID interne du test (sous-résultats)</translation>
    </message>
    <message>
        <source>The name the ATS shows</source>
        <translation>Le nom affiché par l’ATS</translation>
    </message>
    <message>
        <source>The text the ATS shows (text attributes)</source>
        <translation>Le texte affiché par l’ATS (attributs texte)</translation>
    </message>
    <message>
        <source>The score reached (sub-results)</source>
        <translation>Le score obtenu (sous-résultats)</translation>
    </message>
    <message>
        <source>The highest possible score, at least 1 (sub-results)</source>
        <translation>Le score le plus élevé possible, au moins 1 (sous-résultats)</translation>
    </message>
    <message>
        <source>Completed or cancelled (sub-results)</source>
        <translation>Terminé ou annulé (sous-résultats)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Sub-result</source>
        <translation>Sous-résultat</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not used by text attributes</source>
        <translation>Non utilisé par les attributs texte</translation>
    </message>
    <message>
        <source>Not used by sub-results</source>
        <translation>Non utilisé par les sous-résultats</translation>
    </message>
    <message>
        <source>Row {number}, {type}</source>
        <translation>Ligne {number}, {type}</translation>
    </message>
</context>
<context>
    <name>BatchCli</name>
    <message>
        <source>result-desk batch: Preferences require a reason for every send: give --reason TEXT.</source>
        <translation>result-desk batch&#xa0;: les préférences exigent un motif pour chaque envoi&#xa0;: indiquez --reason TEXT.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows: %1 ready, %2 with problems.</source>
        <translation>
            <numerusform>%n ligne&#xa0;: %1 prête, %2 avec des problèmes.</numerusform>
            <numerusform>%n lignes&#xa0;: %1 prêtes, %2 avec des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2: warning: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: avertissement&#xa0;: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: error: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: erreur&#xa0;: %3</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>ligne %1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: error: %2</source>
        <translation>ligne %1&#xa0;: erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the rows above, or add --skip-invalid.</source>
        <translation>Rien n’a été envoyé&#xa0;: corrigez les lignes ci-dessus, ou ajoutez --skip-invalid.</translation>
    </message>
    <message>
        <source>Nothing was sent: no row is ready.</source>
        <translation>Rien n’a été envoyé&#xa0;: aucune ligne n’est prête.</translation>
    </message>
    <message>
        <source>result-desk batch: --concurrency must be at least 1</source>
        <translation>result-desk batch&#xa0;: --concurrency doit valoir au moins 1</translation>
    </message>
    <message>
        <source>result-desk batch: --team-wait must be 0 to 3600 seconds</source>
        <translation>result-desk batch&#xa0;: --team-wait doit être compris entre 0 et 3600 secondes</translation>
    </message>
    <message>
        <source>result-desk batch: %1 takes at most %2 characters</source>
        <translation>result-desk batch&#xa0;: %1 accepte au plus %2 caractères</translation>
    </message>
    <message>
        <source>Give either --connection or --base-url, not both.</source>
        <translation>Indiquez soit --connection, soit --base-url, pas les deux.</translation>
    </message>
    <message>
        <source>--integration-id is required with --base-url.</source>
        <translation>--integration-id est obligatoire avec --base-url.</translation>
    </message>
    <message>
        <source>Set KOMBO_API_KEY to the API key (with --base-url).</source>
        <translation>Placez la clé API dans KOMBO_API_KEY (avec --base-url).</translation>
    </message>
    <message>
        <source>Give --connection NAME or --base-url URL --integration-id ID.</source>
        <translation>Indiquez --connection NOM ou --base-url URL --integration-id ID.</translation>
    </message>
    <message>
        <source>Stopped. Run again with --resume to continue.</source>
        <translation>Arrêté. Relancez avec --resume pour continuer.</translation>
    </message>
    <message>
        <source>The column mapping cannot be used:</source>
        <translation>La correspondance des colonnes n’est pas utilisable&#xa0;:</translation>
    </message>
    <message>
        <source>%1 has column names but no rows.</source>
        <translation>%1 a des noms de colonnes mais aucune ligne.</translation>
    </message>
    <message>
        <source>No API key is stored for %1; set KOMBO_API_KEY.</source>
        <translation>Aucune clé API n’est enregistrée pour %1&#xa0;; définissez KOMBO_API_KEY.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when the batch stopped: their outcome is unknown; they are not sent again (--resend-unknown to send them).</source>
        <translation>
            <numerusform>%n ligne était en cours d’envoi quand le lot s’est arrêté&#xa0;: son issue est inconnue&#xa0;; elle n’est pas renvoyée (--resend-unknown pour l’envoyer).</numerusform>
            <numerusform>%n lignes étaient en cours d’envoi quand le lot s’est arrêté&#xa0;: leur issue est inconnue&#xa0;; elles ne sont pas renvoyées (--resend-unknown pour les envoyer).</numerusform>
        </translation>
    </message>
    <message>
        <source>The key cannot be read from the keyring: %1</source>
        <translation>La clé ne peut pas être lue dans le trousseau de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>An earlier batch of this sheet (%1) stopped before every row was written. Add --resume to continue it (rows already written are not sent again).</source>
        <translation>Un lot précédent de cette feuille (%1) s’est arrêté avant que toutes les lignes soient enregistrées. Ajoutez --resume pour le reprendre (les lignes déjà enregistrées ne sont pas renvoyées).</translation>
    </message>
    <message>
        <source>unknown: line %1 %2: %3</source>
        <translation>inconnue&#xa0;: ligne %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No saved mapping is called %1.</source>
        <translation>Aucune correspondance enregistrée ne s’appelle %1.</translation>
    </message>
    <message>
        <source>This batch keeps the reason it started with: %1</source>
        <translation>Ce lot garde le motif avec lequel il a commencé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n row(s) to send, %2 already written.</source>
        <translation>
            <numerusform>Lot %1&#xa0;: %n ligne à envoyer (déjà enregistrées&#xa0;: %2).</numerusform>
            <numerusform>Lot %1&#xa0;: %n lignes à envoyer (déjà enregistrées&#xa0;: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet was already sent in full (%1, batch %2). Nothing was sent; add --send-again to send every row once more.</source>
        <translation>Cette feuille a déjà été envoyée entièrement (%1, lot %2). Rien n’a été envoyé&#xa0;; ajoutez --send-again pour renvoyer chaque ligne une fois de plus.</translation>
    </message>
    <message>
        <source>written %1, failed %2, unknown %3, not sent %4; 429 answers: %5.</source>
        <translation>enregistrées %1, en échec %2, inconnues %3, non envoyées %4&#xa0;; réponses 429&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>BatchEntry</name>
    <message>
        <source>Save the import template</source>
        <translation>Enregistrer le modèle d’import</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Modèle enregistré dans %1.</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Le modèle n’a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BatchMapping</name>
    <message>
        <source>Time zone of dates without an offset</source>
        <translation>Fuseau horaire des dates sans décalage</translation>
    </message>
    <message>
        <source>Dates without an offset are in &amp;time zone:</source>
        <translation>Dates sans décalage dans le &amp;fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Correspondance enregistrée</translation>
    </message>
    <message>
        <source>Name to save it as</source>
        <translation>Nom sous lequel l’enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;mapping</source>
        <translation>Enregistrer la &amp;correspondance</translation>
    </message>
    <message>
        <source>M&amp;apping:</source>
        <translation>Correspo&amp;ndance&#xa0;:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Celui de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Mapping “%1” saved.</source>
        <translation>Correspondance «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Mapping “%1” applied.</source>
        <translation>Correspondance «&#xa0;%1&#xa0;» appliquée.</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
</context>
<context>
    <name>BatchRows</name>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) done, %2 left</source>
        <translation>
            <numerusform>%1 sur %n ligne traitée, reste %2</numerusform>
            <numerusform>%1 sur %n lignes traitées, reste %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Issue inconnue</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, environ %1 restant</translation>
    </message>
    <message numerus="yes">
        <source>Written, %n warning(s)</source>
        <translation>
            <numerusform>Enregistrée, %n avertissement</numerusform>
            <numerusform>Enregistrée, %n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSend</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re-send &amp;unknown…</source>
        <translation>Renvoyer les &amp;inconnues…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Cancelling: the rows being sent finish, no new row starts…</source>
        <translation>Annulation&#xa0;: les lignes en cours d’envoi se terminent, aucune nouvelle ligne ne démarre…</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pause&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Kombo&apos;s log of this request (right-click to open)</source>
        <translation>Journal Kombo de cette requête (clic droit pour l’ouvrir)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Kombo status</source>
        <translation>Statut Kombo</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Kombo&apos;s answer</source>
        <translation>Réponse de Kombo</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <source>&amp;Open sheet…</source>
        <translation>Ouvrir une fe&amp;uille…</translation>
    </message>
    <message>
        <source>Open a CSV, XLSX or ODS sheet, one row per order.</source>
        <translation>Ouvrir une feuille CSV, XLSX ou ODS, une ligne par commande.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check with Kombo</source>
        <translation>&amp;Vérifier auprès de Kombo</translation>
    </message>
    <message>
        <source>Look the orders up: candidate and status beside each row; flags orders that do not exist or are no longer OPEN</source>
        <translation>Rechercher les commandes&#xa0;: candidat et statut à côté de chaque ligne&#xa0;; signale les commandes inexistantes ou qui ne sont plus OPEN</translation>
    </message>
    <message>
        <source>Open a sheet of results</source>
        <translation>Ouvrir une feuille de résultats</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Vérification de %n ligne…</numerusform>
            <numerusform>Vérification de %n lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>%n ligne vérifiée.</numerusform>
            <numerusform>%n lignes vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet&apos;s batch of %1 stopped before every row was written: %2 written, %3 left to send, %4 of unknown outcome. Send continues with the rows not yet written; rows of unknown outcome are sent again only if you choose to.</source>
        <translation>Le lot du %1 de cette feuille s’est arrêté avant que toutes les lignes soient enregistrées&#xa0;: %2 enregistrées, %3 restant à envoyer, %4 d’issue inconnue. «&#xa0;Envoyer&#xa0;» reprend avec les lignes pas encore enregistrées&#xa0;; les lignes d’issue inconnue ne sont renvoyées que si vous le choisissez.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n row(s)</source>
        <translation>
            <numerusform>&amp;Envoyer %n ligne</numerusform>
            <numerusform>&amp;Envoyer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation>Ouvrir dans le formulaire</translation>
    </message>
    <message>
        <source>Looking the orders up in Kombo…</source>
        <translation>Recherche des commandes dans Kombo…</translation>
    </message>
    <message>
        <source>Send rows of unknown outcome again?</source>
        <translation>Renvoyer les lignes d’issue inconnue&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Kombo may already have written %n row(s): the connection ended before its answer came. Check Kombo&apos;s log first; sending again may write them twice.</source>
        <translation>
            <numerusform>Kombo a peut-être déjà enregistré %n ligne&#xa0;: la connexion s’est terminée avant sa réponse. Consultez d’abord le journal Kombo&#xa0;; un nouvel envoi risque de l’enregistrer deux fois.</numerusform>
            <numerusform>Kombo a peut-être déjà enregistré %n lignes&#xa0;: la connexion s’est terminée avant leurs réponses. Consultez d’abord le journal Kombo&#xa0;; un nouvel envoi risque de les enregistrer deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Export the outcome</source>
        <translation>Exporter les issues</translation>
    </message>
    <message>
        <source>The column mapping</source>
        <translation>La correspondance des colonnes</translation>
    </message>
    <message>
        <source>This sheet was already sent in full (%1): Send starts a new batch.</source>
        <translation>Cette feuille a déjà été envoyée entièrement (%1)&#xa0;: «&#xa0;Envoyer&#xa0;» démarre un nouveau lot.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 ready, %2 with problems</source>
        <translation>
            <numerusform>%n ligne&#xa0;: %1 prête, %2 avec des problèmes</numerusform>
            <numerusform>%n lignes&#xa0;: %1 prêtes, %2 avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Kombo&apos;s log</source>
        <translation>Ouvrir le journal Kombo</translation>
    </message>
    <message>
        <source>Send this row again…</source>
        <translation>Renvoyer cette ligne…</translation>
    </message>
    <message>
        <source>Choose a connection in the main window first.</source>
        <translation>Choisissez d’abord une connexion dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The sheet was not opened.</source>
        <translation>La feuille n’a pas été ouverte.</translation>
    </message>
    <message>
        <source>Sends to: %1</source>
        <translation>Envoie vers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1 is in the main form.</source>
        <translation>La ligne %1 est dans le formulaire principal.</translation>
    </message>
    <message>
        <source>Nothing was sent: enter a reason first.</source>
        <translation>Rien n’a été envoyé&#xa0;: saisissez d’abord un motif.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>This batch keeps the reason it started with.</source>
        <translation>Ce lot garde le motif avec lequel il a commencé.</translation>
    </message>
    <message>
        <source>The column mapping cannot be used yet:</source>
        <translation>La correspondance des colonnes n’est pas encore utilisable&#xa0;:</translation>
    </message>
    <message>
        <source>No API key for %1.</source>
        <translation>Aucune clé API pour %1.</translation>
    </message>
    <message>
        <source>Kombo knows %1 of the %2 orders.</source>
        <translation>Kombo connaît %1 des %2 commandes.</translation>
    </message>
    <message>
        <source>Batch sent: %1 written, %2 failed, %3 unknown.</source>
        <translation>Lot envoyé&#xa0;: %1 enregistrées, %2 en échec, %3 inconnues.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Prêtes à envoyer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Issue inconnue</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Send the results in a CSV, XLSX or ODS sheet to Kombo, one row per order, at Kombo&apos;s pace. Every row is checked first with the form&apos;s rules.</source>
        <translation>Envoyer à Kombo les résultats d’une feuille CSV, XLSX ou ODS, une ligne par commande, au rythme de Kombo. Chaque ligne est d’abord vérifiée avec les règles du formulaire.</translation>
    </message>
    <message>
        <source>Exit status: 0 all written, 1 some failed or unknown, 2 nothing could start. KOMBO_API_KEY supplies the key (required with --base-url).</source>
        <translation>Code de sortie&#xa0;: 0 tout enregistré, 1 certaines en échec ou inconnues, 2 rien n’a pu démarrer. KOMBO_API_KEY fournit la clé (obligatoire avec --base-url).</translation>
    </message>
    <message>
        <source>the sheet (.csv, .xlsx or .ods)</source>
        <translation>la feuille (.csv, .xlsx ou .ods)</translation>
    </message>
    <message>
        <source>a saved column mapping</source>
        <translation>une correspondance de colonnes enregistrée</translation>
    </message>
    <message>
        <source>a saved connection profile</source>
        <translation>un profil de connexion enregistré</translation>
    </message>
    <message>
        <source>Kombo base URL (instead of a profile)</source>
        <translation>URL de base de Kombo (au lieu d’un profil)</translation>
    </message>
    <message>
        <source>integration ID for --base-url</source>
        <translation>ID d’intégration pour --base-url</translation>
    </message>
    <message>
        <source>time zone of dates without an offset, e.g. Europe/Berlin (default: the mapping&apos;s, else this computer&apos;s)</source>
        <translation>fuseau horaire des dates sans décalage, p. ex. Europe/Paris (par défaut&#xa0;: celui de la correspondance, sinon celui de cet ordinateur)</translation>
    </message>
    <message>
        <source>check only; send nothing</source>
        <translation>vérifier seulement&#xa0;; ne rien envoyer</translation>
    </message>
    <message>
        <source>look the orders up first; flag missing ones and ones no longer OPEN</source>
        <translation>rechercher d’abord les commandes&#xa0;; signaler celles qui manquent et celles qui ne sont plus OPEN</translation>
    </message>
    <message>
        <source>writes in flight at most (default %(default)s)</source>
        <translation>écritures simultanées au plus (par défaut %(default)s)</translation>
    </message>
    <message>
        <source>write each row&apos;s outcome (CSV)</source>
        <translation>écrire l’issue de chaque ligne (CSV)</translation>
    </message>
    <message>
        <source>continue this sheet&apos;s unfinished batch</source>
        <translation>reprendre le lot inachevé de cette feuille</translation>
    </message>
    <message>
        <source>with --resume: send rows whose outcome is unknown again (they may be written twice)</source>
        <translation>avec --resume&#xa0;: renvoyer les lignes d’issue inconnue (elles peuvent être enregistrées deux fois)</translation>
    </message>
    <message>
        <source>send a sheet whose every row was already written once more</source>
        <translation>renvoyer une feuille dont toutes les lignes ont déjà été enregistrées</translation>
    </message>
    <message>
        <source>send the rows without problems even if other rows have some</source>
        <translation>envoyer les lignes sans problème même si d’autres lignes en ont</translation>
    </message>
    <message>
        <source>why these results are corrected, kept with every row in the history (not sent to Kombo); required when Preferences say so</source>
        <translation>pourquoi ces résultats sont corrigés, conservé avec chaque ligne dans l’historique (non envoyé à Kombo)&#xa0;; obligatoire si les préférences l’exigent</translation>
    </message>
    <message>
        <source>a ticket reference, e.g. ZD-48213</source>
        <translation>une référence de ticket, p. ex. ZD-48213</translation>
    </message>
    <message>
        <source>with a team history (RESULT_DESK_TEAM_URL): wait at most this long to deliver the batch&apos;s records before exiting (default %(default)g; 0: leave them queued for the next start)</source>
        <translation>avec un historique d’équipe (RESULT_DESK_TEAM_URL)&#xa0;: attendre au plus ce temps pour remettre les entrées du lot avant de quitter (par défaut %(default)g&#xa0;; 0&#xa0;: les laisser en file pour le prochain démarrage)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1&#xa0;: erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Write assessment results into an ATS through Kombo&apos;s API.</source>
        <translation>Écrire des résultats d’évaluation dans un ATS via l’API de Kombo.</translation>
    </message>
    <message>
        <source>KOMBO_API_KEY supplies the key for this run only; RESULT_DESK_HOME keeps every file the program writes under one folder.</source>
        <translation>KOMBO_API_KEY fournit la clé pour cette exécution seulement&#xa0;; RESULT_DESK_HOME range tous les fichiers que le programme écrit dans un seul dossier.</translation>
    </message>
    <message>
        <source>start the built-in sandbox on a free loopback port and a profile pointing at it (no key needed, nothing stored in the keyring)</source>
        <translation>démarrer le bac à sable intégré sur un port de bouclage libre et un profil qui y pointe (aucune clé requise, rien d’enregistré dans le trousseau de clés)</translation>
    </message>
    <message>
        <source>headless end-to-end check: versions, Qt platform, keyring backend, one send through the sandbox; exit 0, or 1 with a one-line reason</source>
        <translation>vérification de bout en bout sans fenêtre&#xa0;: versions, plateforme Qt, trousseau de clés utilisé, un envoi via le bac à sable&#xa0;; sortie 0, ou 1 avec la raison en une ligne</translation>
    </message>
    <message>
        <source>with --demo: render the main window with a sample result to a PNG and exit</source>
        <translation>avec --demo&#xa0;: rendre la fenêtre principale avec un résultat d’exemple dans un PNG et quitter</translation>
    </message>
    <message>
        <source>quit once the main window has painted and start-up has finished (what follows the first paint: orders dock, history, team history); for start-up benchmarks</source>
        <translation>quitter dès que la fenêtre principale est dessinée et le démarrage terminé (ce qui suit le premier affichage&#xa0;: panneau des commandes, historique, historique d’équipe)&#xa0;; pour mesurer le démarrage</translation>
    </message>
    <message>
        <source>Kombo base URL for a quick connection</source>
        <translation>URL de base de Kombo pour une connexion rapide</translation>
    </message>
    <message>
        <source>integration ID for the --base-url connection</source>
        <translation>ID d’intégration pour la connexion --base-url</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>arguments non reconnus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CompletedAtEdit</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks jump over it. Type a time before or after the jump.</source>
        <translation>{time} n’existe pas en {zone}&#xa0;: l’horloge saute cette heure (passage à l’heure d’été). Saisissez une heure avant ou après le saut.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time. Type it like {example} (your local time, {zone}) or 2026-11-30T13:05:00Z (UTC).</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date et une heure. Saisissez-la comme {example} (votre heure locale, {zone}) ou 2026-11-30T13:05:00Z (UTC).</translation>
    </message>
</context>
<context>
    <name>CompletedAtField</name>
    <message>
        <source>Completed at</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation>Choisir le jour dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Which occurrence of this local time</source>
        <translation>Quelle occurrence de cette heure locale</translation>
    </message>
    <message>
        <source>This local time happens twice (the clocks go back); choose which one.</source>
        <translation>Cette heure locale existe deux fois (passage à l’heure d’hiver)&#xa0;; choisissez laquelle.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Set the completion time to the current time</source>
        <translation>Mettre l’heure de fin à l’heure actuelle</translation>
    </message>
    <message>
        <source>Clear the completion time (not sent)</source>
        <translation>Effacer l’heure de fin (non envoyée)</translation>
    </message>
    <message>
        <source>Clear completion time</source>
        <translation>Effacer l’heure de fin</translation>
    </message>
    <message>
        <source>When the assessment was completed or cancelled: your local time (%1) such as 2026-11-30 14:05, or UTC with Z (2026-11-30T13:05:00Z) or an offset (+02:00). Required for COMPLETED and CANCELLED; sent in UTC.</source>
        <translation>Quand l’évaluation a été terminée ou annulée&#xa0;: votre heure locale (%1), p. ex. 2026-11-30 14:05, ou UTC avec Z (2026-11-30T13:05:00Z) ou un décalage (+02:00). Obligatoire pour COMPLETED et CANCELLED&#xa0;; envoyée en UTC.</translation>
    </message>
    <message>
        <source>Not set (required for Completed and Cancelled). Type e.g. 2026-11-30 14:05 in %1, or UTC with Z.</source>
        <translation>Non définie (obligatoire pour Terminée et Annulée). Saisissez p. ex. 2026-11-30 14:05 en %1, ou UTC avec Z.</translation>
    </message>
    <message>
        <source>%1 · will be sent as %2</source>
        <translation>%1 · sera envoyée sous la forme %2</translation>
    </message>
    <message>
        <source>first</source>
        <translation>première</translation>
    </message>
    <message>
        <source>second</source>
        <translation>seconde</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Kombo answered with an error.</source>
        <translation>Kombo a répondu par une erreur.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>The key belongs to environment {env}.</source>
        <translation>La clé appartient à l’environnement {env}.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Kombo does not know this integration ID.</source>
        <translation>Kombo ne connaît pas cet ID d’intégration.</translation>
    </message>
    <message>
        <source>Check that the key is complete and not revoked (Kombo dashboard → Secrets). Keys belong to one region: if this customer&apos;s Kombo account is not in the {region} region ({host}), choose its region.</source>
        <translation>Vérifiez que la clé est complète et non révoquée (tableau de bord Kombo → Secrets). Une clé appartient à une seule région&#xa0;: si le compte Kombo de ce client n’est pas dans la région {region} ({host}), choisissez sa région.</translation>
    </message>
    <message>
        <source>Kombo did not accept this API key.</source>
        <translation>Kombo n’a pas accepté cette clé API.</translation>
    </message>
    <message>
        <source>There is no Kombo API at this address.</source>
        <translation>Il n’y a pas d’API Kombo à cette adresse.</translation>
    </message>
    <message>
        <source>Kombo is rate limiting this key.</source>
        <translation>Kombo limite le débit de cette clé.</translation>
    </message>
    <message>
        <source>The key works, but too many requests were made; try again in a minute.</source>
        <translation>La clé fonctionne, mais trop de requêtes ont été faites&#xa0;; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The chosen CA bundle does not vouch for this server: check that it is your network&apos;s current CA certificate.</source>
        <translation>Le bundle CA choisi ne garantit pas ce serveur&#xa0;: vérifiez qu’il s’agit du certificat d’AC actuel de votre réseau.</translation>
    </message>
    <message>
        <source>If your company&apos;s network inspects HTTPS traffic, choose its CA certificate under “CA bundle”.</source>
        <translation>Si le réseau de votre entreprise inspecte le trafic HTTPS, choisissez son certificat d’AC sous «&#xa0;Bundle CA&#xa0;».</translation>
    </message>
    <message>
        <source>The secure connection could not be verified.</source>
        <translation>La connexion sécurisée n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The proxy did not get through to Kombo.</source>
        <translation>Le proxy n’a pas pu joindre Kombo.</translation>
    </message>
    <message>
        <source>Kombo did not answer in time.</source>
        <translation>Kombo n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Check the base URL and that the server is running.</source>
        <translation>Vérifiez l’URL de base et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>Check the network connection (and the proxy settings, if any).</source>
        <translation>Vérifiez la connexion réseau (et les réglages du proxy, le cas échéant).</translation>
    </message>
    <message>
        <source>The test failed unexpectedly.</source>
        <translation>Le test a échoué de façon inattendue.</translation>
    </message>
    <message>
        <source>The CA bundle could not be loaded.</source>
        <translation>Le bundle CA n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>The base URL is not valid.</source>
        <translation>L’URL de base n’est pas valide.</translation>
    </message>
    <message>
        <source>The server did not answer like Kombo.</source>
        <translation>Le serveur n’a pas répondu comme Kombo.</translation>
    </message>
    <message>
        <source>Check the proxy settings (HTTPS_PROXY, NO_PROXY). If the proxy inspects HTTPS, choose its CA certificate under “CA bundle”.</source>
        <translation>Vérifiez les réglages du proxy (HTTPS_PROXY, NO_PROXY). Si le proxy inspecte le HTTPS, choisissez son certificat d’AC sous «&#xa0;Bundle CA&#xa0;».</translation>
    </message>
    <message>
        <source>The network or Kombo may be slow; try again.</source>
        <translation>Le réseau ou Kombo est peut-être lent&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The key works, but Kombo found no integration {id} for it. Copy the ID from the integration&apos;s page on Kombo&apos;s dashboard; it belongs to the same environment as the key.</source>
        <translation>La clé fonctionne, mais Kombo n’a trouvé aucune intégration {id} pour elle. Copiez l’ID depuis la page de l’intégration dans le tableau de bord Kombo&#xa0;; il appartient au même environnement que la clé.</translation>
    </message>
    <message>
        <source>Check that the key is complete and not revoked, and that {host} is the right server for it.</source>
        <translation>Vérifiez que la clé est complète et non révoquée, et que {host} est le bon serveur pour elle.</translation>
    </message>
    <message>
        <source>{host} answered 404 for /check-api-key. Check the base URL (it ends with /v1).</source>
        <translation>{host} a répondu 404 pour /check-api-key. Vérifiez l’URL de base (elle se termine par /v1).</translation>
    </message>
    <message>
        <source>Could not reach {host}.</source>
        <translation>Impossible de joindre {host}.</translation>
    </message>
    <message>
        <source>{message} ({status}, {type}). Check the base URL: Kombo&apos;s ends with /v1.</source>
        <translation>{message} ({status}, {type}). Vérifiez l’URL de base&#xa0;: celle de Kombo se termine par /v1.</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>Demo (local sandbox)</source>
        <translation>Démo (bac à sable local)</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>The window is still usable and nothing you typed was lost. The details were written to the log file:
%1</source>
        <translation>La fenêtre reste utilisable et rien de ce que vous avez saisi n’a été perdu. Les détails ont été écrits dans le fichier journal&#xa0;:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) happened in a row.</source>
        <translation>
            <numerusform>%n erreur s’est produite.</numerusform>
            <numerusform>%n erreurs se sont produites à la suite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong that Result Desk did not expect:
%1</source>
        <translation>Un problème que Result Desk n’avait pas prévu est survenu&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>FormDrafts</name>
    <message>
        <source>Restored your unsent draft from %1.</source>
        <translation>Votre brouillon non envoyé du %1 a été restauré.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Restored your unsent draft for order %1 from %2.</source>
        <translation>Votre brouillon non envoyé pour la commande %1 du %2 a été restauré.</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Remote fields</source>
        <translation>Champs distants</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>Fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
    <message>
        <source>The file does not contain a JSON object.</source>
        <translation>Le fichier ne contient pas d’objet JSON.</translation>
    </message>
    <message>
        <source>The template&apos;s “result” is not a JSON object.</source>
        <translation>Le «&#xa0;result&#xa0;» du modèle n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This is a folder, not a file: %1</source>
        <translation>C’est un dossier, pas un fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file was written by a newer Result Desk; update it to open the file.</source>
        <translation>Le fichier a été écrit par une version plus récente de Result Desk&#xa0;; mettez Result Desk à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The file is neither a Result Desk template nor a result body.</source>
        <translation>Le fichier n’est ni un modèle Result Desk ni un corps de résultat.</translation>
    </message>
    <message>
        <source>This is not a regular file: %1</source>
        <translation>Ce n’est pas un fichier ordinaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file changed since it was added; add it again: %1</source>
        <translation>Le fichier a changé depuis son ajout&#xa0;; ajoutez-le de nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>Le fichier n’est pas du JSON valide (ligne %1, colonne %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Result URL</source>
        <translation>URL du résultat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>Score maximal</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>content type</source>
        <translation>type de contenu</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Outcome unknown: Result Desk stopped</source>
        <translation>Issue inconnue&#xa0;: Result Desk s’est arrêté</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Issue inconnue</translation>
    </message>
    <message numerus="yes">
        <source>Written, %n warning(s)</source>
        <translation>
            <numerusform>Enregistré, %n avertissement</numerusform>
            <numerusform>Enregistré, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Unknown — later written at %1</source>
        <translation>Inconnue — enregistré ensuite à %1</translation>
    </message>
    <message>
        <source>Refused by Kombo</source>
        <translation>Refusé par Kombo</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>File changed, not sent</source>
        <translation>Fichier modifié, non envoyé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>The send history failed: %1</source>
        <translation>L’historique des envois a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The send history is not open.</source>
        <translation>L’historique des envois n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The send history could not be opened.</source>
        <translation>L’historique des envois n’a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Reason / ticket</source>
        <translation>Motif / ticket</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Kombo&apos;s answer to this send was unclear, but a later send of the same order was written: nothing to check.</source>
        <translation>La réponse de Kombo à cet envoi n’était pas claire, mais un envoi ultérieur de la même commande a été enregistré&#xa0;: rien à vérifier.</translation>
    </message>
    <message>
        <source>Kombo may or may not have written this result. Check Kombo&apos;s log before sending the order again.</source>
        <translation>Kombo a peut-être enregistré ce résultat, ou peut-être pas. Consultez le journal Kombo avant de renvoyer la commande.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Send history – Result Desk</source>
        <translation>Historique des envois – Result Desk</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Search order ID, candidate, error code, operator, reason or ticket</source>
        <translation>ID de commande, candidat, code d’erreur, opérateur, motif ou ticket</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Kombo&apos;s answer</source>
        <translation>Réponse de Kombo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&amp;Open in form</source>
        <translation>&amp;Ouvrir dans le formulaire</translation>
    </message>
    <message>
        <source>Fill the main window&apos;s form with this request, to check or change it</source>
        <translation>Remplir le formulaire de la fenêtre principale avec cette requête, pour la vérifier ou la modifier</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Fill the form with this request and send it to the same order again</source>
        <translation>Remplir le formulaire avec cette requête et la renvoyer à la même commande</translation>
    </message>
    <message>
        <source>Keep history for (days)</source>
        <translation>Durée de conservation de l’historique (jours)</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Sends older than this are deleted at start-up (0: keep everything)</source>
        <translation>Les envois plus anciens sont supprimés au démarrage (0&#xa0;: tout conserver)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the sends shown as CSV or JSON (attachment details, never the key)</source>
        <translation>Enregistrer les envois affichés en CSV ou JSON (détails des pièces jointes, jamais la clé)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No send matches.</source>
        <translation>Aucun envoi ne correspond.</translation>
    </message>
    <message>
        <source>No sends recorded yet.</source>
        <translation>Aucun envoi enregistré pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln send(s)</source>
        <translation>
            <numerusform>%Ln envoi</numerusform>
            <numerusform>%Ln envois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n send(s) to %1</source>
        <translation>
            <numerusform>%n envoi exporté vers %1</numerusform>
            <numerusform>%n envois exportés vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. No send is older than %n day(s).</source>
        <translation>
            <numerusform>Enregistré. Aucun envoi n’a plus de %n jour.</numerusform>
            <numerusform>Enregistré. Aucun envoi n’a plus de %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n send(s) older than %1 from the history?</source>
        <translation>
            <numerusform>Supprimer de l’historique %n envoi de plus de %1&#xa0;?</numerusform>
            <numerusform>Supprimer de l’historique %n envois de plus de %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n old send(s).</source>
        <translation>
            <numerusform>%n ancien envoi supprimé.</numerusform>
            <numerusform>%n anciens envois supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The history could not be exported to %1 (%2).</source>
        <translation>L’historique n’a pas pu être exporté vers %1 (%2).</translation>
    </message>
    <message>
        <source>The history is kept without a time limit.</source>
        <translation>L’historique est conservé sans limite de durée.</translation>
    </message>
    <message>
        <source>Delete old sends?</source>
        <translation>Supprimer les anciens envois&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone. Export them first to keep a copy.</source>
        <translation>Cette action est irréversible. Exportez-les d’abord pour en garder une copie.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Toutes les issues</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Any failure</source>
        <translation>Tout échec</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Issue inconnue</translation>
    </message>
    <message>
        <source>Refused by Kombo</source>
        <translation>Refusé par Kombo</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>Fichier modifié</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Select a send to see what was sent and what Kombo answered.</source>
        <translation>Sélectionnez un envoi pour voir ce qui a été envoyé et ce que Kombo a répondu.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>pas de réponse HTTP</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation>
            <numerusform>%n nouvelle tentative</numerusform>
            <numerusform>%n nouvelles tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Kombo log</source>
        <translation>Journal Kombo</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Kombo may or may not have written this result. Check Kombo&apos;s log before sending the order again.</source>
        <translation>Kombo a peut-être enregistré ce résultat, ou peut-être pas. Consultez le journal Kombo avant de renvoyer la commande.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <source>“%1” is not the file that was sent: its content changed (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le fichier qui a été envoyé&#xa0;: son contenu a changé (%2).</translation>
    </message>
    <message>
        <source>“%1” is now %2, not a regular file (%3); it was not opened.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant %2, pas un fichier ordinaire (%3)&#xa0;; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>“%1” could not be read within %2 s (%3): check it before sending.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu en %2 s (%3)&#xa0;: vérifiez-le avant l’envoi.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every send, what was sent and what Kombo answered</source>
        <translation>Chaque envoi, ce qui a été envoyé et ce que Kombo a répondu</translation>
    </message>
    <message>
        <source>Replace the form?</source>
        <translation>Remplacer le formulaire&#xa0;?</translation>
    </message>
    <message>
        <source>(no order ID)</source>
        <translation>(pas d’ID de commande)</translation>
    </message>
    <message>
        <source>The form is filled with the send you chose instead.</source>
        <translation>Le formulaire est rempli avec l’envoi choisi à la place.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>The connection “%1” this was sent with no longer exists; choose a connection and send from the form.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» utilisée pour cet envoi n’existe plus&#xa0;; choisissez une connexion et envoyez depuis le formulaire.</translation>
    </message>
    <message>
        <source>Replace the unsent result for order %1 in the form?</source>
        <translation>Remplacer le résultat non envoyé de la commande %1 dans le formulaire&#xa0;?</translation>
    </message>
    <message>
        <source>The attachments could not be checked: %1</source>
        <translation>Les pièces jointes n’ont pas pu être vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some fields need attention before it can be sent.</source>
        <translation>Certains champs sont à revoir avant l’envoi.</translation>
    </message>
    <message>
        <source>Order %1 from %2 is in the form.</source>
        <translation>La commande %1 du %2 est dans le formulaire.</translation>
    </message>
    <message>
        <source>The connection “%1” now points at another integration; choose the connection to send to and send from the form.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» pointe maintenant vers une autre intégration&#xa0;; choisissez la connexion de destination et envoyez depuis le formulaire.</translation>
    </message>
    <message>
        <source>Kombo may already have written that result. Check Kombo&apos;s log for this order before sending it again, or the ATS may get it twice.</source>
        <translation>Kombo a peut-être déjà enregistré ce résultat. Consultez le journal Kombo de cette commande avant de la renvoyer, sinon l’ATS risque de le recevoir deux fois.</translation>
    </message>
    <message>
        <source>Send this order again?</source>
        <translation>Renvoyer cette commande&#xa0;?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Open Kombo&apos;s log</source>
        <translation>Ouvrir le journal Kombo</translation>
    </message>
    <message>
        <source>The last send of order %1 (%2) got no clear answer.</source>
        <translation>Le dernier envoi de la commande %1 (%2) n’a pas reçu de réponse claire.</translation>
    </message>
    <message>
        <source>“%1” was sent inline and the history keeps no file content: attach it again.</source>
        <translation>«&#xa0;%1&#xa0;» a été envoyé en ligne et l’historique ne conserve pas le contenu des fichiers&#xa0;: joignez-le de nouveau.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Renvoyer&#xa0;?</translation>
    </message>
    <message>
        <source>The form is filled with this send.</source>
        <translation>Le formulaire est rempli avec cet envoi.</translation>
    </message>
    <message>
        <source>The order stays OPEN.</source>
        <translation>La commande reste OPEN.</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Send order %1 again?</source>
        <translation>Renvoyer la commande %1&#xa0;?</translation>
    </message>
    <message>
        <source>Open Kombo&apos;s &amp;log</source>
        <translation>Ouvrir le &amp;journal Kombo</translation>
    </message>
    <message>
        <source>The unsent result for order %1 in the form is replaced by this one.</source>
        <translation>Le résultat non envoyé de la commande %1 dans le formulaire est remplacé par celui-ci.</translation>
    </message>
    <message>
        <source>The order is closed as %1; this cannot be undone.</source>
        <translation>La commande est clôturée en %1&#xa0;; c’est irréversible.</translation>
    </message>
    <message>
        <source>The last send of this order (%1) got no clear answer: Kombo may already have written it. Check Kombo&apos;s log first, or the ATS may get it twice.</source>
        <translation>Le dernier envoi de cette commande (%1) n’a pas reçu de réponse claire&#xa0;: Kombo l’a peut-être déjà enregistré. Consultez d’abord le journal Kombo, sinon l’ATS risque de le recevoir deux fois.</translation>
    </message>
    <message>
        <source>Send order %1 for %2 again?</source>
        <translation>Renvoyer la commande %1 de %2&#xa0;?</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>IssueRows</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>The key was not stored: {message} See “Keyring” below.</source>
        <translation>La clé n’a pas été enregistrée&#xa0;: {message} Voir «&#xa0;Trousseau de clés&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>The key is kept in memory for this run only.</source>
        <translation>La clé est gardée en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <source>The key is stored in the keyring.</source>
        <translation>La clé est enregistrée dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Type a key to store it for later</source>
        <translation>Saisissez une clé pour l’enregistrer</translation>
    </message>
    <message>
        <source>KOMBO_API_KEY is set: this run uses that key for every connection, and never stores it.</source>
        <translation>KOMBO_API_KEY est définie&#xa0;: cette session utilise cette clé pour toutes les connexions et ne l’enregistre jamais.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé API</translation>
    </message>
    <message>
        <source>The key is stored in the keyring when you save.</source>
        <translation>La clé est enregistrée dans le trousseau de clés quand vous enregistrez.</translation>
    </message>
    <message>
        <source>The keyring is locked or unavailable (see “Keyring” below).</source>
        <translation>Le trousseau de clés est verrouillé ou indisponible (voir «&#xa0;Trousseau de clés&#xa0;» ci-dessous).</translation>
    </message>
    <message>
        <source>in memory for this run</source>
        <translation>en mémoire pour cette session</translation>
    </message>
    <message>
        <source>in the keyring</source>
        <translation>dans le trousseau de clés</translation>
    </message>
    <message>
        <source>Stored {where} — type a new key to replace it</source>
        <translation>Enregistrée {where} — saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>A key is stored {where}.</source>
        <translation>Une clé est enregistrée {where}.</translation>
    </message>
    <message>
        <source>No key is stored for this connection yet.</source>
        <translation>Aucune clé n’est encore enregistrée pour cette connexion.</translation>
    </message>
    <message>
        <source>This run uses KOMBO_API_KEY instead.</source>
        <translation>Cette session utilise KOMBO_API_KEY à la place.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Corrigez d’abord les champs signalés.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test…</translation>
    </message>
    <message>
        <source>the key typed above</source>
        <translation>la clé saisie ci-dessus</translation>
    </message>
    <message>
        <source>The stored key cannot be read.</source>
        <translation>La clé enregistrée ne peut pas être lue.</translation>
    </message>
    <message>
        <source>There is no key to test: paste the API key first.</source>
        <translation>Aucune clé à tester&#xa0;: collez d’abord la clé API.</translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation>Collez la clé API.</translation>
    </message>
    <message>
        <source>the key from KOMBO_API_KEY</source>
        <translation>la clé de KOMBO_API_KEY</translation>
    </message>
    <message>
        <source>the key kept in memory</source>
        <translation>la clé gardée en mémoire</translation>
    </message>
    <message>
        <source>the key stored in the keyring</source>
        <translation>la clé enregistrée dans le trousseau de clés</translation>
    </message>
</context>
<context>
    <name>KeyringStatusBox</name>
    <message>
        <source>Keyring</source>
        <translation>Trousseau de clés</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Vérification du trousseau de clés…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Keep API keys in memory for this run only (they are forgotten on exit)</source>
        <translation>Garder les clés API en mémoire pour cette session seulement (oubliées à la fermeture)</translation>
    </message>
    <message>
        <source>keys are kept in memory for this run only</source>
        <translation>les clés sont gardées en mémoire pour cette session seulement</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>KOMBO_API_KEY is set: it is used for this run and never stored.</source>
        <translation>KOMBO_API_KEY est définie&#xa0;: elle est utilisée pour cette session et jamais enregistrée.</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>Link URL</source>
        <translation>URL du lien</translation>
    </message>
    <message>
        <source>https://example.com/report.pdf</source>
        <translation>https://example.com/rapport.pdf</translation>
    </message>
    <message>
        <source>Link name</source>
        <translation>Nom du lien</translation>
    </message>
    <message>
        <source>Link content type</source>
        <translation>Type de contenu du lien</translation>
    </message>
    <message>
        <source>From the download</source>
        <translation>Selon le téléchargement</translation>
    </message>
    <message>
        <source>Optional: Kombo takes the type the server sends when this is empty.</source>
        <translation>Facultatif&#xa0;: si ce champ est vide, Kombo reprend le type envoyé par le serveur.</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter le lien</translation>
    </message>
    <message>
        <source>Add the link</source>
        <translation>Ajouter le lien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel adding a link</source>
        <translation>Annuler l’ajout d’un lien</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L&#xa0;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LogBox</name>
    <message>
        <source>Send log</source>
        <translation>Journal des envois</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copier le journal</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log</source>
        <translation>Copier les lignes sélectionnées, ou tout le journal</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Vider le journal</translation>
    </message>
    <message>
        <source>Remove every entry from the log panel</source>
        <translation>Retirer toutes les entrées du panneau du journal</translation>
    </message>
    <message>
        <source>Log copied to the clipboard.</source>
        <translation>Journal copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Send log</source>
        <translation>Journal des envois</translation>
    </message>
    <message>
        <source>Kombo&apos;s answers appear here.</source>
        <translation>Les réponses de Kombo s’affichent ici.</translation>
    </message>
</context>
<context>
    <name>LongText</name>
    <message>
        <source>This field holds at most %1 characters: the rest was cut off.</source>
        <translation>Ce champ contient au plus %1 caractères&#xa0;: le reste a été coupé.</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Where the result is sent: the Kombo connection</source>
        <translation>Où le résultat est envoyé&#xa0;: la connexion Kombo</translation>
    </message>
    <message>
        <source>No connection configured</source>
        <translation>Aucune connexion configurée</translation>
    </message>
    <message>
        <source>(no job name)</source>
        <translation>(offre sans nom)</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>pack %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>This order is %1: its status can no longer change. Kombo may still accept a result with the same status, which is selected below.</source>
        <translation>Cette commande est %1&#xa0;: son statut ne peut plus changer. Kombo peut encore accepter un résultat avec le même statut, sélectionné ci-dessous.</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>pas de réponse HTTP</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>il y a moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>Result written with %n warning(s).</source>
        <translation>
            <numerusform>Résultat enregistré avec %n avertissement.</numerusform>
            <numerusform>Résultat enregistré avec %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result written.</source>
        <translation>Résultat enregistré.</translation>
    </message>
    <message>
        <source>The outcome is unknown: Kombo may or may not have written this result. Check the Kombo log before sending it again.</source>
        <translation>L’issue est inconnue&#xa0;: Kombo a peut-être enregistré ce résultat, ou peut-être pas. Consultez le journal Kombo avant de le renvoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s) before this answer.</source>
        <translation>
            <numerusform>%n nouvelle tentative avant cette réponse.</numerusform>
            <numerusform>%n nouvelles tentatives avant cette réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Kombo refused the result</source>
        <translation>Kombo a refusé le résultat</translation>
    </message>
    <message>
        <source>Kombo answered an error</source>
        <translation>Kombo a répondu par une erreur</translation>
    </message>
    <message>
        <source>Nothing was sent: check the connection&apos;s settings.</source>
        <translation>Rien n’a été envoyé&#xa0;: vérifiez les réglages de la connexion.</translation>
    </message>
    <message>
        <source>%1 The outcome is unknown: check the Kombo log before sending again.</source>
        <translation>%1 L’issue est inconnue&#xa0;: consultez le journal Kombo avant de renvoyer.</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Result written</source>
        <translation>Résultat enregistré</translation>
    </message>
    <message>
        <source>Kombo&apos;s log of this request:</source>
        <translation>Journal Kombo de cette requête&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was sent: this connection cannot be used</source>
        <translation>Rien n’a été envoyé&#xa0;: cette connexion est inutilisable</translation>
    </message>
    <message>
        <source>The request did not get an answer.</source>
        <translation>La requête n’a pas reçu de réponse.</translation>
    </message>
    <message>
        <source>Kombo warning: %1</source>
        <translation>Avertissement de Kombo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kombo refused the result: %1</source>
        <translation>Kombo a refusé le résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kombo answered %1.</source>
        <translation>Kombo a répondu %1.</translation>
    </message>
    <message>
        <source>Redirected, not followed: check the connection&apos;s base URL.</source>
        <translation>Redirection non suivie&#xa0;: vérifiez l’URL de base de la connexion.</translation>
    </message>
    <message>
        <source>Kombo&apos;s answer could not be read.</source>
        <translation>La réponse de Kombo n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s (attempt %3)</source>
        <translation>%1, nouvel essai dans %2 s (tentative %3)</translation>
    </message>
    <message>
        <source>No answer from Kombo</source>
        <translation>Pas de réponse de Kombo</translation>
    </message>
    <message>
        <source>An attachment changed during the send: send again.</source>
        <translation>Une pièce jointe a changé pendant l’envoi&#xa0;: renvoyez.</translation>
    </message>
    <message>
        <source>Kombo answered with a redirect</source>
        <translation>Kombo a répondu par une redirection</translation>
    </message>
    <message>
        <source>Nothing was sent: an attachment changed.</source>
        <translation>Rien n’a été envoyé&#xa0;: une pièce jointe a changé.</translation>
    </message>
    <message>
        <source>Kombo&apos;s answer could not be read</source>
        <translation>La réponse de Kombo n’a pas pu être lue</translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation>Envoi annulé.</translation>
    </message>
    <message>
        <source>It began: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attachment %1 changed while it was being sent. The send was stopped before its end, but Kombo may hold a damaged copy: send again.</source>
        <translation>La pièce jointe %1 a changé pendant son envoi. L’envoi a été arrêté avant la fin, mais Kombo détient peut-être une copie endommagée&#xa0;: renvoyez.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written. The form is unchanged.</source>
        <translation>Annulé&#xa0;; rien n’a été enregistré. Le formulaire est inchangé.</translation>
    </message>
    <message>
        <source>Nothing was sent: attachment %1 %2</source>
        <translation>Rien n’a été envoyé&#xa0;: pièce jointe %1 %2</translation>
    </message>
    <message>
        <source>Cancelled after the whole result was sent</source>
        <translation>Annulé après l’envoi complet du résultat</translation>
    </message>
    <message>
        <source>About Result Desk</source>
        <translation>À propos de Result Desk</translation>
    </message>
    <message>
        <source>Write assessment results into applicant tracking systems through Kombo&apos;s API, by hand, quickly and safely.</source>
        <translation>Écrivez des résultats d’évaluation dans les logiciels de recrutement (ATS) via l’API de Kombo, à la main, rapidement et en toute sécurité.</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Importer des résultats…</translation>
    </message>
    <message>
        <source>Send the results in a CSV, XLSX or ODS sheet</source>
        <translation>Envoyer les résultats d’une feuille CSV, XLSX ou ODS</translation>
    </message>
    <message>
        <source>Save import &amp;template…</source>
        <translation>Enregistrer le &amp;modèle d’import…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Result Desk</source>
        <translation>À &amp;propos de Result Desk</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Result Desk was started again: this window is the one running.</source>
        <translation>Result Desk a été relancé&#xa0;: c’est cette fenêtre qui est en cours d’exécution.</translation>
    </message>
    <message>
        <source>Demo mode: sending to the local sandbox at %1</source>
        <translation>Mode démo&#xa0;: envoi vers le bac à sable local sur %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>Write %1 without thousands separators: use %2 only as the decimal point (e.g. %3).</source>
        <translation>Écrivez %1 sans séparateur de milliers&#xa0;: utilisez %2 uniquement comme séparateur décimal (p. ex. %3).</translation>
    </message>
</context>
<context>
    <name>OrderLookup</name>
    <message>
        <source>Add a connection to look the order up.</source>
        <translation>Ajoutez une connexion pour rechercher la commande.</translation>
    </message>
    <message>
        <source>No API key for “%1”.</source>
        <translation>Aucune clé API pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>Find order…</source>
        <translation>Trouver une commande…</translation>
    </message>
    <message>
        <source>Re&amp;fresh orders</source>
        <translation>Actuali&amp;ser les commandes</translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation>Recherche de la commande…</translation>
    </message>
    <message>
        <source>The order could not be looked up: %1</source>
        <translation>La commande n’a pas pu être recherchée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Look up the order ID typed beside it, or search the integration&apos;s orders by candidate, job or package (%1)</source>
        <translation>Rechercher l’ID de commande saisi à côté, ou chercher dans les commandes de l’intégration par candidat, offre ou pack (%1)</translation>
    </message>
    <message>
        <source>Integration %1 has no order with this ID.</source>
        <translation>L’intégration %1 n’a aucune commande avec cet ID.</translation>
    </message>
    <message>
        <source>Order %1 of %2 is in the form.</source>
        <translation>La commande %1 de %2 est dans le formulaire.</translation>
    </message>
</context>
<context>
    <name>OrdersFilterBar</name>
    <message>
        <source>Show %1 orders</source>
        <translation>Afficher les commandes au statut %1</translation>
    </message>
    <message>
        <source>Show orders with this status; select several to combine them. With none selected, orders of every status are shown.</source>
        <translation>Afficher les commandes de ce statut&#xa0;; sélectionnez-en plusieurs pour les combiner. Si aucun n’est sélectionné, les commandes de tous les statuts sont affichées.</translation>
    </message>
    <message>
        <source>Created after</source>
        <translation>Créées après le</translation>
    </message>
    <message>
        <source>Only orders created on or after this day (your local midnight)</source>
        <translation>Seulement les commandes créées ce jour-là ou après (à partir de minuit, heure locale)</translation>
    </message>
    <message>
        <source>Clear the created-after date</source>
        <translation>Effacer la date de création minimale</translation>
    </message>
    <message>
        <source>Any creation date</source>
        <translation>Toute date de création</translation>
    </message>
    <message>
        <source>Order IDs, separated by commas or spaces</source>
        <translation>ID de commande, séparés par des virgules ou des espaces</translation>
    </message>
    <message>
        <source>Order IDs filter</source>
        <translation>Filtre des ID de commande</translation>
    </message>
    <message>
        <source>Ask Kombo for these orders only. Press Enter to apply.</source>
        <translation>Demander à Kombo ces commandes seulement. Appuyez sur Entrée pour appliquer.</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>created after %1</source>
        <translation>créées après le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order ID(s)</source>
        <translation>
            <numerusform>%n ID de commande</numerusform>
            <numerusform>%n ID de commande</numerusform>
        </translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
</context>
<context>
    <name>OrdersLoader</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No connection is selected.</source>
        <translation>Aucune connexion n’est sélectionnée.</translation>
    </message>
    <message>
        <source>The API key could not be read: %1</source>
        <translation>La clé API n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No API key for “%1”. Set KOMBO_API_KEY or store a key for this connection.</source>
        <translation>Aucune clé API pour «&#xa0;%1&#xa0;». Définissez KOMBO_API_KEY ou enregistrez une clé pour cette connexion.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Orders</source>
        <extracomment>An order was chosen (double-click, Enter or &quot;Use this order&quot;): `Order`. Something for the log panel: (level, text, link or &quot;&quot;). &quot;Create a connection…&quot; on the no-connection page: the Connections dialog is wanted.</extracomment>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh orders</source>
        <translation>Actualiser les commandes</translation>
    </message>
    <message>
        <source>Load the orders again from the first page (F5)</source>
        <translation>Recharger les commandes depuis la première page (F5)</translation>
    </message>
    <message>
        <source>Search loaded orders: candidate, email, job, package or ID</source>
        <translation>Chercher dans les commandes chargées&#xa0;: candidat, e-mail, offre, pack ou ID</translation>
    </message>
    <message>
        <source>Search loaded orders</source>
        <translation>Chercher dans les commandes chargées</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Orders status</source>
        <translation>État des commandes</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Load more orders</source>
        <translation>Charger plus de commandes</translation>
    </message>
    <message>
        <source>Loading more orders…</source>
        <translation>Chargement d’autres commandes…</translation>
    </message>
    <message>
        <source>Loading orders failed</source>
        <translation>Échec du chargement des commandes</translation>
    </message>
    <message>
        <source>Loading more orders failed</source>
        <translation>Échec du chargement d’autres commandes</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>Create a connection to see the orders of its integration.</source>
        <translation>Créez une connexion pour voir les commandes de son intégration.</translation>
    </message>
    <message>
        <source>Could not load orders</source>
        <translation>Impossible de charger les commandes</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Chargement des commandes…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded</source>
        <translation>
            <numerusform>%n commande chargée</numerusform>
            <numerusform>%n commandes chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search looks at the %n order(s) loaded so far.</source>
        <translation>
            <numerusform>La recherche porte sur %n commande chargée jusqu’ici.</numerusform>
            <numerusform>La recherche porte sur les %n commandes chargées jusqu’ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 match(es) the search</source>
        <translation>
            <numerusform>%n sur %1 correspond à la recherche</numerusform>
            <numerusform>%n sur %1 correspondent à la recherche</numerusform>
        </translation>
    </message>
    <message>
        <source>more available</source>
        <translation>d’autres disponibles</translation>
    </message>
    <message>
        <source>all loaded</source>
        <translation>toutes chargées</translation>
    </message>
    <message>
        <source>Could not load more orders: %1</source>
        <translation>Impossible de charger plus de commandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create a connection…</source>
        <translation>Créer une connexion…</translation>
    </message>
    <message>
        <source>No orders match these filters</source>
        <translation>Aucune commande ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>This integration has no orders yet</source>
        <translation>Cette intégration n’a encore aucune commande</translation>
    </message>
    <message>
        <source>Load more to search further.</source>
        <translation>Chargez-en plus pour chercher plus loin.</translation>
    </message>
    <message>
        <source>Open Kombo’s log</source>
        <translation>Ouvrir le journal Kombo</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No loaded order matches “%1”</source>
        <translation>Aucune commande chargée ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s…</source>
        <translation>%1, nouvel essai dans %2 s…</translation>
    </message>
    <message>
        <source>Loading orders: %1, retrying in %2 s (attempt %3)</source>
        <translation>Chargement des commandes&#xa0;: %1, nouvel essai dans %2 s (tentative %3)</translation>
    </message>
</context>
<context>
    <name>OrdersTableView</name>
    <message>
        <source>Orders</source>
        <extracomment>An order was chosen (double-click, Enter or &quot;Use this order&quot;): `Order`.</extracomment>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Copy order ID</source>
        <translation>Copier l’ID de commande</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>Copier l’e-mail</translation>
    </message>
    <message>
        <source>Use this order</source>
        <translation>Utiliser cette commande</translation>
    </message>
    <message>
        <source>Copy order IDs</source>
        <translation>Copier les ID de commande</translation>
    </message>
    <message>
        <source>Copy emails</source>
        <translation>Copier les e-mails</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Your name, reasons, the team history</source>
        <translation>Votre nom, les motifs, l’historique d’équipe</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Team history</source>
        <translation>Historique d’équipe</translation>
    </message>
    <message>
        <source>e.g. Anna Keller</source>
        <translation>p. ex. Anna Keller</translation>
    </message>
    <message>
        <source>Every send needs a &amp;reason</source>
        <translation>Chaque envoi exige un &amp;motif</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Shown with your sends in the history and to your team, with this computer&apos;s user and host name.</source>
        <translation>Affiché avec vos envois dans l’historique et à votre équipe, avec le nom d’utilisateur et le nom d’hôte de cet ordinateur.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Applies when Result Desk is next started.</source>
        <translation>S’applique au prochain démarrage de Result Desk.</translation>
    </message>
    <message>
        <source>empty: no team history</source>
        <translation>vide&#xa0;: pas d’historique d’équipe</translation>
    </message>
    <message>
        <source>unchanged (kept in the OS keyring)</source>
        <translation>inchangé (dans le trousseau)</translation>
    </message>
    <message>
        <source>optional: the system&apos;s CAs</source>
        <translation>vide&#xa0;: AC du système</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>RESULT_DESK_TEAM_URL is set: this run uses that server, not the one below. What you save here applies when it is unset.</source>
        <translation>RESULT_DESK_TEAM_URL est définie&#xa0;: cette session utilise ce serveur, pas celui ci-dessous. Ce que vous enregistrez ici s’applique quand elle n’est plus définie.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
        <translation>Mo&amp;de TLS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Fichier d’AC&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous (*)</translation>
    </message>
    <message>
        <source>Enter the host, database and user first.</source>
        <translation>Saisissez d’abord l’hôte, la base de données et l’utilisateur.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring: %1</source>
        <translation>Le mot de passe n’a pas pu être gardé dans le trousseau de clés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>JSON preview</source>
        <translation>Aperçu JSON</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copier en &amp;cURL</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this result (the key as $KOMBO_API_KEY)</source>
        <translation>Copier une commande curl qui envoie ce résultat (la clé sous la forme $KOMBO_API_KEY)</translation>
    </message>
    <message>
        <source>Save &amp;as JSON…</source>
        <translation>Enregistrer en &amp;JSON…</translation>
    </message>
    <message>
        <source>Save this result and its order ID as a JSON file (a template)</source>
        <translation>Enregistrer ce résultat et son ID de commande dans un fichier JSON (un modèle)</translation>
    </message>
    <message>
        <source>&amp;Open JSON…</source>
        <translation>&amp;Ouvrir un JSON…</translation>
    </message>
    <message>
        <source>Fill the form from a saved JSON file</source>
        <translation>Remplir le formulaire depuis un fichier JSON enregistré</translation>
    </message>
    <message>
        <source>&amp;New result</source>
        <translation>&amp;Nouveau résultat</translation>
    </message>
    <message>
        <source>Clear the form (can be undone)</source>
        <translation>Vider le formulaire (annulable)</translation>
    </message>
    <message>
        <source>JSON that will be sent</source>
        <translation>JSON qui sera envoyé</translation>
    </message>
    <message>
        <source>Exactly what will be sent (attachment data shortened).</source>
        <translation>Exactement ce qui sera envoyé (données des pièces jointes abrégées).</translation>
    </message>
    <message>
        <source>Draft: nothing can be sent until the problems are fixed.</source>
        <translation>Brouillon&#xa0;: rien ne peut être envoyé tant que les problèmes ne sont pas corrigés.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur est survenue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Correct the marked fields, then save again.</source>
        <translation>Corrigez les champs signalés, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Copied to “{name}”, with its key.</source>
        <translation>Copiée vers «&#xa0;{name}&#xa0;», avec sa clé.</translation>
    </message>
    <message>
        <source>Rename connection</source>
        <translation>Renommer la connexion</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nouveau nom pour «&#xa0;{name}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Renamed to “{name}”; its key moved along.</source>
        <translation>Renommée en «&#xa0;{name}&#xa0;»&#xa0;; sa clé a suivi.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its API key is removed from the keyring too. This cannot be undone.</source>
        <translation>Sa clé API est aussi retirée du trousseau de clés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>«&#xa0;{name}&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>Add, edit and test connections and their API keys</source>
        <translation>Ajouter, modifier et tester les connexions et leurs clés API</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Connexions…</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Gérer les connexions</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>e.g. Acme EU</source>
        <translation>p. ex. Acme EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>{region} — {url}</source>
        <translation>{region} — {url}</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL de base personnalisée</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>https:// only; http:// is allowed for this computer (e.g. the sandbox)</source>
        <translation>https:// uniquement&#xa0;; http:// est permis pour cet ordinateur (p. ex. le bac à sable)</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Integration ID</source>
        <translation>ID d’intégration</translation>
    </message>
    <message>
        <source>Shown in the integration&apos;s details on Kombo&apos;s dashboard: tool:id</source>
        <translation>Affiché dans les détails de l’intégration du tableau de bord Kombo&#xa0;: outil:id</translation>
    </message>
    <message>
        <source>&amp;Integration ID:</source>
        <translation>ID d’&amp;intégration&#xa0;:</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundle CA</translation>
    </message>
    <message>
        <source>System default (leave empty)</source>
        <translation>Celui du système (laisser vide)</translation>
    </message>
    <message>
        <source>A PEM file with your company&apos;s CA certificate, for networks that inspect HTTPS. It replaces the built-in list of trusted authorities.</source>
        <translation>Un fichier PEM contenant le certificat d’AC de votre entreprise, pour les réseaux qui inspectent le HTTPS. Il remplace la liste intégrée des autorités de confiance.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>Choisir un fichier de bundle CA</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>Bundle &amp;CA&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Stocker</translation>
    </message>
    <message>
        <source>Store this key in the keyring, replacing the one stored before</source>
        <translation>Enregistrer cette clé dans le trousseau de clés, à la place de la précédente</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé &amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Ask Kombo whether this key works (GET /check-api-key)</source>
        <translation>Demander à Kombo si cette clé fonctionne (GET /check-api-key)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save this connection (Ctrl+S)</source>
        <translation>Enregistrer cette connexion (Ctrl+S)</translation>
    </message>
    <message>
        <source>Correct the marked fields, then save again.</source>
        <translation>Corrigez les champs signalés, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Environment ID:</source>
        <translation>ID d’environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Tested with {source}.</source>
        <translation>Testé avec {source}.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Choose the CA bundle (PEM)</source>
        <translation>Choisir le bundle CA (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.ca-bundle)</source>
        <translation>Certificats (*.pem *.crt *.cer *.ca-bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Use this connection when Result Desk starts</source>
        <translation>Utiliser cette connexion au démarrage de Result Desk</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (par défaut)</translation>
    </message>
    <message>
        <source>Used when Result Desk starts</source>
        <translation>Utilisée au démarrage de Result Desk</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
</context>
<context>
    <name>ReasonRow</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why this is sent (for the history, not Kombo)</source>
        <translation>Pourquoi c’est envoyé (pour l’historique, pas pour Kombo)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>e.g. ZD-48213</source>
        <translation>p. ex. ZD-48213</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Tic&amp;ket&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a reason: your team requires one for every send.</source>
        <translation>Saisissez un motif&#xa0;: votre équipe en exige un pour chaque envoi.</translation>
    </message>
</context>
<context>
    <name>RemoteFieldsEditor</name>
    <message>
        <source>SmartRecruiters score label</source>
        <translation>Libellé du score SmartRecruiters</translation>
    </message>
    <message>
        <source>e.g. Overall fit</source>
        <translation>p. ex. Adéquation globale</translation>
    </message>
    <message>
        <source>Sent as remote_fields.smartrecruiters.scoreLabel</source>
        <translation>Envoyé sous remote_fields.smartrecruiters.scoreLabel</translation>
    </message>
    <message>
        <source>Recruitee subtitle</source>
        <translation>Sous-titre Recruitee</translation>
    </message>
    <message>
        <source>e.g. Cognitive ability</source>
        <translation>p. ex. Aptitude cognitive</translation>
    </message>
    <message>
        <source>Sent as remote_fields.recruitee.subtitle</source>
        <translation>Envoyé sous remote_fields.recruitee.subtitle</translation>
    </message>
    <message>
        <source>Workday assessment status ID</source>
        <translation>ID du statut d’évaluation Workday</translation>
    </message>
    <message>
        <source>e.g. Assessment_Status_Passed</source>
        <translation>p. ex. Assessment_Status_Passed</translation>
    </message>
    <message>
        <source>Sent as remote_fields.workday.Assess_Candidate_Data.Candidate_Assessment_Data.Assess_Candidate_Test_Result_Data.Assessment_Test_Status_Reference.Assessment_Status_ID</source>
        <translation>Envoyé sous remote_fields.workday.Assess_Candidate_Data.Candidate_Assessment_Data.Assess_Candidate_Test_Result_Data.Assessment_Test_Status_Reference.Assessment_Status_ID</translation>
    </message>
    <message>
        <source>Other remote fields (JSON)</source>
        <translation>Autres champs distants (JSON)</translation>
    </message>
    <message>
        <source>Any other remote fields, as a JSON object; merged under the fields above</source>
        <translation>Tout autre champ distant, sous forme d’objet JSON&#xa0;; fusionné sous les champs ci-dessus</translation>
    </message>
    <message>
        <source>Other remote fields (JSON object)</source>
        <translation>Autres champs distants (objet JSON)</translation>
    </message>
    <message>
        <source>Remote fields JSON error</source>
        <translation>Erreur JSON des champs distants</translation>
    </message>
    <message>
        <source>SmartRecruiters score label:</source>
        <translation>Libellé du score SmartRecruiters&#xa0;:</translation>
    </message>
    <message>
        <source>Recruitee subtitle:</source>
        <translation>Sous-titre Recruitee&#xa0;:</translation>
    </message>
    <message>
        <source>Workday status ID:</source>
        <translation>ID de statut Workday&#xa0;:</translation>
    </message>
    <message>
        <source>Go to the error</source>
        <translation>Aller à l’erreur</translation>
    </message>
    <message>
        <source>Other remote fields (JSON): {keys}</source>
        <translation>Autres champs distants (JSON)&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: expected a JSON object such as {{&quot;key&quot;: &quot;value&quot;}}, not {kind}.</source>
        <translation>Ligne {line}, colonne {column}&#xa0;: un objet JSON tel que {{&quot;key&quot;: &quot;value&quot;}} est attendu, pas {kind}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {problem}.</source>
        <translation>Ligne {line}, colonne {column}&#xa0;: {problem}.</translation>
    </message>
</context>
<context>
    <name>ResultEditor</name>
    <message>
        <source>Order ID</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>Kombo assessment order ID</source>
        <translation>ID de la commande d’évaluation Kombo</translation>
    </message>
    <message>
        <source>The ID of the assessment order, e.g. GRKdd9dibYKKCrmGRSMJf3wu</source>
        <translation>L’ID de la commande d’évaluation, p. ex. GRKdd9dibYKKCrmGRSMJf3wu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Remote fields</source>
        <translation>Champs distants</translation>
    </message>
    <message>
        <source>Add a connection to send the result to.</source>
        <translation>Ajoutez une connexion à laquelle envoyer le résultat.</translation>
    </message>
    <message>
        <source>The result has not been checked yet.</source>
        <translation>Le résultat n’a pas encore été vérifié.</translation>
    </message>
    <message>
        <source>Enter the order ID and the result to send it.</source>
        <translation>Saisissez l’ID de commande et le résultat pour l’envoyer.</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Prêt à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The status the order gets. Kombo lets the status change only while the order is OPEN: once it is COMPLETED or CANCELLED it cannot change again, so sending anything but OPEN asks you to confirm.</source>
        <translation>Le statut que prend la commande. Kombo n’autorise le changement de statut que tant que la commande est OPEN&#xa0;: une fois COMPLETED ou CANCELLED, il ne peut plus changer&#xa0;; tout envoi autre que OPEN demande donc confirmation.</translation>
    </message>
    <message>
        <source>Result URL</source>
        <translation>URL du résultat</translation>
    </message>
    <message>
        <source>Link to the result in your product (required, http:// or https://)</source>
        <translation>Lien vers le résultat dans votre produit (obligatoire, http:// ou https://)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>Score maximal</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>A number such as %1; leave empty to send none.</source>
        <translation>Un nombre tel que %1&#xa0;; laissez vide pour n’en envoyer aucun.</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Completed &amp;at:</source>
        <translation>&amp;Terminée le&#xa0;:</translation>
    </message>
    <message>
        <source>Result &amp;URL:</source>
        <translation>&amp;URL du résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Sco&amp;re:</source>
        <translation>Sco&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The URL as it is sent (RFC 3986)</source>
        <translation>L’URL telle qu’elle est envoyée (RFC 3986)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Sent as %1 out of %2</source>
        <translation>Envoyé&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>Stop the send in flight; the form stays as it is</source>
        <translation>Arrêter l’envoi en cours&#xa0;; le formulaire reste tel quel</translation>
    </message>
    <message>
        <source>Send result</source>
        <translation>Envoyer le résultat</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sent %1; waiting for Kombo…</source>
        <translation>%1 envoyé&#xa0;; en attente de Kombo…</translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation>Envoi de %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>&amp;Send result</source>
        <translation>&amp;Envoyer le résultat</translation>
    </message>
    <message>
        <source>Send the result to Kombo (%1)</source>
        <translation>Envoyer le résultat à Kombo (%1)</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Annuler l’envoi</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Renvoyer&#xa0;?</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Close the order?</source>
        <translation>Clôturer la commande&#xa0;?</translation>
    </message>
    <message>
        <source>Send order %1 as %2?</source>
        <translation>Envoyer la commande %1 en %2&#xa0;?</translation>
    </message>
    <message>
        <source>This closes the order; it cannot be undone. Kombo lets the status change only while the order is OPEN.</source>
        <translation>Cela clôture la commande, de façon irréversible. Kombo n’autorise le changement de statut que tant que la commande est OPEN.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again until Result Desk is closed</source>
        <translation>Ne plus demander jusqu’à la fermeture de Result Desk</translation>
    </message>
    <message>
        <source>Send and close the order</source>
        <translation>Envoyer et clôturer la commande</translation>
    </message>
    <message>
        <source>Sending order %1 as %2 to %3…</source>
        <translation>Envoi de la commande %1 en %2 vers %3…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Corrigez d’abord les problèmes.</translation>
    </message>
    <message>
        <source>curl command copied; it reads the key from $KOMBO_API_KEY.</source>
        <translation>Commande curl copiée&#xa0;; elle lit la clé dans $KOMBO_API_KEY.</translation>
    </message>
    <message>
        <source>A result is being sent</source>
        <translation>Un résultat est en cours d’envoi</translation>
    </message>
    <message>
        <source>Stop sending and quit?</source>
        <translation>Arrêter l’envoi et quitter&#xa0;?</translation>
    </message>
    <message>
        <source>If the result was already sent, Kombo may still write it; check its log.</source>
        <translation>Si le résultat a déjà été envoyé, Kombo peut encore l’enregistrer&#xa0;; consultez son journal.</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
    <message>
        <source>Stopping the send…</source>
        <translation>Arrêt de l’envoi…</translation>
    </message>
    <message>
        <source>Order %1 was written at %2 (%3) with status %4 and score %5. Write it again?</source>
        <translation>La commande %1 a été enregistrée à %2 (%3) avec le statut %4 et le score %5. L’enregistrer de nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Sent at %1 (status %2, score %3). Sending again writes the order again.</source>
        <translation>Envoyée à %1 (statut %2, score %3). Un nouvel envoi enregistre de nouveau la commande.</translation>
    </message>
    <message>
        <source>Order %1 was written at %2 (%3) with status %4. Write it again?</source>
        <translation>La commande %1 a été enregistrée à %2 (%3) avec le statut %4. L’enregistrer de nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Sent at %1 (status %2). Sending again writes the order again.</source>
        <translation>Envoyée à %1 (statut %2). Un nouvel envoi enregistre de nouveau la commande.</translation>
    </message>
</context>
<context>
    <name>Sender</name>
    <message>
        <source>The connection&apos;s CA bundle could not be loaded: %1</source>
        <translation>Le bundle CA de la connexion n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL: %1</source>
        <translation>L’URL de base n’est pas une URL valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API key could not be read: %1</source>
        <translation>La clé API n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No API key for “%1”. Set KOMBO_API_KEY or store a key for this connection.</source>
        <translation>Aucune clé API pour «&#xa0;%1&#xa0;». Définissez KOMBO_API_KEY ou enregistrez une clé pour cette connexion.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Team history: %1</source>
        <translation>Historique d’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The desk&apos;s history is not open yet; try again in a moment.</source>
        <translation>L’historique du poste n’est pas encore ouvert&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Commande %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TeamGuard</name>
    <message>
        <source>Sent from another desk</source>
        <translation>Envoyé depuis un autre poste</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
    <message>
        <source>Order %1 was sent from another desk in the last 24 hours:</source>
        <translation>La commande %1 a été envoyée depuis un autre poste au cours des dernières 24 heures&#xa0;:</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>The team history could not be checked for other desks&apos; sends to order %1 (%2); sending anyway.</source>
        <translation>L’historique d’équipe n’a pas pu être consulté pour les envois d’autres postes à la commande %1 (%2)&#xa0;; envoi quand même.</translation>
    </message>
</context>
<context>
    <name>TeamScope</name>
    <message>
        <source>Order ID, candidate, operator, reason or ticket — Enter searches</source>
        <translation>ID de commande, candidat, opérateur, motif ou ticket — Entrée pour chercher</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <source>Searching the team history…</source>
        <translation>Recherche dans l’historique d’équipe…</translation>
    </message>
    <message>
        <source>This &amp;desk</source>
        <translation>Ce po&amp;ste</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>Éq&amp;uipe</translation>
    </message>
    <message>
        <source>No team history is configured.</source>
        <translation>Aucun historique d’équipe n’est configuré.</translation>
    </message>
    <message numerus="yes">
        <source>%n send(s) shown</source>
        <translation>
            <numerusform>%n envoi affiché</numerusform>
            <numerusform>%n envois affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée&#xa0;:</translation>
    </message>
    <message>
        <source>Every desk&apos;s sends on the team server</source>
        <translation>Les envois de tous les postes sur le serveur d’équipe</translation>
    </message>
    <message>
        <source>No team history is configured: set it in Edit → Preferences → Team history.</source>
        <translation>Aucun historique d’équipe n’est configuré&#xa0;: réglez-le dans Édition → Préférences → Historique d’équipe.</translation>
    </message>
    <message>
        <source>all found</source>
        <translation>tous trouvés</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>Team history: up to date</source>
        <translation>Historique d’équipe&#xa0;: à jour</translation>
    </message>
    <message numerus="yes">
        <source>Team history: %n record(s) waiting</source>
        <translation>
            <numerusform>Historique d’équipe&#xa0;: %n entrée en attente</numerusform>
            <numerusform>Historique d’équipe&#xa0;: %n entrées en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Team history: unreachable since %1</source>
        <translation>Historique d’équipe&#xa0;: injoignable depuis %1</translation>
    </message>
    <message>
        <source>Team history: %1</source>
        <translation>Historique d’équipe&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Team history: unreachable since %1 — %n record(s) waiting</source>
        <translation>
            <numerusform>Historique d’équipe&#xa0;: injoignable depuis %1 — %n entrée en attente</numerusform>
            <numerusform>Historique d’équipe&#xa0;: injoignable depuis %1 — %n entrées en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>&amp;Undo new result</source>
        <translation>&amp;Annuler le nouveau résultat</translation>
    </message>
    <message>
        <source>The previous result is back.</source>
        <translation>Le résultat précédent est rétabli.</translation>
    </message>
    <message>
        <source>The form was cleared.</source>
        <translation>Le formulaire a été vidé.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Fix the remote fields first</source>
        <translation>Corrigez d’abord les champs distants</translation>
    </message>
    <message>
        <source>The other remote fields are not valid JSON (%1), so they cannot be saved. Fix or clear them, then save again.</source>
        <translation>Les autres champs distants ne sont pas du JSON valide (%1) et ne peuvent donc pas être enregistrés. Corrigez-les ou videz-les, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Save result as JSON</source>
        <translation>Enregistrer le résultat en JSON</translation>
    </message>
    <message>
        <source>Result templates (*.json)</source>
        <translation>Modèles de résultat (*.json)</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>Impossible d’enregistrer le fichier</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Open result JSON</source>
        <translation>Ouvrir un résultat JSON</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>%1
The file is larger than 5 MB: too large for a result template, which keeps attachments as file paths.</source>
        <translation>%1
Le fichier dépasse 5 Mo&#xa0;: c’est trop pour un modèle de résultat, qui garde les pièces jointes sous forme de chemins de fichiers.</translation>
    </message>
    <message>
        <source>%1
Its JSON nests more than %2 levels deep: this is not a result template.</source>
        <translation>%1
Son JSON a plus de %2 niveaux d’imbrication&#xa0;: ce n’est pas un modèle de résultat.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>some attachments need attention</source>
        <translation>certaines pièces jointes sont à revoir</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Order ID:</source>
        <translation>&amp;ID de commande&#xa0;:</translation>
    </message>
</context>
<context>
    <name>kombo</name>
    <message>
        <source>Enter the API key (from the Secrets page of Kombo’s dashboard).</source>
        <translation>Saisissez la clé API (page Secrets du tableau de bord Kombo).</translation>
    </message>
    <message>
        <source>The API key cannot contain spaces or line breaks; paste only the key.</source>
        <translation>La clé API ne peut contenir ni espaces ni sauts de ligne&#xa0;; collez uniquement la clé.</translation>
    </message>
    <message>
        <source>The API key contains a control character; paste it again.</source>
        <translation>La clé API contient un caractère de contrôle&#xa0;; collez-la de nouveau.</translation>
    </message>
    <message>
        <source>The API key contains characters that API keys never have; paste it again.</source>
        <translation>La clé API contient des caractères qu’une clé API ne contient jamais&#xa0;; collez-la de nouveau.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Saisissez une date et une heure.</translation>
    </message>
    <message>
        <source>The attachment data must be base64 text.</source>
        <translation>Les données de la pièce jointe doivent être du texte base64.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Ce champ ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Enter a finite number (not NaN or infinity).</source>
        <translation>Saisissez un nombre fini (ni NaN ni l’infini).</translation>
    </message>
    <message>
        <source>This number is too large to send exactly.</source>
        <translation>Ce nombre est trop grand pour être envoyé exactement.</translation>
    </message>
    <message>
        <source>The maximum score must be at least 1.</source>
        <translation>Le score maximal doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>Attach a file or give a link (data_url).</source>
        <translation>Joignez un fichier ou indiquez un lien (data_url).</translation>
    </message>
    <message>
        <source>Give either the file data or a link (data_url), not both.</source>
        <translation>Indiquez soit les données du fichier, soit un lien (data_url), pas les deux.</translation>
    </message>
    <message>
        <source>Use a type/subtype such as application/pdf (no spaces or parameters).</source>
        <translation>Utilisez un type/sous-type comme application/pdf (sans espaces ni paramètres).</translation>
    </message>
    <message>
        <source>A completion time is required when the status is {status}.</source>
        <translation>Une heure de fin est obligatoire quand le statut est {status}.</translation>
    </message>
    <message>
        <source>A content type is required when the file is sent inline.</source>
        <translation>Un type de contenu est obligatoire quand le fichier est envoyé en ligne.</translation>
    </message>
    <message>
        <source>The attachment data is not valid base64.</source>
        <translation>Les données de la pièce jointe ne sont pas du base64 valide.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a control character ({code}); paste it again.</source>
        <translation>Un ID de commande ne peut pas contenir de caractère de contrôle ({code})&#xa0;; collez-le de nouveau.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a NUL ({code}); paste it again.</source>
        <translation>Un ID de commande ne peut pas contenir de NUL ({code})&#xa0;; collez-le de nouveau.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a tab ({code}); paste it again.</source>
        <translation>Un ID de commande ne peut pas contenir de tabulation ({code})&#xa0;; collez-le de nouveau.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a line feed ({code}); paste it again.</source>
        <translation>Un ID de commande ne peut pas contenir de saut de ligne ({code})&#xa0;; collez-le de nouveau.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a carriage return ({code}); paste it again.</source>
        <translation>Un ID de commande ne peut pas contenir de retour chariot ({code})&#xa0;; collez-le de nouveau.</translation>
    </message>
    <message>
        <source>An order ID cannot contain a DEL ({code}); paste it again.</source>
        <translation>Un ID de commande ne peut pas contenir de DEL ({code})&#xa0;; collez-le de nouveau.</translation>
    </message>
    <message>
        <source>Enter the order ID.</source>
        <translation>Saisissez l’ID de commande.</translation>
    </message>
    <message>
        <source>&quot;{order_id}&quot; cannot be an order ID: in a URL path it is not a name.</source>
        <translation>«&#xa0;{order_id}&#xa0;» ne peut pas être un ID de commande&#xa0;: dans le chemin d’une URL, ce n’est pas un nom.</translation>
    </message>
    <message>
        <source>An order ID cannot contain {code}, which is not a character.</source>
        <translation>Un ID de commande ne peut pas contenir {code}, qui n’est pas un caractère.</translation>
    </message>
    <message>
        <source>Enter a time from 1970-01-01 00:00 to 9999-12-31 23:59:59 (UTC).</source>
        <translation>Saisissez une heure entre 1970-01-01 00:00 et 9999-12-31 23:59:59 (UTC).</translation>
    </message>
    <message>
        <source>This date is out of range; use a year between 1 and 9999.</source>
        <translation>Cette date est hors limites&#xa0;; utilisez une année entre 1 et 9999.</translation>
    </message>
    <message>
        <source>There is no such date or time.</source>
        <translation>Cette date ou cette heure n’existe pas.</translation>
    </message>
    <message>
        <source>{text} is not a date and time; use e.g. 2026-04-04T09:30:00Z.</source>
        <translation>{text} n’est pas une date et une heure&#xa0;; utilisez p. ex. 2026-04-04T09:30:00Z.</translation>
    </message>
    <message>
        <source>{zone} is not a UTC offset.</source>
        <translation>{zone} n’est pas un décalage UTC.</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Saisissez une URL.</translation>
    </message>
    <message>
        <source>A URL cannot contain spaces; encode them as %20.</source>
        <translation>Une URL ne peut pas contenir d’espaces&#xa0;; codez-les en %20.</translation>
    </message>
    <message>
        <source>A URL can have only one #; write a # inside the fragment as %23.</source>
        <translation>Une URL ne peut avoir qu’un seul #&#xa0;; dans le fragment, écrivez un # sous la forme %23.</translation>
    </message>
    <message>
        <source>Enter an absolute http:// or https:// URL, e.g. {example}.</source>
        <translation>Saisissez une URL absolue en http:// ou https://, p. ex. {example}.</translation>
    </message>
    <message>
        <source>The port must be a number ({port}).</source>
        <translation>Le port doit être un nombre ({port}).</translation>
    </message>
    <message>
        <source>The port must be at most 65535 ({port}).</source>
        <translation>Le port doit être au plus 65535 ({port}).</translation>
    </message>
    <message>
        <source>The URL needs a host name, e.g. {example}.</source>
        <translation>L’URL doit contenir un nom d’hôte, p. ex. {example}.</translation>
    </message>
    <message>
        <source>The host name &quot;{name}&quot; is not valid.</source>
        <translation>Le nom d’hôte «&#xa0;{name}&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <source>A URL cannot contain control characters (found {code}).</source>
        <translation>Une URL ne peut pas contenir de caractères de contrôle ({code} trouvé).</translation>
    </message>
    <message>
        <source>The host &quot;{host}&quot; is missing its closing ].</source>
        <translation>Il manque le ] fermant à l’hôte «&#xa0;{host}&#xa0;».</translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address in &quot;{host}&quot;.</source>
        <translation>Seul un port peut suivre l’adresse IPv6 dans «&#xa0;{host}&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;[{address}]&quot; is not an IPv6 address.</source>
        <translation>«&#xa0;[{address}]&#xa0;» n’est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>The host name &quot;{name}&quot; is not a valid international name.</source>
        <translation>Le nom d’hôte «&#xa0;{name}&#xa0;» n’est pas un nom international valide.</translation>
    </message>
    <message>
        <source>&quot;{escape}&quot; is not a valid escape: a % must be followed by two hex digits (write a percent sign as %25).</source>
        <translation>«&#xa0;{escape}&#xa0;» n’est pas un échappement valide&#xa0;: un % doit être suivi de deux chiffres hexadécimaux (écrivez un signe pourcentage sous la forme %25).</translation>
    </message>
    <message>
        <source>The URL contains {code}, which is not a character.</source>
        <translation>L’URL contient {code}, qui n’est pas un caractère.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>Saisissez du texte.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Une liste est attendue.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Un objet est attendu.</translation>
    </message>
    <message>
        <source>This field is not part of Kombo&apos;s result format.</source>
        <translation>Ce champ ne fait pas partie du format de résultat de Kombo.</translation>
    </message>
    <message>
        <source>The type must be TEXT or SUB_RESULT.</source>
        <translation>Le type doit être TEXT ou SUB_RESULT.</translation>
    </message>
    <message>
        <source>Each attribute needs a type: TEXT or SUB_RESULT.</source>
        <translation>Chaque attribut doit avoir un type&#xa0;: TEXT ou SUB_RESULT.</translation>
    </message>
    <message>
        <source>At most {count} attachments can be sent.</source>
        <translation>{count} pièces jointes au maximum peuvent être envoyées.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Choisissez l’une des valeurs proposées.</translation>
    </message>
    <message>
        <source>Choose one of {expected}.</source>
        <translation>Choisissez parmi {expected}.</translation>
    </message>
    <message>
        <source>The score is above the maximum score.</source>
        <translation>Le score dépasse le score maximal.</translation>
    </message>
    <message>
        <source>{content_type} is generic; the ATS may not open the file. Use a meaningful type such as application/pdf.</source>
        <translation>{content_type} est générique&#xa0;; l’ATS risque de ne pas ouvrir le fichier. Utilisez un type précis, comme application/pdf.</translation>
    </message>
    <message>
        <source>The sub-result score is above its maximum.</source>
        <translation>Le score du sous-résultat dépasse son maximum.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Give the connection a name, e.g. the customer and region (“Acme EU”).</source>
        <translation>Donnez un nom à la connexion, p. ex. le client et la région («&#xa0;Acme EU&#xa0;»).</translation>
    </message>
    <message>
        <source>The name contains a control character; type it again without it.</source>
        <translation>Le nom contient un caractère de contrôle&#xa0;; saisissez-le de nouveau sans lui.</translation>
    </message>
    <message>
        <source>Expected the ATS’s tool name, a colon and the ID, like {example} (shown in the integration’s details on Kombo’s dashboard).</source>
        <translation>Attendu&#xa0;: le nom d’outil de l’ATS, deux-points et l’ID, comme {example} (affiché dans les détails de l’intégration du tableau de bord Kombo).</translation>
    </message>
    <message>
        <source>The address cannot contain spaces.</source>
        <translation>L’adresse ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>Leave user names and passwords out of the address; the API key has its own field.</source>
        <translation>Ne mettez ni nom d’utilisateur ni mot de passe dans l’adresse&#xa0;; la clé API a son propre champ.</translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part; the base URL ends with the API version, like /v1.</source>
        <translation>Retirez la partie «&#xa0;?…&#xa0;» ou «&#xa0;#…&#xa0;»&#xa0;; l’URL de base se termine par la version de l’API, comme /v1.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L’adresse n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>Use https:// — plain http is only allowed on this computer (localhost, 127.0.0.1, ::1), e.g. for the sandbox.</source>
        <translation>Utilisez https:// — le http simple n’est permis que sur cet ordinateur (localhost, 127.0.0.1, ::1), p. ex. pour le bac à sable.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, like {example}.</source>
        <translation>Seules les adresses https:// sont prises en charge, comme {example}.</translation>
    </message>
    <message>
        <source>Choose a certificate file, not a folder.</source>
        <translation>Choisissez un fichier de certificat, pas un dossier.</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate (“-----BEGIN CERTIFICATE-----”). Export your company’s CA certificate as PEM / Base-64 and choose that file.</source>
        <translation>Ce fichier ne contient aucun certificat PEM («&#xa0;-----BEGIN CERTIFICATE-----&#xa0;»). Exportez le certificat d’AC de votre entreprise au format PEM / Base-64 et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>Keep the name under {limit} characters (it has {length}).</source>
        <translation>Limitez le nom à moins de {limit} caractères (il en a {length}).</translation>
    </message>
    <message>
        <source>A connection named “{name}” already exists; choose another name.</source>
        <translation>Une connexion nommée «&#xa0;{name}&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Enter the integration ID. {expected}</source>
        <translation>Saisissez l’ID d’intégration. {expected}</translation>
    </message>
    <message>
        <source>The integration ID cannot contain spaces. {expected}</source>
        <translation>L’ID d’intégration ne peut pas contenir d’espaces. {expected}</translation>
    </message>
    <message>
        <source>The integration ID has more than one colon. {expected}</source>
        <translation>L’ID d’intégration contient plus d’un deux-points. {expected}</translation>
    </message>
    <message>
        <source>The tool name before the colon is missing. {expected}</source>
        <translation>Le nom d’outil avant le deux-points manque. {expected}</translation>
    </message>
    <message>
        <source>The ID after the colon is missing. {expected}</source>
        <translation>L’ID après le deux-points manque. {expected}</translation>
    </message>
    <message>
        <source>The tool name is written in lower case: “{id}”.</source>
        <translation>Le nom d’outil s’écrit en minuscules&#xa0;: «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>Only letters, digits, “-” and “_” may appear around the colon. {expected}</source>
        <translation>Seuls des lettres, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;» peuvent entourer le deux-points. {expected}</translation>
    </message>
    <message>
        <source>Enter the API’s base URL, like {example}, or choose a region.</source>
        <translation>Saisissez l’URL de base de l’API, comme {example}, ou choisissez une région.</translation>
    </message>
    <message>
        <source>Start the address with https://, like {example}.</source>
        <translation>Commencez l’adresse par https://, comme {example}.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Le fichier {file} n’existe pas.</translation>
    </message>
    <message>
        <source>The tool name and the colon are missing. {expected}</source>
        <translation>Le nom d’outil et le deux-points manquent. {expected}</translation>
    </message>
    <message>
        <source>This is not a valid address. Expected something like {example}.</source>
        <translation>Ce n’est pas une adresse valide. Attendu&#xa0;: quelque chose comme {example}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
</context>
</TS>
