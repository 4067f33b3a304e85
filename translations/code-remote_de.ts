<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="100"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="102"/>
        <source>Server: not set up</source>
        <translation>Server: nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="104"/>
        <source>Server: disconnected</source>
        <translation>Server: getrennt</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="106"/>
        <source>Server: connecting…</source>
        <translation>Server: Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="108"/>
        <source>Server: connected</source>
        <translation>Server: verbunden</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="110"/>
        <source>Server: online</source>
        <translation>Server: online</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="112"/>
        <source>Server: reconnecting…</source>
        <translation>Server: Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="114"/>
        <source>Server: unreachable</source>
        <translation>Server: nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="116"/>
        <source>Server: token refused</source>
        <translation>Server: Token abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="118"/>
        <source>Server: busy</source>
        <translation>Server: ausgelastet</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="120"/>
        <source>Server: run failed</source>
        <translation>Server: Ausführung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="127"/>
        <source>no server set</source>
        <translation>kein Server festgelegt</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="130"/>
        <source>Programs run in the local sandbox on this computer.</source>
        <translation>Programme werden in der lokalen Sandbox auf diesem Computer ausgeführt.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="132"/>
        <source>Programs run on a Code Remote server, but its URL or API token is missing. Set them in Settings.</source>
        <translation>Programme werden auf einem Code-Remote-Server ausgeführt, aber dessen URL oder API-Token fehlt. Legen Sie beides in den Einstellungen fest.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="135"/>
        <source>Programs run on %1. The connection opens when a program runs.</source>
        <translation>Programme werden auf %1 ausgeführt. Die Verbindung wird hergestellt, sobald ein Programm ausgeführt wird.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="137"/>
        <source>%1 answers. The connection opens when a program runs.</source>
        <translation>%1 antwortet. Die Verbindung wird hergestellt, sobald ein Programm ausgeführt wird.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="139"/>
        <source>Connecting to %1.</source>
        <translation>Verbindung zu %1 wird hergestellt.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="141"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="143"/>
        <source>The connection to %1 dropped; trying again.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen; es wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="145"/>
        <source>%1 does not answer. Check the URL and that the server is running.</source>
        <translation>%1 antwortet nicht. Prüfen Sie die URL und ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="147"/>
        <source>%1 refused the API token. Check the token in Settings.</source>
        <translation>%1 hat das API-Token abgelehnt. Prüfen Sie das Token in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="149"/>
        <source>%1 was too busy to take the last run. Try again in a moment.</source>
        <translation>%1 war zu ausgelastet, um die letzte Ausführung anzunehmen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="151"/>
        <source>The last run on %1 failed; the output panel says why.</source>
        <translation>Die letzte Ausführung auf %1 ist fehlgeschlagen; den Grund finden Sie im Ausgabebereich.</translation>
    </message>
</context>
<context>
    <name>MeasureChoices</name>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="51"/>
        <source>it is nested in another function</source>
        <translation>sie steht in einer anderen Funktion</translation>
    </message>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="67"/>
        <source>Measure cannot call %1()</source>
        <translation>„Messen“ kann %1() nicht aufrufen</translation>
    </message>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="68"/>
        <source>Measure cannot call %1(): %2</source>
        <translation>„Messen“ kann %1() nicht aufrufen: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/SecretStore.cpp" line="80"/>
        <source>This build of Code Remote has no keychain support (QtKeychain).</source>
        <translation>Diese Version von Code Remote wurde ohne Unterstützung für den Schlüsselbund (QtKeychain) erstellt.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="24"/>
        <source>No server URL is set.</source>
        <translation>Es ist keine Server-URL festgelegt.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="28"/>
        <source>The server URL must start with http://, https://, ws:// or wss:// (got &quot;%1&quot;).</source>
        <translation>Die Server-URL muss mit http://, https://, ws:// oder wss:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="31"/>
        <source>The server URL &quot;%1&quot; has no host.</source>
        <translation>Die Server-URL „%1“ enthält keinen Host.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="33"/>
        <source>No API token is set (create one with `code-remote-server token create NAME`).</source>
        <translation>Es ist kein API-Token festgelegt (erstellen Sie eines mit `code-remote-server token create NAME`).</translation>
    </message>
</context>
<context>
    <name>analysis::Analyzer</name>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="15"/>
        <source>Gemini: %1; retry %2 in %3 s</source>
        <translation>Gemini: %1; Versuch %2 in %3 s</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="57"/>
        <source>Asking Gemini…</source>
        <translation>Gemini wird gefragt …</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="57"/>
        <source>Analyzing…</source>
        <translation>Wird analysiert …</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="95"/>
        <source>Waiting for Gemini…</source>
        <translation>Warten auf Gemini …</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="114"/>
        <source>Gemini failed, so the offline analysis answered: %1</source>
        <translation>Gemini ist fehlgeschlagen, daher stammt das Ergebnis aus der Offline-Analyse: %1</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="123"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>analysis::EmpiricalAnalyzer</name>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="112"/>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="192"/>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="199"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="97"/>
        <source>Measuring…</source>
        <translation>Wird gemessen …</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="38"/>
        <source>the program does not compile: line %1: %2</source>
        <translation>das Programm lässt sich nicht kompilieren: Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="237"/>
        <source>%1 and %2 fit closely; measuring again</source>
        <translation>%1 und %2 passen fast gleich gut; es wird erneut gemessen</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="272"/>
        <source>Measured n = %1</source>
        <translation>Gemessen: n = %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="319"/>
        <source>only %n size(s) could be measured in time; too few to fit</source>
        <translation>
            <numerusform>nur %n Eingabegröße konnte rechtzeitig gemessen werden; zu wenige für eine Kurvenanpassung</numerusform>
            <numerusform>nur %n Eingabegrößen konnten rechtzeitig gemessen werden; zu wenige für eine Kurvenanpassung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="336"/>
        <source>sorted list</source>
        <translation>sortierte Liste</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="337"/>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="339"/>
        <source>Timed %1 at %2 sizes up to n = %3 (%4 input); the measurements fit %5 within %6 %.</source>
        <translation>%1 wurde bei %2 Eingabegrößen bis n = %3 gemessen (Eingabe: %4); die Messwerte passen zu %5 mit einer Abweichung von %6 %.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="341"/>
        <source>%1() growing %2</source>
        <translation>%1() mit wachsendem %2</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="349"/>
        <source>%1 fits nearly as well (within %2 %), even with every size measured again: the timings cannot tell the two apart, so the slower-growing %3 is shown, with a lower confidence.</source>
        <translation>%1 passt fast ebenso gut (innerhalb von %2 %), obwohl jede Größe erneut gemessen wurde: Die Zeiten können beide nicht unterscheiden, daher wird das langsamer wachsende %3 angezeigt, mit geringerer Zuverlässigkeit.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="352"/>
        <source>%1 fits nearly as well (within %2 %): the timings cannot tell the two apart, so the slower-growing %3 is shown, with a lower confidence.</source>
        <translation>%1 passt fast ebenso gut (innerhalb von %2 %): Die Zeiten können beide nicht unterscheiden, daher wird das langsamer wachsende %3 angezeigt, mit geringerer Zuverlässigkeit.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="335"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="338"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
