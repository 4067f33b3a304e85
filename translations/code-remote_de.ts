<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>app::AboutDialog</name>
    <message>
        <location filename="../app/AboutDialog.cpp" line="16"/>
        <location filename="../app/AboutDialog.cpp" line="17"/>
        <source>About Code Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="19"/>
        <source>Versions and sandbox layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="32"/>
        <source>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;Write code, run it in a sandbox on this computer, and read its output.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · QScintilla %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="42"/>
        <source>&lt;h3&gt;Sandbox layers on this machine&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="44"/>
        <source>&lt;p&gt;The sandbox helper could not be asked: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::AnalysisDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="35"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="36"/>
        <source>Analysis panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="38"/>
        <source>Complexity analysis will appear here.
Run a program to see its time and space behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="40"/>
        <source>No analysis yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::EditorTabs</name>
    <message>
        <location filename="../app/EditorTabs.cpp" line="28"/>
        <source>Open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="79"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="110"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="179"/>
        <source>Untitled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="201"/>
        <source>Code editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::FindBar</name>
    <message>
        <location filename="../app/FindBar.cpp" line="73"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="74"/>
        <source>Re&amp;place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="75"/>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="76"/>
        <source>Replacement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="77"/>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="78"/>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="79"/>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="80"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="81"/>
        <source>Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="82"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="83"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="84"/>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="85"/>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="86"/>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="141"/>
        <source>Invalid expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="143"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="181"/>
        <source>Replaced %n occurrence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="182"/>
        <location filename="../app/MainWindow.cpp" line="554"/>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="346"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="346"/>
        <source>Create an untitled Python file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="347"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="347"/>
        <source>Open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="348"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="348"/>
        <source>Save the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="349"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="349"/>
        <source>Save the current file under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="350"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="350"/>
        <source>Close the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="351"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="351"/>
        <source>Quit Code Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="352"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="353"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="354"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="355"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="356"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="357"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="358"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="358"/>
        <source>Find text in the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="359"/>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="359"/>
        <source>Find and replace text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="360"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="361"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="362"/>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="363"/>
        <source>Toggle Co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="364"/>
        <source>&amp;Word Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="365"/>
        <source>Show &amp;Whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="366"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="367"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="368"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="369"/>
        <location filename="../app/MainWindow.cpp" line="388"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="369"/>
        <source>Run the current file (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="370"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="370"/>
        <source>Stop the running program (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="371"/>
        <source>Send &amp;End of Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="371"/>
        <source>Close the program&apos;s standard input (Ctrl+D in the input line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="372"/>
        <source>Go to &amp;Input Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="373"/>
        <source>C&amp;lear Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="374"/>
        <source>Copy &amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="375"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="375"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="376"/>
        <source>&amp;About Code Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="384"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="385"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="386"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="387"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="389"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="390"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="391"/>
        <source>Output panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="392"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="393"/>
        <source>Cursor position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="394"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="395"/>
        <source>Run state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="396"/>
        <source>Main menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="397"/>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="399"/>
        <location filename="../app/MainWindow.cpp" line="400"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="462"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="471"/>
        <source>Code Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="471"/>
        <source>%1[*] — Code Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="479"/>
        <location filename="../app/MainWindow.cpp" line="755"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="480"/>
        <source>Ln %1, Col %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="490"/>
        <source>Waiting for input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="490"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="492"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="496"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="567"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="630"/>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="630"/>
        <source>Line (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="755"/>
        <source>%1 files cannot be run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="772"/>
        <source>Running %1 (%2 profile)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="773"/>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="773"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="776"/>
        <source>The run could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="802"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="805"/>
        <source>Runtime error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="808"/>
        <source>CPU time limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="809"/>
        <source>Time limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="812"/>
        <source>Memory limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="815"/>
        <source>Output limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="818"/>
        <source>Blocked by the strict profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="821"/>
        <source>Compile error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="824"/>
        <source>Sandbox error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="824"/>
        <source>Sandbox error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="827"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="832"/>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="834"/>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="835"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="837"/>
        <source>peak memory %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="839"/>
        <source>output truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="882"/>
        <source>%1 is not open in the editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::OutputPane</name>
    <message>
        <location filename="../app/OutputPane.cpp" line="141"/>
        <source>Program output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="142"/>
        <source>Program input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="143"/>
        <source>Input for the running program (Enter sends, Ctrl+D ends input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="144"/>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="145"/>
        <source>Copy all output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="146"/>
        <source>Copy output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="147"/>
        <location filename="../app/OutputPane.cpp" line="148"/>
        <source>Clear output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="149"/>
        <source>Output notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="230"/>
        <source>Long output: showing the last %1 of %2 lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::Prompts</name>
    <message>
        <location filename="../app/Prompts.cpp" line="10"/>
        <location filename="../app/Prompts.cpp" line="15"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="11"/>
        <source>Save changes to %n file(s) before closing?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="28"/>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="29"/>
        <source>Code Remote did not close properly last time. Restore %n unsaved buffer(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="39"/>
        <source>Open Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="44"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="49"/>
        <source>Code Remote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="32"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="33"/>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="34"/>
        <source> KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="36"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="39"/>
        <source>Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="40"/>
        <source>Show spaces and tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="44"/>
        <location filename="../app/SettingsDialog.cpp" line="45"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="48"/>
        <source>This computer (local sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="49"/>
        <source>Code Remote server (coming soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="53"/>
        <source>Strict (whitelisted imports, like the hosted platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="54"/>
        <source>Standard (the whole language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="56"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="57"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="58"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="59"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="65"/>
        <source>Execution target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="65"/>
        <source>Security profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66"/>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66"/>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="67"/>
        <source>Output limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="67"/>
        <source>Editor font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="68"/>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="68"/>
        <source>Tab width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="69"/>
        <source>Characters before completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="69"/>
        <source>Word wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="70"/>
        <source>Show whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="70"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="71"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="76"/>
        <source>Running programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="78"/>
        <source>&amp;Run on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="79"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="80"/>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="81"/>
        <source>&amp;Memory limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="82"/>
        <source>&amp;Output limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="83"/>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="85"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="86"/>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="87"/>
        <source>Ta&amp;b width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="88"/>
        <source>&amp;Complete after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="91"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="93"/>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="94"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ViolationsDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="75"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="76"/>
        <source>Security violations panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="77"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="77"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="77"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="78"/>
        <source>Security violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="79"/>
        <source>No violations. The strict profile lists forbidden imports, builtins and syntax here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="80"/>
        <source>No violations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
