<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Use lower-case letters and digits, joined by a dot, one or two underscores or hyphens; start and end with a letter or digit.</source>
        <translation>Verwenden Sie Kleinbuchstaben und Ziffern, verbunden durch einen Punkt, ein oder zwei Unterstriche oder Bindestriche; beginnen und enden Sie mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Start with a letter, then use at least one more letter, digit, space or one of _ - % * + \.</source>
        <translation>Beginnen Sie mit einem Buchstaben und verwenden Sie dann mindestens einen weiteren Buchstaben, eine Ziffer, ein Leerzeichen oder eines von _ - % * + \.</translation>
    </message>
    <message>
        <source>Write the version as three numbers, like 1.0.0.</source>
        <translation>Schreiben Sie die Version als drei Zahlen, etwa 1.0.0.</translation>
    </message>
    <message>
        <source>This must be a date and time like 2024-01-31T12:00:00Z.</source>
        <translation>Das muss ein Datum mit Uhrzeit sein, etwa 2024-01-31T12:00:00Z.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>Das muss true oder false sein.</translation>
    </message>
    <message>
        <source>A README is required.</source>
        <translation>Eine README ist erforderlich.</translation>
    </message>
    <message>
        <source>A licence is required.</source>
        <translation>Eine Lizenz ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>AccountController</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign in to the open registry, or paste an API key</source>
        <translation>Bei der geöffneten Registry anmelden oder einen API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;API Keys…</source>
        <translation>&amp;API-Schlüssel …</translation>
    </message>
    <message>
        <source>List, create and delete the API keys of the open registry</source>
        <translation>API-Schlüssel der geöffneten Registry anzeigen, erstellen und löschen</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>You are signed out. An API key for %1 is still kept in the keychain and used for this registry. Remove it from the keychain too?</source>
        <translation>Sie sind abgemeldet. Ein API-Schlüssel für %1 liegt noch im Schlüsselbund und wird für diese Registry verwendet. Soll er auch aus dem Schlüsselbund entfernt werden?</translation>
    </message>
    <message>
        <source>&amp;Remove the Key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the key from the keychain</source>
        <translation>Den Schlüssel aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Den Schlüssel behalten</translation>
    </message>
    <message>
        <source>Depot uses an API key from the keychain for %1. Remove it from the keychain and browse without it?</source>
        <translation>Depot verwendet für %1 einen API-Schlüssel aus dem Schlüsselbund. Ihn aus dem Schlüsselbund entfernen und ohne Schlüssel weiter stöbern?</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Managing API keys</source>
        <translation>Verwalten von API-Schlüsseln</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen …</translation>
    </message>
    <message>
        <source>API key of %1</source>
        <extracomment>Status bar; %1 is a user name</extracomment>
        <translation>API-Schlüssel von %1</translation>
    </message>
    <message>
        <source>Using an API key</source>
        <translation>Mit API-Schlüssel</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <extracomment>Status bar; %1 is a user name</extracomment>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>The key stored for this registry could not be read.</source>
        <translation>Der für diese Registry gespeicherte Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The registry is not connected yet. Try again in a moment.</source>
        <translation>Die Registry ist noch nicht verbunden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The registry did not return a usable sign-in.</source>
        <translation>Die Registry hat keine verwendbare Anmeldung zurückgegeben.</translation>
    </message>
    <message>
        <source>This is not a key Depot can use.</source>
        <translation>Diesen Schlüssel kann Depot nicht verwenden.</translation>
    </message>
</context>
<context>
    <name>AccountStatusWidget</name>
    <message>
        <source>Sign In Again…</source>
        <translation>Erneut anmelden …</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>ApiKeyListModel</name>
    <message>
        <source>%1 (used by Depot)</source>
        <extracomment>API key list: the key Depot uses is marked; %1 is the key&apos;s label</extracomment>
        <translation>%1 (von Depot verwendet)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
</context>
<context>
    <name>ApiKeysDialog</name>
    <message>
        <source>API Keys for %1</source>
        <extracomment>Window title; %1 is the registry&apos;s host name</extracomment>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen …</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>&amp;Use a Key…</source>
        <translation>Schlüssel &amp;verwenden …</translation>
    </message>
    <message>
        <source>Use an existing key</source>
        <translation>Einen vorhandenen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload the list</source>
        <translation>Die Liste neu laden</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A new key can read and publish your private packages and manage your keys. Give it a label that says where it is used.</source>
        <translation>Ein neuer Schlüssel kann Ihre privaten Pakete lesen und veröffentlichen und Ihre Schlüssel verwalten. Geben Sie ihm eine Bezeichnung, die sagt, wo er verwendet wird.</translation>
    </message>
    <message>
        <source>Label of the new key</source>
        <translation>Bezeichnung des neuen Schlüssels</translation>
    </message>
    <message>
        <source>C&amp;reate Key</source>
        <translation>Schlüssel e&amp;rstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>The key was created. This is the only time its secret is shown: copy it now if another tool needs it.</source>
        <translation>Der Schlüssel wurde erstellt. Nur jetzt wird sein Geheimnis angezeigt: Kopieren Sie es jetzt, wenn ein anderes Werkzeug es braucht.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Den Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Den Schlüssel kopieren</translation>
    </message>
    <message>
        <source>&amp;Keep in the keychain for this registry</source>
        <translation>Im Schlüsselbund für diese Registry &amp;aufbewahren</translation>
    </message>
    <message>
        <source>Keep in the keychain for this registry</source>
        <translation>Im Schlüsselbund für diese Registry aufbewahren</translation>
    </message>
    <message>
        <source>Use for This &amp;Session Only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the key.</source>
        <extracomment>%n is a number of seconds</extracomment>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert, wenn sie den Schlüssel noch enthält.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert, wenn sie den Schlüssel noch enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is kept in the keychain and used for this registry.</source>
        <translation>Der Schlüssel wird im Schlüsselbund aufbewahrt und für diese Registry verwendet.</translation>
    </message>
    <message>
        <source>The registry is not connected.</source>
        <translation>Die Registry ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Loading your keys…</source>
        <translation>Ihre Schlüssel werden geladen …</translation>
    </message>
    <message>
        <source>You have no API keys on %1.</source>
        <translation>Sie haben keine API-Schlüssel auf %1.</translation>
    </message>
    <message>
        <source>Your API keys on %1:</source>
        <translation>Ihre API-Schlüssel auf %1:</translation>
    </message>
    <message>
        <source>Key rejected: the registry no longer accepts the key Depot used. Sign in again.</source>
        <translation>Schlüssel abgelehnt: Die Registry akzeptiert den von Depot verwendeten Schlüssel nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign in to see and create your API keys.</source>
        <translation>Melden Sie sich an, um Ihre API-Schlüssel zu sehen und zu erstellen.</translation>
    </message>
    <message>
        <source>You have a key with this label already. Choose another label.</source>
        <translation>Sie haben bereits einen Schlüssel mit dieser Bezeichnung. Wählen Sie eine andere Bezeichnung.</translation>
    </message>
    <message>
        <source>The key is used for this session only. Depot forgets it when it quits.</source>
        <translation>Der Schlüssel wird nur in dieser Sitzung verwendet. Depot vergisst ihn beim Beenden.</translation>
    </message>
    <message>
        <source>Delete the key “%1”? Programs that use it lose their access.</source>
        <translation>Den Schlüssel „%1“ löschen? Programme, die ihn verwenden, verlieren ihren Zugang.</translation>
    </message>
    <message>
        <source>Depot uses this key: it is also removed from the keychain.</source>
        <translation>Depot verwendet diesen Schlüssel: Er wird auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The key was deleted and removed from the keychain.</source>
        <translation>Der Schlüssel wurde gelöscht und aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The key was deleted.</source>
        <translation>Der Schlüssel wurde gelöscht.</translation>
    </message>
    <message>
        <source>Sign in to list your keys</source>
        <translation>Melden Sie sich an, um Ihre Schlüssel zu sehen</translation>
    </message>
    <message>
        <source>Confirm: create the key</source>
        <translation>Bestätigen: Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Sign-in refused: the registry no longer accepts it (it may have expired). Sign in again.</source>
        <translation>Anmeldung abgelehnt: Die Registry nimmt sie nicht mehr an (sie ist vielleicht abgelaufen). Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>ArchiveError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder “%1” already exists.</source>
        <translation>Der Ordner „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being packed.</source>
        <translation>„%1“ hat sich während des Packens geändert.</translation>
    </message>
    <message>
        <source>“%1” is damaged, incomplete or not an archive Depot can read.</source>
        <translation>„%1“ ist beschädigt, unvollständig oder kein Archiv, das Depot lesen kann.</translation>
    </message>
    <message>
        <source>The archive was not unpacked: it contains %1.</source>
        <translation>Das Archiv wurde nicht entpackt: Es enthält %1.</translation>
    </message>
    <message>
        <source>The archive was not unpacked: %1</source>
        <translation>Das Archiv wurde nicht entpackt: %1</translation>
    </message>