</context>
<context>
    <name>analysis::GeminiClient</name>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="180"/>
        <source>Gemini sent a response that is not JSON</source>
        <translation>Gemini hat eine Antwort gesendet, die kein JSON ist</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="189"/>
        <source>Gemini blocked the request (%1)</source>
        <translation>Gemini hat die Anfrage blockiert (%1)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="190"/>
        <source>Gemini returned no answer</source>
        <translation>Gemini hat keine Antwort geliefert</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="207"/>
        <source>Gemini&apos;s answer was cut off (MAX_TOKENS)</source>
        <translation>Die Antwort von Gemini wurde abgeschnitten (MAX_TOKENS)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="210"/>
        <source>Gemini stopped without an answer (%1)</source>
        <translation>Gemini hat ohne Antwort abgebrochen (%1)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="211"/>
        <source>Gemini&apos;s answer is not the requested JSON</source>
        <translation>Die Antwort von Gemini ist nicht das angeforderte JSON</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="215"/>
        <source>Gemini&apos;s answer has no time complexity</source>
        <translation>Die Antwort von Gemini enthält keine Zeitkomplexität</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="274"/>
        <location filename="../analysis/GeminiClient.cpp" line="289"/>
        <source>no Gemini API key is set</source>
        <translation>es ist kein Gemini-API-Schlüssel festgelegt</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="376"/>
        <source>the Gemini API key is not valid; check it in the settings</source>
        <translation>der Gemini-API-Schlüssel ist ungültig; prüfen Sie ihn in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="382"/>
        <source>Gemini is not available for this key (enable billing or check the region)%1</source>
        <translation>Gemini ist für diesen Schlüssel nicht verfügbar (aktivieren Sie die Abrechnung oder prüfen Sie die Region)%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="384"/>
        <source>Gemini rejected the request%1</source>
        <translation>Gemini hat die Anfrage abgelehnt%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="389"/>
        <source>the Gemini API key is not allowed to use this model or API%1</source>
        <translation>der Gemini-API-Schlüssel darf dieses Modell oder diese API nicht verwenden%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="395"/>
        <source>the Gemini model &quot;%1&quot; does not exist or was retired; pick another model in the settings</source>
        <translation>das Gemini-Modell „%1“ existiert nicht oder wurde eingestellt; wählen Sie in den Einstellungen ein anderes Modell</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="402"/>
        <source>the Gemini quota for today is used up; it resets at midnight Pacific time</source>
        <translation>das Gemini-Kontingent für heute ist aufgebraucht; es wird um Mitternacht pazifischer Zeit zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="405"/>
        <source>the Gemini quota is exhausted (rate limit)%1</source>
        <translation>das Gemini-Kontingent ist erschöpft (Ratenlimit)%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="410"/>
        <source>Gemini had a server error (HTTP %1)%2</source>
        <translation>bei Gemini ist ein Serverfehler aufgetreten (HTTP %1)%2</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="414"/>
        <source>Gemini answered with HTTP %1%2</source>
        <translation>Gemini hat mit HTTP %1 geantwortet%2</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="435"/>
        <source>Gemini did not answer within %1 s</source>
        <translation>Gemini hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="436"/>
        <source>cannot reach Gemini: %1</source>
        <translation>Gemini ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="460"/>
        <source>; Gemini asks to wait %1 s before retrying</source>
        <translation>; Gemini bittet, vor einem erneuten Versuch %1 s zu warten</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="477"/>
        <source>Gemini&apos;s model list could not be read</source>
        <translation>Die Modellliste von Gemini konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="500"/>
        <source>%1 is available</source>
        <translation>%1 ist verfügbar</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="501"/>
        <source>the model &quot;%1&quot; is not offered for generateContent; available: %2</source>
        <translation>das Modell „%1“ wird für generateContent nicht angeboten; verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>analysis::ProcessScriptExecutor</name>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="150"/>
        <source>the analysis took too long and was stopped</source>
        <translation>die Analyse hat zu lange gedauert und wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="161"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="170"/>
        <source>the analysis script failed: %1</source>
        <translation>das Analyseskript ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="185"/>
        <source>cannot write the script to %1</source>
        <translation>das Skript kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="226"/>
        <source>the analysis was cancelled</source>
        <translation>die Analyse wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>analysis::SandboxScriptExecutor</name>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="72"/>
        <source>the analysis took too long and was stopped</source>
        <translation>die Analyse hat zu lange gedauert und wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="75"/>
        <source>the analysis ran out of memory</source>
        <translation>der Analyse ist der Speicher ausgegangen</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="78"/>
        <source>the analysis was cancelled</source>
        <translation>die Analyse wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="81"/>
        <source>the sandbox could not run the analysis: %1</source>
        <translation>die Sandbox konnte die Analyse nicht ausführen: %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="84"/>
        <source>the analysis script failed (%1): %2</source>
        <translation>das Analyseskript ist fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>analysis::StaticAnalyzer</name>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="67"/>
        <source>no offline analyzer for %1 programs</source>
        <translation>keine Offline-Analyse für %1-Programme</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="119"/>
        <source>the analysis was cancelled</source>
        <translation>die Analyse wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="289"/>
        <source>the static analyzer gave an unreadable answer</source>
        <translation>die statische Analyse hat eine unlesbare Antwort geliefert</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="295"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="305"/>
        <source> Space: %1.</source>
        <translation> Speicher: %1.</translation>
    </message>
</context>
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
    <name>app::AnalysisController</name>
    <message>
        <location filename="../app/AnalysisTabs.cpp" line="62"/>
        <source>Measure failed: %1</source>
        <translation>Messung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="78"/>
        <source>Complexity analysis reads Python, Java, JavaScript and C++ programs; this file is plain text.</source>
        <translation>Die Komplexitätsanalyse liest Python-, Java-, JavaScript- und C++-Programme; diese Datei ist reiner Text.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="81"/>
        <source>Measure times functions of Python, Java, JavaScript and C++ programs only for now, not %1. Analyze (Ctrl+Shift+A) still estimates its complexity.</source>
        <translation>„Messen“ misst vorerst nur Funktionen von Python-, Java-, JavaScript- und C++-Programmen, nicht %1. Analysieren (Strg+Umschalt+A) schätzt seine Komplexität trotzdem.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="85"/>
        <source>The offline complexity analysis reads Python, Java, JavaScript and C++, not %1 yet; with a Gemini key (Settings) Gemini analyzes it. The %1 program still runs (F5): its time and peak memory are under its output.</source>
        <translation>Die Offline-Komplexitätsanalyse liest Python, Java, JavaScript und C++, %1 noch nicht; mit einem Gemini-Schlüssel (Einstellungen) analysiert Gemini es. Das %1-Programm läuft trotzdem (F5): Laufzeit und Spitzenspeicher stehen unter seiner Ausgabe.</translation>
    </message>
</context>
<context>
    <name>app::AnalysisDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="38"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="39"/>
        <source>Analysis panel</source>
        <translation>Analysebereich</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="41"/>
        <source>Complexity analysis will appear here.
Run a program to see its time and space behaviour.</source>
        <translation>Hier erscheint die Komplexitätsanalyse.
Führen Sie ein Programm aus, um sein Laufzeit- und Speicherverhalten zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="43"/>
        <source>No analysis yet</source>
        <translation>Noch keine Analyse</translation>
    </message>
