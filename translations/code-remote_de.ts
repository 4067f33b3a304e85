<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>app::AboutDialog</name>
    <message>
        <location filename="../app/AboutDialog.cpp" line="16"/>
        <location filename="../app/AboutDialog.cpp" line="17"/>
        <source>About Code Remote</source>
        <translation>Über Code Remote</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="19"/>
        <source>Versions and sandbox layers</source>
        <translation>Versionen und Sandbox-Schichten</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="32"/>
        <source>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;Write code, run it in a sandbox on this computer, and read its output.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · QScintilla %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;Schreiben Sie Code, führen Sie ihn in einer Sandbox auf diesem Computer aus und lesen Sie seine Ausgabe.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3) · QScintilla %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="42"/>
        <source>&lt;h3&gt;Sandbox layers on this machine&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sandbox-Schichten auf diesem Rechner&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="44"/>
        <source>&lt;p&gt;The sandbox helper could not be asked: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Sandbox-Hilfsprogramm konnte nicht abgefragt werden: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::AnalysisDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="35"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="36"/>
        <source>Analysis panel</source>
        <translation>Analysebereich</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="38"/>
        <source>Complexity analysis will appear here.
Run a program to see its time and space behaviour.</source>
        <translation>Hier erscheint die Komplexitätsanalyse.
Führen Sie ein Programm aus, um sein Laufzeit- und Speicherverhalten zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="40"/>
        <source>No analysis yet</source>
        <translation>Noch keine Analyse</translation>
    </message>
</context>
<context>
    <name>app::EditorTabs</name>
    <message>
        <location filename="../app/EditorTabs.cpp" line="28"/>
        <source>Open files</source>
        <translation>Geöffnete Dateien</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="79"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="110"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="179"/>
        <source>Untitled %1</source>
        <translation>Unbenannt %1</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="201"/>
        <source>Code editor: %1</source>
        <translation>Code-Editor: %1</translation>
    </message>
