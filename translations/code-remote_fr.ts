<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="100"/>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="102"/>
        <source>Server: not set up</source>
        <translation>Serveur&#xa0;: non configuré</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="104"/>
        <source>Server: disconnected</source>
        <translation>Serveur&#xa0;: déconnecté</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="106"/>
        <source>Server: connecting…</source>
        <translation>Serveur&#xa0;: connexion…</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="108"/>
        <source>Server: connected</source>
        <translation>Serveur&#xa0;: connecté</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="110"/>
        <source>Server: online</source>
        <translation>Serveur&#xa0;: en ligne</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="112"/>
        <source>Server: reconnecting…</source>
        <translation>Serveur&#xa0;: reconnexion…</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="114"/>
        <source>Server: unreachable</source>
        <translation>Serveur&#xa0;: injoignable</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="116"/>
        <source>Server: token refused</source>
        <translation>Serveur&#xa0;: jeton refusé</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="118"/>
        <source>Server: busy</source>
        <translation>Serveur&#xa0;: occupé</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="120"/>
        <source>Server: run failed</source>
        <translation>Serveur&#xa0;: échec de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="127"/>
        <source>no server set</source>
        <translation>aucun serveur défini</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="130"/>
        <source>Programs run in the local sandbox on this computer.</source>
        <translation>Les programmes s&apos;exécutent dans le bac à sable local de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="132"/>
        <source>Programs run on a Code Remote server, but its URL or API token is missing. Set them in Settings.</source>
        <translation>Les programmes s&apos;exécutent sur un serveur Code Remote, mais son URL ou son jeton d&apos;API manque. Définissez-les dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="135"/>
        <source>Programs run on %1. The connection opens when a program runs.</source>
        <translation>Les programmes s&apos;exécutent sur %1. La connexion s&apos;ouvre quand un programme s&apos;exécute.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="137"/>
        <source>%1 answers. The connection opens when a program runs.</source>
        <translation>%1 répond. La connexion s&apos;ouvre quand un programme s&apos;exécute.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="139"/>
        <source>Connecting to %1.</source>
        <translation>Connexion à %1.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="141"/>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="143"/>
        <source>The connection to %1 dropped; trying again.</source>
        <translation>La connexion à %1 a été interrompue&#xa0;; nouvelle tentative.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="145"/>
        <source>%1 does not answer. Check the URL and that the server is running.</source>
        <translation>%1 ne répond pas. Vérifiez l&apos;URL et que le serveur est démarré.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="147"/>
        <source>%1 refused the API token. Check the token in Settings.</source>
        <translation>%1 a refusé le jeton d&apos;API. Vérifiez le jeton dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="149"/>
        <source>%1 was too busy to take the last run. Try again in a moment.</source>
        <translation>%1 était trop occupé pour accepter la dernière exécution. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="151"/>
        <source>The last run on %1 failed; the output panel says why.</source>
        <translation>La dernière exécution sur %1 a échoué&#xa0;; le panneau de sortie indique pourquoi.</translation>
    </message>
</context>
<context>
    <name>MeasureChoices</name>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="51"/>
        <source>it is nested in another function</source>
        <translation>elle est imbriquée dans une autre fonction</translation>
    </message>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="67"/>
        <source>Measure cannot call %1()</source>
        <translation>«&#xa0;Mesurer&#xa0;» ne peut pas appeler %1()</translation>
    </message>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="68"/>
        <source>Measure cannot call %1(): %2</source>
        <translation>«&#xa0;Mesurer&#xa0;» ne peut pas appeler %1()&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/SecretStore.cpp" line="80"/>
        <source>This build of Code Remote has no keychain support (QtKeychain).</source>
        <translation>Cette version de Code Remote ne prend pas en charge le trousseau de clés (QtKeychain).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="24"/>
        <source>No server URL is set.</source>
        <translation>Aucune URL de serveur n&apos;est définie.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="28"/>
        <source>The server URL must start with http://, https://, ws:// or wss:// (got &quot;%1&quot;).</source>
        <translation>L&apos;URL du serveur doit commencer par http://, https://, ws:// ou wss:// (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="31"/>
        <source>The server URL &quot;%1&quot; has no host.</source>
        <translation>L&apos;URL du serveur «&#xa0;%1&#xa0;» n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="33"/>
        <source>No API token is set (create one with `code-remote-server token create NAME`).</source>
        <translation>Aucun jeton d&apos;API n&apos;est défini (créez-en un avec `code-remote-server token create NAME`).</translation>
    </message>