</context>
<context>
    <name>app::AnalysisPanel</name>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="241"/>
        <source>Complexity analysis</source>
        <translation>Komplexitätsanalyse</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="243"/>
        <source>Analysis results</source>
        <translation>Analyseergebnisse</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="244"/>
        <source>Analyze</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="246"/>
        <source>Estimate the time and space complexity of the current file (Ctrl+Shift+A)</source>
        <translation>Die Zeit- und Speicherkomplexität der aktuellen Datei abschätzen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="247"/>
        <source>Analyze complexity</source>
        <translation>Komplexität analysieren</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="248"/>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="250"/>
        <source>Time the program&apos;s function at growing input sizes in the sandbox and fit its complexity (Ctrl+Shift+M)</source>
        <translation>Die Laufzeit der Funktion des Programms bei wachsenden Eingabegrößen in der Sandbox messen und ihre Komplexität ermitteln (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="252"/>
        <source>Measure complexity</source>
        <translation>Komplexität messen</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="253"/>
        <source>Analysis progress</source>
        <translation>Analysefortschritt</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="254"/>
        <source>Run a program or press Ctrl+Shift+A to see its time and space complexity here.</source>
        <translation>Führen Sie ein Programm aus oder drücken Sie Strg+Umschalt+A, um hier seine Zeit- und Speicherkomplexität zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="255"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="256"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Space</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="258"/>
        <source>Functions and their complexity</source>
        <translation>Funktionen und ihre Komplexität</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="259"/>
        <location filename="../app/AnalysisPanel.cpp" line="261"/>
        <source>Risky patterns</source>
        <translation>Riskante Muster</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="262"/>
        <source>No risky patterns found.</source>
        <translation>Keine riskanten Muster gefunden.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="264"/>
        <source>The code changed after this analysis. Press Ctrl+Shift+A to analyze it again.</source>
        <translation>Der Code wurde nach dieser Analyse geändert. Drücken Sie Strg+Umschalt+A, um ihn erneut zu analysieren.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="265"/>
        <source>Measured time against input size</source>
        <translation>Gemessene Zeit in Abhängigkeit von der Eingabegröße</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="266"/>
        <source>input size n</source>
        <translation>Eingabegröße n</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="267"/>
        <source>time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="268"/>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="269"/>
        <location filename="../app/AnalysisPanel.cpp" line="389"/>
        <source>Analysis of %1</source>
        <translation>Analyse von %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="340"/>
        <source>Measuring…</source>
        <translation>Wird gemessen …</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="341"/>
        <source>Asking Gemini…</source>
        <translation>Gemini wird gefragt …</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="342"/>
        <source>Analyzing…</source>
        <translation>Wird analysiert …</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="380"/>
        <location filename="../app/AnalysisPanel.cpp" line="493"/>
        <source>Measured time</source>
        <translation>Gemessene Zeit</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="443"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="470"/>
        <source>%1 risk on line %2: %3</source>
        <translation>Risikostufe %1 in Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="494"/>
        <source>Measured time of %1()</source>
        <translation>Gemessene Zeit von %1()</translation>
    </message>
</context>
<context>
    <name>app::AnalysisPresenter</name>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="72"/>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="74"/>
        <source>Static analysis</source>
        <translation>Statische Analyse</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="76"/>
        <source>Measured</source>
        <translation>Messung</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="78"/>
        <source>No analysis for this language</source>
        <translation>Keine Analyse für diese Sprache</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="101"/>
        <source>eval / exec</source>
        <translation>eval / exec</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="103"/>
        <source>system command</source>
        <translation>Systembefehl</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="105"/>
        <source>network access</source>
        <translation>Netzwerkzugriff</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="107"/>
        <source>file deletion</source>
        <translation>Löschen von Dateien</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="109"/>
        <source>dynamic import</source>
        <translation>dynamischer Import</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="111"/>
        <source>unpickling</source>
        <translation>Deserialisierung mit pickle</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="113"/>
        <source>unbounded loop</source>
        <translation>unbegrenzte Schleife</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="115"/>
        <source>blocking input</source>
        <translation>blockierende Eingabe</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="123"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="125"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="129"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="141"/>
        <source>fitted %1</source>
        <translation>angepasst: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="198"/>
        <source>The analysis failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="201"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="201"/>
        <source>Time complexity: %1</source>
        <translation>Zeitkomplexität: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="202"/>
        <source>Space</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="202"/>
        <source>Space complexity: %1</source>
        <translation>Speicherkomplexität: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="204"/>
        <source>Confidence %1 %</source>
        <translation>Konfidenz %1 %</translation>
    </message>
</context>
<context>
    <name>app::ConnectionTester</name>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="19"/>
        <source>Connected in %1 ms, but the token check timed out</source>
        <translation>In %1 ms verbunden, aber bei der Token-Prüfung wurde das Zeitlimit überschritten</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="45"/>
        <source>Enter the server&apos;s address first</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="59"/>
        <source>Cannot reach the server: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="63"/>
        <source>Connected in %1 ms; enter the API token to run programs</source>
        <translation>In %1 ms verbunden; geben Sie das API-Token ein, um Programme auszuführen</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="83"/>
        <source>Connected in %1 ms, token accepted</source>
        <translation>In %1 ms verbunden, Token akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="86"/>
        <source>Connected in %1 ms, but the server refused the token (HTTP %2)</source>
        <translation>In %1 ms verbunden, aber der Server hat das Token abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="88"/>
        <source>Connected in %1 ms, but the token check answered HTTP %2</source>
        <translation>In %1 ms verbunden, aber die Token-Prüfung hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="90"/>
        <source>Connected in %1 ms, but the token check failed: %2</source>
        <translation>In %1 ms verbunden, aber die Token-Prüfung ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>app::DebugController</name>
    <message>
        <location filename="../app/DebugController.cpp" line="62"/>
        <source>Breakpoint Condition</source>
        <translation>Haltepunktbedingung</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="63"/>
        <source>Stop only when this Python expression is true (empty: always):</source>
        <translation>Nur anhalten, wenn dieser Python-Ausdruck wahr ist (leer: immer):</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="74"/>
        <source>F5 (while paused)</source>
        <translation>F5 (wenn angehalten)</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="93"/>
        <source>Only Python programs can be debugged.</source>
        <translation>Nur Python-Programme können debuggt werden.</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="185"/>
        <source>Paused at %1:%2</source>
        <translation>Angehalten bei %1:%2</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="224"/>
        <source>Expressions are evaluated while the program is paused.</source>
        <translation>Ausdrücke werden ausgewertet, während das Programm angehalten ist.</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="244"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="252"/>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="273"/>
        <source>No answer in time: a __repr__ or the expression does not return. Stop the program to end it.</source>
        <translation>Keine Antwort in der erwarteten Zeit: Ein __repr__ oder der Ausdruck kehrt nicht zurück. Stoppen Sie das Programm, um die Auswertung zu beenden.</translation>
    </message>
</context>
<context>
    <name>app::DebugDock</name>
    <message>
        <location filename="../app/DebugDock.cpp" line="90"/>
        <source>Debugger</source>
        <translation>Debugger</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="91"/>
        <location filename="../app/DebugDock.cpp" line="93"/>
        <source>Call stack</source>
        <translation>Aufrufstapel</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="92"/>
        <location filename="../app/DebugDock.cpp" line="94"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="95"/>
        <source>Evaluate an expression in the selected frame</source>
        <translation>Einen Ausdruck im ausgewählten Frame auswerten</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="96"/>
        <source>Expression to evaluate</source>
        <translation>Auszuwertender Ausdruck</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="104"/>
        <source>Uncaught exception: %1
Continue ends the run with its traceback.</source>
        <translation>Nicht abgefangene Ausnahme: %1
Fortsetzen beendet den Lauf mit seinem Traceback.</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="114"/>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, Zeile %3</translation>
    </message>
</context>
<context>
    <name>app::DebuggingUi</name>
    <message>
        <location filename="../app/DebuggingUi.cpp" line="136"/>
        <source>Debug</source>
        <translation>Debuggen</translation>
    </message>
</context>
<context>
    <name>app::DocumentController</name>
    <message>
        <location filename="../app/DocumentController.cpp" line="90"/>
        <location filename="../app/DocumentController.cpp" line="105"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
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
        <location filename="../app/EditorTabs.cpp" line="82"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="113"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="182"/>
        <source>Untitled %1</source>
        <translation>Unbenannt %1</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="219"/>
        <source>Code editor: %1</source>
        <translation>Code-Editor: %1</translation>
    </message>
</context>
<context>
    <name>app::FileBrowserDock</name>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="81"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="82"/>
        <source>Files in the folder</source>
        <translation>Dateien im Ordner</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="83"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="84"/>
        <source>New File</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="85"/>
        <source>Create a file in this folder</source>
        <translation>Eine Datei in diesem Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="86"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="87"/>
        <source>Rename the selected file (F2)</source>
        <translation>Die ausgewählte Datei umbenennen (F2)</translation>
    </message>
</context>
<context>
    <name>app::FindBar</name>
    <message>
        <location filename="../app/FindBar.cpp" line="82"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="83"/>
        <source>Re&amp;place:</source>
        <translation>Erse&amp;tzen:</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="84"/>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="85"/>
        <source>Replacement text</source>
        <translation>Ersetzungstext</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="86"/>
        <source>Match &amp;case</source>
        <translation>Groß-/&amp;Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="87"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="88"/>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="89"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="90"/>
        <source>Pre&amp;vious</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="91"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="92"/>
        <source>Replace &amp;All</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="93"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="94"/>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="95"/>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="133"/>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="138"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="140"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="142"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="216"/>
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
        <location filename="../app/WindowActions.cpp" line="32"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="32"/>
        <source>Create an untitled Python file</source>
        <translation>Eine neue, unbenannte Python-Datei anlegen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="33"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="33"/>
        <source>Open files</source>
        <translation>Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="34"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="34"/>
        <source>Save the current file</source>
        <translation>Die aktuelle Datei speichern</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="38"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="39"/>
        <source>Save the current file under a new name</source>
        <translation>Die aktuelle Datei unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="43"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="44"/>
        <source>Close the current file</source>
        <translation>Die aktuelle Datei schließen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="45"/>
        <source>Quit Code Remote</source>
        <translation>Code Remote beenden</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="47"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="48"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="50"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="51"/>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="52"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="52"/>
        <source>Find text in the current file</source>
        <translation>Text in der aktuellen Datei suchen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="56"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="57"/>
        <source>Find and replace text</source>
        <translation>Text suchen und ersetzen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="58"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="59"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts su&amp;chen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="60"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile …</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="64"/>
        <source>Toggle Co&amp;mment</source>
        <translation>Ko&amp;mmentar umschalten</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="66"/>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="70"/>
        <source>Show White&amp;space</source>
        <translation>&amp;Leerzeichen anzeigen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="76"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="78"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="79"/>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="89"/>
        <source>&amp;Debug</source>
        <translation>De&amp;buggen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="90"/>
        <source>Run the current file in the debugger: it stops at breakpoints (Ctrl+F5)</source>
        <translation>Die aktuelle Datei im Debugger ausführen: Er hält an Haltepunkten an (Strg+F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="97"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="98"/>
        <source>Continue to the next breakpoint (F5 while paused)</source>
        <translation>Bis zum nächsten Haltepunkt fortsetzen (F5, wenn angehalten)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="103"/>
        <source>Pause Pro&amp;gram</source>
        <translation>Pro&amp;gramm anhalten</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="104"/>
        <source>Pause the program being debugged where it is (F6)</source>
        <translation>Das Programm im Debugger dort anhalten, wo es gerade ist (F6)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="108"/>
        <source>Step O&amp;ver</source>
        <translation>&amp;Prozedurschritt</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="109"/>
        <source>Run the current line, stepping over calls (F10)</source>
        <translation>Die aktuelle Zeile ausführen, ohne in Aufrufe hineinzuspringen (F10)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="113"/>
        <source>Step In&amp;to</source>
        <translation>Ein&amp;zelschritt</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="114"/>
        <source>Run to the next line, into the function called (F11)</source>
        <translation>Bis zur nächsten Zeile ausführen, auch in die aufgerufene Funktion hinein (F11)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="118"/>
        <source>Step O&amp;ut</source>
        <translation>Ausführen bis &amp;Rücksprung</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="119"/>
        <source>Run until the current function returns (Shift+F11)</source>
        <translation>Ausführen, bis die aktuelle Funktion zurückkehrt (Umschalt+F11)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="123"/>
        <source>Toggle &amp;Breakpoint</source>
        <translation>Hal&amp;tepunkt ein/aus</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="124"/>
        <source>Set or remove a breakpoint on the current line (F9)</source>
        <translation>Einen Haltepunkt in der aktuellen Zeile setzen oder entfernen (F9)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="128"/>
        <source>Brea&amp;kpoint Condition…</source>
        <translation>Haltepunktbed&amp;ingung …</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="129"/>
        <source>Stop on the current line only when an expression is true (Ctrl+Shift+F9)</source>
        <translation>In der aktuellen Zeile nur anhalten, wenn ein Ausdruck wahr ist (Strg+Umschalt+F9)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="135"/>
        <source>Stop on Uncaught Exceptions</source>
        <translation>Bei nicht abgefangenen Ausnahmen anhalten</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="136"/>
        <source>Debugging: pause where an uncaught exception is raised, to see its variables (Ctrl+Shift+E)</source>
        <translation>Debuggen: dort anhalten, wo eine nicht abgefangene Ausnahme ausgelöst wird, um ihre Variablen zu sehen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="141"/>
        <source>&amp;Python Shell</source>
        <translation>Python-S&amp;hell</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="142"/>
        <source>A Python prompt in the sandbox that keeps its variables (Ctrl+Shift+P)</source>
        <translation>Eine Python-Eingabeaufforderung in der Sandbox, die ihre Variablen behält (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="146"/>
        <source>Run, Then Stay in the S&amp;hell</source>
        <translation>Ausführen und in der Shell &amp;weiterarbeiten</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="147"/>
        <source>Run the current file in the shell, whose prompt then has its variables (Ctrl+Shift+R)</source>
        <translation>Die aktuelle Datei in der Shell ausführen, deren Eingabeaufforderung danach ihre Variablen kennt (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="200"/>
        <source>Next Tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="204"/>
        <source>Previous Tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="80"/>
        <location filename="../app/WindowMenus.cpp" line="95"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="80"/>
        <source>Run the current file (F5)</source>
        <translation>Die aktuelle Datei ausführen (F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="84"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="85"/>
        <source>Stop the running program (Shift+F5)</source>
        <translation>Das laufende Programm stoppen (Umschalt+F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="152"/>
        <source>Send &amp;End of Input</source>
        <translation>Eingabeen&amp;de senden</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="153"/>
        <source>Close the program&apos;s standard input (Ctrl+D in the input line)</source>
        <translation>Die Standardeingabe des Programms schließen (Strg+D in der Eingabezeile)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="157"/>
        <source>&amp;Analyze Complexity</source>
        <translation>Komplexität a&amp;nalysieren</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="158"/>
        <source>Estimate the time and space complexity of the current file (Ctrl+Shift+A)</source>
        <translation>Die Zeit- und Speicherkomplexität der aktuellen Datei abschätzen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="164"/>
        <source>&amp;Measure Complexity</source>
        <translation>Komplexität &amp;messen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="165"/>
        <source>Time the program&apos;s function at growing input sizes in the sandbox (Ctrl+Shift+M)</source>
        <translation>Die Laufzeit der Funktion des Programms bei wachsenden Eingabegrößen in der Sandbox messen (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="171"/>
        <source>Go to &amp;Input Line</source>
        <translation>Zur &amp;Eingabezeile</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="176"/>
        <source>C&amp;lear Output</source>
        <translation>Ausgabe &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="181"/>
        <source>Copy &amp;Output</source>
        <translation>Ausgabe &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="186"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="187"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="191"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="192"/>
        <source>The welcome page: what Code Remote does and example programs</source>
        <translation>Die Willkommensseite: was Code Remote kann, und Beispielprogramme</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="193"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="197"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="198"/>
        <source>Every keyboard shortcut, searchable</source>
        <translation>Alle Tastenkombinationen, durchsuchbar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="199"/>
        <source>&amp;About Code Remote</source>
        <translation>Ü&amp;ber Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="91"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="93"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="94"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="96"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="369"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="370"/>
        <source>Output panel</source>
        <translation>Ausgabebereich</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="97"/>
        <source>Main menu</source>
        <translation>Hauptmenü</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="373"/>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="98"/>
        <location filename="../app/WindowMenus.cpp" line="99"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="422"/>
        <source>Code Remote</source>
        <translation>Code Remote</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="422"/>
        <source>%1[*] — Code Remote</source>
        <translation>%1[*] — Code Remote</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="176"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="503"/>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="503"/>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
</context>
<context>
    <name>app::ManualDialog</name>
    <message>
        <location filename="../app/ManualDialog.cpp" line="22"/>
        <source>Code Remote Manual</source>
        <translation>Code-Remote-Handbuch</translation>
    </message>
    <message>
        <location filename="../app/ManualDialog.cpp" line="23"/>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
</context>
<context>
    <name>app::MeasureControls</name>
    <message>
        <location filename="../app/MeasureControls.cpp" line="50"/>
        <location filename="../app/MeasureControls.cpp" line="80"/>
        <location filename="../app/MeasureControls.cpp" line="110"/>
        <location filename="../app/MeasureControls.cpp" line="112"/>
        <source>Automatic</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="102"/>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="103"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="104"/>
        <source>The function Measure times; Analyze lists this program&apos;s functions</source>
        <translation>Die Funktion, deren Laufzeit „Messen“ misst; „Analysieren“ listet die Funktionen dieses Programms auf</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="105"/>
        <source>The function Measure times</source>
        <translation>Die Funktion, deren Laufzeit „Messen“ misst</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="106"/>
        <source>The parameter that grows; the others get small fixed values made from their use</source>
        <translation>Der Parameter, der wächst; die anderen erhalten kleine feste Werte, die aus ihrer Verwendung abgeleitet werden</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="107"/>
        <source>Function to measure</source>
        <translation>Zu messende Funktion</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="108"/>
        <source>Parameter that grows</source>
        <translation>Wachsender Parameter</translation>
    </message>
</context>
<context>
    <name>app::NewProgramMenu</name>
    <message>
        <location filename="../app/NewProgramMenu.cpp" line="27"/>
        <source>New &amp;Program</source>
        <translation>Neues &amp;Programm</translation>
    </message>
</context>
<context>
    <name>app::OutputPane</name>
    <message>
        <location filename="../app/OutputPane.cpp" line="183"/>
        <source>Program output</source>
        <translation>Programmausgabe</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="184"/>
        <source>Program input</source>
        <translation>Programmeingabe</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="185"/>
        <source>Input for the running program (Enter sends, Ctrl+D ends input)</source>
        <translation>Eingabe für das laufende Programm (Enter sendet, Strg+D beendet die Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="186"/>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="187"/>
        <source>Input line</source>
        <translation>Eingabezeile</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="188"/>
        <source>Type the program&apos;s input in a separate line instead of in the output</source>
        <translation>Die Eingabe des Programms in einer eigenen Zeile statt in der Ausgabe eingeben</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="189"/>
        <source>Separate input line</source>
        <translation>Eigene Eingabezeile</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="191"/>
        <source>Copy all output</source>
        <translation>Gesamte Ausgabe kopieren</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="192"/>
        <source>Copy output</source>
        <translation>Ausgabe kopieren</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="193"/>
        <location filename="../app/OutputPane.cpp" line="194"/>
        <source>Clear output</source>
        <translation>Ausgabe leeren</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="195"/>
        <source>Output notice</source>
        <translation>Hinweis zur Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="262"/>
        <source>Type in the output: Enter sends the line, Ctrl+D ends the input, Up/Down recall lines</source>
        <translation>In die Ausgabe tippen: Enter sendet die Zeile, Strg+D beendet die Eingabe, Pfeil nach oben/unten holt frühere Zeilen zurück</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="264"/>
        <source>The program&apos;s input has ended (Ctrl+D).</source>
        <translation>Die Eingabe des Programms ist beendet (Strg+D).</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="266"/>
        <source>No program is running: the output is read-only.</source>
        <translation>Es läuft kein Programm: Die Ausgabe ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="380"/>
        <source>Long output: showing the last %1 of %2 lines.</source>
        <translation>Lange Ausgabe: Die letzten %1 von %2 Zeilen werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>app::ProfileNotice</name>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="45"/>
        <source>The strict profile refused this program. The standard profile runs the whole language in the same sandbox; switch in Settings ▸ Running programs ▸ Profile, or here:</source>
        <translation>Das strenge Profil hat dieses Programm abgelehnt. Das Standardprofil führt den gesamten Sprachumfang in derselben Sandbox aus; wechseln Sie unter Einstellungen ▸ Programme ausführen ▸ Profil oder hier:</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="47"/>
        <source>The strict profile refused this program, and this server runs the strict profile only. Change the program, or run it locally (Run ▸ Run On).</source>
        <translation>Das strenge Profil hat dieses Programm abgelehnt, und dieser Server führt nur das strenge Profil aus. Ändern Sie das Programm oder führen Sie es lokal aus (Ausführen ▸ Ausführen auf).</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="49"/>
        <source>Switch to Standard and Run Again</source>
        <translation>Zu Standard wechseln und erneut ausführen</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="50"/>
        <source>Sets the profile to standard in the settings and runs the program again</source>
        <translation>Das Profil in den Einstellungen auf Standard setzen und das Programm erneut ausführen</translation>
    </message>
</context>
<context>
    <name>app::Prompts</name>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="12"/>
        <source>Save changes to %n file(s) before closing?</source>
        <translation>
            <numerusform>Änderungen an %n Datei vor dem Schließen speichern?</numerusform>
            <numerusform>Änderungen an %n Dateien vor dem Schließen speichern?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="38"/>
        <source>Restore unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="39"/>
        <source>Code Remote did not close properly last time. Restore %n unsaved buffer(s)?</source>
        <translation>
            <numerusform>Code Remote wurde beim letzten Mal nicht ordnungsgemäß beendet. Soll %n ungespeichertes Dokument wiederhergestellt werden?</numerusform>
            <numerusform>Code Remote wurde beim letzten Mal nicht ordnungsgemäß beendet. Sollen %n ungespeicherte Dokumente wiederhergestellt werden?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="49"/>
        <source>Open Files</source>
        <translation>Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="54"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="59"/>
        <source>Code Remote</source>
        <translation>Code Remote</translation>
    </message>
</context>
<context>
    <name>app::RecentFilesMenu</name>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="27"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="47"/>
        <source>%1 (no longer exists)</source>
        <translation>%1 (existiert nicht mehr)</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="51"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="55"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>app::RunPreparation</name>
    <message>
        <location filename="../app/RunPreparation.cpp" line="27"/>
        <source>Precompiling &lt;bits/stdc++.h&gt; in the background (once per compiler and standard)…</source>
        <translation>&lt;bits/stdc++.h&gt; wird im Hintergrund vorkompiliert (einmal je Compiler und Standard)…</translation>
    </message>
    <message>
        <location filename="../app/RunPreparation.cpp" line="30"/>
        <source>&lt;bits/stdc++.h&gt; is precompiled: C++ programs that include it now compile faster.</source>
        <translation>&lt;bits/stdc++.h&gt; ist vorkompiliert: C++-Programme, die es einbinden, kompilieren jetzt schneller.</translation>
    </message>
    <message>
        <location filename="../app/RunPreparation.cpp" line="31"/>
        <source>&lt;bits/stdc++.h&gt; could not be precompiled; programs still compile without it.</source>
        <translation>&lt;bits/stdc++.h&gt; konnte nicht vorkompiliert werden; Programme kompilieren weiterhin ohne.</translation>
    </message>
</context>
<context>
    <name>app::RunPresenter</name>
    <message>
        <location filename="../app/RunPresenter.cpp" line="49"/>
        <source>The program&apos;s input has ended: it reads nothing more.</source>
        <translation>Die Eingabe des Programms ist beendet: Es liest nichts mehr.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="50"/>
        <source>No program is running: run it (F5), then type its input here.</source>
        <translation>Es läuft kein Programm: Führen Sie es aus (F5) und geben Sie dann hier seine Eingabe ein.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="68"/>
        <source>%1 files cannot be run yet.</source>
        <translation>Dateien vom Typ %1 können noch nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="68"/>
        <source>Plain text</source>
        <translation>Normaler Text</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="78"/>
        <source>Reading the server&apos;s API token from the keychain…</source>
        <translation>Das API-Token des Servers wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="83"/>
        <source>%1 was not run: the Code Remote server is not set up.</source>
        <translation>%1 wurde nicht ausgeführt: Der Code-Remote-Server ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="85"/>
        <source>— %1 Set the server in Settings (Run ▸ Run On ▸ Server Settings…). —</source>
        <translation>— %1 Richten Sie den Server in den Einstellungen ein (Ausführen ▸ Ausführen auf ▸ Servereinstellungen …). —</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="113"/>
        <source>strict</source>
        <translation>streng</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="113"/>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="115"/>
        <source>Running %1 on %2 (%3 profile)…</source>
        <translation>%1 wird auf %2 ausgeführt (Profil „%3“) …</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="118"/>
        <source>Running %1 (%2 profile)…</source>
        <translation>%1 wird ausgeführt (Profil „%2“) …</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="121"/>
        <source>The run could not be started.</source>
        <translation>Die Ausführung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="139"/>
        <source>Compiling</source>
        <translation>Wird kompiliert</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="140"/>
        <source>Waiting for input</source>
        <translation>Wartet auf Eingabe</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="140"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="142"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="146"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="172"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="175"/>
        <source>Runtime error</source>
        <translation>Laufzeitfehler</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="178"/>
        <source>CPU time limit exceeded</source>
        <translation>CPU-Zeitlimit überschritten</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="179"/>
        <source>Time limit exceeded</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="182"/>
        <source>Memory limit exceeded</source>
        <translation>Speicherlimit überschritten</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="185"/>
        <source>Output limit exceeded</source>
        <translation>Ausgabelimit überschritten</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="188"/>
        <source>Blocked by the strict profile</source>
        <translation>Vom strengen Profil blockiert</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="191"/>
        <source>Compile error</source>
        <translation>Kompilierfehler</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="198"/>
        <source>The server could not run the program.</source>
        <translation>Der Server konnte das Programm nicht ausführen.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="199"/>
        <source>Sandbox error</source>
        <translation>Sandbox-Fehler</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="199"/>
        <source>Sandbox error: %1</source>
        <translation>Sandbox-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="202"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="209"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="211"/>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="219"/>
        <source>compiled in %1 s</source>
        <translation>kompiliert in %1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="225"/>
        <source>ran in %1 s, of which %2 s waiting for input</source>
        <translation>lief %1 s, davon %2 s Warten auf Eingabe</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="226"/>
        <source>%1 s, of which %2 s waiting for input</source>
        <translation>%1 s, davon %2 s Warten auf Eingabe</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="229"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="229"/>
        <source>ran in %1 s</source>
        <translation>lief %1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="231"/>
        <source>peak memory %1 MB</source>
        <translation>Speicherspitze %1 MB</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="233"/>
        <source>output truncated</source>
        <translation>Ausgabe gekürzt</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="272"/>
        <source>The strict profile allows only a safe subset of Python. To run the whole language in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press “Switch to Standard and Run Again” in the Violations panel.
</source>
        <translation>Das strenge Profil erlaubt nur eine sichere Teilmenge von Python. Um den gesamten Sprachumfang in derselben Sandbox auszuführen, wählen Sie „Standard“ unter Einstellungen ▸ Programme ausführen ▸ Profil oder klicken Sie im Bereich „Verstöße“ auf „Zu Standard wechseln und erneut ausführen“.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="275"/>
        <source>The strict profile does not let a program start other programs. To allow it in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press “Switch to Standard and Run Again” in the Violations panel.
</source>
        <translation>Das strenge Profil erlaubt einem Programm nicht, andere Programme zu starten. Um das in derselben Sandbox zu erlauben, wählen Sie „Standard“ unter Einstellungen ▸ Programme ausführen ▸ Profil oder klicken Sie im Bereich „Verstöße“ auf „Zu Standard wechseln und erneut ausführen“.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="279"/>
        <source>The server runs this program in the strict profile, which allows only a safe subset of Python.
</source>
        <translation>Der Server führt dieses Programm im strengen Profil aus, das nur eine sichere Teilmenge von Python erlaubt.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="281"/>
        <source>The server runs this program in the strict profile, which does not let a program start other programs.
</source>
        <translation>Der Server führt dieses Programm im strengen Profil aus, das einem Programm nicht erlaubt, andere Programme zu starten.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="305"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="307"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="342"/>
        <source>%1 is not open in the editor</source>
        <translation>%1 ist nicht im Editor geöffnet</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="357"/>
        <source>The profile is now standard (Settings ▸ Running programs ▸ Profile).</source>
        <translation>Das Profil ist jetzt „Standard“ (Einstellungen ▸ Programme ausführen ▸ Profil).</translation>
    </message>
</context>
<context>
    <name>app::RunTargetSwitch</name>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="59"/>
        <source>Run on: Server</source>
        <translation>Ausführen auf: Server</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="59"/>
        <source>Run on: Local</source>
        <translation>Ausführen auf: Lokal</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="65"/>
        <source>Run O&amp;n</source>
        <translation>Ausführen &amp;auf</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="66"/>
        <source>&amp;Local Sandbox</source>
        <translation>&amp;Lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="67"/>
        <source>Run programs in the sandbox on this computer</source>
        <translation>Programme in der Sandbox auf diesem Computer ausführen</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="68"/>
        <source>Code Remote &amp;Server</source>
        <translation>Code-Remote-&amp;Server</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="69"/>
        <source>Run programs on the Code Remote server set in Settings</source>
        <translation>Programme auf dem in den Einstellungen festgelegten Code-Remote-Server ausführen</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="70"/>
        <source>Server S&amp;ettings…</source>
        <translation>Server&amp;einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="71"/>
        <source>Where programs run</source>
        <translation>Wo Programme ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>app::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="47"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="48"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="49"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="51"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="54"/>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="55"/>
        <source>Show spaces and tabs</source>
        <translation>Leerzeichen und Tabulatoren anzeigen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="56"/>
        <source>Analyze complexity after each run</source>
        <translation>Komplexität nach jeder Ausführung analysieren</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="62"/>
        <location filename="../app/SettingsDialog.cpp" line="63"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66"/>
        <source>This computer (local sandbox)</source>
        <translation>Dieser Computer (lokale Sandbox)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="67"/>
        <location filename="../app/SettingsDialog.cpp" line="120"/>
        <source>Code Remote server</source>
        <translation>Code-Remote-Server</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="81"/>
        <source>Strict (whitelisted imports, like the hosted platform)</source>
        <translation>Streng (nur freigegebene Importe, wie auf der gehosteten Plattform)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="82"/>
        <source>Standard (the whole language)</source>
        <translation>Standard (der gesamte Sprachumfang)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="84"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="85"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="86"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="89"/>
        <source>Empty: offline analysis only</source>
        <translation>Leer: nur Offline-Analyse</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="92"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="99"/>
        <source>Execution target</source>
        <translation>Ausführungsziel</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="99"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Server API token</source>
        <translation>API-Token des Servers</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Where the API token is stored</source>
        <translation>Speicherort des API-Tokens</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="101"/>
        <source>Security profile</source>
        <translation>Sicherheitsprofil</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="102"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="102"/>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="103"/>
        <source>Output limit</source>
        <translation>Ausgabelimit</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="103"/>
        <source>Editor font</source>
        <translation>Editor-Schriftart</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="104"/>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="104"/>
        <source>Tab width</source>
        <translation>Tabulatorbreite</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="105"/>
        <source>Characters before completion</source>
        <translation>Zeichen bis zur Autovervollständigung</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="105"/>
        <source>Word wrap</source>
        <translation>Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="106"/>
        <source>Show whitespace</source>
        <translation>Leerzeichen anzeigen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="106"/>
        <source>Analyze after run</source>
        <translation>Nach der Ausführung analysieren</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Gemini API key</source>
        <translation>Gemini-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Gemini model</source>
        <translation>Gemini-Modell</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="108"/>
        <source>Interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="113"/>
        <source>Running programs</source>
        <translation>Programme ausführen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="115"/>
        <source>&amp;Run on:</source>
        <translation>&amp;Ausführen auf:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="116"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="117"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="118"/>
        <source>&amp;Memory limit:</source>
        <translation>&amp;Speicherlimit:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="119"/>
        <source>&amp;Output limit:</source>
        <translation>Ausgabe&amp;limit:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="123"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="124"/>
        <source>API to&amp;ken:</source>
        <translation>API-To&amp;ken:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="129"/>
        <source>&amp;Test connection</source>
        <translation>Verb&amp;indung testen</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="133"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="141"/>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="148"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="150"/>
        <source>&amp;Font:</source>
        <translation>Sch&amp;riftart:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="151"/>
        <source>Font &amp;size:</source>
        <translation>Schri&amp;ftgröße:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="152"/>
        <source>Ta&amp;b width:</source>
        <translation>&amp;Tabulatorbreite:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="153"/>
        <source>&amp;Complete after:</source>
        <translation>&amp;Vervollständigung ab:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="156"/>
        <source>Complexity analysis</source>
        <translation>Komplexitätsanalyse</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="159"/>
        <source>Gemini API &amp;key:</source>
        <translation>&amp;Gemini-API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="160"/>
        <source>Gemini mo&amp;del:</source>
        <translation>Gemini-&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="161"/>
        <source>The key is stored unencrypted in this computer&apos;s settings file (%1) and is sent only to Google&apos;s Gemini API. Without a key the analysis runs offline.</source>
        <translation>Der Schlüssel wird unverschlüsselt in der Einstellungsdatei dieses Computers (%1) gespeichert und nur an die Gemini-API von Google gesendet. Ohne Schlüssel läuft die Analyse offline.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="169"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="171"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="172"/>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="175"/>
        <source>The main window changes language at once; the rest follows after a restart.</source>
        <translation>Das Hauptfenster wechselt die Sprache sofort; der Rest folgt nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="318"/>
        <source>The saved token is for %1; enter the token for this server</source>
        <translation>Das gespeicherte Token gilt für %1; geben Sie das Token für diesen Server ein</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="320"/>
        <source>From `code-remote-server token create NAME`</source>
        <translation>Aus `code-remote-server token create NAME`</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="322"/>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="331"/>
        <source>Looking for the system keychain…</source>
        <translation>Schlüsselbund des Systems wird gesucht …</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="335"/>
        <source>The token is kept in your system keychain.</source>
        <translation>Das Token wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="349"/>
        <source>No system keychain is available%1, so the token is stored in plain text in the settings file %2, which only your user account can read.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar%1, daher wird das Token im Klartext in der Einstellungsdatei %2 gespeichert, die nur Ihr Benutzerkonto lesen kann.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="351"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>app::ShellController</name>
    <message>
        <location filename="../app/ShellController.cpp" line="144"/>
        <source>The shell ended: a command ran past its time limit and did not stop.</source>
        <translation>Die Shell wurde beendet: Ein Befehl hat sein Zeitlimit überschritten und nicht angehalten.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="146"/>
        <source>The shell ended: it used more memory than its limit.</source>
        <translation>Die Shell wurde beendet: Sie hat mehr Speicher als erlaubt verwendet.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="148"/>
        <source>The shell was stopped.</source>
        <translation>Die Shell wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="150"/>
        <source>The shell could not start: %1</source>
        <translation>Die Shell konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="152"/>
        <source>The shell ended.</source>
        <translation>Die Shell wurde beendet.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="153"/>
        <source>Press Enter to start a new one.</source>
        <translation>Drücken Sie Enter, um eine neue zu starten.</translation>
    </message>
</context>
<context>
    <name>app::ShellDock</name>
    <message>
        <location filename="../app/ShellDock.cpp" line="109"/>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="110"/>
        <source>Shell output</source>
        <translation>Shell-Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="111"/>
        <source>Shell input</source>
        <translation>Shell-Eingabe</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="112"/>
        <source>Python (Enter runs, Tab completes, Up/Down: history)</source>
        <translation>Python (Enter führt aus, Tab vervollständigt, Pfeil nach oben/unten: Verlauf)</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="113"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ShellDock.cpp" line="114"/>
        <source>A new interpreter: the shell forgets its variables. Idle shells end after %n minutes.</source>
        <translation>
            <numerusform>Ein neuer Interpreter: Die Shell vergisst ihre Variablen. Ungenutzte Shells werden nach %n Minute beendet.</numerusform>
            <numerusform>Ein neuer Interpreter: Die Shell vergisst ihre Variablen. Ungenutzte Shells werden nach %n Minuten beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ShortcutsDialog</name>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="33"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="34"/>
        <source>Search commands or keys</source>
        <translation>Befehle oder Tasten suchen</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="35"/>
        <source>Search shortcuts</source>
        <translation>Tastenkombinationen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="37"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="38"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="38"/>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
</context>
<context>
    <name>app::StarterPrograms</name>
    <message>
        <location filename="../app/StarterPrograms.cpp" line="15"/>
        <source>Asks for your name and greets you. Run it (F5), then type your answer in the console and press Enter.</source>
        <translation>Fragt nach Ihrem Namen und begrüßt Sie. Führen Sie es aus (F5), geben Sie dann Ihre Antwort in der Konsole ein und drücken Sie Enter.</translation>
    </message>
</context>
<context>
    <name>app::StatusFields</name>
    <message>
        <location filename="../app/StatusFields.cpp" line="28"/>
        <source>Plain text</source>
        <translation>Normaler Text</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="29"/>
        <source>Ln %1, Col %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="38"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="39"/>
        <source>Cursor position</source>
        <translation>Cursorposition</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="40"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="41"/>
        <source>Run state</source>
        <translation>Ausführungsstatus</translation>
    </message>
</context>
<context>
    <name>app::TargetSessionFactory</name>
    <message>
        <location filename="../app/TargetSessionFactory.cpp" line="32"/>
        <source>The API token was entered for %1, so it is not sent to %2. Enter the token for %2.</source>
        <translation>Das API-Token wurde für %1 eingegeben und wird daher nicht an %2 gesendet. Geben Sie das Token für %2 ein.</translation>
    </message>
</context>
<context>
    <name>app::UnsavedChangesDialog</name>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="24"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="25"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="27"/>
        <source>Unsaved files</source>
        <translation>Ungespeicherte Dateien</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="39"/>
        <source>&amp;Save All</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="40"/>
        <source>Save S&amp;elected</source>
        <translation>Aus&amp;gewählte speichern</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="41"/>
        <source>&amp;Discard All</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="57"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="59"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
</context>
<context>
    <name>app::VariablesModel</name>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="21"/>
        <source>Locals</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="23"/>
        <source>Globals</source>
        <translation>Globale</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="89"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="93"/>
        <source>Double-click to see the whole value</source>
        <translation>Doppelklicken, um den ganzen Wert zu sehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/VariablesModel.cpp" line="109"/>
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(%n weiterer nicht angezeigt)</numerusform>
            <numerusform>(%n weitere nicht angezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ViolationsDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="85"/>
        <source>Violations</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="86"/>
        <source>Security violations panel</source>
        <translation>Bereich für Sicherheitsverstöße</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="88"/>
        <source>Security violations</source>
        <translation>Sicherheitsverstöße</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="89"/>
        <source>No violations. The strict profile lists forbidden imports, builtins and syntax here.</source>
        <translation>Keine Verstöße. Das strenge Profil listet hier verbotene Importe, eingebaute Funktionen und Syntax auf.</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="90"/>
        <source>No violations</source>
        <translation>Keine Verstöße</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="106"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
</context>
<context>
    <name>app::WelcomeDialog</name>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="22"/>
        <source>Input and loops</source>
        <translation>Eingabe und Schleifen</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="23"/>
        <source>Asks how many squares to print: type the answer where the program asks.</source>
        <translation>Fragt, wie viele Quadratzahlen ausgegeben werden sollen: Geben Sie die Antwort dort ein, wo das Programm fragt.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="24"/>
        <source>Compare two solutions</source>
        <translation>Zwei Lösungen vergleichen</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="25"/>
        <source>A slow and a fast way to find a duplicate: analyse them and see O(n²) against O(n).</source>
        <translation>Ein langsamer und ein schneller Weg, ein Duplikat zu finden: Analysieren Sie beide und sehen Sie O(n²) gegen O(n).</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="26"/>
        <source>A program the sandbox stops</source>
        <translation>Ein Programm, das an der Sandbox scheitert</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="27"/>
        <source>Tries to read your SSH keys and to reach the network: the sandbox refuses both.</source>
        <translation>Versucht, Ihre SSH-Schlüssel zu lesen und auf das Netzwerk zuzugreifen: Die Sandbox verweigert beides.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="46"/>
        <location filename="../app/WelcomeDialog.cpp" line="48"/>
        <source>Welcome to Code Remote</source>
        <translation>Willkommen bei Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="55"/>
        <source>Write Python, run it safely in a sandbox on this computer or on a server, and see how fast it is: the output, the time, the memory and the complexity (Big-O) of your code. Programs cannot read your files or reach the network.</source>
        <translation>Schreiben Sie Python, führen Sie es sicher in einer Sandbox auf diesem Computer oder auf einem Server aus und sehen Sie, wie schnell es ist: die Ausgabe, die Zeit, den Speicher und die Komplexität (O-Notation) Ihres Codes. Programme können weder Ihre Dateien lesen noch auf das Netzwerk zugreifen.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="61"/>
        <source>Try an example (it opens in a new tab):</source>
        <translation>Probieren Sie ein Beispiel aus (es öffnet sich in einem neuen Tab):</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="80"/>
        <source>&lt;b&gt;%1&lt;/b&gt; runs the current tab. &lt;b&gt;%2&lt;/b&gt; analyses its complexity.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; führt den aktuellen Tab aus. &lt;b&gt;%2&lt;/b&gt; analysiert seine Komplexität.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="87"/>
        <source>Open the &amp;Manual</source>
        <translation>&amp;Handbuch öffnen</translation>
    </message>
</context>
<context>
    <name>editor::CodeEditor</name>
    <message>
        <location filename="../editor/CodeEditor.cpp" line="28"/>
        <source>Code editor</source>
        <translation>Code-Editor</translation>
    </message>
</context>
<context>
    <name>editor::ComplexityMarkers</name>
    <message>
        <location filename="../editor/ComplexityMarkers.cpp" line="80"/>
        <source>%1 loop</source>
        <translation>%1-Schleife</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="23"/>
        <source>Code Remote: write and run code.</source>
        <translation>Code Remote: Code schreiben und ausführen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Files to open.</source>
        <translation>Zu öffnende Dateien.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Quit once the window is shown (benchmarks).</source>
        <translation>Beenden, sobald das Fenster angezeigt wird (für Benchmarks).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Open a new window even if one is running.</source>
        <translation>Ein neues Fenster öffnen, auch wenn schon eines läuft.</translation>
    </message>
</context>
<context>
    <name>remote::RemoteRunSession</name>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="71"/>
        <source>Stopped; the server did not confirm in time.</source>
        <translation>Gestoppt; der Server hat nicht rechtzeitig bestätigt.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="213"/>
        <location filename="../remote/RemoteRunSession.cpp" line="220"/>
        <source>The server at %1 refused the API token. Check the token set for this server.</source>
        <translation>Der Server unter %1 hat das API-Token abgelehnt. Prüfen Sie das für diesen Server festgelegte Token.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="234"/>
        <source>The connection to the server was lost, which ends a debug or shell session there.</source>
        <translation>Die Verbindung zum Server ist abgerissen; damit endet dort die Debug- oder Shell-Sitzung.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="250"/>
        <source>Cannot reach the Code Remote server at %1 (%2). Your code was not run; it is kept for a retry.</source>
        <translation>Der Code-Remote-Server unter %1 ist nicht erreichbar (%2). Ihr Code wurde nicht ausgeführt; er bleibt für einen erneuten Versuch erhalten.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="251"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="254"/>
        <source>Lost the connection to the Code Remote server at %1 during the run (%2).</source>
        <translation>Die Verbindung zum Code-Remote-Server unter %1 ist während der Ausführung abgebrochen (%2).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="255"/>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="275"/>
        <source>The Code Remote server at %1 did not answer within %n second(s). Your code was not run; it is kept for a retry.</source>
        <translation>
            <numerusform>Der Code-Remote-Server unter %1 hat nicht innerhalb von %n Sekunde geantwortet. Ihr Code wurde nicht ausgeführt; er bleibt für einen erneuten Versuch erhalten.</numerusform>
            <numerusform>Der Code-Remote-Server unter %1 hat nicht innerhalb von %n Sekunden geantwortet. Ihr Code wurde nicht ausgeführt; er bleibt für einen erneuten Versuch erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="281"/>
        <source>Lost the connection to the Code Remote server at %1 before it took the run, and it did not come back within %n second(s). Your code is kept for a retry.</source>
        <translation>
            <numerusform>Die Verbindung zum Code-Remote-Server unter %1 ist abgebrochen, bevor er die Ausführung angenommen hat, und kam nicht innerhalb von %n Sekunde zurück. Ihr Code bleibt für einen erneuten Versuch erhalten.</numerusform>
            <numerusform>Die Verbindung zum Code-Remote-Server unter %1 ist abgebrochen, bevor er die Ausführung angenommen hat, und kam nicht innerhalb von %n Sekunden zurück. Ihr Code bleibt für einen erneuten Versuch erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="287"/>
        <source>Lost the connection to the Code Remote server at %1 during the run, and it did not come back within %n second(s). The job (%2) may still finish there.</source>
        <translation>
            <numerusform>Die Verbindung zum Code-Remote-Server unter %1 ist während der Ausführung abgebrochen und kam nicht innerhalb von %n Sekunde zurück. Der Auftrag (%2) wird dort möglicherweise noch beendet.</numerusform>
            <numerusform>Die Verbindung zum Code-Remote-Server unter %1 ist während der Ausführung abgebrochen und kam nicht innerhalb von %n Sekunden zurück. Der Auftrag (%2) wird dort möglicherweise noch beendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="307"/>
        <source>The server sent a message this client does not understand (%1): %2</source>
        <translation>Der Server hat eine Nachricht gesendet, die dieser Client nicht versteht (%1): %2</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="337"/>
        <source>This server does not run shell sessions; use the local shell.</source>
        <translation>Dieser Server führt keine Shell-Sitzungen aus; verwenden Sie die lokale Shell.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="338"/>
        <source>This server does not run debug sessions; debug locally.</source>
        <translation>Dieser Server führt keine Debug-Sitzungen aus; debuggen Sie lokal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="420"/>
        <source>The server is busy: its queue is full. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Der Server ist ausgelastet: Seine Warteschlange ist voll. Versuchen Sie es in %n Sekunde erneut. Ihr Code bleibt erhalten.</numerusform>
            <numerusform>Der Server ist ausgelastet: Seine Warteschlange ist voll. Versuchen Sie es in %n Sekunden erneut. Ihr Code bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="424"/>
        <source>Too many runs with this token in a short time. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Zu viele Ausführungen mit diesem Token in kurzer Zeit. Versuchen Sie es in %n Sekunde erneut. Ihr Code bleibt erhalten.</numerusform>
            <numerusform>Zu viele Ausführungen mit diesem Token in kurzer Zeit. Versuchen Sie es in %n Sekunden erneut. Ihr Code bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="428"/>
        <source>This token already has as many runs in progress as the server allows. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Mit diesem Token laufen bereits so viele Ausführungen, wie der Server zulässt. Versuchen Sie es in %n Sekunde erneut. Ihr Code bleibt erhalten.</numerusform>
            <numerusform>Mit diesem Token laufen bereits so viele Ausführungen, wie der Server zulässt. Versuchen Sie es in %n Sekunden erneut. Ihr Code bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="434"/>
        <source>The server no longer knows this job (%1).</source>
        <translation>Der Server kennt diesen Auftrag nicht mehr (%1).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="441"/>
        <source>The server refused the run: %1 (%2).</source>
        <translation>Der Server hat die Ausführung abgelehnt: %1 (%2).</translation>
    </message>
</context>
</TS>