</context>
<context>
    <name>app::FindBar</name>
    <message>
        <location filename="../app/FindBar.cpp" line="73"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="74"/>
        <source>Re&amp;place:</source>
        <translation>Erse&amp;tzen:</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="75"/>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="76"/>
        <source>Replacement text</source>
        <translation>Ersetzungstext</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="77"/>
        <source>Match &amp;case</source>
        <translation>Groß-/Kleinschreibung &amp;beachten</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="78"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="79"/>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="80"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="81"/>
        <source>Pre&amp;vious</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="82"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="83"/>
        <source>Replace &amp;All</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="84"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="85"/>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="86"/>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="141"/>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="143"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="181"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n Vorkommen ersetzt</numerusform>
            <numerusform>%n Vorkommen ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="182"/>
        <location filename="../app/MainWindow.cpp" line="554"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="346"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="346"/>
        <source>Create an untitled Python file</source>
        <translation>Eine neue, unbenannte Python-Datei anlegen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="347"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="347"/>
        <source>Open files</source>
        <translation>Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="348"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="348"/>
        <source>Save the current file</source>
        <translation>Die aktuelle Datei speichern</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="349"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="349"/>
        <source>Save the current file under a new name</source>
        <translation>Die aktuelle Datei unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="350"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="350"/>
        <source>Close the current file</source>
        <translation>Die aktuelle Datei schließen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="351"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="351"/>
        <source>Quit Code Remote</source>
        <translation>Code Remote beenden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="352"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="353"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="354"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="355"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="356"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="357"/>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="358"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="358"/>
        <source>Find text in the current file</source>
        <translation>Text in der aktuellen Datei suchen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="359"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="359"/>
        <source>Find and replace text</source>
        <translation>Text suchen und ersetzen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="360"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="361"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts su&amp;chen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="362"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="363"/>
        <source>Toggle Co&amp;mment</source>
        <translation>Ko&amp;mmentar umschalten</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="364"/>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="365"/>
        <source>Show &amp;Whitespace</source>
        <translation>&amp;Leerzeichen anzeigen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="366"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="367"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="368"/>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="369"/>
        <location filename="../app/MainWindow.cpp" line="388"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="369"/>
        <source>Run the current file (F5)</source>
        <translation>Die aktuelle Datei ausführen (F5)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="370"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="370"/>
        <source>Stop the running program (Shift+F5)</source>
        <translation>Das laufende Programm stoppen (Umschalt+F5)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="371"/>
        <source>Send &amp;End of Input</source>
        <translation>Eingabeen&amp;de senden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="371"/>
        <source>Close the program&apos;s standard input (Ctrl+D in the input line)</source>
        <translation>Die Standardeingabe des Programms schließen (Strg+D in der Eingabezeile)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="372"/>
        <source>Go to &amp;Input Line</source>
        <translation>Zur &amp;Eingabezeile</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="373"/>
        <source>C&amp;lear Output</source>
        <translation>Ausgabe &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="374"/>
        <source>Copy &amp;Output</source>
        <translation>Ausgabe &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="375"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="375"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="376"/>
        <source>&amp;About Code Remote</source>
        <translation>Ü&amp;ber Code Remote</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="384"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="385"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="386"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="387"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="389"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="390"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="391"/>
        <source>Output panel</source>
        <translation>Ausgabebereich</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="392"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="393"/>
        <source>Cursor position</source>
        <translation>Cursorposition</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="394"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="395"/>
        <source>Run state</source>
        <translation>Ausführungsstatus</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="396"/>
        <source>Main menu</source>
        <translation>Hauptmenü</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="397"/>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="399"/>
        <location filename="../app/MainWindow.cpp" line="400"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="462"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="471"/>
        <source>Code Remote</source>
        <translation>Code Remote</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="471"/>
        <source>%1[*] — Code Remote</source>
        <translation>%1[*] — Code Remote</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="479"/>
        <location filename="../app/MainWindow.cpp" line="755"/>
        <source>Plain text</source>
        <translation>Normaler Text</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="480"/>
        <source>Ln %1, Col %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="490"/>
        <source>Waiting for input</source>
        <translation>Wartet auf Eingabe</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="490"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="492"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="496"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="567"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="630"/>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="630"/>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="755"/>
        <source>%1 files cannot be run yet.</source>
        <translation>Dateien vom Typ %1 können noch nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="772"/>
        <source>Running %1 (%2 profile)…</source>
        <translation>%1 wird ausgeführt (Profil „%2“) …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="773"/>
        <source>strict</source>
        <translation>streng</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="773"/>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="776"/>
        <source>The run could not be started.</source>
        <translation>Die Ausführung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="802"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="805"/>
        <source>Runtime error</source>
        <translation>Laufzeitfehler</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="808"/>
        <source>CPU time limit exceeded</source>
        <translation>CPU-Zeitlimit überschritten</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="809"/>
        <source>Time limit exceeded</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="812"/>
        <source>Memory limit exceeded</source>
        <translation>Speicherlimit überschritten</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="815"/>
        <source>Output limit exceeded</source>
        <translation>Ausgabelimit überschritten</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="818"/>
        <source>Blocked by the strict profile</source>
        <translation>Vom strengen Profil blockiert</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="821"/>
        <source>Compile error</source>
        <translation>Kompilierfehler</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="824"/>
        <source>Sandbox error</source>
        <translation>Sandbox-Fehler</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="824"/>
        <source>Sandbox error: %1</source>
        <translation>Sandbox-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="827"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="832"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="834"/>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="835"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="837"/>
        <source>peak memory %1 MB</source>
        <translation>Speicherspitze %1 MB</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="839"/>
        <source>output truncated</source>
        <translation>Ausgabe gekürzt</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="882"/>
        <source>%1 is not open in the editor</source>
        <translation>%1 ist nicht im Editor geöffnet</translation>
    </message>