</context>
<context>
    <name>AssetGrid</name>
    <message>
        <source>Other files</source>
        <translation>Andere Dateien</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen …</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Download asset</source>
        <translation>Asset herunterladen</translation>
    </message>
    <message>
        <source>Save the selected asset</source>
        <translation>Das ausgewählte Asset speichern</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>An image&apos;s dimensions in pixels: &quot;64 × 48&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>BundleTree</name>
    <message>
        <source>Export Resolved Bundle…</source>
        <translation>Aufgelöstes Bundle exportieren …</translation>
    </message>
    <message>
        <source>Resolved bundle</source>
        <translation>Aufgelöstes Bundle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export resolved bundle</source>
        <translation>Aufgelöstes Bundle exportieren</translation>
    </message>
    <message>
        <source>Save the package and everything it depends on as one JSON file</source>
        <translation>Das Paket und alles, wovon es abhängt, als eine JSON-Datei speichern</translation>
    </message>
    <message>
        <source>this package</source>
        <translation>dieses Paket</translation>
    </message>
    <message>
        <source>dependency (double-click to open)</source>
        <translation>Abhängigkeit (Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklick öffnet %1</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>compiled</source>
        <translation>kompiliert</translation>
    </message>
    <message>
        <source>not compiled</source>
        <translation>nicht kompiliert</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Export Resolved Bundle</source>
        <translation>Aufgelöstes Bundle exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <source>Issued to: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
</context>
<context>
    <name>ComponentsView</name>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Compiled</source>
        <translation>Kompiliert</translation>
    </message>
    <message>
        <source>Component description</source>
        <translation>Beschreibung der Komponente</translation>
    </message>
    <message>
        <source>Which code</source>
        <translation>Welcher Code</translation>
    </message>
    <message>
        <source>Kinds of code</source>
        <translation>Arten von Code</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Component code</source>
        <translation>Code der Komponente</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>This component is not compiled yet.</source>
        <translation>Diese Komponente ist noch nicht kompiliert.</translation>
    </message>
    <message>
        <source>No code.</source>
        <translation>Kein Code.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Connect to the registry again</source>
        <translation>Erneut mit der Registry verbinden</translation>
    </message>
</context>
<context>
    <name>ConsoleAnswer</name>
    <message>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message numerus="yes">
        <source>Partial data with %n error(s) (%1)</source>
        <translation>
            <numerusform>Teilweise Daten mit %n Fehler (%1)</numerusform>
            <numerusform>Teilweise Daten mit %n Fehlern (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered (%1)</source>
        <translation>Beantwortet (%1)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The registry answered with %n error(s) (%1)</source>
        <translation>
            <numerusform>Die Registry hat mit %n Fehler geantwortet (%1)</numerusform>
            <numerusform>Die Registry hat mit %n Fehlern geantwortet (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleHistory</name>
    <message>
        <source>The document is too long to keep in the history.</source>
        <translation>Das Dokument ist zu lang, um es im Verlauf zu speichern.</translation>
    </message>
    <message>
        <source>The history folder %1 could not be made.</source>
        <translation>Der Verlaufsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>Der Verlauf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleLauncher</name>
    <message>
        <source>&amp;GraphQL Console</source>
        <translation>&amp;GraphQL-Konsole</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Ask %1 anything in GraphQL, with its credential applied (Ctrl+Shift+G)</source>
        <translation>Beliebige GraphQL-Abfragen an %1 stellen, mit den zugehörigen Zugangsdaten (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <source>Select a registry first</source>
        <translation>Wählen Sie zuerst eine Registry</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Not kept in the history: it holds this registry&apos;s credential.</source>
        <translation>Nicht im Verlauf gespeichert: Es enthält die Zugangsdaten dieser Registry.</translation>
    </message>
</context>
<context>
    <name>ConsoleVariables</name>
    <message>
        <source>Variables are not valid JSON: %1.</source>
        <translation>Die Variablen sind kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Variables must be a JSON object, such as {&quot;name&quot;: &quot;value&quot;}.</source>
        <translation>Die Variablen müssen ein JSON-Objekt sein, etwa {&quot;name&quot;: &quot;value&quot;}.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiteres)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>GraphQL Console — %1</source>
        <extracomment>Window title; %1 is the registry&apos;s name</extracomment>
        <translation>GraphQL-Konsole – %1</translation>
    </message>
    <message>
        <source>Waiting for the registry…</source>
        <translation>Warten auf die Registry …</translation>
    </message>
    <message>
        <source>Waiting for the registry… %1 received</source>
        <translation>Warten auf die Registry … %1 empfangen</translation>
    </message>
    <message>
        <source>Write a query and press Ctrl+Enter to run it. The answer appears here.</source>
        <translation>Schreiben Sie eine Abfrage und drücken Sie Strg+Eingabe, um sie auszuführen. Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Send the query to the registry (Ctrl+Enter)</source>
        <translation>Die Abfrage an die Registry senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Escape)</source>
        <translation>Nicht länger auf die Antwort warten (Esc)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command, with $DEPOT_API_KEY in place of the credential (Ctrl+Shift+C)</source>
        <translation>Die Anfrage als curl-Befehl kopieren, mit $DEPOT_API_KEY anstelle der Zugangsdaten (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Reload &amp;Schema</source>
        <translation>&amp;Schema neu laden</translation>
    </message>
    <message>
        <source>Ask the registry for its schema again (F5)</source>
        <translation>Die Registry erneut nach ihrem Schema fragen (F5)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Documents run before on this registry (Ctrl+H)</source>
        <translation>Bisher in dieser Registry ausgeführte Dokumente (Strg+H)</translation>
    </message>
    <message>
        <source>Console Toolbar</source>
        <translation>Konsolen-Werkzeugleiste</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>Schema, query and answer</source>
        <translation>Schema, Abfrage und Antwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Filter the schema</source>
        <translation>Das Schema filtern</translation>
    </message>
    <message>
        <source>Filter types and fields</source>
        <translation>Typen und Felder filtern</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Den Filter leeren</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Select a type or field to read its description. Enter inserts a field&apos;s name into the query.</source>
        <translation>Wählen Sie einen Typ oder ein Feld, um die Beschreibung zu lesen. Die Eingabetaste fügt den Namen eines Felds in die Abfrage ein.</translation>
    </message>
    <message>
        <source>Schema and description</source>
        <translation>Schema und Beschreibung</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Read the schema again</source>
        <translation>Das Schema erneut lesen</translation>
    </message>
    <message>
        <source>S&amp;chema</source>
        <translation>S&amp;chema</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Write a GraphQL query, for example { __typename }.
Ctrl+Space completes names, Ctrl+Enter runs it.</source>
        <translation>Schreiben Sie eine GraphQL-Abfrage, zum Beispiel { __typename }.
Strg+Leertaste vervollständigt Namen, Strg+Eingabe führt sie aus.</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Variables as a JSON object, for example {&quot;name&quot;: &quot;python&quot;}</source>
        <translation>Variablen als JSON-Objekt, zum Beispiel {&quot;name&quot;: &quot;python&quot;}</translation>
    </message>
    <message>
        <source>Query and variables</source>
        <translation>Abfrage und Variablen</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>Ab&amp;frage</translation>
    </message>
    <message>
        <source>&amp;Variables (JSON)</source>
        <translation>&amp;Variablen (JSON)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Die Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Answer as a tree</source>
        <translation>Antwort als Baum</translation>
    </message>
    <message>
        <source>Answer as text</source>
        <translation>Antwort als Text</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>&amp;Baum</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Nothing was sent: the variables are not a JSON object.</source>
        <translation>Es wurde nichts gesendet: Die Variablen sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Nothing to run: write a query first.</source>
        <translation>Nichts auszuführen: Schreiben Sie zuerst eine Abfrage.</translation>
    </message>
    <message>
        <source>No problem in %1</source>
        <translation>Keine Probleme in %1</translation>
    </message>
    <message>
        <source>Reading the registry&apos;s schema…</source>
        <translation>Schema der Registry wird gelesen …</translation>
    </message>
    <message>
        <source>The schema could not be read, so names are not completed or checked. %1</source>
        <translation>Das Schema konnte nicht gelesen werden, daher werden Namen weder vervollständigt noch geprüft. %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was shown.</source>
        <translation>Abgebrochen. Es wurde nichts angezeigt.</translation>
    </message>
    <message>
        <source>Reading the stored key from the keychain…</source>
        <translation>Gespeicherter Schlüssel wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Anonymous (%1)</source>
        <translation>Anonym (%1)</translation>
    </message>
    <message>
        <source>%1, sent as %2 and never shown</source>
        <extracomment>%1 says whose credential (&quot;API key of demo&quot;), %2 is the HTTP header that carries it</extracomment>
        <translation>%1, gesendet als %2 und nie angezeigt</translation>
    </message>
    <message>
        <source>Nothing run yet</source>
        <translation>Noch nichts ausgeführt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A history entry: when it ran, and the start of the document</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Copied a curl command.</source>
        <translation>curl-Befehl kopiert.</translation>
    </message>
    <message>
        <source>Copied a curl command. Set DEPOT_API_KEY to your key before running it.</source>
        <translation>curl-Befehl kopiert. Setzen Sie DEPOT_API_KEY auf Ihren Schlüssel, bevor Sie ihn ausführen.</translation>
    </message>
</context>
<context>
    <name>CredentialPolicy</name>
    <message>
        <source>The address of this registry is not valid, so no key is sent to it.</source>
        <translation>Die Adresse dieser Registry ist ungültig, daher wird kein Schlüssel an sie gesendet.</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP: a key or password sent to it could be read on the network. Use its https:// address instead.</source>
        <extracomment>%1 is a host name, e.g. registry.example.com</extracomment>
        <translation>%1 verwendet unverschlüsseltes HTTP: Ein dorthin gesendeter Schlüssel oder ein Passwort könnte im Netzwerk mitgelesen werden. Verwenden Sie stattdessen ihre https://-Adresse.</translation>
    </message>
    <message>
        <source>Credentials are only sent over HTTPS (or plain HTTP to this computer).</source>
        <translation>Zugangsdaten werden nur über HTTPS gesendet (oder über unverschlüsseltes HTTP an diesen Computer).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>DataPmAccount</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>DataPmBackend</name>
    <message>
        <source>A DataPM package is named “catalog/package”, not “%1”.</source>
        <translation>Ein DataPM-Paket heißt „Katalog/Paket“, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>DataPmCsvDraftJob</name>
    <message>
        <source>The CSV file did not arrive in time.</source>
        <translation>Die CSV-Datei ist nicht rechtzeitig angekommen.</translation>
    </message>
    <message>
        <source>Enter an http or https address of a CSV file.</source>
        <translation>Geben Sie die http- oder https-Adresse einer CSV-Datei ein.</translation>
    </message>
    <message>
        <source>The web server answered %1 for the CSV file.</source>
        <translation>Der Webserver hat für die CSV-Datei mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>The CSV file could not be fetched: %1</source>
        <translation>Die CSV-Datei konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>Die CSV-Datei ist leer.</translation>
    </message>
    <message>
        <source>No columns were found in the CSV file.</source>
        <translation>In der CSV-Datei wurden keine Spalten gefunden.</translation>
    </message>
    <message>
        <source>The registry was closed.</source>
        <translation>Die Registry wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>DataPmCsvInference</name>
    <message>
        <source># %1

Data from %2.

## Columns

| Column | Type |
|---|---|
%3
</source>
        <translation># %1

Daten von %2.

## Spalten

| Spalte | Typ |
|---|---|
%3
</translation>
    </message>
    <message>
        <source>No licence has been given for this data yet.</source>
        <translation>Für diese Daten wurde noch keine Lizenz angegeben.</translation>
    </message>
    <message>
        <source>Data from %1.</source>
        <translation>Daten von %1.</translation>
    </message>
</context>
<context>
    <name>DataPmGroups</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Which catalog? The name is empty.</source>
        <translation>Welcher Katalog? Der Name ist leer.</translation>
    </message>
    <message>
        <source>Which collection? The name is empty.</source>
        <translation>Welche Sammlung? Der Name ist leer.</translation>
    </message>
    <message>
        <source>Type in the search field to find catalogs.</source>
        <translation>Geben Sie einen Suchbegriff ein, um Kataloge zu finden.</translation>
    </message>
</context>
<context>
    <name>DataPmPackageFileChecker</name>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>Das muss Text sein.</translation>
    </message>
    <message numerus="yes">
        <source>This is too long: at most %n characters.</source>
        <translation>
            <numerusform>Das ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Das ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The types must be an object (type name → statistics).</source>
        <translation>Die Typen müssen ein Objekt sein (Typname → Statistik).</translation>
    </message>
    <message>
        <source>Each type must be an object.</source>
        <translation>Jeder Typ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Each type needs a record count (a number).</source>
        <translation>Jeder Typ braucht eine Anzahl von Datensätzen (eine Zahl).</translation>
    </message>
    <message>
        <source>The properties are nested too deeply.</source>
        <translation>Die Eigenschaften sind zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The properties must be an object (name → property).</source>
        <translation>Die Eigenschaften müssen ein Objekt sein (Name → Eigenschaft).</translation>
    </message>
    <message>
        <source>Each property must be an object.</source>
        <translation>Jede Eigenschaft muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The schemas must be a list.</source>
        <translation>Die Schemas müssen eine Liste sein.</translation>
    </message>
    <message>
        <source>Each schema must be an object.</source>
        <translation>Jedes Schema muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The stream sets must be a list.</source>
        <translation>Die Stream-Sets müssen eine Liste sein.</translation>
    </message>
    <message>
        <source>Each stream set must be an object.</source>
        <translation>Jedes Stream-Set muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation>Das muss eine Liste sein.</translation>
    </message>
    <message>
        <source>The update methods must be a list of CONTINUOUS, BATCH_FULL_SET or APPEND_ONLY_LOG.</source>
        <translation>Die Aktualisierungsmethoden müssen eine Liste aus CONTINUOUS, BATCH_FULL_SET oder APPEND_ONLY_LOG sein.</translation>
    </message>
    <message>
        <source>The sources must be a list.</source>
        <translation>Die Quellen müssen eine Liste sein.</translation>
    </message>
    <message>
        <source>Each source must be an object.</source>
        <translation>Jede Quelle muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>This must be an object.</source>
        <translation>Das muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Give either the text or a file name, not both.</source>
        <translation>Geben Sie entweder den Text oder einen Dateinamen an, nicht beides.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (line %2, column %3).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>Die Datei muss genau ein JSON-Objekt enthalten.</translation>
    </message>
</context>
<context>
    <name>DataPmPublishJob</name>
    <message>
        <source>Choose a catalog.</source>
        <translation>Wählen Sie einen Katalog.</translation>
    </message>
    <message>
        <source>The package file has errors; nothing was sent.</source>
        <translation>Die Paketdatei hat Fehler; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>You cancelled the publish.</source>
        <translation>Sie haben das Veröffentlichen abgebrochen.</translation>
    </message>
    <message>
        <source>The version is published, but the package&apos;s name and description could not be updated: %1</source>
        <translation>Die Version ist veröffentlicht, aber Name und Beschreibung des Pakets konnten nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>DataPmPublishing</name>
    <message>
        <source>DataPM package file</source>
        <translation>DataPM-Paketdatei</translation>
    </message>
    <message>
        <source>DataPM package files (*.datapm.json *.json)</source>
        <translation>DataPM-Paketdateien (*.datapm.json *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DataPmReferencedFiles</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a package page.</source>
        <translation>„%1“ ist zu groß für eine Paketseite.</translation>
    </message>
</context>
<context>
    <name>DataPmUsers</name>
    <message>
        <source>Which user? The name is empty.</source>
        <translation>Welcher Benutzer? Der Name ist leer.</translation>
    </message>
</context>
<context>
    <name>DepotLink</name>
    <message>
        <source>Depot links start with depot://open?registry=…</source>
        <translation>Depot-Links beginnen mit depot://open?registry=…</translation>
    </message>
    <message>
        <source>The link names no registry (registry=…).</source>
        <translation>Der Link nennt keine Registry (registry=…).</translation>
    </message>
    <message>
        <source>The link&apos;s registry “%1”: %2</source>
        <extracomment>%1 is the registry address of the link, %2 what is wrong with it</extracomment>
        <translation>Registry „%1“ des Links: %2</translation>
    </message>
    <message>
        <source>The link names an unknown registry kind “%1”.</source>
        <translation>Der Link nennt eine unbekannte Art von Registry „%1“.</translation>
    </message>
    <message>
        <source>Depot opens depot: links and the package pages of %1; use --registry for a registry&apos;s GraphQL address.</source>
        <extracomment>%1 lists registry web sites with the form of their package pages</extracomment>
        <translation>Depot öffnet depot:-Links und die Paketseiten von %1; verwenden Sie --registry für die GraphQL-Adresse einer Registry.</translation>
    </message>
</context>
<context>
    <name>DialectTable</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The key as DataPM showed it when it was made</source>
        <translation>Der Schlüssel, wie DataPM ihn beim Erstellen angezeigt hat</translation>
    </message>
    <message>
        <source>Make one on the registry&apos;s web site under My Account → API Keys, or sign in here and let Depot make one.</source>
        <translation>Erstellen Sie einen auf der Website der Registry unter „My Account → API Keys“ oder melden Sie sich hier an und lassen Sie Depot einen erstellen.</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Projektschlüssel</translation>
    </message>
    <message>
        <source>organization:project:key</source>
        <translation>organisation:projekt:schlüssel</translation>
    </message>
    <message>
        <source>Make one in the Metabind web app under your project&apos;s API keys; paste it with its organization and project, separated by colons.</source>
        <translation>Erstellen Sie einen in der Metabind-Web-App unter den API-Schlüsseln Ihres Projekts; fügen Sie ihn mit Organisation und Projekt ein, getrennt durch Doppelpunkte.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The token, with or without “Bearer ” in front</source>
        <translation>Das Token, mit oder ohne vorangestelltes „Bearer “</translation>
    </message>
    <message>
        <source>Make one on wasmer.io under Settings → Access tokens, or copy the one the wasmer CLI stored (wasmer whoami shows whose it is).</source>
        <translation>Erstellen Sie eines auf wasmer.io unter „Settings → Access tokens“ oder kopieren Sie das von der wasmer-CLI gespeicherte (wasmer whoami zeigt, wem es gehört).</translation>
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>This registry&apos;s schema does not support mutations.</source>
        <translation>Das Schema dieser Registry unterstützt keine Mutationen.</translation>
    </message>
    <message>
        <source>This registry&apos;s schema does not support subscriptions.</source>
        <translation>Das Schema dieser Registry unterstützt keine Subscriptions.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; cannot be non-input type &quot;%2&quot;.</source>
        <translation>Die Variable „$%1“ kann nicht vom Nicht-Eingabetyp „%2“ sein.</translation>
    </message>
    <message>
        <source>Fragment &quot;%1&quot; cannot condition on non composite type &quot;%2&quot;.</source>
        <translation>Das Fragment „%1“ kann nicht auf den nicht zusammengesetzten Typ „%2“ eingeschränkt werden.</translation>
    </message>
    <message>
        <source>Unknown fragment &quot;%1&quot;.</source>
        <translation>Unbekanntes Fragment „%1“.</translation>
    </message>
    <message>
        <source>Cannot query field &quot;%1&quot; on type &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ kann beim Typ „%2“ nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not have a selection since type &quot;%2&quot; has no subfields.</source>
        <translation>Das Feld „%1“ darf keine Auswahl haben, da der Typ „%2“ keine Unterfelder hat.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; of type &quot;%2&quot; must have a selection of subfields.</source>
        <translation>Das Feld „%1“ vom Typ „%2“ muss eine Auswahl von Unterfeldern haben.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot; on &quot;%2&quot;.</source>
        <translation>Unbekanntes Argument „%1“ bei „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; argument &quot;%2&quot; of type &quot;%3&quot; is required, but it was not provided.</source>
        <translation>Das Argument „%2“ vom Typ „%3“ von „%1“ ist erforderlich, wurde aber nicht angegeben.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not defined by type &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ ist im Typ „%2“ nicht definiert.</translation>
    </message>
    <message>
        <source>Field &quot;%1.%2&quot; of required type &quot;%3&quot; was not provided.</source>
        <translation>Das Feld „%1.%2“ vom erforderlichen Typ „%3“ wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>Unknown directive &quot;@%1&quot;.</source>
        <translation>Unbekannte Direktive „@%1“.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;.</source>
        <translation>Unbekannter Typ „%1“.</translation>
    </message>
</context>
<context>
    <name>DownloadController</name>
    <message>
        <source>Unpack to Folder</source>
        <translation>In Ordner entpacken</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Select a registry and wait until it is connected.</source>
        <translation>Wählen Sie eine Registry und warten Sie, bis sie verbunden ist.</translation>
    </message>
    <message>
        <source>This version offers no file to download.</source>
        <translation>Diese Version bietet keine Datei zum Herunterladen.</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>“%1” is a %2 file, which Depot cannot unpack; use Download… instead.</source>
        <translation>„%1“ ist eine %2-Datei, die Depot nicht entpacken kann; verwenden Sie stattdessen „Herunterladen …“.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
</context>
<context>
    <name>DownloadListModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Progress of a download: &quot;12 MB of 200 MB&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <extracomment>Progress and speed of a download: &quot;12 MB of 200 MB, 40 MB/s&quot;</extracomment>
        <translation>%1, %2/s</translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation>Wird entpackt …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Unpacked</source>
        <translation>Entpackt</translation>
    </message>
    <message numerus="yes">
        <source>Unpacked; %n entry(s) left out</source>
        <translation>
            <numerusform>Entpackt; %n Eintrag ausgelassen</numerusform>
            <numerusform>Entpackt; %n Einträge ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Unpack to Folder…</source>
        <translation>In Ordner entpacken …</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>No download selected</source>
        <translation>Kein Download ausgewählt</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Den Download abbrechen</translation>
    </message>
    <message>
        <source>Retry the download</source>
        <translation>Den Download erneut versuchen</translation>
    </message>
    <message>
        <source>Unpack the download to a folder</source>
        <translation>Den Download in einen Ordner entpacken</translation>
    </message>
    <message>
        <source>Show the download in its folder</source>
        <translation>Den Download in seinem Ordner anzeigen</translation>
    </message>
    <message>
        <source>Remove the download from the list</source>
        <translation>Den Download aus der Liste entfernen</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The registry needs you to sign in, or your credentials are no longer valid.</source>
        <translation>Die Registry verlangt eine Anmeldung, oder Ihre Zugangsdaten sind nicht mehr gültig.</translation>
    </message>
    <message>
        <source>You are not allowed to do this on this registry.</source>
        <translation>Das dürfen Sie in dieser Registry nicht.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your email address is not verified yet. Follow the link the registry sent you.</source>
        <translation>Ihre E-Mail-Adresse ist noch nicht bestätigt. Folgen Sie dem Link, den die Registry Ihnen geschickt hat.</translation>
    </message>
    <message>
        <source>This change needs a higher version number: at least %1.</source>
        <translation>Diese Änderung braucht eine höhere Versionsnummer: mindestens %1.</translation>
    </message>
    <message>
        <source>This change needs a higher version number.</source>
        <translation>Diese Änderung braucht eine höhere Versionsnummer.</translation>
    </message>
    <message>
        <source>The registry does not understand this request; it may run a different version.</source>
        <translation>Die Registry versteht diese Anfrage nicht; vielleicht läuft dort eine andere Version.</translation>
    </message>
    <message numerus="yes">
        <source>The registry is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>Die Registry ist ausgelastet. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Die Registry ist ausgelastet. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry is busy. Try again later.</source>
        <translation>Die Registry ist ausgelastet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>There is no registry at this address (HTTP 404).</source>
        <translation>Unter dieser Adresse gibt es keine Registry (HTTP 404).</translation>
    </message>
    <message>
        <source>The registry has a problem (HTTP %1). Try again later.</source>
        <translation>Die Registry hat ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not reach the registry. Check your network connection.</source>
        <translation>Die Registry ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The registry did not answer in time.</source>
        <translation>Die Registry hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer could not be read.</source>
        <translation>Die Antwort der Registry konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer is too large.</source>
        <translation>Die Antwort der Registry ist zu groß.</translation>
    </message>
    <message>
        <source>The registry sent Depot to an address it does not follow: another site while signed in, or a connection that is not secure.</source>
        <translation>Die Registry hat Depot an eine Adresse weitergeleitet, der es nicht folgt: eine andere Website während einer Anmeldung oder eine unsichere Verbindung.</translation>
    </message>
    <message>
        <source>Credentials are only sent over HTTPS; this registry address uses plain HTTP.</source>
        <translation>Zugangsdaten werden nur über HTTPS gesendet; diese Registry-Adresse verwendet unverschlüsseltes HTTP.</translation>
    </message>
    <message>
        <source>This registry cannot do that.</source>
        <translation>Diese Registry kann das nicht.</translation>
    </message>
    <message>
        <source>The request could not be prepared. This is a bug in Depot or a wrong registry address.</source>
        <translation>Die Anfrage konnte nicht vorbereitet werden. Das ist ein Fehler in Depot oder eine falsche Registry-Adresse.</translation>
    </message>
    <message>
        <source>The registry has no such item.</source>
        <translation>Diesen Eintrag gibt es in der Registry nicht.</translation>
    </message>
    <message>
        <source>The registry does not accept this key or sign-in any more. It may have been revoked or have expired; sign in again or enter a new key.</source>
        <translation>Die Registry akzeptiert diesen Schlüssel oder diese Anmeldung nicht mehr; vielleicht wurde der Zugang widerrufen oder ist abgelaufen. Melden Sie sich erneut an oder geben Sie einen neuen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The registry has no “%1”.</source>
        <translation>„%1“ gibt es in der Registry nicht.</translation>
    </message>
    <message>
        <source>“%1” is already taken. Choose another name.</source>
        <translation>„%1“ ist bereits vergeben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This name is already taken. Choose another one.</source>
        <translation>Dieser Name ist bereits vergeben. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>This version is already published. Choose a higher version.</source>
        <translation>Diese Version ist bereits veröffentlicht. Wählen Sie eine höhere Version.</translation>
    </message>
    <message>
        <source>Version %1 is already published. Choose a higher version.</source>
        <translation>Version %1 ist bereits veröffentlicht. Wählen Sie eine höhere Version.</translation>
    </message>
    <message>
        <source>The registry refused a value: %1</source>
        <translation>Die Registry hat einen Wert abgelehnt: %1</translation>
    </message>
    <message>
        <source>The registry refused a value.</source>
        <translation>Die Registry hat einen Wert abgelehnt.</translation>
    </message>
    <message>
        <source>The registry has a problem. Try again later.</source>
        <translation>Die Registry hat ein Problem. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This address does not answer as a package registry.</source>
        <translation>Unter dieser Adresse antwortet keine Paket-Registry.</translation>
    </message>
    <message>
        <source>The registry refused the request (HTTP %1).</source>
        <translation>Die Registry hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The registry answered with HTTP status %1.</source>
        <translation>Die Registry hat mit dem HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The registry reported an error: %1</source>
        <translation>Die Registry meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>The registry reported an error (%1).</source>
        <translation>Die Registry meldet einen Fehler (%1).</translation>
    </message>
    <message>
        <source>The registry reported an error.</source>
        <translation>Die Registry meldet einen Fehler.</translation>
    </message>
    <message>
        <source>The registry refused a value (%1): %2</source>
        <extracomment>%1 names the value (as the registry calls it), %2 is the registry&apos;s reason</extracomment>
        <translation>Die Registry hat einen Wert abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>The registry refused a value (%1).</source>
        <translation>Die Registry hat einen Wert abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Depot could not verify the registry&apos;s secure connection, so nothing was sent.</source>
        <translation>Depot konnte die sichere Verbindung der Registry nicht überprüfen, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Its certificate is self-signed: nobody vouches that the server is the registry.</source>
        <translation>Ihr Zertifikat ist selbst signiert: Niemand bürgt dafür, dass der Server die Registry ist.</translation>
    </message>
    <message>
        <source>Its certificate comes from an authority this computer does not trust.</source>
        <translation>Ihr Zertifikat stammt von einer Zertifizierungsstelle, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>Its certificate expired on %1.</source>
        <translation>Ihr Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Its certificate has expired.</source>
        <translation>Ihr Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>Its certificate is only valid from %1.</source>
        <translation>Ihr Zertifikat ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>Its certificate is not valid yet.</source>
        <translation>Ihr Zertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Its certificate is for another address.</source>
        <translation>Ihr Zertifikat gilt für eine andere Adresse.</translation>
    </message>
    <message>
        <source>Its certificate is for %1, not for this address.</source>
        <translation>Ihr Zertifikat gilt für %1, nicht für diese Adresse.</translation>
    </message>
    <message>
        <source>Its certificate was revoked.</source>
        <translation>Ihr Zertifikat wurde widerrufen.</translation>
    </message>
    <message>
        <source>The file arrived damaged: its size or checksum is not what the registry announced. Nothing was kept; try again.</source>
        <translation>Die Datei ist beschädigt angekommen: Größe oder Prüfsumme entsprechen nicht dem, was die Registry angekündigt hat. Es wurde nichts behalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The address answered with a web page, not as a registry. A network that wants you to sign in on its own page first (in a hotel, a café or on a train) answers like this: open a web browser, or check the registry&apos;s address.</source>
        <translation>Die Adresse hat mit einer Webseite geantwortet, nicht wie eine Registry. So antwortet ein Netzwerk, bei dem Sie sich zuerst auf dessen eigener Seite anmelden müssen (im Hotel, im Café oder im Zug): Öffnen Sie einen Webbrowser oder prüfen Sie die Adresse der Registry.</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabel</name>
    <message>
        <source>Problem with %1: %2</source>
        <translation>Problem mit %1: %2</translation>
    </message>
    <message>
        <source>%1 is fine</source>
        <translation>%1 ist in Ordnung</translation>
    </message>
</context>
<context>
    <name>FileDownloadJob</name>
    <message>
        <source>Depot could not write “%1”: %2</source>
        <translation>Depot konnte „%1“ nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The file is not the one the registry announced: %1 bytes were announced, the server sends %2.</source>
        <translation>Die Datei ist nicht die von der Registry angekündigte: Angekündigt waren %1 Bytes, der Server sendet %2.</translation>
    </message>
    <message>
        <source>The file arrived damaged: the server sends more bytes than the registry announced. Nothing was kept; try again.</source>
        <translation>Die Datei ist beschädigt angekommen: Der Server sendet mehr Bytes, als die Registry angekündigt hat. Es wurde nichts behalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file arrived damaged: it has %1 bytes, the registry announced %2. Nothing was kept; try again.</source>
        <translation>Die Datei ist beschädigt angekommen: Sie hat %1 Bytes, die Registry hat %2 angekündigt. Es wurde nichts behalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file arrived damaged: its SHA-256 checksum is not the one the registry announced. Nothing was kept; try again.</source>
        <translation>Die Datei ist beschädigt angekommen: Ihre SHA-256-Prüfsumme ist nicht die von der Registry angekündigte. Es wurde nichts behalten; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>FolderPublisher</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Private package (only you and your namespace see it)</source>
        <translation>Privates Paket (nur Sie und Ihr Namensraum sehen es)</translation>
    </message>
    <message>
        <source>Resumable upload, where the registry offers one</source>
        <translation>Fortsetzbares Hochladen, sofern die Registry es anbietet</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Publish a Folder with %1</source>
        <extracomment>Window title; %1 is the manifest file the folder needs, e.g. &quot;wasmer.toml&quot;</extracomment>
        <translation>Einen Ordner mit %1 veröffentlichen</translation>
    </message>
    <message>
        <source>a manifest</source>
        <translation>einem Manifest</translation>
    </message>
    <message>
        <source>Folder to publish</source>
        <translation>Zu veröffentlichender Ordner</translation>
    </message>
    <message>
        <source>A folder holding %1 or %2</source>
        <extracomment>%1 is the manifest name a folder holds (&quot;wasmer.toml&quot;), %2 the older one (&quot;wapm.toml&quot;)</extracomment>
        <translation>Ein Ordner mit %1 oder %2</translation>
    </message>
    <message>
        <source>A folder holding %1</source>
        <translation>Ein Ordner mit %1</translation>
    </message>
    <message>
        <source>Choose the folder to publish</source>
        <translation>Den zu veröffentlichenden Ordner wählen</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Publish progress</source>
        <translation>Fortschritt des Veröffentlichens</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Veröffentlichen stoppen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Folder to Publish</source>
        <translation>Zu veröffentlichender Ordner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>Licence file</source>
        <translation>Lizenzdatei</translation>
    </message>
    <message>
        <source>Module</source>
        <extracomment>A module in the manifest: &quot;python: bin/python.wasm (wasi)&quot;</extracomment>
        <translation>Modul</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>no ABI</source>
        <translation>kein ABI</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 führt %2 aus</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Choose the folder to publish.</source>
        <translation>Wählen Sie den zu veröffentlichenden Ordner.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Sign in to this registry first (Account ▸ Sign In…): publishing needs your token.</source>
        <translation>Melden Sie sich zuerst bei dieser Registry an (Konto ▸ Anmelden …): Zum Veröffentlichen wird Ihr Token benötigt.</translation>
    </message>
    <message>
        <source>Publishing with your token.</source>
        <translation>Veröffentlichen mit Ihrem Token.</translation>
    </message>
    <message>
        <source>Publishing as %1.</source>
        <translation>Veröffentlichen als %1.</translation>
    </message>
    <message>
        <source>Fix the problems listed first.</source>
        <translation>Beheben Sie zuerst die aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>%1 %2 is published (the registry confirmed it after the interruption).</source>
        <translation>%1 %2 ist veröffentlicht (die Registry hat es nach der Unterbrechung bestätigt).</translation>
    </message>
    <message>
        <source>%1 %2 is published.</source>
        <translation>%1 %2 ist veröffentlicht.</translation>
    </message>
    <message>
        <source>Depot could not find out whether %1 %2 was published: %3 Look at the package page before publishing again.</source>
        <translation>Depot konnte nicht herausfinden, ob %1 %2 veröffentlicht wurde: %3 Sehen Sie sich die Paketseite an, bevor Sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>Nothing was published: %1</source>
        <translation>Es wurde nichts veröffentlicht: %1</translation>
    </message>
</context>
<context>
    <name>FreshnessNotice</name>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Saved %1. Refreshing…</source>
        <extracomment>%1 says how old the saved page is: &quot;5 minutes ago&quot;</extracomment>
        <translation>Gespeichert %1. Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Offline: this is the page as Depot saw it %1. It refreshes by itself when the registry is back.</source>
        <extracomment>%1 says how old the saved page is: &quot;5 minutes ago&quot;</extracomment>
        <translation>Offline: Das ist die Seite, wie Depot sie %1 gesehen hat. Sie wird von selbst aktualisiert, sobald die Registry wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Saved %1. It could not be refreshed: see below.</source>
        <extracomment>%1 says how old the saved page is: &quot;5 minutes ago&quot;</extracomment>
        <translation>Gespeichert %1. Sie konnte nicht aktualisiert werden: siehe unten.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphQlAccount</name>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Geben Sie einen Benutzernamen und ein Passwort ein.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter a name for the new key.</source>
        <translation>Geben Sie einen Namen für den neuen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Which key? Its id is empty.</source>
        <translation>Welcher Schlüssel? Seine Kennung ist leer.</translation>
    </message>
</context>
<context>
    <name>GraphQlDocument</name>
    <message>
        <source>Syntax Error: Unexpected &lt;EOF&gt;.</source>
        <translation>Syntaxfehler: Unerwartetes &lt;EOF&gt;.</translation>
    </message>
    <message>
        <source>Syntax Error: Expected %1, found %2.</source>
        <translation>Syntaxfehler: %1 erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>Syntax Error: Unexpected %1.</source>
        <translation>Syntaxfehler: Unerwartet: %1.</translation>
    </message>
    <message>
        <source>Syntax Error: Unexpected character: &quot;%1&quot;.</source>
        <translation>Syntaxfehler: Unerwartetes Zeichen: „%1“.</translation>
    </message>
    <message>
        <source>Syntax Error: Unterminated string.</source>
        <translation>Syntaxfehler: Nicht abgeschlossene Zeichenkette.</translation>
    </message>
</context>
<context>
    <name>GraphQlSchema</name>
    <message>
        <source>The name of the object&apos;s type.</source>
        <translation>Der Name des Objekttyps.</translation>
    </message>
    <message>
        <source>The schema of this registry.</source>
        <translation>Das Schema dieser Registry.</translation>
    </message>
    <message>
        <source>One type of this registry&apos;s schema, by name.</source>
        <translation>Ein Typ aus dem Schema dieser Registry, nach Name.</translation>
    </message>
    <message>
        <source>Scalar</source>
        <translation>Skalar</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>Enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <source>Input object</source>
        <translation>Eingabeobjekt</translation>
    </message>
</context>
<context>
    <name>GraphQlUsers</name>
    <message>
        <source>Which user? The name is empty.</source>
        <translation>Welcher Benutzer? Der Name ist leer.</translation>
    </message>
</context>
<context>
    <name>GroupResultsView</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>Die Suche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Versuchen Sie andere oder weniger Wörter.</translation>
    </message>
</context>
<context>
    <name>GroupSection</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>None match</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No remark</source>
        <translation>Kein Hinweis</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <extracomment>Accessible name of a Retry button under a sidebar section; %1 is its heading (&quot;Catalogs&quot;)</extracomment>
        <translation>Erneut versuchen: %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Depot</source>
        <translation>&amp;Über Depot</translation>
    </message>
    <message>
        <source>About Depot</source>
        <translation>Über Depot</translation>
    </message>
    <message>
        <source>Depot %1

Browse GraphQL package registries: DataPM, Wasmer and Metabind.</source>
        <translation>Depot %1

GraphQL-Paket-Registrys durchsuchen: DataPM, Wasmer und Metabind.</translation>
    </message>
</context>
<context>
    <name>InterfacePage</name>
    <message>
        <source>Interface %1</source>
        <translation>Schnittstelle %1</translation>
    </message>
    <message>
        <source>Open homepage</source>
        <translation>Homepage öffnen</translation>
    </message>
    <message>
        <source>Interface version</source>
        <translation>Schnittstellenversion</translation>
    </message>
    <message>
        <source>Versions of the interface</source>
        <translation>Versionen der Schnittstelle</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>No package implements this version</source>
        <translation>Kein Paket implementiert diese Version</translation>
    </message>
    <message>
        <source>Packages declare the interfaces their modules implement in their manifest.</source>
        <translation>Pakete geben in ihrem Manifest an, welche Schnittstellen ihre Module implementieren.</translation>
    </message>
    <message>
        <source>Packages that implement it</source>
        <translation>Pakete, die sie implementieren</translation>
    </message>
    <message>
        <source>Interface text</source>
        <translation>Schnittstellentext</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Interface details</source>
        <translation>Schnittstellendetails</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Loading interface…</source>
        <translation>Schnittstelle wird geladen …</translation>
    </message>
    <message>
        <source>Could not load the interface</source>
        <translation>Die Schnittstelle konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Interface not found</source>
        <translation>Schnittstelle nicht gefunden</translation>
    </message>
    <message>
        <source>Open homepage %1</source>
        <translation>Homepage %1 öffnen</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>neueste</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{…} %n field(s)</source>
        <translation>
            <numerusform>{…} %n Feld</numerusform>
            <numerusform>{…} %n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[…] %n item(s)</source>
        <translation>
            <numerusform>[…] %n Element</numerusform>
            <numerusform>[…] %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>Depot does not know registries of this kind.</source>
        <translation>Depot kennt Registrys dieser Art nicht.</translation>
    </message>
    <message>
        <source>This is not a key of this registry.</source>
        <translation>Das ist kein Schlüssel dieser Registry.</translation>
    </message>
    <message>
        <source>The registry did not accept this key. Check that it is complete and has not been revoked.</source>
        <translation>Die Registry hat diesen Schlüssel nicht akzeptiert. Prüfen Sie, ob er vollständig ist und nicht widerrufen wurde.</translation>
    </message>
</context>
<context>
    <name>KeyEntry</name>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>organization id, or paste organization:project:key</source>
        <translation>Organisations-ID, oder organisation:projekt:schlüssel einfügen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>KeyRefusedBar</name>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Remove from Keychain</source>
        <translation>Aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Refused key</source>
        <translation>Abgelehnter Schlüssel</translation>
    </message>
    <message>
        <source>Keep the key in the keychain</source>
        <translation>Den Schlüssel im Schlüsselbund behalten</translation>
    </message>
    <message>
        <source>%1 refused the API key kept in the keychain: it may have been revoked. Depot browses without it. Remove it from the keychain?</source>
        <translation>%1 hat den im Schlüsselbund gespeicherten API-Schlüssel abgelehnt: Er wurde vielleicht widerrufen. Depot zeigt die Registry ohne ihn an. Aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>%1 refused the API key: it may have been revoked. Depot browses without it.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt: Er wurde vielleicht widerrufen. Depot zeigt die Registry ohne ihn an.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No refused key</source>
        <translation>Kein abgelehnter Schlüssel</translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>No key is stored for this registry.</source>
        <translation>Für diese Registry ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available. The key can be used for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar. Der Schlüssel kann nur in dieser Sitzung verwendet werden.</translation>
    </message>
    <message>
        <source>The keychain is locked or access to it was denied.</source>
        <translation>Der Schlüsselbund ist gesperrt oder der Zugriff wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>LiveIndicator</name>
    <message>
        <source>● Live</source>
        <extracomment>Status bar: the package list follows what is published as it happens</extracomment>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Live-Aktualisierungen</translation>
    </message>
    <message>
        <source>New versions appear in the list as they are published</source>
        <translation>Neue Versionen erscheinen in der Liste, sobald sie veröffentlicht werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Depot</source>
        <translation>Depot</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Connect again and reload the package list (F5)</source>
        <translation>Neu verbinden und die Paketliste neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>Registries and packages</source>
        <translation>Registrys und Pakete</translation>
    </message>
    <message>
        <source>%1 — Depot</source>
        <translation>%1 – Depot</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen …</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>%1 — %2 — Depot</source>
        <extracomment>Window title: page, registry, application</extracomment>
        <translation>%1 — %2 — Depot</translation>
    </message>
    <message>
        <source>“%1” does not name a package of this registry.</source>
        <translation>„%1“ bezeichnet kein Paket dieser Registry.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>No details</source>
        <translation>Keine Einzelheiten</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Keine Aktion</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Show Certificate</source>
        <translation>Zertifikat anzeigen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Hide Certificate</source>
        <translation>Zertifikat ausblenden</translation>
    </message>
</context>
<context>
    <name>MetabindBackend</name>
    <message>
        <source>Which version? The version is empty.</source>
        <translation>Welche Version? Die Versionsangabe ist leer.</translation>
    </message>
    <message>
        <source>Metabind publishes the project kept on the registry, not a file or folder.</source>
        <translation>Metabind veröffentlicht das Projekt, das in der Registry liegt, keine Datei und keinen Ordner.</translation>
    </message>
    <message>
        <source>A Metabind package is not downloaded as a whole: download its assets from the Assets tab.</source>
        <translation>Ein Metabind-Paket wird nicht als Ganzes heruntergeladen: Laden Sie seine Assets im Tab „Assets“ herunter.</translation>
    </message>
</context>
<context>
    <name>MetabindErrors</name>
    <message>
        <source>The version must look like 1.2.3 (major.minor.patch).</source>
        <translation>Die Version muss wie 1.2.3 aussehen (Haupt.Neben.Patch).</translation>
    </message>
    <message>
        <source>Your Metabind sign-in has expired. Sign in again with your email and password.</source>
        <translation>Ihre Metabind-Anmeldung ist abgelaufen. Melden Sie sich erneut mit E-Mail und Passwort an.</translation>
    </message>
    <message>
        <source>Sign in with your Metabind email and password to manage the project&apos;s keys and publish.</source>
        <translation>Melden Sie sich mit Ihrer Metabind-E-Mail und Ihrem Passwort an, um die Schlüssel des Projekts zu verwalten und zu veröffentlichen.</translation>
    </message>
    <message>
        <source>The project has no components, so there is nothing to package. Add a component first.</source>
        <translation>Das Projekt hat keine Komponenten, es gibt also nichts zu packen. Legen Sie zuerst eine Komponente an.</translation>
    </message>
    <message>
        <source>Depot does not know which project to use: enter a project key in the form organization:project:key first (Account ▸ Sign In…).</source>
        <translation>Depot weiß nicht, welches Projekt gemeint ist: Geben Sie zuerst einen Projektschlüssel in der Form Organisation:Projekt:Schlüssel ein (Konto ▸ Anmelden…).</translation>
    </message>
</context>
<context>
    <name>MetabindParts</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
</context>
<context>
    <name>MetabindPublishJob</name>
    <message>
        <source>Enter the version as major.minor.patch, for example 1.2.0.</source>
        <translation>Geben Sie die Version als Haupt.Neben.Patch ein, zum Beispiel 1.2.0.</translation>
    </message>
    <message>
        <source>The registry said it published the version, but does not have it.</source>
        <translation>Die Registry meldete die Version als veröffentlicht, hat sie aber nicht.</translation>
    </message>
</context>
<context>
    <name>MetabindPublishing</name>
    <message>
        <source>Enter the organization and project.</source>
        <translation>Geben Sie Organisation und Projekt ein.</translation>
    </message>
</context>
<context>
    <name>MetabindRestAccount</name>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter a name for the new key.</source>
        <translation>Geben Sie einen Namen für den neuen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Which key? Its id is empty.</source>
        <translation>Welcher Schlüssel? Seine Kennung ist leer.</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>MetabindSearch</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>&amp;Find Packages</source>
        <translation>Pakete &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Latest Packages</source>
        <translation>&amp;Neueste Pakete</translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation>Pakete suchen</translation>
    </message>
    <message>
        <source>Search packages (Ctrl+F)</source>
        <translation>Pakete suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Go to Results</source>
        <translation>Zu den Ergebnissen</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>Back to “%1” (Alt+Left)</source>
        <translation>Zurück zu „%1“ (Alt+Links)</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward to “%1” (Alt+Right)</source>
        <translation>Vor zu „%1“ (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>PackageBundleTabs</name>
    <message>
        <source>Compiled bundle</source>
        <translation>Kompiliertes Bundle</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Resolved Bundle</source>
        <translation>Aufgelöstes Bundle</translation>
    </message>
    <message>
        <source>Compiled</source>
        <translation>Kompiliert</translation>
    </message>
</context>
<context>
    <name>PackageContentsTabs</name>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ABI</source>
        <translation>ABI</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Filesystem mappings</source>
        <translation>Dateisystem-Zuordnungen</translation>
    </message>
    <message>
        <source>Path in the program</source>
        <translation>Pfad im Programm</translation>
    </message>
    <message>
        <source>Folder in the package</source>
        <translation>Ordner im Paket</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the module&apos;s interface</source>
        <translation>Eingabetaste oder Doppelklick öffnet die Schnittstelle des Moduls</translation>
    </message>
    <message>
        <source>Command line that runs this package</source>
        <translation>Befehlszeile, die dieses Paket ausführt</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Die Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>Run it:</source>
        <translation>Ausführen:</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> (wanted: %1)</source>
        <extracomment>A dependency: &quot;wasmer/hello 0.2.0 (wanted: ^0.2.0)&quot;</extracomment>
        <translation> (verlangt: %1)</translation>
    </message>
    <message>
        <source>Open %1%2</source>
        <translation>%1%2 öffnen</translation>
    </message>
    <message>
        <source>Open dependency %1%2</source>
        <translation>Abhängigkeit %1%2 öffnen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>PackageDetailsPage</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save Package File…</source>
        <translation>Paketdatei speichern …</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>Copy identifier</source>
        <translation>Kennung kopieren</translation>
    </message>
    <message>
        <source>Copy “%1” to the clipboard</source>
        <translation>„%1“ in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open catalog</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Website öffnen</translation>
    </message>
    <message>
        <source>No version</source>
        <translation>Keine Version</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Schemas and properties</source>
        <translation>Schemas und Eigenschaften</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>Save package file</source>
        <translation>Paketdatei speichern</translation>
    </message>
    <message>
        <source>Package details</source>
        <translation>Paketdetails</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>Package File</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>Loading package…</source>
        <translation>Paket wird geladen …</translation>
    </message>
    <message>
        <source>Could not load the package</source>
        <translation>Das Paket konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Package not found</source>
        <translation>Paket nicht gefunden</translation>
    </message>
    <message>
        <source>Open website %1</source>
        <translation>Website %1 öffnen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>This package has no README.</source>
        <translation>Dieses Paket hat keine README.</translation>
    </message>
    <message>
        <source>This package states no licence.</source>
        <translation>Dieses Paket nennt keine Lizenz.</translation>
    </message>
    <message>
        <source>(untitled schema)</source>
        <translation>(Schema ohne Titel)</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>This package has no package file.</source>
        <translation>Dieses Paket hat keine Paketdatei.</translation>
    </message>
    <message>
        <source>Save Package File</source>
        <translation>Paketdatei speichern</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A link on a package page: &quot;Catalog: NOAA&quot;, &quot;Namespace: wasmer&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open %1 %2</source>
        <extracomment>Accessible name of the link to a package&apos;s group: &quot;Open Catalog NOAA&quot;</extracomment>
        <translation>%1 %2 öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (*%2);;All files (*)</source>
        <translation>%1 (*%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Show %1 “%2”</source>
        <extracomment>Tooltip of the link to a package&apos;s group: &quot;Show Catalog “noaa”&quot;</extracomment>
        <translation>%1 „%2“ anzeigen</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen …</translation>
    </message>
    <message>
        <source>Unpack to Folder…</source>
        <translation>In Ordner entpacken …</translation>
    </message>
    <message>
        <source>Open owner</source>
        <translation>Eigentümer öffnen</translation>
    </message>
    <message>
        <source>Open repository</source>
        <translation>Repository öffnen</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>Keine Kennzahlen</translation>
    </message>
    <message>
        <source>Save this version&apos;s package file</source>
        <translation>Die Paketdatei dieser Version speichern</translation>
    </message>
    <message>
        <source>Download this version and unpack it into a folder</source>
        <translation>Diese Version herunterladen und in einen Ordner entpacken</translation>
    </message>
    <message>
        <source>%1, version %2 (the latest is %3)</source>
        <translation>%1, Version %2 (die neueste ist %3)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <extracomment>A link on a package page to whoever owns the package: &quot;Owner: syrusakbary&quot;</extracomment>
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <source>Open owner %1</source>
        <translation>Eigentümer %1 öffnen</translation>
    </message>
    <message>
        <source>Open repository %1</source>
        <translation>Repository %1 öffnen</translation>
    </message>
    <message>
        <source>1 download</source>
        <translation>1 Download</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 Downloads</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>Signed with key %1, which has been revoked</source>
        <translation>Signiert mit Schlüssel %1, der widerrufen wurde</translation>
    </message>
    <message>
        <source>Signed by %1 (key %2)</source>
        <translation>Signiert von %1 (Schlüssel %2)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
</context>
<context>
    <name>PackageFileSaver</name>
    <message>
        <source>The version could not be located in the file, so the file was left as it is.</source>
        <translation>Die Version wurde in der Datei nicht gefunden, daher blieb die Datei unverändert.</translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation>Die Datei konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file was changed by another program since Depot read it, so it was left as it is.</source>
        <translation>Die Datei wurde von einem anderen Programm geändert, seit Depot sie gelesen hat, daher blieb sie unverändert.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>PackageGroupPage</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Accessible name of a page: &quot;Catalog noaa&quot;, &quot;Namespace wasmer&quot;
----------
Page subtitle: &quot;Catalog noaa&quot;; for a private one &quot;Catalog noaa (private)&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Website öffnen</translation>
    </message>
    <message>
        <source>No packages here</source>
        <translation>Keine Pakete vorhanden</translation>
    </message>
    <message>
        <source>Its packages may all be private, or none has been published yet.</source>
        <translation>Vielleicht sind alle Pakete hier privat, oder es wurde noch keines veröffentlicht.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>Open website %1</source>
        <translation>Website %1 öffnen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>%1 is the registry&apos;s name for a group of packages: &quot;Catalog&quot;, &quot;Collection&quot;, &quot;Namespace&quot;</extracomment>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not load this page</source>
        <translation>Diese Seite konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 %2 (private)</source>
        <translation>%1 %2 (privat)</translation>
    </message>
</context>
<context>
    <name>PackageListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The latest version of each package</source>
        <translation>Die neueste Version jedes Pakets</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>PackageListPage</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Add Registry…</source>
        <translation>Registry hinzufügen …</translation>
    </message>
    <message>
        <source>Edit Registry…</source>
        <translation>Registry bearbeiten …</translation>
    </message>
    <message>
        <source>No registry selected</source>
        <translation>Keine Registry ausgewählt</translation>
    </message>
    <message>
        <source>Add a registry or pick one in the list on the left.</source>
        <translation>Fügen Sie eine Registry hinzu oder wählen Sie eine in der Liste links.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Contacting “%1”.</source>
        <translation>„%1“ wird kontaktiert.</translation>
    </message>
    <message>
        <source>Cannot open “%1”</source>
        <translation>„%1“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Loading packages…</source>
        <translation>Pakete werden geladen …</translation>
    </message>
    <message>
        <source>No packages yet</source>
        <translation>Noch keine Pakete</translation>
    </message>
    <message>
        <source>This registry has no public packages.</source>
        <translation>Diese Registry hat keine öffentlichen Pakete.</translation>
    </message>
    <message>
        <source>No packages match “%1”</source>
        <translation>Keine Pakete passen zu „%1“</translation>
    </message>
    <message>
        <source>Latest packages</source>
        <translation>Neueste Pakete</translation>
    </message>
    <message>
        <source>Search for “%1”</source>
        <translation>Suche nach „%1“</translation>
    </message>
    <message>
        <source>Cannot reach “%1”</source>
        <translation>„%1“ ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 Depot tries again by itself and shows the packages as soon as the registry answers.</source>
        <translation>%1 Depot versucht es selbst erneut und zeigt die Pakete, sobald die Registry antwortet.</translation>
    </message>
    <message>
        <source>Search the packages of the selected registry (Ctrl+F)</source>
        <translation>Die Pakete der ausgewählten Registry durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Suche nach „%1“ …</translation>
    </message>
    <message>
        <source>Try other or fewer words, or press Escape for the latest packages.</source>
        <translation>Versuchen Sie andere oder weniger Wörter, oder drücken Sie Esc für die neuesten Pakete.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>No users match</source>
        <translation>Keine passenden Benutzer</translation>
    </message>
    <message>
        <source>None match</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>No title</source>
        <translation>Kein Titel</translation>
    </message>
    <message>
        <source>No identifier</source>
        <translation>Keine Kennung</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
</context>
<context>
    <name>PagedListModel</name>
    <message>
        <source>This list is not available for this registry.</source>
        <translation>Diese Liste gibt es für diese Registry nicht.</translation>
    </message>
</context>
<context>
    <name>PagedPackageTable</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No packages</source>
        <translation>Keine Pakete</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Retry loading more packages</source>
        <translation>Laden weiterer Pakete erneut versuchen</translation>
    </message>
    <message>
        <source>Loading packages…</source>
        <translation>Pakete werden geladen …</translation>
    </message>
    <message>
        <source>Could not load the packages</source>
        <translation>Die Pakete konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Packages shown: %1. Loading more…</source>
        <translation>Angezeigte Pakete: %1. Weitere werden geladen …</translation>
    </message>
    <message>
        <source>Packages shown: %1. Loading more failed: %2</source>
        <translation>Angezeigte Pakete: %1. Laden weiterer Pakete fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Packages: %1</source>
        <translation>Pakete: %1</translation>
    </message>
    <message>
        <source>No packages loaded.</source>
        <translation>Keine Pakete geladen.</translation>
    </message>
    <message>
        <source>Packages shown: %1 of %2. Scroll down for more.</source>
        <translation>Angezeigte Pakete: %1 von %2. Für weitere nach unten scrollen.</translation>
    </message>
    <message>
        <source>Packages shown: %1. Scroll down for more.</source>
        <translation>Angezeigte Pakete: %1. Für weitere nach unten scrollen.</translation>
    </message>
    <message>
        <source>Click a column to sort by it.</source>
        <translation>Klicken Sie auf eine Spalte, um danach zu sortieren.</translation>
    </message>
    <message>
        <source>Sorting is available once all %1 packages are loaded: scroll to the end of the list.</source>
        <translation>Sortieren ist möglich, sobald alle %1 Pakete geladen sind: Blättern Sie ans Ende der Liste.</translation>
    </message>
    <message>
        <source>Sorting is available once every package is loaded: scroll to the end of the list.</source>
        <translation>Sortieren ist möglich, sobald alle Pakete geladen sind: Blättern Sie ans Ende der Liste.</translation>
    </message>
    <message>
        <source>Packages shown: %1, as saved.</source>
        <translation>Angezeigte Pakete: %1, wie gespeichert.</translation>
    </message>
    <message>
        <source>Packages shown: %1, as saved. Refreshing failed: %2</source>
        <translation>Angezeigte Pakete: %1, wie gespeichert. Aktualisieren fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Clear Cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Depot keeps the pages it has shown, so that they open at once next time and while a registry cannot be reached. Nothing secret is kept, and signing out of a registry removes what was seen signed in.</source>
        <translation>Depot speichert die Seiten, die es angezeigt hat, damit sie beim nächsten Mal sofort öffnen, auch solange eine Registry nicht erreichbar ist. Nichts Geheimes wird gespeichert, und das Abmelden von einer Registry entfernt, was angemeldet angezeigt wurde.</translation>
    </message>
    <message>
        <source>About saved pages</source>
        <translation>Über gespeicherte Seiten</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache size limit in MiB</source>
        <translation>Größenlimit des Caches in MiB</translation>
    </message>
    <message>
        <source>The oldest pages go first once saved pages take more than this; 0 keeps none.</source>
        <translation>Belegen die gespeicherten Seiten mehr als das, werden die ältesten zuerst entfernt; bei 0 wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Remove every saved page of every registry</source>
        <translation>Alle gespeicherten Seiten aller Registrys entfernen</translation>
    </message>
    <message>
        <source>Cache &amp;size limit:</source>
        <translation>&amp;Größenlimit des Caches:</translation>
    </message>
    <message>
        <source>Used now:</source>
        <translation>Derzeit belegt:</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cache used now: %1</source>
        <translation>Derzeit belegter Cache: %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
</context>
<context>
    <name>ProjectContentsView</name>
    <message>
        <source>What will be packaged</source>
        <translation>Was gepackt wird</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Components (%1)</source>
        <translation>Komponenten (%1)</translation>
    </message>
    <message>
        <source>Assets (%1)</source>
        <translation>Assets (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>An asset&apos;s type and size: &quot;image/png, 529 bytes&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProjectPublisher</name>
    <message>
        <source>Publish a New Version</source>
        <translation>Neue Version veröffentlichen</translation>
    </message>
    <message>
        <source>Publishes what the project holds now (its components and assets) as a new version of its package.</source>
        <translation>Veröffentlicht, was das Projekt jetzt enthält (seine Komponenten und Assets), als neue Version seines Pakets.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to publish</source>
        <translation>Zum Veröffentlichen anmelden</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>P&amp;rojekt:</translation>
    </message>
    <message>
        <source>&amp;Will be packaged:</source>
        <translation>&amp;Wird gepackt:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>major.minor.patch</source>
        <translation>Haupt.Neben.Patch</translation>
    </message>
    <message>
        <source>Next patch version</source>
        <translation>Nächste Patch-Version</translation>
    </message>
    <message>
        <source>Next minor version</source>
        <translation>Nächste Nebenversion</translation>
    </message>
    <message>
        <source>Next major version</source>
        <translation>Nächste Hauptversion</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>Was sich geändert hat (optional)</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>Neueste:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the new version</source>
        <translation>Die neue Version veröffentlichen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Veröffentlichen abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the organization and project to publish.</source>
        <translation>Geben Sie die Organisation und das Projekt ein, das veröffentlicht werden soll.</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Das Projekt wird gelesen…</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No version published yet</source>
        <translation>Noch keine Version veröffentlicht</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Neben</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>&quot;Patch 1.1.1&quot;: the next patch version, set with one click</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Next patch version: 1.1.1&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the version as major.minor.patch, for example 1.2.0.</source>
        <translation>Geben Sie die Version als Haupt.Neben.Patch ein, zum Beispiel 1.2.0.</translation>
    </message>
    <message>
        <source>Version %1 is already published. Choose a higher version.</source>
        <translation>Version %1 ist bereits veröffentlicht. Wählen Sie eine höhere Version.</translation>
    </message>
    <message>
        <source>The version must be higher than the latest, %1.</source>
        <translation>Die Version muss höher sein als die neueste, %1.</translation>
    </message>
    <message>
        <source>The project has no components: there is nothing to package.</source>
        <translation>Das Projekt hat keine Komponenten: Es gibt nichts zu packen.</translation>
    </message>
    <message>
        <source>Version %1 is published.</source>
        <translation>Version %1 ist veröffentlicht.</translation>
    </message>
    <message>
        <source>Publishing was interrupted and the registry could not be asked whether version %1 is there. Look at the package list before publishing again.</source>
        <translation>Das Veröffentlichen wurde unterbrochen, und die Registry konnte nicht gefragt werden, ob Version %1 vorhanden ist. Sehen Sie in der Paketliste nach, bevor Sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation>Es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PublishCatalogPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;New Catalog…</source>
        <translation>&amp;Neuer Katalog …</translation>
    </message>
    <message>
        <source>New catalog</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <source>&amp;Public (anyone can see its public packages)</source>
        <translation>&amp;Öffentlich (alle sehen seine öffentlichen Pakete)</translation>
    </message>
    <message>
        <source>&amp;Create Catalog</source>
        <translation>Katalog &amp;anlegen</translation>
    </message>
    <message>
        <source>Choose a Catalog</source>
        <translation>Einen Katalog wählen</translation>
    </message>
    <message>
        <source>The package is published into one of your catalogs. New packages start private.</source>
        <translation>Das Paket wird in einem Ihrer Kataloge veröffentlicht. Neue Pakete sind zunächst privat.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Load the catalogs again</source>
        <translation>Die Kataloge erneut laden</translation>
    </message>
    <message>
        <source>New catalog name (in addresses)</source>
        <translation>Name des neuen Katalogs (in Adressen)</translation>
    </message>
    <message>
        <source>New catalog display name</source>
        <translation>Anzeigename des neuen Katalogs</translation>
    </message>
    <message>
        <source>New catalog is public</source>
        <translation>Neuer Katalog ist öffentlich</translation>
    </message>
    <message>
        <source>Create catalog</source>
        <translation>Katalog anlegen</translation>
    </message>
    <message>
        <source>&amp;Name (in addresses):</source>
        <translation>&amp;Name (in Adressen):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Catalog:</source>
        <translation>&amp;Katalog:</translation>
    </message>
    <message>
        <source>Loading your catalogs…</source>
        <translation>Ihre Kataloge werden geladen …</translation>
    </message>
    <message>
        <source>Your catalogs could not be loaded: %1</source>
        <translation>Ihre Kataloge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, private</source>
        <translation>%1, privat</translation>
    </message>
    <message>
        <source>You have no catalog yet. Create one to publish into.</source>
        <translation>Sie haben noch keinen Katalog. Legen Sie einen an, um darin zu veröffentlichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n catalog(s) of yours.</source>
        <translation>
            <numerusform>%n Katalog von Ihnen.</numerusform>
            <numerusform>%n Kataloge von Ihnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the catalog.</source>
        <translation>Geben Sie einen Namen für den Katalog ein.</translation>
    </message>
    <message>
        <source>Your catalogs</source>
        <translation>Ihre Kataloge</translation>
    </message>
</context>
<context>
    <name>PublishDetailsPage</name>
    <message>
        <source>Package name</source>
        <translation>Paketname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Choose &amp;README…</source>
        <translation>&amp;README wählen …</translation>
    </message>
    <message>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <source>Choose &amp;Licence…</source>
        <translation>&amp;Lizenz wählen …</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>The rest of the package file</source>
        <translation>Der Rest der Paketdatei</translation>
    </message>
    <message>
        <source>Describe the Package</source>
        <translation>Das Paket beschreiben</translation>
    </message>
    <message>
        <source>These values are published; your package file is not changed.</source>
        <translation>Diese Angaben werden veröffentlicht; Ihre Paketdatei wird nicht geändert.</translation>
    </message>
    <message>
        <source>Package name (in addresses)</source>
        <translation>Paketname (in Adressen)</translation>
    </message>
    <message>
        <source>1.0.0</source>
        <translation>1.0.0</translation>
    </message>
    <message>
        <source>Choose a README file</source>
        <translation>Eine README-Datei wählen</translation>
    </message>
    <message>
        <source>Choose a licence file</source>
        <translation>Eine Lizenzdatei wählen</translation>
    </message>
    <message>
        <source>Package &amp;name:</source>
        <translation>Paket&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>README:</source>
        <translation>README:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Choose a README File</source>
        <translation>README-Datei wählen</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown-Dateien (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Licence File</source>
        <translation>Lizenzdatei wählen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is far too long for a package page.</source>
        <translation>Die Datei ist viel zu lang für eine Paketseite.</translation>
    </message>
    <message>
        <source>No %1 yet.</source>
        <translation>Noch keine %1.</translation>
    </message>
    <message>
        <source>%1 characters from %2</source>
        <translation>%1 Zeichen aus %2</translation>
    </message>
    <message>
        <source>%1 characters from the package file</source>
        <translation>%1 Zeichen aus der Paketdatei</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>PublishJob</name>
    <message>
        <source>Checking the package file…</source>
        <translation>Paketdatei wird geprüft …</translation>
    </message>
    <message>
        <source>Looking for the package on the registry…</source>
        <translation>Paket wird in der Registry gesucht …</translation>
    </message>
    <message>
        <source>Creating the package…</source>
        <translation>Paket wird angelegt …</translation>
    </message>
    <message>
        <source>Updating the package’s name and description…</source>
        <translation>Name und Beschreibung des Pakets werden aktualisiert …</translation>
    </message>
    <message>
        <source>Publishing the new version…</source>
        <translation>Neue Version wird veröffentlicht …</translation>
    </message>
    <message>
        <source>Asking the registry what it now holds…</source>
        <translation>Registry wird nach dem neuen Stand gefragt …</translation>
    </message>
    <message>
        <source>Packing the folder…</source>
        <translation>Ordner wird gepackt …</translation>
    </message>
    <message>
        <source>Uploading the package…</source>
        <translation>Paket wird hochgeladen …</translation>
    </message>
</context>
<context>
    <name>PublishLauncher</name>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Select a registry and wait until it is connected.</source>
        <translation>Wählen Sie eine Registry und warten Sie, bis sie verbunden ist.</translation>
    </message>
    <message>
        <source>Select a registry and wait until it is connected</source>
        <translation>Wählen Sie eine Registry und warten Sie, bis sie verbunden ist</translation>
    </message>
    <message>
        <source>Publish a package to the selected registry (Ctrl+Shift+P)</source>
        <translation>Ein Paket in der ausgewählten Registry veröffentlichen (Strg+Umschalt+P)</translation>
    </message>
</context>
<context>
    <name>PublishProgressPage</name>
    <message>
        <source>Cancel stops the publish. If the new version was already sent, Depot then asks the registry whether it arrived and tells you.</source>
        <translation>Abbrechen stoppt das Veröffentlichen. Wurde die neue Version bereits gesendet, fragt Depot die Registry, ob sie angekommen ist, und sagt es Ihnen.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Publish progress</source>
        <translation>Fortschritt des Veröffentlichens</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>PublishResultPage</name>
    <message>
        <source>Open the Package Page</source>
        <translation>Paketseite öffnen</translation>
    </message>
    <message>
        <source>Make the Package &amp;Public</source>
        <translation>Paket &amp;öffentlich machen</translation>
    </message>
    <message>
        <source>Publish &amp;Again</source>
        <translation>&amp;Erneut veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Delete the Package</source>
        <translation>Paket &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Sign In Again…</source>
        <translation>Erneut &amp;anmelden …</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Open the package page</source>
        <translation>Die Paketseite öffnen</translation>
    </message>
    <message>
        <source>Make the package public</source>
        <translation>Das Paket öffentlich machen</translation>
    </message>
    <message>
        <source>Publish again</source>
        <translation>Erneut veröffentlichen</translation>
    </message>
    <message>
        <source>Delete the package</source>
        <translation>Das Paket löschen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Published %1 version %2.</source>
        <translation>%1 in Version %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>The publish was interrupted (%1), but the registry had already received the version.</source>
        <translation>Das Veröffentlichen wurde unterbrochen (%1), aber die Registry hatte die Version bereits erhalten.</translation>
    </message>
    <message>
        <source>The package is private: only you can see it until you make it public.</source>
        <translation>Das Paket ist privat: Nur Sie sehen es, bis Sie es öffentlich machen.</translation>
    </message>
    <message>
        <source>The package is private, like its catalog.</source>
        <translation>Das Paket ist privat, wie sein Katalog.</translation>
    </message>
    <message>
        <source>Nothing changed since version %1.</source>
        <translation>Seit Version %1 hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The registry already holds this content as %1 version %2, so no new version was made.</source>
        <translation>Die Registry hat diesen Inhalt bereits als %1 in Version %2, daher wurde keine neue Version angelegt.</translation>
    </message>
    <message>
        <source>Not published: this change needs version %1 or higher.</source>
        <translation>Nicht veröffentlicht: Diese Änderung braucht Version %1 oder höher.</translation>
    </message>
    <message>
        <source>Not published: the package file has errors, so nothing was sent.</source>
        <translation>Nicht veröffentlicht: Die Paketdatei hat Fehler, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>The package %1 exists on the registry but has no version yet. Publish again, or delete the package.</source>
        <translation>Das Paket %1 existiert in der Registry, hat aber noch keine Version. Veröffentlichen Sie erneut oder löschen Sie das Paket.</translation>
    </message>
    <message>
        <source>The registry was asked: it has no package %1, so nothing was left behind.</source>
        <translation>Die Registry wurde gefragt: Sie hat kein Paket %1, es ist also nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>The registry was asked: %1 has version(s) %2; version %3 is not among them.</source>
        <translation>Die Registry wurde gefragt: %1 hat die Version(en) %2; Version %3 ist nicht dabei.</translation>
    </message>
    <message>
        <source>Depot could not find out whether version %1 arrived.</source>
        <translation>Depot konnte nicht herausfinden, ob Version %1 angekommen ist.</translation>
    </message>
    <message>
        <source>%1 Look at the package page before publishing again.</source>
        <translation>%1 Sehen Sie sich die Paketseite an, bevor Sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>Making the package public…</source>
        <translation>Paket wird öffentlich gemacht …</translation>
    </message>
    <message>
        <source>The package is public now: anyone can find and read it.</source>
        <translation>Das Paket ist jetzt öffentlich: Alle können es finden und lesen.</translation>
    </message>
    <message>
        <source>The package could not be made public: %1</source>
        <translation>Das Paket konnte nicht öffentlich gemacht werden: %1</translation>
    </message>
    <message>
        <source>Deleting the package…</source>
        <translation>Paket wird gelöscht …</translation>
    </message>
    <message>
        <source>The package was deleted; nothing is left on the registry.</source>
        <translation>Das Paket wurde gelöscht; in der Registry ist nichts davon übrig.</translation>
    </message>
    <message>
        <source>The package could not be deleted: %1</source>
        <translation>Das Paket konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>What the registry holds</source>
        <translation>Was die Registry enthält</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
</context>
<context>
    <name>PublishSourcePage</name>
    <message>
        <source>Use a &amp;package file (*.datapm.json)</source>
        <translation>Eine &amp;Paketdatei verwenden (*.datapm.json)</translation>
    </message>
    <message>
        <source>Make a &amp;new package file from a CSV file on the web</source>
        <translation>Eine &amp;neue Paketdatei aus einer CSV-Datei im Web erstellen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Use an &amp;API Key…</source>
        <translation>&amp;API-Schlüssel verwenden …</translation>
    </message>
    <message>
        <source>What to Publish</source>
        <translation>Was veröffentlicht wird</translation>
    </message>
    <message>
        <source>Choose a package file, or let Depot make one from a CSV file at a web address.</source>
        <translation>Wählen Sie eine Paketdatei oder lassen Sie Depot eine aus einer CSV-Datei unter einer Webadresse erstellen.</translation>
    </message>
    <message>
        <source>Use a package file</source>
        <translation>Eine Paketdatei verwenden</translation>
    </message>
    <message>
        <source>Make a new package file from a CSV file on the web</source>
        <translation>Eine neue Paketdatei aus einer CSV-Datei im Web erstellen</translation>
    </message>
    <message>
        <source>/path/to/package.datapm.json</source>
        <translation>/pfad/zu/paket.datapm.json</translation>
    </message>
    <message>
        <source>Browse for a package file</source>
        <translation>Nach einer Paketdatei suchen</translation>
    </message>
    <message>
        <source>CSV file address</source>
        <translation>Adresse der CSV-Datei</translation>
    </message>
    <message>
        <source>https://example.com/data.csv</source>
        <translation>https://example.com/daten.csv</translation>
    </message>
    <message>
        <source>Reading the CSV file</source>
        <translation>CSV-Datei wird gelesen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Use an API key</source>
        <translation>Einen API-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Publishing needs an account on this registry: sign in, or use an API key.</source>
        <translation>Zum Veröffentlichen brauchen Sie ein Konto bei dieser Registry: Melden Sie sich an oder verwenden Sie einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Choose a Package File</source>
        <translation>Paketdatei wählen</translation>
    </message>
    <message>
        <source>DataPM package files (*.datapm.json);;JSON files (*.json)</source>
        <translation>DataPM-Paketdateien (*.datapm.json);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a package file.</source>
        <translation>Die Datei ist zu groß für eine Paketdatei.</translation>
    </message>
    <message>
        <source>Enter an http or https address.</source>
        <translation>Geben Sie eine http- oder https-Adresse ein.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
</context>
<context>
    <name>PublishVersionPage</name>
    <message>
        <source>Saving the version</source>
        <translation>Version wird gespeichert</translation>
    </message>
    <message>
        <source>A Higher Version Is Needed</source>
        <translation>Eine höhere Version ist nötig</translation>
    </message>
    <message>
        <source>The version the registry needs</source>
        <translation>Die Version, die die Registry verlangt</translation>
    </message>
    <message>
        <source>Also save the new version in the package file</source>
        <translation>Die neue Version auch in der Paketdatei speichern</translation>
    </message>
    <message>
        <source>Bump the version and publish again</source>
        <translation>Die Version erhöhen und erneut veröffentlichen</translation>
    </message>
    <message>
        <source>The registry needs version %1 or higher for this change (you asked for %2).</source>
        <translation>Die Registry verlangt für diese Änderung Version %1 oder höher (Sie wollten %2).</translation>
    </message>
    <message>
        <source>The registry needs version %1 or higher for this change: the latest version is %2 and you asked for %3.</source>
        <translation>Die Registry verlangt für diese Änderung Version %1 oder höher: Die neueste Version ist %2, und Sie wollten %3.</translation>
    </message>
    <message>
        <source>Also &amp;save version %1 in %2</source>
        <translation>Version %1 auch in %2 &amp;speichern</translation>
    </message>
    <message>
        <source>Also &amp;save version %1 in the package file</source>
        <translation>Version %1 auch in der Paketdatei &amp;speichern</translation>
    </message>
    <message>
        <source>Also save version %1 in the package file</source>
        <translation>Version %1 auch in der Paketdatei speichern</translation>
    </message>
    <message>
        <source>&amp;Bump to %1 and Publish Again</source>
        <translation>Auf %1 &amp;erhöhen und erneut veröffentlichen</translation>
    </message>
    <message>
        <source>Bump to %1 and publish again</source>
        <translation>Auf %1 erhöhen und erneut veröffentlichen</translation>
    </message>
</context>
<context>
    <name>PublishWizard</name>
    <message>
        <source>Publish a Package</source>
        <translation>Ein Paket veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This package file was made by Depot and has no file on disk yet.</source>
        <translation>Diese Paketdatei wurde von Depot erstellt und ist noch nicht als Datei gespeichert.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to this registry first, then publish again.</source>
        <translation>Melden Sie sich zuerst bei dieser Registry an und veröffentlichen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>QueryEditor</name>
    <message>
        <source>Completions</source>
        <translation>Vervollständigungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>RefusedEntry</name>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>ein absoluter Pfad</translation>
    </message>
    <message>
        <source>a path that leads out of the folder (“..”)</source>
        <translation>ein Pfad, der aus dem Ordner hinausführt („..“)</translation>
    </message>
    <message>
        <source>an empty or unreadable name</source>
        <translation>ein leerer oder unlesbarer Name</translation>
    </message>
    <message>
        <source>a symbolic link that points outside the folder</source>
        <translation>eine symbolische Verknüpfung, die aus dem Ordner hinauszeigt</translation>
    </message>
    <message>
        <source>a symbolic link that points through another link</source>
        <translation>eine symbolische Verknüpfung, die über eine andere Verknüpfung zeigt</translation>
    </message>
    <message>
        <source>a path that goes through a symbolic link</source>
        <translation>ein Pfad, der über eine symbolische Verknüpfung führt</translation>
    </message>
    <message>
        <source>a symbolic link whose name is already taken</source>
        <translation>eine symbolische Verknüpfung, deren Name schon vergeben ist</translation>
    </message>
    <message>
        <source>a hard link to something other than a file of the archive</source>
        <translation>ein harter Link auf etwas anderes als eine Datei des Archivs</translation>
    </message>
    <message>
        <source>a device, pipe or socket</source>
        <translation>ein Gerät, eine Pipe oder ein Socket</translation>
    </message>
    <message>
        <source>a file larger than allowed</source>
        <translation>eine Datei, die größer ist als erlaubt</translation>
    </message>
    <message>
        <source>more content in total than allowed</source>
        <translation>insgesamt mehr Inhalt als erlaubt</translation>
    </message>
    <message>
        <source>more entries than allowed</source>
        <translation>mehr Einträge als erlaubt</translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <source>&amp;Add Registry…</source>
        <translation>Registry &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit Registry…</source>
        <translation>Registry &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove Registry…</source>
        <translation>Registry &amp;entfernen …</translation>
    </message>
    <message>
        <source>Add a registry by its GraphQL address</source>
        <translation>Eine Registry über ihre GraphQL-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Change the name, address or kind of the selected registry</source>
        <translation>Name, Adresse oder Art der ausgewählten Registry ändern</translation>
    </message>
    <message>
        <source>Remove the selected registry from the list</source>
        <translation>Die ausgewählte Registry aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Edit Registry</source>
        <translation>Registry bearbeiten</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Remove Registry</source>
        <translation>Registry entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the list?</source>
        <translation>„%1“ aus der Liste entfernen?</translation>
    </message>
    <message>
        <source>Nothing is deleted on the registry itself. You can add it again later.</source>
        <translation>In der Registry selbst wird nichts gelöscht. Sie können sie später wieder hinzufügen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>RegistryBackend</name>
    <message>
        <source>%1 registries cannot search packages from Depot.</source>
        <translation>In %1-Registrys kann Depot keine Pakete suchen.</translation>
    </message>
    <message>
        <source>%1 registries do not group packages in catalogs.</source>
        <translation>%1-Registrys ordnen Pakete nicht in Katalogen.</translation>
    </message>
    <message>
        <source>%1 registries have no collections.</source>
        <translation>%1-Registrys haben keine Sammlungen.</translation>
    </message>
    <message>
        <source>%1 registries have no user pages.</source>
        <translation>%1-Registrys haben keine Benutzerseiten.</translation>
    </message>
    <message>
        <source>Depot cannot use an account or key with %1 registries yet.</source>
        <translation>Depot kann bei %1-Registrys noch kein Konto und keinen Schlüssel verwenden.</translation>
    </message>
    <message>
        <source>%1 registries do not sign in with a user name and password from Depot.</source>
        <translation>Bei %1-Registrys ist aus Depot keine Anmeldung mit Benutzername und Passwort möglich.</translation>
    </message>
    <message>
        <source>%1 registries do not manage API keys from Depot.</source>
        <translation>Bei %1-Registrys lassen sich API-Schlüssel nicht aus Depot verwalten.</translation>
    </message>
    <message>
        <source>Depot cannot publish to %1 registries yet.</source>
        <translation>Depot kann noch nicht in %1-Registrys veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 registries have no interfaces that packages implement.</source>
        <translation>%1-Registrys haben keine Schnittstellen, die Pakete implementieren.</translation>
    </message>
    <message>
        <source>%1 registries offer no package files to download from Depot.</source>
        <translation>%1-Registrys bieten keine Paketdateien zum Herunterladen aus Depot an.</translation>
    </message>
    <message>
        <source>Depot cannot publish a folder to %1 registries.</source>
        <translation>Depot kann keinen Ordner in %1-Registrys veröffentlichen.</translation>
    </message>
    <message>
        <source>Depot cannot follow %1 registries live: lists show what is new when you reload them.</source>
        <translation>Depot kann %1-Registrys nicht live folgen: Listen zeigen Neues, wenn Sie sie neu laden.</translation>
    </message>
    <message>
        <source>%1 registries do not publish projects kept on the registry.</source>
        <translation>%1-Registrys veröffentlichen keine Projekte, die in der Registry liegen.</translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <source>Add Registry</source>
        <translation>Registry hinzufügen</translation>
    </message>
    <message>
        <source>Registry name</source>
        <translation>Name der Registry</translation>
    </message>
    <message>
        <source>Taken from the address when empty</source>
        <translation>Leer: aus der Adresse übernommen</translation>
    </message>
    <message>
        <source>GraphQL endpoint address</source>
        <translation>Adresse des GraphQL-Endpunkts</translation>
    </message>
    <message>
        <source>Registry kind</source>
        <translation>Art der Registry</translation>
    </message>
    <message>
        <source>Registry kinds</source>
        <translation>Arten von Registrys</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Edit Registry</source>
        <translation>Registry bearbeiten</translation>
    </message>
    <message>
        <source>Enter the address of the registry&apos;s GraphQL endpoint.</source>
        <translation>Geben Sie die Adresse des GraphQL-Endpunkts der Registry ein.</translation>
    </message>
    <message>
        <source>Only https:// and http:// addresses are supported.</source>
        <translation>Nur Adressen mit https:// und http:// werden unterstützt.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The address is valid</source>
        <translation>Die Adresse ist gültig</translation>
    </message>
    <message>
        <source>This is not a valid address. A registry address starts with https:// or http://.</source>
        <translation>Das ist keine gültige Adresse. Eine Registry-Adresse beginnt mit https:// oder http://.</translation>
    </message>
    <message>
        <source>Key (optional)</source>
        <translation>Schlüssel (optional)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Needed by registries that show nothing without a key. It is checked with the registry, then kept in the system keychain.</source>
        <translation>Nötig für Registrys, die ohne Schlüssel nichts anzeigen. Er wird bei der Registry geprüft und dann im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>New %1 key (optional: leave empty to keep the one in use)</source>
        <translation>Neuer %1-Schlüssel (optional: leer lassen, um den verwendeten zu behalten)</translation>
    </message>
    <message>
        <source>New key (optional: leave empty to keep the one in use)</source>
        <translation>Neuer Schlüssel (optional: leer lassen, um den verwendeten zu behalten)</translation>
    </message>
    <message>
        <source>%1 key (optional)</source>
        <translation>%1-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>Checking the key with the registry…</source>
        <translation>Schlüssel wird bei der Registry geprüft …</translation>
    </message>
    <message>
        <source>Keeping the key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund aufbewahrt …</translation>
    </message>
</context>
<context>
    <name>RegistryList</name>
    <message>
        <source>Local %1</source>
        <translation>Lokale %1</translation>
    </message>
</context>
<context>
    <name>RegistryListModel</name>
    <message>
        <source>Kind not detected yet</source>
        <translation>Art noch nicht erkannt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Sidebar, under a registry&apos;s name: registry kind · host name</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <extracomment>Sidebar entry read by screen readers: registry name, registry kind, host name</extracomment>
        <translation>%1, %2 auf %3</translation>
    </message>
</context>
<context>
    <name>RegistrySections</name>
    <message>
        <source>Catalogs</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Latest packages</source>
        <translation>Neueste Pakete</translation>
    </message>
    <message>
        <source>The newest packages of this registry</source>
        <translation>Die neuesten Pakete dieser Registry</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Stöbern</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
</context>
<context>
    <name>RegistrySession</name>
    <message>
        <source>The address of this registry is not valid.</source>
        <translation>Die Adresse dieser Registry ist ungültig.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected to %1 at %2</source>
        <translation>Verbunden mit %1 auf %2</translation>
    </message>
    <message>
        <source>Connected to %1 %2 at %3</source>
        <extracomment>Status bar: &quot;Connected to DataPM 0.32.47 at registry.example.org&quot;</extracomment>
        <translation>Verbunden mit %1 %2 auf %3</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Depot does not know registries of the kind “%1” any more. Edit the registry and choose its kind again.</source>
        <translation>Depot kennt Registrys der Art „%1“ nicht mehr. Bearbeiten Sie die Registry und wählen Sie ihre Art erneut.</translation>
    </message>
    <message>
        <source>%1 at %2 answers, but does not say that it is working</source>
        <translation>%1 auf %2 antwortet, meldet aber keinen Betriebsstatus</translation>
    </message>
    <message>
        <source>%1 at %2 answers, but says it is not working normally (“%3”)</source>
        <extracomment>%3 is the registry&apos;s own status word, e.g. MAINTENANCE</extracomment>
        <translation>%1 auf %2 antwortet, meldet aber keinen normalen Betrieb („%3“)</translation>
    </message>
</context>
<context>
    <name>RegistrySidebar</name>
    <message>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <source>Deprecated.</source>
        <translation>Veraltet.</translation>
    </message>
    <message>
        <source>Deprecated. %1</source>
        <translation>Veraltet. %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>SearchFilterBar</name>
    <message>
        <source>What to list</source>
        <translation>Was aufgelistet wird</translation>
    </message>
    <message>
        <source>Kinds of results</source>
        <translation>Arten von Ergebnissen</translation>
    </message>
    <message>
        <source>Interface filter</source>
        <translation>Schnittstellenfilter</translation>
    </message>
    <message>
        <source>any, e.g. wasi</source>
        <translation>beliebig, z. B. wasi</translation>
    </message>
    <message>
        <source>Licence filter</source>
        <translation>Lizenzfilter</translation>
    </message>
    <message>
        <source>any, e.g. MIT</source>
        <translation>beliebig, z. B. MIT</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Sortierungen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Schnittstelle:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>S&amp;ortierung:</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Beste Übereinstimmung</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Meiste Downloads</translation>
    </message>
    <message>
        <source>Recently published</source>
        <translation>Kürzlich veröffentlicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Asset type filter</source>
        <translation>Asset-Typ-Filter</translation>
    </message>
    <message>
        <source>any, e.g. image/png</source>
        <translation>beliebig, z. B. image/png</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Asset t&amp;ype:</source>
        <translation>Asset-&amp;Typ:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1 to see your private packages and manage your API keys.</source>
        <translation>Melden Sie sich bei %1 an, um Ihre privaten Pakete zu sehen und Ihre API-Schlüssel zu verwalten.</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>&amp;Keep in the keychain for this registry</source>
        <translation>Im Schlüsselbund für diese Registry &amp;aufbewahren</translation>
    </message>
    <message>
        <source>Paste an API key</source>
        <translation>Einen API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use for This &amp;Session Only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Use This Key</source>
        <translation>Diesen Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Diesen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>The registry is not connected yet. Try again in a moment.</source>
        <translation>Die Registry ist noch nicht verbunden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Depot cannot use this key for this registry.</source>
        <translation>Depot kann diesen Schlüssel für diese Registry nicht verwenden.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sign in with this password</source>
        <translation>Mit diesem Passwort anmelden</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
</context>
<context>
    <name>StatefulPage</name>
    <message>
        <source>It may have been deleted or renamed.</source>
        <translation>Vielleicht wurde es gelöscht oder umbenannt.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cannot reach the registry</source>
        <translation>Registry nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 Depot tries again by itself every few seconds.</source>
        <translation>%1 Depot versucht es alle paar Sekunden von selbst erneut.</translation>
    </message>
    <message>
        <source>The registry of this page was removed.</source>
        <translation>Die Registry dieser Seite wurde entfernt.</translation>
    </message>
    <message>
        <source>Sign in to see this</source>
        <translation>Melden Sie sich an, um dies zu sehen</translation>
    </message>
    <message>
        <source>The registry shows it only to people who are signed in and allowed to see it.</source>
        <translation>Die Registry zeigt dies nur angemeldeten Personen, die es sehen dürfen.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Everything loaded</source>
        <translation>Alles geladen</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>Nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Neuer Versuch läuft …</translation>
    </message>
    <message>
        <source>The registry did not send everything: some details of this page are missing.</source>
        <extracomment>%1 lists what is missing: &quot;the signature, the dependencies&quot;</extracomment>
        <translation>Die Registry hat nicht alles gesendet: Einige Angaben dieser Seite fehlen.</translation>
    </message>
    <message>
        <source>The registry did not send everything: %1 could not be loaded.</source>
        <translation>Die Registry hat nicht alles gesendet. Nicht geladen: %1.</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>This is not a web address.</source>
        <translation>Das ist keine Webadresse.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Kein Ort</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Website öffnen</translation>
    </message>
    <message>
        <source>Loading user…</source>
        <translation>Benutzer wird geladen …</translation>
    </message>
    <message>
        <source>Could not load the user</source>
        <translation>Der Benutzer konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>User not found</source>
        <translation>Benutzer nicht gefunden</translation>
    </message>
    <message>
        <source>%1 has not shared anything else publicly.</source>
        <translation>%1 hat sonst nichts öffentlich geteilt.</translation>
    </message>
    <message>
        <source>Open website %1</source>
        <translation>Website %1 öffnen</translation>
    </message>
    <message>
        <source>No packages</source>
        <translation>Keine Pakete</translation>
    </message>
    <message>
        <source>%1 has published no public package.</source>
        <translation>%1 hat kein öffentliches Paket veröffentlicht.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
</context>
<context>
    <name>VersionListModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>WasmerAccount</name>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>WasmerBackend</name>
    <message>
        <source>Which package? The name is empty.</source>
        <translation>Welches Paket? Der Name ist leer.</translation>
    </message>
    <message>
        <source>Wasmer packages are published from a folder with a wasmer.toml, not from a package file.</source>
        <translation>Wasmer-Pakete werden aus einem Ordner mit einer wasmer.toml veröffentlicht, nicht aus einer Paketdatei.</translation>
    </message>
</context>
<context>
    <name>WasmerDownloads</name>
    <message>
        <source>Which package? The name is empty.</source>
        <translation>Welches Paket? Der Name ist leer.</translation>
    </message>
</context>
<context>
    <name>WasmerErrors</name>
    <message>
        <source>the README</source>
        <translation>die README</translation>
    </message>
    <message>
        <source>the licence</source>
        <translation>die Lizenz</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>die Signatur</translation>
    </message>
    <message>
        <source>the dependencies</source>
        <translation>die Abhängigkeiten</translation>
    </message>
    <message>
        <source>the modules</source>
        <translation>die Module</translation>
    </message>
    <message>
        <source>the commands</source>
        <translation>die Befehle</translation>
    </message>
    <message>
        <source>the interfaces</source>
        <translation>die Schnittstellen</translation>
    </message>
    <message>
        <source>the filesystem mappings</source>
        <translation>die Dateisystem-Zuordnungen</translation>
    </message>
    <message>
        <source>the download</source>
        <translation>der Download</translation>
    </message>
    <message>
        <source>the wasmer.toml</source>
        <translation>die wasmer.toml</translation>
    </message>
    <message>
        <source>the list of versions</source>
        <translation>die Versionsliste</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>der Eigentümer</translation>
    </message>
    <message>
        <source>the number of downloads</source>
        <translation>die Anzahl der Downloads</translation>
    </message>
    <message>
        <source>the packages that implement it</source>
        <translation>die Pakete, die sie implementieren</translation>
    </message>
    <message>
        <source>the interface text</source>
        <translation>der Schnittstellentext</translation>
    </message>
</context>
<context>
    <name>WasmerInterfaces</name>
    <message>
        <source>Which interface? The name is empty.</source>
        <translation>Welche Schnittstelle? Der Name ist leer.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
</context>
<context>
    <name>WasmerManifest</name>
    <message>
        <source>This is not valid TOML: %1</source>
        <translation>Das ist kein gültiges TOML: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The folder holds no wasmer.toml (or wapm.toml).</source>
        <translation>Der Ordner enthält keine wasmer.toml (oder wapm.toml).</translation>
    </message>
</context>
<context>
    <name>WasmerNamespaces</name>
    <message>
        <source>Which namespace? The name is empty.</source>
        <translation>Welcher Namensraum? Der Name ist leer.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
</context>
<context>
    <name>WasmerPublishJob</name>
    <message>
        <source>The folder has problems: fix them and publish again.</source>
        <translation>Der Ordner hat Probleme: Beheben Sie sie und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <source>You cannot publish in the namespace “%1”: sign in as its owner or one of its members.</source>
        <translation>Sie können nicht im Namensraum „%1“ veröffentlichen: Melden Sie sich als sein Eigentümer oder eines seiner Mitglieder an.</translation>
    </message>
    <message>
        <source>Depot could not make a temporary folder to pack the package in.</source>
        <translation>Depot konnte keinen temporären Ordner zum Packen des Pakets anlegen.</translation>
    </message>
    <message>
        <source>The registry said it published the version, but does not list it.</source>
        <translation>Die Registry meldet, die Version veröffentlicht zu haben, führt sie aber nicht auf.</translation>
    </message>
</context>
<context>
    <name>WasmerUsers</name>
    <message>
        <source>Which user? The name is empty.</source>
        <translation>Welcher Benutzer? Der Name ist leer.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No registry selected</source>
        <translation>Keine Registry ausgewählt</translation>
    </message>
    <message>
        <source>%1 was added to your registries; Depot opens it again next time.</source>
        <translation>%1 wurde zu Ihren Registrys hinzugefügt; Depot öffnet sie auch beim nächsten Mal.</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Nächster Versuch in %n Sekunde.</numerusform>
            <numerusform>Nächster Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Neuer Versuch läuft …</translation>
    </message>
    <message>
        <source>Unreachable: %1 %2</source>
        <translation>Nicht erreichbar: %1 %2</translation>
    </message>
    <message>
        <source>%1 needs the registry, which does not answer now. Depot tries again by itself.</source>
        <extracomment>%1 is what cannot be done now: &quot;Publishing&quot;, &quot;Managing API keys&quot;</extracomment>
        <translation>%1 braucht die Registry, die gerade nicht antwortet. Depot versucht es von selbst erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse GraphQL package registries (DataPM, Wasmer, Metabind).</source>
        <translation>GraphQL-Paket-Registrys durchsuchen (DataPM, Wasmer, Metabind).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use &lt;name&gt; as the kind of the --registry registry instead of detecting it: datapm, wasmer or metabind.</source>
        <translation>&lt;NAME&gt; als Art der Registry von --registry verwenden, statt sie zu erkennen: datapm, wasmer oder metabind.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Base URL of the local registry (scripts/run starts it); the first run offers its registries.</source>
        <translation>Basis-URL der lokalen Registry (scripts/run startet sie); der erste Start bietet ihre Registrys an.</translation>
    </message>
    <message>
        <source>--registry %1: %2</source>
        <translation>Ungültige Angabe --registry %1: %2</translation>
    </message>
    <message>
        <source>--dialect needs --registry.</source>
        <translation>--dialect braucht --registry.</translation>
    </message>
    <message>
        <source>--local-registry %1: %2</source>
        <translation>Ungültige Angabe --local-registry %1: %2</translation>
    </message>
    <message>
        <source>Benchmarks: print the time until the first package rows are painted, then quit.</source>
        <translation>Benchmarks: die Zeit bis zum Zeichnen der ersten Paketzeilen ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>--dialect %1: unknown registry kind; use %2.</source>
        <translation>--dialect %1: unbekannte Art von Registry; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Open this package once the registry answers, as the registry kind names it: catalog/package (DataPM), namespace/name[@version] (Wasmer), a version (Metabind).</source>
        <translation>Dieses Paket öffnen, sobald die Registry antwortet, so benannt wie in der Registry-Art üblich: Katalog/Paket (DataPM), Namensraum/Name[@Version] (Wasmer), eine Version (Metabind).</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>Open with the registry at &lt;url&gt; selected. One that is not in the list is added to it, and later starts open it again.</source>
        <translation>Mit der Registry unter &lt;url&gt; ausgewählt öffnen. Eine Registry, die noch nicht in der Liste steht, wird hinzugefügt und auch bei späteren Starts geöffnet.</translation>
    </message>
    <message>
        <source>Links to open: depot://open?registry=&lt;url&gt;&amp;ref=&lt;reference&gt;, or a package page of datapm.io or wasmer.io.</source>
        <translation>Zu öffnende Links: depot://open?registry=&lt;url&gt;&amp;ref=&lt;reference&gt; oder eine Paketseite von datapm.io oder wasmer.io.</translation>
    </message>
    <message>
        <source>a link cannot go with --registry or --open: it names both.</source>
        <translation>ein Link kann nicht zusammen mit --registry oder --open angegeben werden: Er nennt beides.</translation>
    </message>
    <message>
        <source>the Depot that runs did not take the links (%1); starting another one.</source>
        <translation>das laufende Depot hat die Links nicht angenommen (%1); ein weiteres wird gestartet.</translation>
    </message>
</context>
</TS>