</context>
<context>
    <name>analysis::Analyzer</name>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="15"/>
        <source>Gemini: %1; retry %2 in %3 s</source>
        <translation>Gemini&#xa0;: %1&#xa0;; tentative %2 dans %3 s</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="57"/>
        <source>Asking Gemini…</source>
        <translation>Interrogation de Gemini…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="57"/>
        <source>Analyzing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="95"/>
        <source>Waiting for Gemini…</source>
        <translation>En attente de Gemini…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="114"/>
        <source>Gemini failed, so the offline analysis answered: %1</source>
        <translation>Gemini a échoué, le résultat vient donc de l&apos;analyse hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="123"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>analysis::EmpiricalAnalyzer</name>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="112"/>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="192"/>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="199"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="97"/>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="38"/>
        <source>the program does not compile: line %1: %2</source>
        <translation>le programme ne compile pas&#xa0;: ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="237"/>
        <source>%1 and %2 fit closely; measuring again</source>
        <translation>%1 et %2 s’ajustent presque aussi bien ; nouvelle mesure</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="272"/>
        <source>Measured n = %1</source>
        <translation>Mesuré&#xa0;: n = %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="319"/>
        <source>only %n size(s) could be measured in time; too few to fit</source>
        <translation>
            <numerusform>seule %n taille a pu être mesurée à temps&#xa0;; trop peu pour un ajustement</numerusform>
            <numerusform>seules %n tailles ont pu être mesurées à temps&#xa0;; trop peu pour un ajustement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="336"/>
        <source>sorted list</source>
        <translation>liste triée</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="337"/>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="339"/>
        <source>Timed %1 at %2 sizes up to n = %3 (%4 input); the measurements fit %5 within %6 %.</source>
        <translation>%1 chronométré sur %2 tailles jusqu&apos;à n = %3 (entrée&#xa0;: %4)&#xa0;; les mesures suivent %5 à %6 % près.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="341"/>
        <source>%1() growing %2</source>
        <translation>%1() en faisant croître %2</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="349"/>
        <source>%1 fits nearly as well (within %2 %), even with every size measured again: the timings cannot tell the two apart, so the slower-growing %3 is shown, with a lower confidence.</source>
        <translation>%1 s’ajuste presque aussi bien (à %2 % près), même avec chaque taille mesurée à nouveau : les temps ne permettent pas de les départager, donc %3, qui croît le moins vite, est affiché, avec une confiance plus faible.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="352"/>
        <source>%1 fits nearly as well (within %2 %): the timings cannot tell the two apart, so the slower-growing %3 is shown, with a lower confidence.</source>
        <translation>%1 s’ajuste presque aussi bien (à %2 % près) : les temps ne permettent pas de les départager, donc %3, qui croît le moins vite, est affiché, avec une confiance plus faible.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="335"/>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="338"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>analysis::GeminiClient</name>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="180"/>
        <source>Gemini sent a response that is not JSON</source>
        <translation>Gemini a envoyé une réponse qui n&apos;est pas du JSON</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="189"/>
        <source>Gemini blocked the request (%1)</source>
        <translation>Gemini a bloqué la requête (%1)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="190"/>
        <source>Gemini returned no answer</source>
        <translation>Gemini n&apos;a renvoyé aucune réponse</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="207"/>
        <source>Gemini&apos;s answer was cut off (MAX_TOKENS)</source>
        <translation>La réponse de Gemini a été tronquée (MAX_TOKENS)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="210"/>
        <source>Gemini stopped without an answer (%1)</source>
        <translation>Gemini s&apos;est arrêté sans répondre (%1)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="211"/>
        <source>Gemini&apos;s answer is not the requested JSON</source>
        <translation>La réponse de Gemini n&apos;est pas le JSON demandé</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="215"/>
        <source>Gemini&apos;s answer has no time complexity</source>
        <translation>La réponse de Gemini ne donne pas de complexité en temps</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="274"/>
        <location filename="../analysis/GeminiClient.cpp" line="289"/>
        <source>no Gemini API key is set</source>
        <translation>aucune clé d&apos;API Gemini n&apos;est définie</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="376"/>
        <source>the Gemini API key is not valid; check it in the settings</source>
        <translation>la clé d&apos;API Gemini n&apos;est pas valide&#xa0;; vérifiez-la dans les paramètres</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="382"/>
        <source>Gemini is not available for this key (enable billing or check the region)%1</source>
        <translation>Gemini n&apos;est pas disponible pour cette clé (activez la facturation ou vérifiez la région)%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="384"/>
        <source>Gemini rejected the request%1</source>
        <translation>Gemini a rejeté la requête%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="389"/>
        <source>the Gemini API key is not allowed to use this model or API%1</source>
        <translation>la clé d&apos;API Gemini n&apos;a pas le droit d&apos;utiliser ce modèle ou cette API%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="395"/>
        <source>the Gemini model &quot;%1&quot; does not exist or was retired; pick another model in the settings</source>
        <translation>le modèle Gemini «&#xa0;%1&#xa0;» n&apos;existe pas ou a été retiré&#xa0;; choisissez un autre modèle dans les paramètres</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="402"/>
        <source>the Gemini quota for today is used up; it resets at midnight Pacific time</source>
        <translation>le quota Gemini du jour est épuisé&#xa0;; il est réinitialisé à minuit, heure du Pacifique</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="405"/>
        <source>the Gemini quota is exhausted (rate limit)%1</source>
        <translation>le quota Gemini est épuisé (limite de débit)%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="410"/>
        <source>Gemini had a server error (HTTP %1)%2</source>
        <translation>Gemini a rencontré une erreur serveur (HTTP %1)%2</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="414"/>
        <source>Gemini answered with HTTP %1%2</source>
        <translation>Gemini a répondu avec HTTP %1%2</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="435"/>
        <source>Gemini did not answer within %1 s</source>
        <translation>Gemini n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="436"/>
        <source>cannot reach Gemini: %1</source>
        <translation>impossible de joindre Gemini&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="460"/>
        <source>; Gemini asks to wait %1 s before retrying</source>
        <translation>&#xa0;; Gemini demande d&apos;attendre %1 s avant de réessayer</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="477"/>
        <source>Gemini&apos;s model list could not be read</source>
        <translation>La liste des modèles de Gemini n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="500"/>
        <source>%1 is available</source>
        <translation>%1 est disponible</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="501"/>
        <source>the model &quot;%1&quot; is not offered for generateContent; available: %2</source>
        <translation>le modèle «&#xa0;%1&#xa0;» n&apos;est pas proposé pour generateContent&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>analysis::ProcessScriptExecutor</name>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="150"/>
        <source>the analysis took too long and was stopped</source>
        <translation>l&apos;analyse a pris trop de temps et a été arrêtée</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="161"/>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="170"/>
        <source>the analysis script failed: %1</source>
        <translation>le script d&apos;analyse a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="185"/>
        <source>cannot write the script to %1</source>
        <translation>impossible d&apos;écrire le script dans %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="226"/>
        <source>the analysis was cancelled</source>
        <translation>l&apos;analyse a été annulée</translation>
    </message>
</context>
<context>
    <name>analysis::SandboxScriptExecutor</name>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="72"/>
        <source>the analysis took too long and was stopped</source>
        <translation>l&apos;analyse a pris trop de temps et a été arrêtée</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="75"/>
        <source>the analysis ran out of memory</source>
        <translation>l&apos;analyse a manqué de mémoire</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="78"/>
        <source>the analysis was cancelled</source>
        <translation>l&apos;analyse a été annulée</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="81"/>
        <source>the sandbox could not run the analysis: %1</source>
        <translation>le bac à sable n&apos;a pas pu exécuter l&apos;analyse&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="84"/>
        <source>the analysis script failed (%1): %2</source>
        <translation>le script d&apos;analyse a échoué (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>analysis::StaticAnalyzer</name>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="67"/>
        <source>no offline analyzer for %1 programs</source>
        <translation>aucune analyse hors ligne pour les programmes %1</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="119"/>
        <source>the analysis was cancelled</source>
        <translation>l’analyse a été annulée</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="289"/>
        <source>the static analyzer gave an unreadable answer</source>
        <translation>l&apos;analyseur statique a donné une réponse illisible</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="295"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="305"/>
        <source> Space: %1.</source>
        <translation> Mémoire&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>app::AboutDialog</name>
    <message>
        <location filename="../app/AboutDialog.cpp" line="16"/>
        <location filename="../app/AboutDialog.cpp" line="17"/>
        <source>About Code Remote</source>
        <translation>À propos de Code Remote</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="19"/>
        <source>Versions and sandbox layers</source>
        <translation>Versions et couches du bac à sable</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="32"/>
        <source>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;Write code, run it in a sandbox on this computer, and read its output.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · QScintilla %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;Écrivez du code, exécutez-le dans un bac à sable sur cet ordinateur et lisez sa sortie.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3) · QScintilla %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="42"/>
        <source>&lt;h3&gt;Sandbox layers on this machine&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Couches du bac à sable sur cette machine&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="44"/>
        <source>&lt;p&gt;The sandbox helper could not be asked: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;assistant du bac à sable n&apos;a pas pu être interrogé&#xa0;: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::AnalysisController</name>
    <message>
        <location filename="../app/AnalysisTabs.cpp" line="62"/>
        <source>Measure failed: %1</source>
        <translation>Échec de la mesure&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="78"/>
        <source>Complexity analysis reads Python, Java, JavaScript and C++ programs; this file is plain text.</source>
        <translation>L’analyse de complexité lit les programmes Python, Java, JavaScript et C++&#xa0;; ce fichier est du texte brut.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="81"/>
        <source>Measure times functions of Python, Java, JavaScript and C++ programs only for now, not %1. Analyze (Ctrl+Shift+A) still estimates its complexity.</source>
        <translation>Mesurer ne chronomètre pour l’instant que les fonctions des programmes Python, Java, JavaScript et C++, pas %1. Analyser (Ctrl+Maj+A) estime tout de même sa complexité.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="85"/>
        <source>The offline complexity analysis reads Python, Java, JavaScript and C++, not %1 yet; with a Gemini key (Settings) Gemini analyzes it. The %1 program still runs (F5): its time and peak memory are under its output.</source>
        <translation>L’analyse de complexité hors ligne lit Python, Java, JavaScript et C++, pas encore %1&#xa0;; avec une clé Gemini (Paramètres), Gemini l’analyse. Le programme %1 s’exécute quand même (F5)&#xa0;: son temps et sa mémoire maximale figurent sous sa sortie.</translation>
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
        <translation>Panneau d&apos;analyse</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="41"/>
        <source>Complexity analysis will appear here.
Run a program to see its time and space behaviour.</source>
        <translation>L&apos;analyse de complexité s&apos;affichera ici.
Exécutez un programme pour voir son comportement en temps et en mémoire.</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="43"/>
        <source>No analysis yet</source>
        <translation>Pas encore d&apos;analyse</translation>
    </message>
</context>
<context>
    <name>app::AnalysisPanel</name>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="241"/>
        <source>Complexity analysis</source>
        <translation>Analyse de complexité</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="243"/>
        <source>Analysis results</source>
        <translation>Résultats de l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="244"/>
        <source>Analyze</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="246"/>
        <source>Estimate the time and space complexity of the current file (Ctrl+Shift+A)</source>
        <translation>Estimer la complexité en temps et en mémoire du fichier actuel (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="247"/>
        <source>Analyze complexity</source>
        <translation>Analyser la complexité</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="248"/>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="250"/>
        <source>Time the program&apos;s function at growing input sizes in the sandbox and fit its complexity (Ctrl+Shift+M)</source>
        <translation>Chronométrer la fonction du programme sur des entrées de taille croissante dans le bac à sable et en déduire sa complexité (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="252"/>
        <source>Measure complexity</source>
        <translation>Mesurer la complexité</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="253"/>
        <source>Analysis progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="254"/>
        <source>Run a program or press Ctrl+Shift+A to see its time and space complexity here.</source>
        <translation>Exécutez un programme ou appuyez sur Ctrl+Maj+A pour voir ici sa complexité en temps et en mémoire.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="255"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="256"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Space</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="258"/>
        <source>Functions and their complexity</source>
        <translation>Fonctions et leur complexité</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="259"/>
        <location filename="../app/AnalysisPanel.cpp" line="261"/>
        <source>Risky patterns</source>
        <translation>Motifs à risque</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="262"/>
        <source>No risky patterns found.</source>
        <translation>Aucun motif à risque trouvé.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="264"/>
        <source>The code changed after this analysis. Press Ctrl+Shift+A to analyze it again.</source>
        <translation>Le code a changé depuis cette analyse. Appuyez sur Ctrl+Maj+A pour l&apos;analyser à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="265"/>
        <source>Measured time against input size</source>
        <translation>Temps mesuré en fonction de la taille de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="266"/>
        <source>input size n</source>
        <translation>taille de l&apos;entrée n</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="267"/>
        <source>time (ms)</source>
        <translation>temps (ms)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="268"/>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="269"/>
        <location filename="../app/AnalysisPanel.cpp" line="389"/>
        <source>Analysis of %1</source>
        <translation>Analyse de %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="340"/>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="341"/>
        <source>Asking Gemini…</source>
        <translation>Interrogation de Gemini…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="342"/>
        <source>Analyzing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="380"/>
        <location filename="../app/AnalysisPanel.cpp" line="493"/>
        <source>Measured time</source>
        <translation>Temps mesuré</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="443"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="470"/>
        <source>%1 risk on line %2: %3</source>
        <translation>Risque %1 à la ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="494"/>
        <source>Measured time of %1()</source>
        <translation>Temps mesuré de %1()</translation>
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
        <translation>Analyse statique</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="76"/>
        <source>Measured</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="78"/>
        <source>No analysis for this language</source>
        <translation>Pas d&apos;analyse pour ce langage</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="101"/>
        <source>eval / exec</source>
        <translation>eval / exec</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="103"/>
        <source>system command</source>
        <translation>commande système</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="105"/>
        <source>network access</source>
        <translation>accès réseau</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="107"/>
        <source>file deletion</source>
        <translation>suppression de fichiers</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="109"/>
        <source>dynamic import</source>
        <translation>import dynamique</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="111"/>
        <source>unpickling</source>
        <translation>désérialisation pickle</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="113"/>
        <source>unbounded loop</source>
        <translation>boucle sans fin</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="115"/>
        <source>blocking input</source>
        <translation>entrée bloquante</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="123"/>
        <source>High</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="125"/>
        <source>Medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="129"/>
        <source>Low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="141"/>
        <source>fitted %1</source>
        <translation>ajusté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="198"/>
        <source>The analysis failed: %1</source>
        <translation>L&apos;analyse a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="201"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="201"/>
        <source>Time complexity: %1</source>
        <translation>Complexité en temps&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="202"/>
        <source>Space</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="202"/>
        <source>Space complexity: %1</source>
        <translation>Complexité en mémoire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="204"/>
        <source>Confidence %1 %</source>
        <translation>Confiance %1 %</translation>
    </message>
</context>
<context>
    <name>app::ConnectionTester</name>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="19"/>
        <source>Connected in %1 ms, but the token check timed out</source>
        <translation>Connecté en %1 ms, mais la vérification du jeton a expiré</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="45"/>
        <source>Enter the server&apos;s address first</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="59"/>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="63"/>
        <source>Connected in %1 ms; enter the API token to run programs</source>
        <translation>Connecté en %1 ms&#xa0;; saisissez le jeton d&apos;API pour exécuter des programmes</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="83"/>
        <source>Connected in %1 ms, token accepted</source>
        <translation>Connecté en %1 ms, jeton accepté</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="86"/>
        <source>Connected in %1 ms, but the server refused the token (HTTP %2)</source>
        <translation>Connecté en %1 ms, mais le serveur a refusé le jeton (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="88"/>
        <source>Connected in %1 ms, but the token check answered HTTP %2</source>
        <translation>Connecté en %1 ms, mais la vérification du jeton a répondu HTTP %2</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="90"/>
        <source>Connected in %1 ms, but the token check failed: %2</source>
        <translation>Connecté en %1 ms, mais la vérification du jeton a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>app::DebugController</name>
    <message>
        <location filename="../app/DebugController.cpp" line="62"/>
        <source>Breakpoint Condition</source>
        <translation>Condition du point d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="63"/>
        <source>Stop only when this Python expression is true (empty: always):</source>
        <translation>Ne s&apos;arrêter que si cette expression Python est vraie (vide&#xa0;: toujours)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="74"/>
        <source>F5 (while paused)</source>
        <translation>F5 (en pause)</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="93"/>
        <source>Only Python programs can be debugged.</source>
        <translation>Seuls les programmes Python peuvent être débogués.</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="185"/>
        <source>Paused at %1:%2</source>
        <translation>En pause à %1:%2</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="224"/>
        <source>Expressions are evaluated while the program is paused.</source>
        <translation>Les expressions sont évaluées pendant que le programme est en pause.</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="244"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="252"/>
        <source>Value of %1</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="273"/>
        <source>No answer in time: a __repr__ or the expression does not return. Stop the program to end it.</source>
        <translation>Pas de réponse à temps&#xa0;: un __repr__ ou l&apos;expression ne se termine pas. Arrêtez le programme pour y mettre fin.</translation>
    </message>
</context>
<context>
    <name>app::DebugDock</name>
    <message>
        <location filename="../app/DebugDock.cpp" line="90"/>
        <source>Debugger</source>
        <translation>Débogueur</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="91"/>
        <location filename="../app/DebugDock.cpp" line="93"/>
        <source>Call stack</source>
        <translation>Pile des appels</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="92"/>
        <location filename="../app/DebugDock.cpp" line="94"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="95"/>
        <source>Evaluate an expression in the selected frame</source>
        <translation>Évaluer une expression dans le cadre sélectionné</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="96"/>
        <source>Expression to evaluate</source>
        <translation>Expression à évaluer</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="104"/>
        <source>Uncaught exception: %1
Continue ends the run with its traceback.</source>
        <translation>Exception non interceptée&#xa0;: %1
Continuer termine l’exécution avec sa trace d’appels.</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="114"/>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, ligne %3</translation>
    </message>
</context>
<context>
    <name>app::DebuggingUi</name>
    <message>
        <location filename="../app/DebuggingUi.cpp" line="136"/>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
</context>
<context>
    <name>app::DocumentController</name>
    <message>
        <location filename="../app/DocumentController.cpp" line="90"/>
        <location filename="../app/DocumentController.cpp" line="105"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
</context>
<context>
    <name>app::EditorTabs</name>
    <message>
        <location filename="../app/EditorTabs.cpp" line="28"/>
        <source>Open files</source>
        <translation>Fichiers ouverts</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="82"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="113"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="182"/>
        <source>Untitled %1</source>
        <translation>Sans titre %1</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="219"/>
        <source>Code editor: %1</source>
        <translation>Éditeur de code&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>app::FileBrowserDock</name>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="81"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="82"/>
        <source>Files in the folder</source>
        <translation>Fichiers du dossier</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="83"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="84"/>
        <source>New File</source>
        <translation>Nouveau fichier</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="85"/>
        <source>Create a file in this folder</source>
        <translation>Créer un fichier dans ce dossier</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="86"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="87"/>
        <source>Rename the selected file (F2)</source>
        <translation>Renommer le fichier sélectionné (F2)</translation>
    </message>
</context>
<context>
    <name>app::FindBar</name>
    <message>
        <location filename="../app/FindBar.cpp" line="82"/>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="83"/>
        <source>Re&amp;place:</source>
        <translation>Remplacer &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="84"/>
        <source>Find text</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="85"/>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="86"/>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="87"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="88"/>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="89"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="90"/>
        <source>Pre&amp;vious</source>
        <translation>Précé&amp;dent</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="91"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="92"/>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="93"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="94"/>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="95"/>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="133"/>
        <source>Invalid expression: %1</source>
        <translation>Expression non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="138"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="140"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="142"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="216"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <location filename="../app/WindowActions.cpp" line="32"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="32"/>
        <source>Create an untitled Python file</source>
        <translation>Créer un fichier Python sans titre</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="33"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="33"/>
        <source>Open files</source>
        <translation>Ouvrir des fichiers</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="34"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="34"/>
        <source>Save the current file</source>
        <translation>Enregistrer le fichier actuel</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="38"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="39"/>
        <source>Save the current file under a new name</source>
        <translation>Enregistrer le fichier actuel sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="43"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="44"/>
        <source>Close the current file</source>
        <translation>Fermer le fichier actuel</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="45"/>
        <source>Quit Code Remote</source>
        <translation>Quitter Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="47"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="48"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="50"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="51"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="52"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="52"/>
        <source>Find text in the current file</source>
        <translation>Rechercher du texte dans le fichier actuel</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="56"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="57"/>
        <source>Find and replace text</source>
        <translation>Rechercher et remplacer du texte</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="58"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="59"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="60"/>
        <source>&amp;Go to Line…</source>
        <translation>A&amp;ller à la ligne…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="64"/>
        <source>Toggle Co&amp;mment</source>
        <translation>Co&amp;mmenter/décommenter</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="66"/>
        <source>&amp;Word Wrap</source>
        <translation>Retour à la ligne a&amp;utomatique</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="70"/>
        <source>Show White&amp;space</source>
        <translation>Afficher les &amp;blancs</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="76"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="78"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="79"/>
        <source>&amp;Reset Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="89"/>
        <source>&amp;Debug</source>
        <translation>&amp;Déboguer</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="90"/>
        <source>Run the current file in the debugger: it stops at breakpoints (Ctrl+F5)</source>
        <translation>Exécuter le fichier actuel dans le débogueur&#xa0;: il s&apos;arrête aux points d&apos;arrêt (Ctrl+F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="97"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="98"/>
        <source>Continue to the next breakpoint (F5 while paused)</source>
        <translation>Continuer jusqu&apos;au prochain point d&apos;arrêt (F5 en pause)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="103"/>
        <source>Pause Pro&amp;gram</source>
        <translation>Mettre le pro&amp;gramme en pause</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="104"/>
        <source>Pause the program being debugged where it is (F6)</source>
        <translation>Mettre en pause le programme débogué là où il en est (F6)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="108"/>
        <source>Step O&amp;ver</source>
        <translation>Pas à pas &amp;principal</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="109"/>
        <source>Run the current line, stepping over calls (F10)</source>
        <translation>Exécuter la ligne actuelle sans entrer dans les appels (F10)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="113"/>
        <source>Step In&amp;to</source>
        <translation>Pas à pas dé&amp;taillé</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="114"/>
        <source>Run to the next line, into the function called (F11)</source>
        <translation>Exécuter jusqu&apos;à la ligne suivante, en entrant dans la fonction appelée (F11)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="118"/>
        <source>Step O&amp;ut</source>
        <translation>Pas à pas sorta&amp;nt</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="119"/>
        <source>Run until the current function returns (Shift+F11)</source>
        <translation>Exécuter jusqu&apos;au retour de la fonction actuelle (Maj+F11)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="123"/>
        <source>Toggle &amp;Breakpoint</source>
        <translation>&amp;Basculer le point d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="124"/>
        <source>Set or remove a breakpoint on the current line (F9)</source>
        <translation>Placer ou retirer un point d&apos;arrêt sur la ligne actuelle (F9)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="128"/>
        <source>Brea&amp;kpoint Condition…</source>
        <translation>Cond&amp;ition du point d&apos;arrêt…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="129"/>
        <source>Stop on the current line only when an expression is true (Ctrl+Shift+F9)</source>
        <translation>S&apos;arrêter sur la ligne actuelle seulement si une expression est vraie (Ctrl+Maj+F9)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="135"/>
        <source>Stop on Uncaught Exceptions</source>
        <translation>Arrêter sur les exceptions non interceptées</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="136"/>
        <source>Debugging: pause where an uncaught exception is raised, to see its variables (Ctrl+Shift+E)</source>
        <translation>Débogage&#xa0;: s’arrêter là où une exception non interceptée est levée, pour voir ses variables (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="141"/>
        <source>&amp;Python Shell</source>
        <translation>S&amp;hell Python</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="142"/>
        <source>A Python prompt in the sandbox that keeps its variables (Ctrl+Shift+P)</source>
        <translation>Une invite Python dans le bac à sable qui garde ses variables (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="146"/>
        <source>Run, Then Stay in the S&amp;hell</source>
        <translation>Exécuter puis rester dans &amp;le shell</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="147"/>
        <source>Run the current file in the shell, whose prompt then has its variables (Ctrl+Shift+R)</source>
        <translation>Exécuter le fichier actuel dans le shell, dont l&apos;invite dispose ensuite de ses variables (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="200"/>
        <source>Next Tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="204"/>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="80"/>
        <location filename="../app/WindowMenus.cpp" line="95"/>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="80"/>
        <source>Run the current file (F5)</source>
        <translation>Exécuter le fichier actuel (F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="84"/>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="85"/>
        <source>Stop the running program (Shift+F5)</source>
        <translation>Arrêter le programme en cours (Maj+F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="152"/>
        <source>Send &amp;End of Input</source>
        <translation>Envoyer la &amp;fin de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="153"/>
        <source>Close the program&apos;s standard input (Ctrl+D in the input line)</source>
        <translation>Fermer l&apos;entrée standard du programme (Ctrl+D dans la ligne de saisie)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="157"/>
        <source>&amp;Analyze Complexity</source>
        <translation>&amp;Analyser la complexité</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="158"/>
        <source>Estimate the time and space complexity of the current file (Ctrl+Shift+A)</source>
        <translation>Estimer la complexité en temps et en mémoire du fichier actuel (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="164"/>
        <source>&amp;Measure Complexity</source>
        <translation>&amp;Mesurer la complexité</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="165"/>
        <source>Time the program&apos;s function at growing input sizes in the sandbox (Ctrl+Shift+M)</source>
        <translation>Chronométrer la fonction du programme sur des entrées de taille croissante dans le bac à sable (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="171"/>
        <source>Go to &amp;Input Line</source>
        <translation>Aller à la ligne de &amp;saisie</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="176"/>
        <source>C&amp;lear Output</source>
        <translation>&amp;Effacer la sortie</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="181"/>
        <source>Copy &amp;Output</source>
        <translation>Copier la s&amp;ortie</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="186"/>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="187"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="191"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="192"/>
        <source>The welcome page: what Code Remote does and example programs</source>
        <translation>La page d&apos;accueil&#xa0;: ce que fait Code Remote et des exemples de programmes</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="193"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="197"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="198"/>
        <source>Every keyboard shortcut, searchable</source>
        <translation>Tous les raccourcis clavier, avec recherche</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="199"/>
        <source>&amp;About Code Remote</source>
        <translation>À &amp;propos de Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="91"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="93"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="94"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="96"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="369"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="370"/>
        <source>Output panel</source>
        <translation>Panneau de sortie</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="97"/>
        <source>Main menu</source>
        <translation>Menu principal</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="373"/>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="98"/>
        <location filename="../app/WindowMenus.cpp" line="99"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
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
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="503"/>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="503"/>
        <source>Line (1–%1):</source>
        <translation>Ligne (1–%1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>app::ManualDialog</name>
    <message>
        <location filename="../app/ManualDialog.cpp" line="22"/>
        <source>Code Remote Manual</source>
        <translation>Manuel de Code Remote</translation>
    </message>
    <message>
        <location filename="../app/ManualDialog.cpp" line="23"/>
        <source>Manual</source>
        <translation>Manuel</translation>
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
        <translation>Fonct&amp;ion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="103"/>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="104"/>
        <source>The function Measure times; Analyze lists this program&apos;s functions</source>
        <translation>La fonction que «&#xa0;Mesurer&#xa0;» chronomètre&#xa0;; «&#xa0;Analyser&#xa0;» liste les fonctions de ce programme</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="105"/>
        <source>The function Measure times</source>
        <translation>La fonction que «&#xa0;Mesurer&#xa0;» chronomètre</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="106"/>
        <source>The parameter that grows; the others get small fixed values made from their use</source>
        <translation>Le paramètre qui croît&#xa0;; les autres reçoivent de petites valeurs fixes déduites de leur utilisation</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="107"/>
        <source>Function to measure</source>
        <translation>Fonction à mesurer</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="108"/>
        <source>Parameter that grows</source>
        <translation>Paramètre qui croît</translation>
    </message>
</context>
<context>
    <name>app::NewProgramMenu</name>
    <message>
        <location filename="../app/NewProgramMenu.cpp" line="27"/>
        <source>New &amp;Program</source>
        <translation>Nouveau &amp;programme</translation>
    </message>
</context>
<context>
    <name>app::OutputPane</name>
    <message>
        <location filename="../app/OutputPane.cpp" line="183"/>
        <source>Program output</source>
        <translation>Sortie du programme</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="184"/>
        <source>Program input</source>
        <translation>Entrée du programme</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="185"/>
        <source>Input for the running program (Enter sends, Ctrl+D ends input)</source>
        <translation>Entrée pour le programme en cours (Entrée envoie, Ctrl+D termine l&apos;entrée)</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="186"/>
        <source>&amp;Input:</source>
        <translation>&amp;Entrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="187"/>
        <source>Input line</source>
        <translation>Ligne de saisie</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="188"/>
        <source>Type the program&apos;s input in a separate line instead of in the output</source>
        <translation>Saisir l&apos;entrée du programme dans une ligne séparée plutôt que dans la sortie</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="189"/>
        <source>Separate input line</source>
        <translation>Ligne de saisie séparée</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="191"/>
        <source>Copy all output</source>
        <translation>Copier toute la sortie</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="192"/>
        <source>Copy output</source>
        <translation>Copier la sortie</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="193"/>
        <location filename="../app/OutputPane.cpp" line="194"/>
        <source>Clear output</source>
        <translation>Effacer la sortie</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="195"/>
        <source>Output notice</source>
        <translation>Avis sur la sortie</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="262"/>
        <source>Type in the output: Enter sends the line, Ctrl+D ends the input, Up/Down recall lines</source>
        <translation>Saisissez dans la sortie&#xa0;: Entrée envoie la ligne, Ctrl+D termine l&apos;entrée, Haut/Bas rappellent les lignes précédentes</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="264"/>
        <source>The program&apos;s input has ended (Ctrl+D).</source>
        <translation>L&apos;entrée du programme est terminée (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="266"/>
        <source>No program is running: the output is read-only.</source>
        <translation>Aucun programme n&apos;est en cours&#xa0;: la sortie est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="380"/>
        <source>Long output: showing the last %1 of %2 lines.</source>
        <translation>Sortie longue&#xa0;: affichage des %1 dernières lignes sur %2.</translation>
    </message>
</context>
<context>
    <name>app::ProfileNotice</name>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="45"/>
        <source>The strict profile refused this program. The standard profile runs the whole language in the same sandbox; switch in Settings ▸ Running programs ▸ Profile, or here:</source>
        <translation>Le profil strict a refusé ce programme. Le profil standard exécute tout le langage dans le même bac à sable&#xa0;; changez de profil dans Paramètres ▸ Exécution des programmes ▸ Profil, ou ici&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="47"/>
        <source>The strict profile refused this program, and this server runs the strict profile only. Change the program, or run it locally (Run ▸ Run On).</source>
        <translation>Le profil strict a refusé ce programme, et ce serveur n&apos;exécute que le profil strict. Modifiez le programme, ou exécutez-le en local (Exécuter ▸ Exécuter sur).</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="49"/>
        <source>Switch to Standard and Run Again</source>
        <translation>Passer au profil standard et relancer</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="50"/>
        <source>Sets the profile to standard in the settings and runs the program again</source>
        <translation>Régler le profil sur standard dans les paramètres et relancer le programme</translation>
    </message>
</context>
<context>
    <name>app::Prompts</name>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="12"/>
        <source>Save changes to %n file(s) before closing?</source>
        <translation>
            <numerusform>Enregistrer les modifications de %n fichier avant de fermer&#xa0;?</numerusform>
            <numerusform>Enregistrer les modifications de %n fichiers avant de fermer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="38"/>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="39"/>
        <source>Code Remote did not close properly last time. Restore %n unsaved buffer(s)?</source>
        <translation>
            <numerusform>Code Remote ne s&apos;est pas fermé correctement la dernière fois. Restaurer %n document non enregistré&#xa0;?</numerusform>
            <numerusform>Code Remote ne s&apos;est pas fermé correctement la dernière fois. Restaurer %n documents non enregistrés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="49"/>
        <source>Open Files</source>
        <translation>Ouvrir des fichiers</translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="54"/>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
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
        <translation>%1 (n&apos;existe plus)</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="51"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="55"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>app::RunPreparation</name>
    <message>
        <location filename="../app/RunPreparation.cpp" line="27"/>
        <source>Precompiling &lt;bits/stdc++.h&gt; in the background (once per compiler and standard)…</source>
        <translation>Précompilation de &lt;bits/stdc++.h&gt; en arrière-plan (une fois par compilateur et par norme)…</translation>
    </message>
    <message>
        <location filename="../app/RunPreparation.cpp" line="30"/>
        <source>&lt;bits/stdc++.h&gt; is precompiled: C++ programs that include it now compile faster.</source>
        <translation>&lt;bits/stdc++.h&gt; est précompilé&#xa0;: les programmes C++ qui l’incluent se compilent désormais plus vite.</translation>
    </message>
    <message>
        <location filename="../app/RunPreparation.cpp" line="31"/>
        <source>&lt;bits/stdc++.h&gt; could not be precompiled; programs still compile without it.</source>
        <translation>&lt;bits/stdc++.h&gt; n’a pas pu être précompilé&#xa0;; les programmes se compilent quand même sans.</translation>
    </message>
</context>
<context>
    <name>app::RunPresenter</name>
    <message>
        <location filename="../app/RunPresenter.cpp" line="49"/>
        <source>The program&apos;s input has ended: it reads nothing more.</source>
        <translation>L&apos;entrée du programme est terminée&#xa0;: il ne lit plus rien.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="50"/>
        <source>No program is running: run it (F5), then type its input here.</source>
        <translation>Aucun programme n&apos;est en cours&#xa0;: exécutez-le (F5), puis saisissez ici son entrée.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="68"/>
        <source>%1 files cannot be run yet.</source>
        <translation>Les fichiers %1 ne peuvent pas encore être exécutés.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="68"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="78"/>
        <source>Reading the server&apos;s API token from the keychain…</source>
        <translation>Lecture du jeton d&apos;API du serveur dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="83"/>
        <source>%1 was not run: the Code Remote server is not set up.</source>
        <translation>%1 n&apos;a pas été exécuté&#xa0;: le serveur Code Remote n&apos;est pas configuré.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="85"/>
        <source>— %1 Set the server in Settings (Run ▸ Run On ▸ Server Settings…). —</source>
        <translation>— %1 Configurez le serveur dans les paramètres (Exécuter ▸ Exécuter sur ▸ Paramètres du serveur…). —</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="113"/>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="113"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="115"/>
        <source>Running %1 on %2 (%3 profile)…</source>
        <translation>Exécution de %1 sur %2 (profil %3)…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="118"/>
        <source>Running %1 (%2 profile)…</source>
        <translation>Exécution de %1 (profil %2)…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="121"/>
        <source>The run could not be started.</source>
        <translation>L&apos;exécution n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="139"/>
        <source>Compiling</source>
        <translation>Compilation en cours</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="140"/>
        <source>Waiting for input</source>
        <translation>En attente d&apos;une entrée</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="140"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="142"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="146"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="172"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="175"/>
        <source>Runtime error</source>
        <translation>Erreur d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="178"/>
        <source>CPU time limit exceeded</source>
        <translation>Limite de temps CPU dépassée</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="179"/>
        <source>Time limit exceeded</source>
        <translation>Limite de temps dépassée</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="182"/>
        <source>Memory limit exceeded</source>
        <translation>Limite de mémoire dépassée</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="185"/>
        <source>Output limit exceeded</source>
        <translation>Limite de sortie dépassée</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="188"/>
        <source>Blocked by the strict profile</source>
        <translation>Bloqué par le profil strict</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="191"/>
        <source>Compile error</source>
        <translation>Erreur de compilation</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="198"/>
        <source>The server could not run the program.</source>
        <translation>Le serveur n&apos;a pas pu exécuter le programme.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="199"/>
        <source>Sandbox error</source>
        <translation>Erreur du bac à sable</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="199"/>
        <source>Sandbox error: %1</source>
        <translation>Erreur du bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="202"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="209"/>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="211"/>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="219"/>
        <source>compiled in %1 s</source>
        <translation>compilé en %1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="225"/>
        <source>ran in %1 s, of which %2 s waiting for input</source>
        <translation>exécuté en %1 s, dont %2 s d&apos;attente d&apos;une entrée</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="226"/>
        <source>%1 s, of which %2 s waiting for input</source>
        <translation>%1 s, dont %2 s d&apos;attente d&apos;une entrée</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="229"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="229"/>
        <source>ran in %1 s</source>
        <translation>exécuté en %1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="231"/>
        <source>peak memory %1 MB</source>
        <translation>pic de mémoire %1 Mo</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="233"/>
        <source>output truncated</source>
        <translation>sortie tronquée</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="272"/>
        <source>The strict profile allows only a safe subset of Python. To run the whole language in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press “Switch to Standard and Run Again” in the Violations panel.
</source>
        <translation>Le profil strict n&apos;autorise qu&apos;un sous-ensemble sûr de Python. Pour exécuter tout le langage dans le même bac à sable, choisissez Standard dans Paramètres ▸ Exécution des programmes ▸ Profil, ou cliquez sur «&#xa0;Passer au profil standard et relancer&#xa0;» dans le panneau Violations.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="275"/>
        <source>The strict profile does not let a program start other programs. To allow it in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press “Switch to Standard and Run Again” in the Violations panel.
</source>
        <translation>Le profil strict ne permet pas à un programme de lancer d&apos;autres programmes. Pour l&apos;autoriser dans le même bac à sable, choisissez Standard dans Paramètres ▸ Exécution des programmes ▸ Profil, ou cliquez sur «&#xa0;Passer au profil standard et relancer&#xa0;» dans le panneau Violations.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="279"/>
        <source>The server runs this program in the strict profile, which allows only a safe subset of Python.
</source>
        <translation>Le serveur exécute ce programme dans le profil strict, qui n&apos;autorise qu&apos;un sous-ensemble sûr de Python.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="281"/>
        <source>The server runs this program in the strict profile, which does not let a program start other programs.
</source>
        <translation>Le serveur exécute ce programme dans le profil strict, qui ne permet pas à un programme de lancer d&apos;autres programmes.
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
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="342"/>
        <source>%1 is not open in the editor</source>
        <translation>%1 n&apos;est pas ouvert dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="357"/>
        <source>The profile is now standard (Settings ▸ Running programs ▸ Profile).</source>
        <translation>Le profil est maintenant standard (Paramètres ▸ Exécution des programmes ▸ Profil).</translation>
    </message>
</context>
<context>
    <name>app::RunTargetSwitch</name>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="59"/>
        <source>Run on: Server</source>
        <translation>Exécuter sur&#xa0;: serveur</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="59"/>
        <source>Run on: Local</source>
        <translation>Exécuter sur&#xa0;: local</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="65"/>
        <source>Run O&amp;n</source>
        <translation>Exécuter s&amp;ur</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="66"/>
        <source>&amp;Local Sandbox</source>
        <translation>Bac à sable &amp;local</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="67"/>
        <source>Run programs in the sandbox on this computer</source>
        <translation>Exécuter les programmes dans le bac à sable de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="68"/>
        <source>Code Remote &amp;Server</source>
        <translation>&amp;Serveur Code Remote</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="69"/>
        <source>Run programs on the Code Remote server set in Settings</source>
        <translation>Exécuter les programmes sur le serveur Code Remote défini dans les paramètres</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="70"/>
        <source>Server S&amp;ettings…</source>
        <translation>&amp;Paramètres du serveur…</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="71"/>
        <source>Where programs run</source>
        <translation>Où les programmes s&apos;exécutent</translation>
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
        <translation> Mo</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="49"/>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="51"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="54"/>
        <source>Wrap long lines</source>
        <translation>Retour automatique des lignes longues</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="55"/>
        <source>Show spaces and tabs</source>
        <translation>Afficher les espaces et tabulations</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="56"/>
        <source>Analyze complexity after each run</source>
        <translation>Analyser la complexité après chaque exécution</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="62"/>
        <location filename="../app/SettingsDialog.cpp" line="63"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66"/>
        <source>This computer (local sandbox)</source>
        <translation>Cet ordinateur (bac à sable local)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="67"/>
        <location filename="../app/SettingsDialog.cpp" line="120"/>
        <source>Code Remote server</source>
        <translation>Serveur Code Remote</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="81"/>
        <source>Strict (whitelisted imports, like the hosted platform)</source>
        <translation>Strict (seulement les imports autorisés, comme sur la plateforme hébergée)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="82"/>
        <source>Standard (the whole language)</source>
        <translation>Standard (tout le langage)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="84"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="85"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="86"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="89"/>
        <source>Empty: offline analysis only</source>
        <translation>Vide&#xa0;: analyse hors ligne seulement</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="92"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="99"/>
        <source>Execution target</source>
        <translation>Cible d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="99"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Server API token</source>
        <translation>Jeton d&apos;API du serveur</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Where the API token is stored</source>
        <translation>Emplacement du jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="101"/>
        <source>Security profile</source>
        <translation>Profil de sécurité</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="102"/>
        <source>Time limit</source>
        <translation>Limite de temps</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="102"/>
        <source>Memory limit</source>
        <translation>Limite de mémoire</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="103"/>
        <source>Output limit</source>
        <translation>Limite de sortie</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="103"/>
        <source>Editor font</source>
        <translation>Police de l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="104"/>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="104"/>
        <source>Tab width</source>
        <translation>Largeur des tabulations</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="105"/>
        <source>Characters before completion</source>
        <translation>Caractères avant la complétion</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="105"/>
        <source>Word wrap</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="106"/>
        <source>Show whitespace</source>
        <translation>Afficher les blancs</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="106"/>
        <source>Analyze after run</source>
        <translation>Analyser après l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Gemini API key</source>
        <translation>Clé d&apos;API Gemini</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Gemini model</source>
        <translation>Modèle Gemini</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="108"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="113"/>
        <source>Running programs</source>
        <translation>Exécution des programmes</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="115"/>
        <source>&amp;Run on:</source>
        <translation>&amp;Exécuter sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="116"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="117"/>
        <source>&amp;Time limit:</source>
        <translation>Limite de &amp;temps&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="118"/>
        <source>&amp;Memory limit:</source>
        <translation>Limite de &amp;mémoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="119"/>
        <source>&amp;Output limit:</source>
        <translation>Limite de &amp;sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="123"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="124"/>
        <source>API to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="129"/>
        <source>&amp;Test connection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="133"/>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="141"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="148"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="150"/>
        <source>&amp;Font:</source>
        <translation>P&amp;olice&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="151"/>
        <source>Font &amp;size:</source>
        <translation>Ta&amp;ille de police&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="152"/>
        <source>Ta&amp;b width:</source>
        <translation>Lar&amp;geur des tabulations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="153"/>
        <source>&amp;Complete after:</source>
        <translation>Compléter &amp;après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="156"/>
        <source>Complexity analysis</source>
        <translation>Analyse de complexité</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="159"/>
        <source>Gemini API &amp;key:</source>
        <translation>&amp;Clé d&apos;API Gemini&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="160"/>
        <source>Gemini mo&amp;del:</source>
        <translation>Mo&amp;dèle Gemini&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="161"/>
        <source>The key is stored unencrypted in this computer&apos;s settings file (%1) and is sent only to Google&apos;s Gemini API. Without a key the analysis runs offline.</source>
        <translation>La clé est enregistrée sans chiffrement dans le fichier de paramètres de cet ordinateur (%1) et n&apos;est envoyée qu&apos;à l&apos;API Gemini de Google. Sans clé, l&apos;analyse se fait hors ligne.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="169"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="171"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="172"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="175"/>
        <source>The main window changes language at once; the rest follows after a restart.</source>
        <translation>La fenêtre principale change de langue immédiatement&#xa0;; le reste suit après un redémarrage.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="318"/>
        <source>The saved token is for %1; enter the token for this server</source>
        <translation>Le jeton enregistré est celui de %1&#xa0;; saisissez le jeton de ce serveur</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="320"/>
        <source>From `code-remote-server token create NAME`</source>
        <translation>Obtenu avec `code-remote-server token create NAME`</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="322"/>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="331"/>
        <source>Looking for the system keychain…</source>
        <translation>Recherche du trousseau du système…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="335"/>
        <source>The token is kept in your system keychain.</source>
        <translation>Le jeton est conservé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="349"/>
        <source>No system keychain is available%1, so the token is stored in plain text in the settings file %2, which only your user account can read.</source>
        <translation>Aucun trousseau système n&apos;est disponible%1&#xa0;: le jeton est donc enregistré en clair dans le fichier de paramètres %2, que seul votre compte utilisateur peut lire.</translation>
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
        <translation>Le shell s&apos;est arrêté&#xa0;: une commande a dépassé sa limite de temps sans s&apos;arrêter.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="146"/>
        <source>The shell ended: it used more memory than its limit.</source>
        <translation>Le shell s&apos;est arrêté&#xa0;: il a utilisé plus de mémoire que sa limite.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="148"/>
        <source>The shell was stopped.</source>
        <translation>Le shell a été arrêté.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="150"/>
        <source>The shell could not start: %1</source>
        <translation>Le shell n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="152"/>
        <source>The shell ended.</source>
        <translation>Le shell s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="153"/>
        <source>Press Enter to start a new one.</source>
        <translation>Appuyez sur Entrée pour en démarrer un nouveau.</translation>
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
        <translation>Sortie du shell</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="111"/>
        <source>Shell input</source>
        <translation>Saisie du shell</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="112"/>
        <source>Python (Enter runs, Tab completes, Up/Down: history)</source>
        <translation>Python (Entrée exécute, Tab complète, Haut/Bas&#xa0;: historique)</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="113"/>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ShellDock.cpp" line="114"/>
        <source>A new interpreter: the shell forgets its variables. Idle shells end after %n minutes.</source>
        <translation>
            <numerusform>Un nouvel interpréteur&#xa0;: le shell oublie ses variables. Un shell inactif s&apos;arrête après %n minute.</numerusform>
            <numerusform>Un nouvel interpréteur&#xa0;: le shell oublie ses variables. Un shell inactif s&apos;arrête après %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ShortcutsDialog</name>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="33"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="34"/>
        <source>Search commands or keys</source>
        <translation>Rechercher des commandes ou des touches</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="35"/>
        <source>Search shortcuts</source>
        <translation>Rechercher dans les raccourcis</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="37"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="38"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="38"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>app::StarterPrograms</name>
    <message>
        <location filename="../app/StarterPrograms.cpp" line="15"/>
        <source>Asks for your name and greets you. Run it (F5), then type your answer in the console and press Enter.</source>
        <translation>Demande votre nom et vous salue. Exécutez-le (F5), puis tapez votre réponse dans la console et appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>app::StatusFields</name>
    <message>
        <location filename="../app/StatusFields.cpp" line="28"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="29"/>
        <source>Ln %1, Col %2</source>
        <translation>Ligne %1, col. %2</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="38"/>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="39"/>
        <source>Cursor position</source>
        <translation>Position du curseur</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="40"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="41"/>
        <source>Run state</source>
        <translation>État de l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>app::TargetSessionFactory</name>
    <message>
        <location filename="../app/TargetSessionFactory.cpp" line="32"/>
        <source>The API token was entered for %1, so it is not sent to %2. Enter the token for %2.</source>
        <translation>Le jeton d&apos;API a été saisi pour %1, il n&apos;est donc pas envoyé à %2. Saisissez le jeton de %2.</translation>
    </message>
</context>
<context>
    <name>app::UnsavedChangesDialog</name>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="24"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="25"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="27"/>
        <source>Unsaved files</source>
        <translation>Fichiers non enregistrés</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="39"/>
        <source>&amp;Save All</source>
        <translation>&amp;Tout enregistrer</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="40"/>
        <source>Save S&amp;elected</source>
        <translation>Enregistrer la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="41"/>
        <source>&amp;Discard All</source>
        <translation>Tout &amp;abandonner</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="57"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="59"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>app::VariablesModel</name>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="21"/>
        <source>Locals</source>
        <translation>Locales</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="23"/>
        <source>Globals</source>
        <translation>Globales</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="89"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="93"/>
        <source>Double-click to see the whole value</source>
        <translation>Double-cliquez pour voir la valeur entière</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/VariablesModel.cpp" line="109"/>
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(%n autre non affiché)</numerusform>
            <numerusform>(%n autres non affichés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ViolationsDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="85"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="86"/>
        <source>Security violations panel</source>
        <translation>Panneau des violations de sécurité</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="88"/>
        <source>Security violations</source>
        <translation>Violations de sécurité</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="89"/>
        <source>No violations. The strict profile lists forbidden imports, builtins and syntax here.</source>
        <translation>Aucune violation. Le profil strict liste ici les imports, fonctions intégrées et syntaxes interdits.</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="90"/>
        <source>No violations</source>
        <translation>Aucune violation</translation>
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
        <translation>Entrée et boucles</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="23"/>
        <source>Asks how many squares to print: type the answer where the program asks.</source>
        <translation>Demande combien de carrés afficher&#xa0;: tapez la réponse là où le programme la demande.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="24"/>
        <source>Compare two solutions</source>
        <translation>Comparer deux solutions</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="25"/>
        <source>A slow and a fast way to find a duplicate: analyse them and see O(n²) against O(n).</source>
        <translation>Une façon lente et une façon rapide de trouver un doublon&#xa0;: analysez-les et comparez O(n²) à O(n).</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="26"/>
        <source>A program the sandbox stops</source>
        <translation>Un programme que le bac à sable arrête</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="27"/>
        <source>Tries to read your SSH keys and to reach the network: the sandbox refuses both.</source>
        <translation>Tente de lire vos clés SSH et d&apos;accéder au réseau&#xa0;: le bac à sable refuse les deux.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="46"/>
        <location filename="../app/WelcomeDialog.cpp" line="48"/>
        <source>Welcome to Code Remote</source>
        <translation>Bienvenue dans Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="55"/>
        <source>Write Python, run it safely in a sandbox on this computer or on a server, and see how fast it is: the output, the time, the memory and the complexity (Big-O) of your code. Programs cannot read your files or reach the network.</source>
        <translation>Écrivez du Python, exécutez-le en toute sécurité dans un bac à sable sur cet ordinateur ou sur un serveur, et voyez s&apos;il est rapide&#xa0;: la sortie, le temps, la mémoire et la complexité (notation grand O) de votre code. Les programmes ne peuvent ni lire vos fichiers ni accéder au réseau.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="61"/>
        <source>Try an example (it opens in a new tab):</source>
        <translation>Essayez un exemple (il s&apos;ouvre dans un nouvel onglet)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="80"/>
        <source>&lt;b&gt;%1&lt;/b&gt; runs the current tab. &lt;b&gt;%2&lt;/b&gt; analyses its complexity.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exécute l&apos;onglet actuel. &lt;b&gt;%2&lt;/b&gt; analyse sa complexité.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="87"/>
        <source>Open the &amp;Manual</source>
        <translation>Ouvrir le &amp;manuel</translation>
    </message>
</context>
<context>
    <name>editor::CodeEditor</name>
    <message>
        <location filename="../editor/CodeEditor.cpp" line="28"/>
        <source>Code editor</source>
        <translation>Éditeur de code</translation>
    </message>
</context>
<context>
    <name>editor::ComplexityMarkers</name>
    <message>
        <location filename="../editor/ComplexityMarkers.cpp" line="80"/>
        <source>%1 loop</source>
        <translation>boucle %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="23"/>
        <source>Code Remote: write and run code.</source>
        <translation>Code Remote&#xa0;: écrire et exécuter du code.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Files to open.</source>
        <translation>Fichiers à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Quit once the window is shown (benchmarks).</source>
        <translation>Quitter dès que la fenêtre est affichée (mesures de performances).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Open a new window even if one is running.</source>
        <translation>Ouvrir une nouvelle fenêtre même si une autre est déjà ouverte.</translation>
    </message>
</context>
<context>
    <name>remote::RemoteRunSession</name>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="71"/>
        <source>Stopped; the server did not confirm in time.</source>
        <translation>Arrêté&#xa0;; le serveur n&apos;a pas confirmé à temps.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="213"/>
        <location filename="../remote/RemoteRunSession.cpp" line="220"/>
        <source>The server at %1 refused the API token. Check the token set for this server.</source>
        <translation>Le serveur %1 a refusé le jeton d&apos;API. Vérifiez le jeton défini pour ce serveur.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="234"/>
        <source>The connection to the server was lost, which ends a debug or shell session there.</source>
        <translation>La connexion au serveur a été perdue, ce qui met fin à la session de débogage ou de shell qui s’y déroulait.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="250"/>
        <source>Cannot reach the Code Remote server at %1 (%2). Your code was not run; it is kept for a retry.</source>
        <translation>Impossible de joindre le serveur Code Remote %1 (%2). Votre code n&apos;a pas été exécuté&#xa0;; il est conservé pour une nouvelle tentative.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="251"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="254"/>
        <source>Lost the connection to the Code Remote server at %1 during the run (%2).</source>
        <translation>Connexion au serveur Code Remote %1 perdue pendant l&apos;exécution (%2).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="255"/>
        <source>connection closed</source>
        <translation>connexion fermée</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="275"/>
        <source>The Code Remote server at %1 did not answer within %n second(s). Your code was not run; it is kept for a retry.</source>
        <translation>
            <numerusform>Le serveur Code Remote %1 n&apos;a pas répondu en %n seconde. Votre code n&apos;a pas été exécuté&#xa0;; il est conservé pour une nouvelle tentative.</numerusform>
            <numerusform>Le serveur Code Remote %1 n&apos;a pas répondu en %n secondes. Votre code n&apos;a pas été exécuté&#xa0;; il est conservé pour une nouvelle tentative.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="281"/>
        <source>Lost the connection to the Code Remote server at %1 before it took the run, and it did not come back within %n second(s). Your code is kept for a retry.</source>
        <translation>
            <numerusform>Connexion au serveur Code Remote %1 perdue avant qu&apos;il n&apos;accepte l&apos;exécution, et pas rétablie en %n seconde. Votre code est conservé pour une nouvelle tentative.</numerusform>
            <numerusform>Connexion au serveur Code Remote %1 perdue avant qu&apos;il n&apos;accepte l&apos;exécution, et pas rétablie en %n secondes. Votre code est conservé pour une nouvelle tentative.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="287"/>
        <source>Lost the connection to the Code Remote server at %1 during the run, and it did not come back within %n second(s). The job (%2) may still finish there.</source>
        <translation>
            <numerusform>Connexion au serveur Code Remote %1 perdue pendant l&apos;exécution, et pas rétablie en %n seconde. La tâche (%2) peut encore s&apos;y terminer.</numerusform>
            <numerusform>Connexion au serveur Code Remote %1 perdue pendant l&apos;exécution, et pas rétablie en %n secondes. La tâche (%2) peut encore s&apos;y terminer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="307"/>
        <source>The server sent a message this client does not understand (%1): %2</source>
        <translation>Le serveur a envoyé un message que ce client ne comprend pas (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="337"/>
        <source>This server does not run shell sessions; use the local shell.</source>
        <translation>Ce serveur n’exécute pas de sessions de shell&#xa0;; utilisez le shell local.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="338"/>
        <source>This server does not run debug sessions; debug locally.</source>
        <translation>Ce serveur n’exécute pas de sessions de débogage&#xa0;; déboguez en local.</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="420"/>
        <source>The server is busy: its queue is full. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Le serveur est occupé&#xa0;: sa file d&apos;attente est pleine. Réessayez dans %n seconde. Votre code est conservé.</numerusform>
            <numerusform>Le serveur est occupé&#xa0;: sa file d&apos;attente est pleine. Réessayez dans %n secondes. Votre code est conservé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="424"/>
        <source>Too many runs with this token in a short time. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Trop d&apos;exécutions avec ce jeton en peu de temps. Réessayez dans %n seconde. Votre code est conservé.</numerusform>
            <numerusform>Trop d&apos;exécutions avec ce jeton en peu de temps. Réessayez dans %n secondes. Votre code est conservé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="428"/>
        <source>This token already has as many runs in progress as the server allows. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Ce jeton a déjà autant d&apos;exécutions en cours que le serveur l&apos;autorise. Réessayez dans %n seconde. Votre code est conservé.</numerusform>
            <numerusform>Ce jeton a déjà autant d&apos;exécutions en cours que le serveur l&apos;autorise. Réessayez dans %n secondes. Votre code est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="434"/>
        <source>The server no longer knows this job (%1).</source>
        <translation>Le serveur ne connaît plus cette tâche (%1).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="441"/>
        <source>The server refused the run: %1 (%2).</source>
        <translation>Le serveur a refusé l&apos;exécution&#xa0;: %1 (%2).</translation>
    </message>
</context>
</TS>