</context>
<context>
    <name>app::OutputPane</name>
    <message>
        <location filename="../app/OutputPane.cpp" line="141"/>
        <source>Program output</source>
        <translation>Programmausgabe</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="142"/>
        <source>Program input</source>
        <translation>Programmeingabe</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="143"/>
        <source>Input for the running program (Enter sends, Ctrl+D ends input)</source>
        <translation>Eingabe für das laufende Programm (Enter sendet, Strg+D beendet die Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="144"/>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="145"/>
        <source>Copy all output</source>
        <translation>Gesamte Ausgabe kopieren</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="146"/>
        <source>Copy output</source>
        <translation>Ausgabe kopieren</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="147"/>
        <location filename="../app/OutputPane.cpp" line="148"/>
        <source>Clear output</source>
        <translation>Ausgabe leeren</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="149"/>
        <source>Output notice</source>
        <translation>Hinweis zur Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="230"/>
        <source>Long output: showing the last %1 of %2 lines.</source>
        <translation>Lange Ausgabe: Die letzten %1 von %2 Zeilen werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>app::Prompts</name>
    <message>
        <location filename="../app/Prompts.cpp" line="10"/>
        <location filename="../app/Prompts.cpp" line="15"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="11"/>
        <source>Save changes to %n file(s) before closing?</source>
        <translation>
            <numerusform>Änderungen an %n Datei vor dem Schließen speichern?</numerusform>
            <numerusform>Änderungen an %n Dateien vor dem Schließen speichern?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="28"/>
        <source>Restore unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="29"/>
        <source>Code Remote did not close properly last time. Restore %n unsaved buffer(s)?</source>
        <translation>
            <numerusform>Code Remote wurde beim letzten Mal nicht ordnungsgemäß beendet. Soll %n ungespeichertes Dokument wiederhergestellt werden?</numerusform>
            <numerusform>Code Remote wurde beim letzten Mal nicht ordnungsgemäß beendet. Sollen %n ungespeicherte Dokumente wiederhergestellt werden?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="39"/>
        <source>Open Files</source>
        <translation>Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="44"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="49"/>
        <source>Code Remote</source>
        <translation>Code Remote</translation>
    </message>
</context>
<context>
    <name>app::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="32"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="33"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="34"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="36"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="39"/>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="40"/>
        <source>Show spaces and tabs</source>
        <translation>Leerzeichen und Tabulatoren anzeigen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="44"/>
        <location filename="../app/SettingsDialog.cpp" line="45"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="48"/>
        <source>This computer (local sandbox)</source>
        <translation>Dieser Computer (lokale Sandbox)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="49"/>
        <source>Code Remote server (coming soon)</source>
        <translation>Code-Remote-Server (demnächst verfügbar)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="53"/>
        <source>Strict (whitelisted imports, like the hosted platform)</source>
        <translation>Streng (nur freigegebene Importe, wie auf der gehosteten Plattform)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="54"/>
        <source>Standard (the whole language)</source>
        <translation>Standard (der gesamte Sprachumfang)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="56"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="57"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="58"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="59"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="65"/>
        <source>Execution target</source>
        <translation>Ausführungsziel</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="65"/>
        <source>Security profile</source>
        <translation>Sicherheitsprofil</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66"/>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="67"/>
        <source>Output limit</source>
        <translation>Ausgabelimit</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="67"/>
        <source>Editor font</source>
        <translation>Editor-Schriftart</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="68"/>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="68"/>
        <source>Tab width</source>
        <translation>Tabulatorbreite</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="69"/>
        <source>Characters before completion</source>
        <translation>Zeichen bis zur Autovervollständigung</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="69"/>
        <source>Word wrap</source>
        <translation>Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="70"/>
        <source>Show whitespace</source>
        <translation>Leerzeichen anzeigen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="70"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="71"/>
        <source>Interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="76"/>
        <source>Running programs</source>
        <translation>Programme ausführen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="78"/>
        <source>&amp;Run on:</source>
        <translation>&amp;Ausführen auf:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="79"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="80"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="81"/>
        <source>&amp;Memory limit:</source>
        <translation>&amp;Speicherlimit:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="82"/>
        <source>&amp;Output limit:</source>
        <translation>Ausgabe&amp;limit:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="83"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="85"/>
        <source>&amp;Font:</source>
        <translation>Sch&amp;riftart:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="86"/>
        <source>Font &amp;size:</source>
        <translation>Schri&amp;ftgröße:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="87"/>
        <source>Ta&amp;b width:</source>
        <translation>&amp;Tabulatorbreite:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="88"/>
        <source>&amp;Complete after:</source>
        <translation>&amp;Vervollständigung ab:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="91"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="93"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="94"/>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
</context>
<context>
    <name>app::ViolationsDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="75"/>
        <source>Violations</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="76"/>
        <source>Security violations panel</source>
        <translation>Bereich für Sicherheitsverstöße</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="77"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="77"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="77"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="78"/>
        <source>Security violations</source>
        <translation>Sicherheitsverstöße</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="79"/>
        <source>No violations. The strict profile lists forbidden imports, builtins and syntax here.</source>
        <translation>Keine Verstöße. Das strenge Profil listet hier verbotene Importe, eingebaute Funktionen und Syntax auf.</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="80"/>
        <source>No violations</source>
        <translation>Keine Verstöße</translation>
    </message>
</context>
</TS>
