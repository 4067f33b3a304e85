<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="100"/>
        <source>Local sandbox</source>
        <translation>Entorno aislado local</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="102"/>
        <source>Server: not set up</source>
        <translation>Servidor: sin configurar</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="104"/>
        <source>Server: disconnected</source>
        <translation>Servidor: desconectado</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="106"/>
        <source>Server: connecting…</source>
        <translation>Servidor: conectando…</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="108"/>
        <source>Server: connected</source>
        <translation>Servidor: conectado</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="110"/>
        <source>Server: online</source>
        <translation>Servidor: en línea</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="112"/>
        <source>Server: reconnecting…</source>
        <translation>Servidor: reconectando…</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="114"/>
        <source>Server: unreachable</source>
        <translation>Servidor: inaccesible</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="116"/>
        <source>Server: token refused</source>
        <translation>Servidor: token rechazado</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="118"/>
        <source>Server: busy</source>
        <translation>Servidor: ocupado</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="120"/>
        <source>Server: run failed</source>
        <translation>Servidor: falló la ejecución</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="127"/>
        <source>no server set</source>
        <translation>ningún servidor configurado</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="130"/>
        <source>Programs run in the local sandbox on this computer.</source>
        <translation>Los programas se ejecutan en el entorno aislado local de este equipo.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="132"/>
        <source>Programs run on a Code Remote server, but its URL or API token is missing. Set them in Settings.</source>
        <translation>Los programas se ejecutan en un servidor Code Remote, pero falta su URL o su token de API. Configúrelos en Configuración.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="135"/>
        <source>Programs run on %1. The connection opens when a program runs.</source>
        <translation>Los programas se ejecutan en %1. La conexión se abre cuando se ejecuta un programa.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="137"/>
        <source>%1 answers. The connection opens when a program runs.</source>
        <translation>%1 responde. La conexión se abre cuando se ejecuta un programa.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="139"/>
        <source>Connecting to %1.</source>
        <translation>Conectando con %1.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="141"/>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="143"/>
        <source>The connection to %1 dropped; trying again.</source>
        <translation>Se cortó la conexión con %1; reintentando.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="145"/>
        <source>%1 does not answer. Check the URL and that the server is running.</source>
        <translation>%1 no responde. Compruebe la URL y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="147"/>
        <source>%1 refused the API token. Check the token in Settings.</source>
        <translation>%1 rechazó el token de API. Compruebe el token en Configuración.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="149"/>
        <source>%1 was too busy to take the last run. Try again in a moment.</source>
        <translation>%1 estaba demasiado ocupado para aceptar la última ejecución. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="151"/>
        <source>The last run on %1 failed; the output panel says why.</source>
        <translation>La última ejecución en %1 falló; el panel de salida indica por qué.</translation>
    </message>
</context>
<context>
    <name>MeasureChoices</name>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="51"/>
        <source>it is nested in another function</source>
        <translation>está anidada en otra función</translation>
    </message>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="67"/>
        <source>Measure cannot call %1()</source>
        <translation>«Medir» no puede llamar a %1()</translation>
    </message>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="68"/>
        <source>Measure cannot call %1(): %2</source>
        <translation>«Medir» no puede llamar a %1(): %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/SecretStore.cpp" line="80"/>
        <source>This build of Code Remote has no keychain support (QtKeychain).</source>
        <translation>Esta versión de Code Remote no admite el llavero del sistema (QtKeychain).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="24"/>
        <source>No server URL is set.</source>
        <translation>No se ha configurado ninguna URL de servidor.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="28"/>
        <source>The server URL must start with http://, https://, ws:// or wss:// (got &quot;%1&quot;).</source>
        <translation>La URL del servidor debe empezar por http://, https://, ws:// o wss:// (se recibió «%1»).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="31"/>
        <source>The server URL &quot;%1&quot; has no host.</source>
        <translation>La URL del servidor «%1» no tiene host.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="33"/>
        <source>No API token is set (create one with `code-remote-server token create NAME`).</source>
        <translation>No se ha configurado ningún token de API (cree uno con `code-remote-server token create NAME`).</translation>
    </message>
</context>
<context>
    <name>analysis::Analyzer</name>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="15"/>
        <source>Gemini: %1; retry %2 in %3 s</source>
        <translation>Gemini: %1; reintento %2 en %3 s</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="57"/>
        <source>Asking Gemini…</source>
        <translation>Consultando a Gemini…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="57"/>
        <source>Analyzing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="95"/>
        <source>Waiting for Gemini…</source>
        <translation>Esperando a Gemini…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="114"/>
        <source>Gemini failed, so the offline analysis answered: %1</source>
        <translation>Gemini falló, así que respondió el análisis sin conexión: %1</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="123"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>analysis::EmpiricalAnalyzer</name>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="112"/>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="192"/>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="199"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="97"/>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="38"/>
        <source>the program does not compile: line %1: %2</source>
        <translation>el programa no compila: línea %1: %2</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="237"/>
        <source>%1 and %2 fit closely; measuring again</source>
        <translation>%1 y %2 se ajustan casi igual; midiendo de nuevo</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="272"/>
        <source>Measured n = %1</source>
        <translation>Medido n = %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="319"/>
        <source>only %n size(s) could be measured in time; too few to fit</source>
        <translation>
            <numerusform>solo se pudo medir %n tamaño a tiempo; demasiado pocos para ajustar</numerusform>
            <numerusform>solo se pudieron medir %n tamaños a tiempo; demasiado pocos para ajustar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="336"/>
        <source>sorted list</source>
        <translation>lista ordenada</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="337"/>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="339"/>
        <source>Timed %1 at %2 sizes up to n = %3 (%4 input); the measurements fit %5 within %6 %.</source>
        <translation>Se cronometró %1 en %2 tamaños hasta n = %3 (entrada: %4); las mediciones se ajustan a %5 con un margen del %6 %.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="341"/>
        <source>%1() growing %2</source>
        <translation>%1() aumentando %2</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="349"/>
        <source>%1 fits nearly as well (within %2 %), even with every size measured again: the timings cannot tell the two apart, so the slower-growing %3 is shown, with a lower confidence.</source>
        <translation>%1 se ajusta casi igual de bien (dentro de un %2 %), incluso con cada tamaño medido de nuevo: los tiempos no permiten distinguirlos, así que se muestra %3, que crece más despacio, con una confianza menor.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="352"/>
        <source>%1 fits nearly as well (within %2 %): the timings cannot tell the two apart, so the slower-growing %3 is shown, with a lower confidence.</source>
        <translation>%1 se ajusta casi igual de bien (dentro de un %2 %): los tiempos no permiten distinguirlos, así que se muestra %3, que crece más despacio, con una confianza menor.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="335"/>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="338"/>
        <source>number</source>
        <translation>número</translation>
    </message>
</context>
<context>
    <name>analysis::GeminiClient</name>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="180"/>
        <source>Gemini sent a response that is not JSON</source>
        <translation>Gemini envió una respuesta que no es JSON</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="189"/>
        <source>Gemini blocked the request (%1)</source>
        <translation>Gemini bloqueó la solicitud (%1)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="190"/>
        <source>Gemini returned no answer</source>
        <translation>Gemini no devolvió ninguna respuesta</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="207"/>
        <source>Gemini&apos;s answer was cut off (MAX_TOKENS)</source>
        <translation>La respuesta de Gemini se cortó (MAX_TOKENS)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="210"/>
        <source>Gemini stopped without an answer (%1)</source>
        <translation>Gemini se detuvo sin responder (%1)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="211"/>
        <source>Gemini&apos;s answer is not the requested JSON</source>
        <translation>La respuesta de Gemini no es el JSON solicitado</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="215"/>
        <source>Gemini&apos;s answer has no time complexity</source>
        <translation>La respuesta de Gemini no incluye la complejidad temporal</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="274"/>
        <location filename="../analysis/GeminiClient.cpp" line="289"/>
        <source>no Gemini API key is set</source>
        <translation>no se ha configurado ninguna clave de API de Gemini</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="376"/>
        <source>the Gemini API key is not valid; check it in the settings</source>
        <translation>la clave de API de Gemini no es válida; compruébela en la configuración</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="382"/>
        <source>Gemini is not available for this key (enable billing or check the region)%1</source>
        <translation>Gemini no está disponible para esta clave (active la facturación o compruebe la región)%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="384"/>
        <source>Gemini rejected the request%1</source>
        <translation>Gemini rechazó la solicitud%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="389"/>
        <source>the Gemini API key is not allowed to use this model or API%1</source>
        <translation>la clave de API de Gemini no tiene permiso para usar este modelo o esta API%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="395"/>
        <source>the Gemini model &quot;%1&quot; does not exist or was retired; pick another model in the settings</source>
        <translation>el modelo de Gemini «%1» no existe o se retiró; elija otro modelo en la configuración</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="402"/>
        <source>the Gemini quota for today is used up; it resets at midnight Pacific time</source>
        <translation>la cuota de Gemini de hoy se ha agotado; se restablece a medianoche, hora del Pacífico</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="405"/>
        <source>the Gemini quota is exhausted (rate limit)%1</source>
        <translation>la cuota de Gemini está agotada (límite de frecuencia)%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="410"/>
        <source>Gemini had a server error (HTTP %1)%2</source>
        <translation>Gemini tuvo un error del servidor (HTTP %1)%2</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="414"/>
        <source>Gemini answered with HTTP %1%2</source>
        <translation>Gemini respondió con HTTP %1%2</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="435"/>
        <source>Gemini did not answer within %1 s</source>
        <translation>Gemini no respondió en %1 s</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="436"/>
        <source>cannot reach Gemini: %1</source>
        <translation>no se puede contactar con Gemini: %1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="460"/>
        <source>; Gemini asks to wait %1 s before retrying</source>
        <translation>; Gemini pide esperar %1 s antes de reintentar</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="477"/>
        <source>Gemini&apos;s model list could not be read</source>
        <translation>No se pudo leer la lista de modelos de Gemini</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="500"/>
        <source>%1 is available</source>
        <translation>%1 está disponible</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="501"/>
        <source>the model &quot;%1&quot; is not offered for generateContent; available: %2</source>
        <translation>el modelo «%1» no se ofrece para generateContent; disponibles: %2</translation>
    </message>
</context>
<context>
    <name>analysis::ProcessScriptExecutor</name>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="150"/>
        <source>the analysis took too long and was stopped</source>
        <translation>el análisis tardó demasiado y se detuvo</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="161"/>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="170"/>
        <source>the analysis script failed: %1</source>
        <translation>el script de análisis falló: %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="185"/>
        <source>cannot write the script to %1</source>
        <translation>no se puede escribir el script en %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="226"/>
        <source>the analysis was cancelled</source>
        <translation>el análisis se canceló</translation>
    </message>
</context>
<context>
    <name>analysis::SandboxScriptExecutor</name>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="72"/>
        <source>the analysis took too long and was stopped</source>
        <translation>el análisis tardó demasiado y se detuvo</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="75"/>
        <source>the analysis ran out of memory</source>
        <translation>el análisis se quedó sin memoria</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="78"/>
        <source>the analysis was cancelled</source>
        <translation>el análisis se canceló</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="81"/>
        <source>the sandbox could not run the analysis: %1</source>
        <translation>el entorno aislado no pudo ejecutar el análisis: %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="84"/>
        <source>the analysis script failed (%1): %2</source>
        <translation>el script de análisis falló (%1): %2</translation>
    </message>
</context>
<context>
    <name>analysis::StaticAnalyzer</name>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="67"/>
        <source>no offline analyzer for %1 programs</source>
        <translation>no hay análisis sin conexión para programas de %1</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="119"/>
        <source>the analysis was cancelled</source>
        <translation>el análisis se canceló</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="289"/>
        <source>the static analyzer gave an unreadable answer</source>
        <translation>el analizador estático dio una respuesta ilegible</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="295"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="305"/>
        <source> Space: %1.</source>
        <translation> Espacio: %1.</translation>
    </message>
</context>
<context>
    <name>app::AboutDialog</name>
    <message>
        <location filename="../app/AboutDialog.cpp" line="16"/>
        <location filename="../app/AboutDialog.cpp" line="17"/>
        <source>About Code Remote</source>
        <translation>Acerca de Code Remote</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="19"/>
        <source>Versions and sandbox layers</source>
        <translation>Versiones y capas del entorno aislado</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="32"/>
        <source>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;Write code, run it in a sandbox on this computer, and read its output.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · QScintilla %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;Escriba código, ejecútelo en un entorno aislado en este equipo y lea su salida.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con %3) · QScintilla %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="42"/>
        <source>&lt;h3&gt;Sandbox layers on this machine&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Capas del entorno aislado en esta máquina&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="44"/>
        <source>&lt;p&gt;The sandbox helper could not be asked: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se pudo consultar al asistente del entorno aislado: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::AnalysisController</name>
    <message>
        <location filename="../app/AnalysisTabs.cpp" line="62"/>
        <source>Measure failed: %1</source>
        <translation>Falló la medición: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="78"/>
        <source>Complexity analysis reads Python, Java, JavaScript and C++ programs; this file is plain text.</source>
        <translation>El análisis de complejidad lee programas en Python, Java, JavaScript y C++; este archivo es texto plano.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="81"/>
        <source>Measure times functions of Python, Java, JavaScript and C++ programs only for now, not %1. Analyze (Ctrl+Shift+A) still estimates its complexity.</source>
        <translation>Medir solo cronometra por ahora funciones de programas en Python, Java, JavaScript y C++, no %1. Analizar (Ctrl+Mayús+A) sigue estimando su complejidad.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="85"/>
        <source>The offline complexity analysis reads Python, Java, JavaScript and C++, not %1 yet; with a Gemini key (Settings) Gemini analyzes it. The %1 program still runs (F5): its time and peak memory are under its output.</source>
        <translation>El análisis de complejidad sin conexión lee Python, Java, JavaScript y C++, todavía no %1; con una clave de Gemini (Ajustes) lo analiza Gemini. El programa %1 se ejecuta igualmente (F5): su tiempo y su memoria máxima aparecen bajo su salida.</translation>
    </message>
</context>
<context>
    <name>app::AnalysisDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="38"/>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="39"/>
        <source>Analysis panel</source>
        <translation>Panel de análisis</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="41"/>
        <source>Complexity analysis will appear here.
Run a program to see its time and space behaviour.</source>
        <translation>Aquí aparecerá el análisis de complejidad.
Ejecute un programa para ver su comportamiento en tiempo y espacio.</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="43"/>
        <source>No analysis yet</source>
        <translation>Aún no hay análisis</translation>
    </message>
</context>
<context>
    <name>app::AnalysisPanel</name>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="241"/>
        <source>Complexity analysis</source>
        <translation>Análisis de complejidad</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="243"/>
        <source>Analysis results</source>
        <translation>Resultados del análisis</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="244"/>
        <source>Analyze</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="246"/>
        <source>Estimate the time and space complexity of the current file (Ctrl+Shift+A)</source>
        <translation>Estimar la complejidad temporal y espacial del archivo actual (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="247"/>
        <source>Analyze complexity</source>
        <translation>Analizar la complejidad</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="248"/>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="250"/>
        <source>Time the program&apos;s function at growing input sizes in the sandbox and fit its complexity (Ctrl+Shift+M)</source>
        <translation>Cronometrar la función del programa con entradas de tamaño creciente en el entorno aislado y ajustar su complejidad (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="252"/>
        <source>Measure complexity</source>
        <translation>Medir la complejidad</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="253"/>
        <source>Analysis progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="254"/>
        <source>Run a program or press Ctrl+Shift+A to see its time and space complexity here.</source>
        <translation>Ejecute un programa o pulse Ctrl+Mayús+A para ver aquí su complejidad temporal y espacial.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="255"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="256"/>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="258"/>
        <source>Functions and their complexity</source>
        <translation>Funciones y su complejidad</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="259"/>
        <location filename="../app/AnalysisPanel.cpp" line="261"/>
        <source>Risky patterns</source>
        <translation>Patrones de riesgo</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="262"/>
        <source>No risky patterns found.</source>
        <translation>No se encontraron patrones de riesgo.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="264"/>
        <source>The code changed after this analysis. Press Ctrl+Shift+A to analyze it again.</source>
        <translation>El código cambió después de este análisis. Pulse Ctrl+Mayús+A para analizarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="265"/>
        <source>Measured time against input size</source>
        <translation>Tiempo medido frente al tamaño de la entrada</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="266"/>
        <source>input size n</source>
        <translation>tamaño de la entrada n</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="267"/>
        <source>time (ms)</source>
        <translation>tiempo (ms)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="268"/>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="269"/>
        <location filename="../app/AnalysisPanel.cpp" line="389"/>
        <source>Analysis of %1</source>
        <translation>Análisis de %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="340"/>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="341"/>
        <source>Asking Gemini…</source>
        <translation>Consultando a Gemini…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="342"/>
        <source>Analyzing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="380"/>
        <location filename="../app/AnalysisPanel.cpp" line="493"/>
        <source>Measured time</source>
        <translation>Tiempo medido</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="443"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="470"/>
        <source>%1 risk on line %2: %3</source>
        <translation>Riesgo %1 en la línea %2: %3</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="494"/>
        <source>Measured time of %1()</source>
        <translation>Tiempo medido de %1()</translation>
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
        <translation>Análisis estático</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="76"/>
        <source>Measured</source>
        <translation>Medición</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="78"/>
        <source>No analysis for this language</source>
        <translation>Sin análisis para este lenguaje</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="101"/>
        <source>eval / exec</source>
        <translation>eval / exec</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="103"/>
        <source>system command</source>
        <translation>comando del sistema</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="105"/>
        <source>network access</source>
        <translation>acceso a la red</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="107"/>
        <source>file deletion</source>
        <translation>borrado de archivos</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="109"/>
        <source>dynamic import</source>
        <translation>importación dinámica</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="111"/>
        <source>unpickling</source>
        <translation>deserialización con pickle</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="113"/>
        <source>unbounded loop</source>
        <translation>bucle sin límite</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="115"/>
        <source>blocking input</source>
        <translation>entrada bloqueante</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="123"/>
        <source>High</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="125"/>
        <source>Medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="129"/>
        <source>Low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="141"/>
        <source>fitted %1</source>
        <translation>ajustado: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="198"/>
        <source>The analysis failed: %1</source>
        <translation>El análisis falló: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="201"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="201"/>
        <source>Time complexity: %1</source>
        <translation>Complejidad temporal: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="202"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="202"/>
        <source>Space complexity: %1</source>
        <translation>Complejidad espacial: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="204"/>
        <source>Confidence %1 %</source>
        <translation>Confianza %1 %</translation>
    </message>
</context>
<context>
    <name>app::ConnectionTester</name>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="19"/>
        <source>Connected in %1 ms, but the token check timed out</source>
        <translation>Conectado en %1 ms, pero la comprobación del token agotó el tiempo de espera</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="45"/>
        <source>Enter the server&apos;s address first</source>
        <translation>Introduzca primero la dirección del servidor</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="59"/>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede acceder al servidor: %1</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="63"/>
        <source>Connected in %1 ms; enter the API token to run programs</source>
        <translation>Conectado en %1 ms; introduzca el token de API para ejecutar programas</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="83"/>
        <source>Connected in %1 ms, token accepted</source>
        <translation>Conectado en %1 ms, token aceptado</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="86"/>
        <source>Connected in %1 ms, but the server refused the token (HTTP %2)</source>
        <translation>Conectado en %1 ms, pero el servidor rechazó el token (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="88"/>
        <source>Connected in %1 ms, but the token check answered HTTP %2</source>
        <translation>Conectado en %1 ms, pero la comprobación del token respondió HTTP %2</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="90"/>
        <source>Connected in %1 ms, but the token check failed: %2</source>
        <translation>Conectado en %1 ms, pero falló la comprobación del token: %2</translation>
    </message>
</context>
<context>
    <name>app::DebugController</name>
    <message>
        <location filename="../app/DebugController.cpp" line="62"/>
        <source>Breakpoint Condition</source>
        <translation>Condición del punto de interrupción</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="63"/>
        <source>Stop only when this Python expression is true (empty: always):</source>
        <translation>Detenerse solo cuando esta expresión de Python sea verdadera (vacía: siempre):</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="74"/>
        <source>F5 (while paused)</source>
        <translation>F5 (en pausa)</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="93"/>
        <source>Only Python programs can be debugged.</source>
        <translation>Solo se pueden depurar programas de Python.</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="185"/>
        <source>Paused at %1:%2</source>
        <translation>En pausa en %1:%2</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="224"/>
        <source>Expressions are evaluated while the program is paused.</source>
        <translation>Las expresiones se evalúan mientras el programa está en pausa.</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="244"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="252"/>
        <source>Value of %1</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="273"/>
        <source>No answer in time: a __repr__ or the expression does not return. Stop the program to end it.</source>
        <translation>No hubo respuesta a tiempo: un __repr__ o la expresión no termina. Detenga el programa para finalizarlo.</translation>
    </message>
</context>
<context>
    <name>app::DebugDock</name>
    <message>
        <location filename="../app/DebugDock.cpp" line="90"/>
        <source>Debugger</source>
        <translation>Depurador</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="91"/>
        <location filename="../app/DebugDock.cpp" line="93"/>
        <source>Call stack</source>
        <translation>Pila de llamadas</translation>
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
        <translation>Evaluar una expresión en el marco seleccionado</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="96"/>
        <source>Expression to evaluate</source>
        <translation>Expresión que evaluar</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="104"/>
        <source>Uncaught exception: %1
Continue ends the run with its traceback.</source>
        <translation>Excepción no capturada: %1
Continuar termina la ejecución con su traza.</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="114"/>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, línea %3</translation>
    </message>
</context>
<context>
    <name>app::DebuggingUi</name>
    <message>
        <location filename="../app/DebuggingUi.cpp" line="136"/>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
</context>
<context>
    <name>app::DocumentController</name>
    <message>
        <location filename="../app/DocumentController.cpp" line="90"/>
        <location filename="../app/DocumentController.cpp" line="105"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
</context>
<context>
    <name>app::EditorTabs</name>
    <message>
        <location filename="../app/EditorTabs.cpp" line="28"/>
        <source>Open files</source>
        <translation>Archivos abiertos</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="82"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="113"/>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="182"/>
        <source>Untitled %1</source>
        <translation>Sin título %1</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="219"/>
        <source>Code editor: %1</source>
        <translation>Editor de código: %1</translation>
    </message>
</context>
<context>
    <name>app::FileBrowserDock</name>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="81"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="82"/>
        <source>Files in the folder</source>
        <translation>Archivos de la carpeta</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="83"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="84"/>
        <source>New File</source>
        <translation>Nuevo archivo</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="85"/>
        <source>Create a file in this folder</source>
        <translation>Crear un archivo en esta carpeta</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="86"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="87"/>
        <source>Rename the selected file (F2)</source>
        <translation>Cambiar el nombre del archivo seleccionado (F2)</translation>
    </message>
</context>
<context>
    <name>app::FindBar</name>
    <message>
        <location filename="../app/FindBar.cpp" line="82"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="83"/>
        <source>Re&amp;place:</source>
        <translation>Reem&amp;plazar por:</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="84"/>
        <source>Find text</source>
        <translation>Texto a buscar</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="85"/>
        <source>Replacement text</source>
        <translation>Texto de reemplazo</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="86"/>
        <source>Match &amp;case</source>
        <translation>&amp;Distinguir mayúsculas</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="87"/>
        <source>&amp;Whole words</source>
        <translation>Palabras &amp;completas</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="88"/>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="89"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="90"/>
        <source>Pre&amp;vious</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="91"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="92"/>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="93"/>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="94"/>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="95"/>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="133"/>
        <source>Invalid expression: %1</source>
        <translation>Expresión no válida: %1</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="138"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="140"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="142"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="216"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n aparición reemplazada</numerusform>
            <numerusform>%n apariciones reemplazadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <location filename="../app/WindowActions.cpp" line="32"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="32"/>
        <source>Create an untitled Python file</source>
        <translation>Crear un archivo de Python sin título</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="33"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="33"/>
        <source>Open files</source>
        <translation>Abrir archivos</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="34"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="34"/>
        <source>Save the current file</source>
        <translation>Guardar el archivo actual</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="38"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="39"/>
        <source>Save the current file under a new name</source>
        <translation>Guardar el archivo actual con otro nombre</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="43"/>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="44"/>
        <source>Close the current file</source>
        <translation>Cerrar el archivo actual</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="45"/>
        <source>Quit Code Remote</source>
        <translation>Salir de Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="47"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="48"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="50"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="51"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="52"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="52"/>
        <source>Find text in the current file</source>
        <translation>Buscar texto en el archivo actual</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="56"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eemplazar…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="57"/>
        <source>Find and replace text</source>
        <translation>Buscar y reemplazar texto</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="58"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="59"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="60"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Ir a la línea…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="64"/>
        <source>Toggle Co&amp;mment</source>
        <translation>Co&amp;mentar o descomentar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="66"/>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Ajuste de línea</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="70"/>
        <source>Show White&amp;space</source>
        <translation>Mostrar &amp;espacios en blanco</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="76"/>
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="78"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="79"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="89"/>
        <source>&amp;Debug</source>
        <translation>Dep&amp;urar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="90"/>
        <source>Run the current file in the debugger: it stops at breakpoints (Ctrl+F5)</source>
        <translation>Ejecutar el archivo actual en el depurador: se detiene en los puntos de interrupción (Ctrl+F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="97"/>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="98"/>
        <source>Continue to the next breakpoint (F5 while paused)</source>
        <translation>Continuar hasta el siguiente punto de interrupción (F5 en pausa)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="103"/>
        <source>Pause Pro&amp;gram</source>
        <translation>Pausar el pro&amp;grama</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="104"/>
        <source>Pause the program being debugged where it is (F6)</source>
        <translation>Pausar el programa que se depura allí donde esté (F6)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="108"/>
        <source>Step O&amp;ver</source>
        <translation>Pasar po&amp;r encima</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="109"/>
        <source>Run the current line, stepping over calls (F10)</source>
        <translation>Ejecutar la línea actual sin entrar en las llamadas (F10)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="113"/>
        <source>Step In&amp;to</source>
        <translation>E&amp;ntrar en la función</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="114"/>
        <source>Run to the next line, into the function called (F11)</source>
        <translation>Ejecutar hasta la siguiente línea, entrando en la función llamada (F11)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="118"/>
        <source>Step O&amp;ut</source>
        <translation>&amp;Salir de la función</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="119"/>
        <source>Run until the current function returns (Shift+F11)</source>
        <translation>Ejecutar hasta que la función actual retorne (Mayús+F11)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="123"/>
        <source>Toggle &amp;Breakpoint</source>
        <translation>Alternar &amp;punto de interrupción</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="124"/>
        <source>Set or remove a breakpoint on the current line (F9)</source>
        <translation>Poner o quitar un punto de interrupción en la línea actual (F9)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="128"/>
        <source>Brea&amp;kpoint Condition…</source>
        <translation>Cond&amp;ición del punto de interrupción…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="129"/>
        <source>Stop on the current line only when an expression is true (Ctrl+Shift+F9)</source>
        <translation>Detenerse en la línea actual solo cuando una expresión sea verdadera (Ctrl+Mayús+F9)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="135"/>
        <source>Stop on Uncaught Exceptions</source>
        <translation>Detenerse en excepciones no capturadas</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="136"/>
        <source>Debugging: pause where an uncaught exception is raised, to see its variables (Ctrl+Shift+E)</source>
        <translation>Depuración: pausar donde se lanza una excepción no capturada, para ver sus variables (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="141"/>
        <source>&amp;Python Shell</source>
        <translation>S&amp;hell de Python</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="142"/>
        <source>A Python prompt in the sandbox that keeps its variables (Ctrl+Shift+P)</source>
        <translation>Una consola interactiva de Python en el entorno aislado que conserva sus variables (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="146"/>
        <source>Run, Then Stay in the S&amp;hell</source>
        <translation>Ejecutar y &amp;quedarse en el shell</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="147"/>
        <source>Run the current file in the shell, whose prompt then has its variables (Ctrl+Shift+R)</source>
        <translation>Ejecutar el archivo actual en el shell, cuya consola conserva después sus variables (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="200"/>
        <source>Next Tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="204"/>
        <source>Previous Tab</source>
        <translation>Pestaña anterior</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="80"/>
        <location filename="../app/WindowMenus.cpp" line="95"/>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="80"/>
        <source>Run the current file (F5)</source>
        <translation>Ejecutar el archivo actual (F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="84"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="85"/>
        <source>Stop the running program (Shift+F5)</source>
        <translation>Detener el programa en ejecución (Mayús+F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="152"/>
        <source>Send &amp;End of Input</source>
        <translation>Enviar &amp;fin de entrada</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="153"/>
        <source>Close the program&apos;s standard input (Ctrl+D in the input line)</source>
        <translation>Cerrar la entrada estándar del programa (Ctrl+D en la línea de entrada)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="157"/>
        <source>&amp;Analyze Complexity</source>
        <translation>&amp;Analizar la complejidad</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="158"/>
        <source>Estimate the time and space complexity of the current file (Ctrl+Shift+A)</source>
        <translation>Estimar la complejidad temporal y espacial del archivo actual (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="164"/>
        <source>&amp;Measure Complexity</source>
        <translation>&amp;Medir la complejidad</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="165"/>
        <source>Time the program&apos;s function at growing input sizes in the sandbox (Ctrl+Shift+M)</source>
        <translation>Cronometrar la función del programa con entradas de tamaño creciente en el entorno aislado (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="171"/>
        <source>Go to &amp;Input Line</source>
        <translation>Ir a la línea de en&amp;trada</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="176"/>
        <source>C&amp;lear Output</source>
        <translation>&amp;Limpiar la salida</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="181"/>
        <source>Copy &amp;Output</source>
        <translation>&amp;Copiar la salida</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="186"/>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="187"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="191"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenida</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="192"/>
        <source>The welcome page: what Code Remote does and example programs</source>
        <translation>La página de bienvenida: qué hace Code Remote y programas de ejemplo</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="193"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="197"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="198"/>
        <source>Every keyboard shortcut, searchable</source>
        <translation>Todos los atajos de teclado, con búsqueda</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="199"/>
        <source>&amp;About Code Remote</source>
        <translation>&amp;Acerca de Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="91"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="93"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="94"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="96"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="369"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="370"/>
        <source>Output panel</source>
        <translation>Panel de salida</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="97"/>
        <source>Main menu</source>
        <translation>Menú principal</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="373"/>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="98"/>
        <location filename="../app/WindowMenus.cpp" line="99"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
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
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="503"/>
        <source>Go to Line</source>
        <translation>Ir a la línea</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="503"/>
        <source>Line (1–%1):</source>
        <translation>Línea (1–%1):</translation>
    </message>
</context>
<context>
    <name>app::ManualDialog</name>
    <message>
        <location filename="../app/ManualDialog.cpp" line="22"/>
        <source>Code Remote Manual</source>
        <translation>Manual de Code Remote</translation>
    </message>
    <message>
        <location filename="../app/ManualDialog.cpp" line="23"/>
        <source>Manual</source>
        <translation>Manual</translation>
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
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="103"/>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="104"/>
        <source>The function Measure times; Analyze lists this program&apos;s functions</source>
        <translation>La función que «Medir» cronometra; «Analizar» enumera las funciones de este programa</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="105"/>
        <source>The function Measure times</source>
        <translation>La función que «Medir» cronometra</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="106"/>
        <source>The parameter that grows; the others get small fixed values made from their use</source>
        <translation>El parámetro que crece; los demás reciben valores fijos pequeños deducidos de su uso</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="107"/>
        <source>Function to measure</source>
        <translation>Función que se mide</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="108"/>
        <source>Parameter that grows</source>
        <translation>Parámetro que crece</translation>
    </message>
</context>
<context>
    <name>app::NewProgramMenu</name>
    <message>
        <location filename="../app/NewProgramMenu.cpp" line="27"/>
        <source>New &amp;Program</source>
        <translation>Nuevo &amp;programa</translation>
    </message>
</context>
<context>
    <name>app::OutputPane</name>
    <message>
        <location filename="../app/OutputPane.cpp" line="183"/>
        <source>Program output</source>
        <translation>Salida del programa</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="184"/>
        <source>Program input</source>
        <translation>Entrada del programa</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="185"/>
        <source>Input for the running program (Enter sends, Ctrl+D ends input)</source>
        <translation>Entrada para el programa en ejecución (Intro envía, Ctrl+D termina la entrada)</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="186"/>
        <source>&amp;Input:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="187"/>
        <source>Input line</source>
        <translation>Línea de entrada</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="188"/>
        <source>Type the program&apos;s input in a separate line instead of in the output</source>
        <translation>Escribir la entrada del programa en una línea aparte en lugar de en la salida</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="189"/>
        <source>Separate input line</source>
        <translation>Línea de entrada aparte</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="191"/>
        <source>Copy all output</source>
        <translation>Copiar toda la salida</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="192"/>
        <source>Copy output</source>
        <translation>Copiar la salida</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="193"/>
        <location filename="../app/OutputPane.cpp" line="194"/>
        <source>Clear output</source>
        <translation>Limpiar la salida</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="195"/>
        <source>Output notice</source>
        <translation>Aviso sobre la salida</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="262"/>
        <source>Type in the output: Enter sends the line, Ctrl+D ends the input, Up/Down recall lines</source>
        <translation>Escriba en la salida: Intro envía la línea, Ctrl+D termina la entrada, Arriba/Abajo recuperan líneas anteriores</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="264"/>
        <source>The program&apos;s input has ended (Ctrl+D).</source>
        <translation>La entrada del programa ha terminado (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="266"/>
        <source>No program is running: the output is read-only.</source>
        <translation>No hay ningún programa en ejecución: la salida es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="380"/>
        <source>Long output: showing the last %1 of %2 lines.</source>
        <translation>Salida larga: se muestran las últimas %1 de %2 líneas.</translation>
    </message>
</context>
<context>
    <name>app::ProfileNotice</name>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="45"/>
        <source>The strict profile refused this program. The standard profile runs the whole language in the same sandbox; switch in Settings ▸ Running programs ▸ Profile, or here:</source>
        <translation>El perfil estricto rechazó este programa. El perfil estándar ejecuta todo el lenguaje en el mismo entorno aislado; cámbielo en Configuración ▸ Ejecución de programas ▸ Perfil, o aquí:</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="47"/>
        <source>The strict profile refused this program, and this server runs the strict profile only. Change the program, or run it locally (Run ▸ Run On).</source>
        <translation>El perfil estricto rechazó este programa y este servidor solo ejecuta el perfil estricto. Cambie el programa o ejecútelo localmente (Ejecutar ▸ Ejecutar en).</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="49"/>
        <source>Switch to Standard and Run Again</source>
        <translation>Cambiar a estándar y volver a ejecutar</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="50"/>
        <source>Sets the profile to standard in the settings and runs the program again</source>
        <translation>Establecer el perfil estándar en la configuración y volver a ejecutar el programa</translation>
    </message>
</context>
<context>
    <name>app::Prompts</name>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="12"/>
        <source>Save changes to %n file(s) before closing?</source>
        <translation>
            <numerusform>¿Guardar los cambios de %n archivo antes de cerrar?</numerusform>
            <numerusform>¿Guardar los cambios de %n archivos antes de cerrar?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="38"/>
        <source>Restore unsaved work</source>
        <translation>Restaurar el trabajo sin guardar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="39"/>
        <source>Code Remote did not close properly last time. Restore %n unsaved buffer(s)?</source>
        <translation>
            <numerusform>Code Remote no se cerró correctamente la última vez. ¿Restaurar %n documento sin guardar?</numerusform>
            <numerusform>Code Remote no se cerró correctamente la última vez. ¿Restaurar %n documentos sin guardar?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="49"/>
        <source>Open Files</source>
        <translation>Abrir archivos</translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="54"/>
        <source>Save As</source>
        <translation>Guardar como</translation>
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
        <translation>%1 (ya no existe)</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="51"/>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="55"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>app::RunPreparation</name>
    <message>
        <location filename="../app/RunPreparation.cpp" line="27"/>
        <source>Precompiling &lt;bits/stdc++.h&gt; in the background (once per compiler and standard)…</source>
        <translation>Precompilando &lt;bits/stdc++.h&gt; en segundo plano (una vez por compilador y estándar)…</translation>
    </message>
    <message>
        <location filename="../app/RunPreparation.cpp" line="30"/>
        <source>&lt;bits/stdc++.h&gt; is precompiled: C++ programs that include it now compile faster.</source>
        <translation>&lt;bits/stdc++.h&gt; está precompilado: los programas C++ que lo incluyen ahora compilan más rápido.</translation>
    </message>
    <message>
        <location filename="../app/RunPreparation.cpp" line="31"/>
        <source>&lt;bits/stdc++.h&gt; could not be precompiled; programs still compile without it.</source>
        <translation>No se pudo precompilar &lt;bits/stdc++.h&gt;; los programas siguen compilando sin él.</translation>
    </message>
</context>
<context>
    <name>app::RunPresenter</name>
    <message>
        <location filename="../app/RunPresenter.cpp" line="49"/>
        <source>The program&apos;s input has ended: it reads nothing more.</source>
        <translation>La entrada del programa ha terminado: ya no lee nada más.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="50"/>
        <source>No program is running: run it (F5), then type its input here.</source>
        <translation>No hay ningún programa en ejecución: ejecútelo (F5) y luego escriba aquí su entrada.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="68"/>
        <source>%1 files cannot be run yet.</source>
        <translation>Los archivos de %1 aún no se pueden ejecutar.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="68"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="78"/>
        <source>Reading the server&apos;s API token from the keychain…</source>
        <translation>Leyendo el token de API del servidor desde el llavero…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="83"/>
        <source>%1 was not run: the Code Remote server is not set up.</source>
        <translation>%1 no se ejecutó: el servidor Code Remote no está configurado.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="85"/>
        <source>— %1 Set the server in Settings (Run ▸ Run On ▸ Server Settings…). —</source>
        <translation>— %1 Configure el servidor en Configuración (Ejecutar ▸ Ejecutar en ▸ Configuración del servidor…). —</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="113"/>
        <source>strict</source>
        <translation>estricto</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="113"/>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="115"/>
        <source>Running %1 on %2 (%3 profile)…</source>
        <translation>Ejecutando %1 en %2 (perfil %3)…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="118"/>
        <source>Running %1 (%2 profile)…</source>
        <translation>Ejecutando %1 (perfil %2)…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="121"/>
        <source>The run could not be started.</source>
        <translation>No se pudo iniciar la ejecución.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="139"/>
        <source>Compiling</source>
        <translation>Compilando</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="140"/>
        <source>Waiting for input</source>
        <translation>Esperando entrada</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="140"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="142"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="146"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="172"/>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="175"/>
        <source>Runtime error</source>
        <translation>Error de ejecución</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="178"/>
        <source>CPU time limit exceeded</source>
        <translation>Límite de tiempo de CPU superado</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="179"/>
        <source>Time limit exceeded</source>
        <translation>Límite de tiempo superado</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="182"/>
        <source>Memory limit exceeded</source>
        <translation>Límite de memoria superado</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="185"/>
        <source>Output limit exceeded</source>
        <translation>Límite de salida superado</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="188"/>
        <source>Blocked by the strict profile</source>
        <translation>Bloqueado por el perfil estricto</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="191"/>
        <source>Compile error</source>
        <translation>Error de compilación</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="198"/>
        <source>The server could not run the program.</source>
        <translation>El servidor no pudo ejecutar el programa.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="199"/>
        <source>Sandbox error</source>
        <translation>Error del entorno aislado</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="199"/>
        <source>Sandbox error: %1</source>
        <translation>Error del entorno aislado: %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="202"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="209"/>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="211"/>
        <source>signal %1</source>
        <translation>señal %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="219"/>
        <source>compiled in %1 s</source>
        <translation>compilado en %1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="225"/>
        <source>ran in %1 s, of which %2 s waiting for input</source>
        <translation>ejecutado en %1 s, de los cuales %2 s esperando entrada</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="226"/>
        <source>%1 s, of which %2 s waiting for input</source>
        <translation>%1 s, de los cuales %2 s esperando entrada</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="229"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="229"/>
        <source>ran in %1 s</source>
        <translation>ejecutado en %1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="231"/>
        <source>peak memory %1 MB</source>
        <translation>pico de memoria %1 MB</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="233"/>
        <source>output truncated</source>
        <translation>salida truncada</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="272"/>
        <source>The strict profile allows only a safe subset of Python. To run the whole language in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press “Switch to Standard and Run Again” in the Violations panel.
</source>
        <translation>El perfil estricto solo permite un subconjunto seguro de Python. Para ejecutar todo el lenguaje en el mismo entorno aislado, elija Estándar en Configuración ▸ Ejecución de programas ▸ Perfil o pulse «Cambiar a estándar y volver a ejecutar» en el panel Infracciones.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="275"/>
        <source>The strict profile does not let a program start other programs. To allow it in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press “Switch to Standard and Run Again” in the Violations panel.
</source>
        <translation>El perfil estricto no permite que un programa inicie otros programas. Para permitirlo en el mismo entorno aislado, elija Estándar en Configuración ▸ Ejecución de programas ▸ Perfil o pulse «Cambiar a estándar y volver a ejecutar» en el panel Infracciones.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="279"/>
        <source>The server runs this program in the strict profile, which allows only a safe subset of Python.
</source>
        <translation>El servidor ejecuta este programa en el perfil estricto, que solo permite un subconjunto seguro de Python.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="281"/>
        <source>The server runs this program in the strict profile, which does not let a program start other programs.
</source>
        <translation>El servidor ejecuta este programa en el perfil estricto, que no permite que un programa inicie otros programas.
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
        <translation>%1 no está abierto en el editor</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="357"/>
        <source>The profile is now standard (Settings ▸ Running programs ▸ Profile).</source>
        <translation>El perfil ahora es estándar (Configuración ▸ Ejecución de programas ▸ Perfil).</translation>
    </message>
</context>
<context>
    <name>app::RunTargetSwitch</name>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="59"/>
        <source>Run on: Server</source>
        <translation>Ejecutar en: servidor</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="59"/>
        <source>Run on: Local</source>
        <translation>Ejecutar en: local</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="65"/>
        <source>Run O&amp;n</source>
        <translation>Ejecutar &amp;en</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="66"/>
        <source>&amp;Local Sandbox</source>
        <translation>Entorno aislado &amp;local</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="67"/>
        <source>Run programs in the sandbox on this computer</source>
        <translation>Ejecutar los programas en el entorno aislado de este equipo</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="68"/>
        <source>Code Remote &amp;Server</source>
        <translation>&amp;Servidor Code Remote</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="69"/>
        <source>Run programs on the Code Remote server set in Settings</source>
        <translation>Ejecutar los programas en el servidor Code Remote indicado en Configuración</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="70"/>
        <source>Server S&amp;ettings…</source>
        <translation>&amp;Configuración del servidor…</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="71"/>
        <source>Where programs run</source>
        <translation>Dónde se ejecutan los programas</translation>
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
        <translation>Ajustar las líneas largas</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="55"/>
        <source>Show spaces and tabs</source>
        <translation>Mostrar espacios y tabulaciones</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="56"/>
        <source>Analyze complexity after each run</source>
        <translation>Analizar la complejidad después de cada ejecución</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="62"/>
        <location filename="../app/SettingsDialog.cpp" line="63"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66"/>
        <source>This computer (local sandbox)</source>
        <translation>Este equipo (entorno aislado local)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="67"/>
        <location filename="../app/SettingsDialog.cpp" line="120"/>
        <source>Code Remote server</source>
        <translation>Servidor Code Remote</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="81"/>
        <source>Strict (whitelisted imports, like the hosted platform)</source>
        <translation>Estricto (solo importaciones permitidas, como en la plataforma alojada)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="82"/>
        <source>Standard (the whole language)</source>
        <translation>Estándar (todo el lenguaje)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="84"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="85"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="86"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="89"/>
        <source>Empty: offline analysis only</source>
        <translation>Vacía: solo análisis sin conexión</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="92"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="99"/>
        <source>Execution target</source>
        <translation>Destino de ejecución</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="99"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Server API token</source>
        <translation>Token de API del servidor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Where the API token is stored</source>
        <translation>Dónde se guarda el token de API</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="101"/>
        <source>Security profile</source>
        <translation>Perfil de seguridad</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="102"/>
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="102"/>
        <source>Memory limit</source>
        <translation>Límite de memoria</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="103"/>
        <source>Output limit</source>
        <translation>Límite de salida</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="103"/>
        <source>Editor font</source>
        <translation>Tipo de letra del editor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="104"/>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="104"/>
        <source>Tab width</source>
        <translation>Ancho de tabulación</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="105"/>
        <source>Characters before completion</source>
        <translation>Caracteres antes de completar</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="105"/>
        <source>Word wrap</source>
        <translation>Ajuste de línea</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="106"/>
        <source>Show whitespace</source>
        <translation>Mostrar espacios en blanco</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="106"/>
        <source>Analyze after run</source>
        <translation>Analizar tras la ejecución</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Gemini API key</source>
        <translation>Clave de API de Gemini</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Gemini model</source>
        <translation>Modelo de Gemini</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="108"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="113"/>
        <source>Running programs</source>
        <translation>Ejecución de programas</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="115"/>
        <source>&amp;Run on:</source>
        <translation>&amp;Ejecutar en:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="116"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="117"/>
        <source>&amp;Time limit:</source>
        <translation>Límite de &amp;tiempo:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="118"/>
        <source>&amp;Memory limit:</source>
        <translation>Límite de &amp;memoria:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="119"/>
        <source>&amp;Output limit:</source>
        <translation>Límite de &amp;salida:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="123"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="124"/>
        <source>API to&amp;ken:</source>
        <translation>To&amp;ken de API:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="129"/>
        <source>&amp;Test connection</source>
        <translation>P&amp;robar la conexión</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="133"/>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="141"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="148"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="150"/>
        <source>&amp;Font:</source>
        <translation>Tipo de &amp;letra:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="151"/>
        <source>Font &amp;size:</source>
        <translation>Tama&amp;ño de letra:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="152"/>
        <source>Ta&amp;b width:</source>
        <translation>Ancho de ta&amp;bulación:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="153"/>
        <source>&amp;Complete after:</source>
        <translation>&amp;Completar tras:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="156"/>
        <source>Complexity analysis</source>
        <translation>Análisis de complejidad</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="159"/>
        <source>Gemini API &amp;key:</source>
        <translation>Cla&amp;ve de API de Gemini:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="160"/>
        <source>Gemini mo&amp;del:</source>
        <translation>Mo&amp;delo de Gemini:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="161"/>
        <source>The key is stored unencrypted in this computer&apos;s settings file (%1) and is sent only to Google&apos;s Gemini API. Without a key the analysis runs offline.</source>
        <translation>La clave se guarda sin cifrar en el archivo de configuración de este equipo (%1) y solo se envía a la API de Gemini de Google. Sin clave, el análisis se hace sin conexión.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="169"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="171"/>
        <source>T&amp;heme:</source>
        <translation>Tem&amp;a:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="172"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="175"/>
        <source>The main window changes language at once; the rest follows after a restart.</source>
        <translation>La ventana principal cambia de idioma al instante; el resto, tras reiniciar.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="318"/>
        <source>The saved token is for %1; enter the token for this server</source>
        <translation>El token guardado es para %1; introduzca el token de este servidor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="320"/>
        <source>From `code-remote-server token create NAME`</source>
        <translation>Obtenido con `code-remote-server token create NAME`</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="322"/>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="331"/>
        <source>Looking for the system keychain…</source>
        <translation>Buscando el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="335"/>
        <source>The token is kept in your system keychain.</source>
        <translation>El token se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="349"/>
        <source>No system keychain is available%1, so the token is stored in plain text in the settings file %2, which only your user account can read.</source>
        <translation>No hay ningún llavero del sistema disponible%1, así que el token se guarda en texto plano en el archivo de configuración %2, que solo su cuenta de usuario puede leer.</translation>
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
        <translation>El shell terminó: un comando superó su límite de tiempo y no se detuvo.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="146"/>
        <source>The shell ended: it used more memory than its limit.</source>
        <translation>El shell terminó: usó más memoria que su límite.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="148"/>
        <source>The shell was stopped.</source>
        <translation>Se detuvo el shell.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="150"/>
        <source>The shell could not start: %1</source>
        <translation>No se pudo iniciar el shell: %1</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="152"/>
        <source>The shell ended.</source>
        <translation>El shell terminó.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="153"/>
        <source>Press Enter to start a new one.</source>
        <translation>Pulse Intro para iniciar uno nuevo.</translation>
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
        <translation>Salida del shell</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="111"/>
        <source>Shell input</source>
        <translation>Entrada del shell</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="112"/>
        <source>Python (Enter runs, Tab completes, Up/Down: history)</source>
        <translation>Python (Intro ejecuta, Tab completa, Arriba/Abajo: historial)</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="113"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ShellDock.cpp" line="114"/>
        <source>A new interpreter: the shell forgets its variables. Idle shells end after %n minutes.</source>
        <translation>
            <numerusform>Un intérprete nuevo: el shell olvida sus variables. Los shells inactivos terminan tras %n minuto.</numerusform>
            <numerusform>Un intérprete nuevo: el shell olvida sus variables. Los shells inactivos terminan tras %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ShortcutsDialog</name>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="33"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="34"/>
        <source>Search commands or keys</source>
        <translation>Buscar comandos o teclas</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="35"/>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="37"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="38"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="38"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>app::StarterPrograms</name>
    <message>
        <location filename="../app/StarterPrograms.cpp" line="15"/>
        <source>Asks for your name and greets you. Run it (F5), then type your answer in the console and press Enter.</source>
        <translation>Pregunta su nombre y lo saluda. Ejecútelo (F5), escriba su respuesta en la consola y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>app::StatusFields</name>
    <message>
        <location filename="../app/StatusFields.cpp" line="28"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="29"/>
        <source>Ln %1, Col %2</source>
        <translation>Lín. %1, col. %2</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="38"/>
        <source>Language</source>
        <translation>Lenguaje</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="39"/>
        <source>Cursor position</source>
        <translation>Posición del cursor</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="40"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="41"/>
        <source>Run state</source>
        <translation>Estado de la ejecución</translation>
    </message>
</context>
<context>
    <name>app::TargetSessionFactory</name>
    <message>
        <location filename="../app/TargetSessionFactory.cpp" line="32"/>
        <source>The API token was entered for %1, so it is not sent to %2. Enter the token for %2.</source>
        <translation>El token de API se introdujo para %1, así que no se envía a %2. Introduzca el token de %2.</translation>
    </message>
</context>
<context>
    <name>app::UnsavedChangesDialog</name>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="24"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="25"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="27"/>
        <source>Unsaved files</source>
        <translation>Archivos sin guardar</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="39"/>
        <source>&amp;Save All</source>
        <translation>&amp;Guardar todo</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="40"/>
        <source>Save S&amp;elected</source>
        <translation>Guardar &amp;seleccionados</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="41"/>
        <source>&amp;Discard All</source>
        <translation>&amp;Descartar todo</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="57"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="59"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;No guardar</translation>
    </message>
</context>
<context>
    <name>app::VariablesModel</name>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Type</source>
        <translation>Tipo</translation>
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
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="93"/>
        <source>Double-click to see the whole value</source>
        <translation>Haga doble clic para ver el valor completo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/VariablesModel.cpp" line="109"/>
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(%n más sin mostrar)</numerusform>
            <numerusform>(%n más sin mostrar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ViolationsDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="85"/>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="86"/>
        <source>Security violations panel</source>
        <translation>Panel de infracciones de seguridad</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="88"/>
        <source>Security violations</source>
        <translation>Infracciones de seguridad</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="89"/>
        <source>No violations. The strict profile lists forbidden imports, builtins and syntax here.</source>
        <translation>No hay infracciones. El perfil estricto muestra aquí las importaciones, funciones integradas y sintaxis prohibidas.</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="90"/>
        <source>No violations</source>
        <translation>No hay infracciones</translation>
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
        <translation>Entrada y bucles</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="23"/>
        <source>Asks how many squares to print: type the answer where the program asks.</source>
        <translation>Pregunta cuántos cuadrados mostrar: escriba la respuesta donde el programa la pide.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="24"/>
        <source>Compare two solutions</source>
        <translation>Comparar dos soluciones</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="25"/>
        <source>A slow and a fast way to find a duplicate: analyse them and see O(n²) against O(n).</source>
        <translation>Una forma lenta y otra rápida de encontrar un duplicado: analícelas y compare O(n²) con O(n).</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="26"/>
        <source>A program the sandbox stops</source>
        <translation>Un programa que el entorno aislado detiene</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="27"/>
        <source>Tries to read your SSH keys and to reach the network: the sandbox refuses both.</source>
        <translation>Intenta leer sus claves SSH y acceder a la red: el entorno aislado rechaza ambas cosas.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="46"/>
        <location filename="../app/WelcomeDialog.cpp" line="48"/>
        <source>Welcome to Code Remote</source>
        <translation>Le damos la bienvenida a Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="55"/>
        <source>Write Python, run it safely in a sandbox on this computer or on a server, and see how fast it is: the output, the time, the memory and the complexity (Big-O) of your code. Programs cannot read your files or reach the network.</source>
        <translation>Escriba código Python, ejecútelo de forma segura en un entorno aislado en este equipo o en un servidor, y vea lo rápido que es: la salida, el tiempo, la memoria y la complejidad (notación O grande) de su código. Los programas no pueden leer sus archivos ni acceder a la red.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="61"/>
        <source>Try an example (it opens in a new tab):</source>
        <translation>Pruebe un ejemplo (se abre en una pestaña nueva):</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="80"/>
        <source>&lt;b&gt;%1&lt;/b&gt; runs the current tab. &lt;b&gt;%2&lt;/b&gt; analyses its complexity.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ejecuta la pestaña actual. &lt;b&gt;%2&lt;/b&gt; analiza su complejidad.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="87"/>
        <source>Open the &amp;Manual</source>
        <translation>Abrir el &amp;manual</translation>
    </message>
</context>
<context>
    <name>editor::CodeEditor</name>
    <message>
        <location filename="../editor/CodeEditor.cpp" line="28"/>
        <source>Code editor</source>
        <translation>Editor de código</translation>
    </message>
</context>
<context>
    <name>editor::ComplexityMarkers</name>
    <message>
        <location filename="../editor/ComplexityMarkers.cpp" line="80"/>
        <source>%1 loop</source>
        <translation>bucle %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="23"/>
        <source>Code Remote: write and run code.</source>
        <translation>Code Remote: escriba y ejecute código.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Files to open.</source>
        <translation>Archivos que abrir.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Quit once the window is shown (benchmarks).</source>
        <translation>Salir en cuanto se muestre la ventana (pruebas de rendimiento).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Open a new window even if one is running.</source>
        <translation>Abrir una ventana nueva aunque ya haya una abierta.</translation>
    </message>
</context>
<context>
    <name>remote::RemoteRunSession</name>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="71"/>
        <source>Stopped; the server did not confirm in time.</source>
        <translation>Detenido; el servidor no lo confirmó a tiempo.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="213"/>
        <location filename="../remote/RemoteRunSession.cpp" line="220"/>
        <source>The server at %1 refused the API token. Check the token set for this server.</source>
        <translation>El servidor %1 rechazó el token de API. Compruebe el token configurado para este servidor.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="234"/>
        <source>The connection to the server was lost, which ends a debug or shell session there.</source>
        <translation>Se perdió la conexión con el servidor, lo que termina allí la sesión de depuración o de shell.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="250"/>
        <source>Cannot reach the Code Remote server at %1 (%2). Your code was not run; it is kept for a retry.</source>
        <translation>No se puede contactar con el servidor Code Remote en %1 (%2). Su código no se ejecutó; se conserva para reintentarlo.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="251"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="254"/>
        <source>Lost the connection to the Code Remote server at %1 during the run (%2).</source>
        <translation>Se perdió la conexión con el servidor Code Remote en %1 durante la ejecución (%2).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="255"/>
        <source>connection closed</source>
        <translation>conexión cerrada</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="275"/>
        <source>The Code Remote server at %1 did not answer within %n second(s). Your code was not run; it is kept for a retry.</source>
        <translation>
            <numerusform>El servidor Code Remote en %1 no respondió en %n segundo. Su código no se ejecutó; se conserva para reintentarlo.</numerusform>
            <numerusform>El servidor Code Remote en %1 no respondió en %n segundos. Su código no se ejecutó; se conserva para reintentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="281"/>
        <source>Lost the connection to the Code Remote server at %1 before it took the run, and it did not come back within %n second(s). Your code is kept for a retry.</source>
        <translation>
            <numerusform>Se perdió la conexión con el servidor Code Remote en %1 antes de que aceptara la ejecución, y no volvió en %n segundo. Su código se conserva para reintentarlo.</numerusform>
            <numerusform>Se perdió la conexión con el servidor Code Remote en %1 antes de que aceptara la ejecución, y no volvió en %n segundos. Su código se conserva para reintentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="287"/>
        <source>Lost the connection to the Code Remote server at %1 during the run, and it did not come back within %n second(s). The job (%2) may still finish there.</source>
        <translation>
            <numerusform>Se perdió la conexión con el servidor Code Remote en %1 durante la ejecución, y no volvió en %n segundo. El trabajo (%2) aún puede terminar allí.</numerusform>
            <numerusform>Se perdió la conexión con el servidor Code Remote en %1 durante la ejecución, y no volvió en %n segundos. El trabajo (%2) aún puede terminar allí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="307"/>
        <source>The server sent a message this client does not understand (%1): %2</source>
        <translation>El servidor envió un mensaje que este cliente no entiende (%1): %2</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="337"/>
        <source>This server does not run shell sessions; use the local shell.</source>
        <translation>Este servidor no ejecuta sesiones de shell; use el shell local.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="338"/>
        <source>This server does not run debug sessions; debug locally.</source>
        <translation>Este servidor no ejecuta sesiones de depuración; depure localmente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="420"/>
        <source>The server is busy: its queue is full. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>El servidor está ocupado: su cola está llena. Reintente en %n segundo. Su código se conserva.</numerusform>
            <numerusform>El servidor está ocupado: su cola está llena. Reintente en %n segundos. Su código se conserva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="424"/>
        <source>Too many runs with this token in a short time. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Demasiadas ejecuciones con este token en poco tiempo. Reintente en %n segundo. Su código se conserva.</numerusform>
            <numerusform>Demasiadas ejecuciones con este token en poco tiempo. Reintente en %n segundos. Su código se conserva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="428"/>
        <source>This token already has as many runs in progress as the server allows. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Este token ya tiene tantas ejecuciones en curso como permite el servidor. Reintente en %n segundo. Su código se conserva.</numerusform>
            <numerusform>Este token ya tiene tantas ejecuciones en curso como permite el servidor. Reintente en %n segundos. Su código se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="434"/>
        <source>The server no longer knows this job (%1).</source>
        <translation>El servidor ya no conoce este trabajo (%1).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="441"/>
        <source>The server refused the run: %1 (%2).</source>
        <translation>El servidor rechazó la ejecución: %1 (%2).</translation>
    </message>
</context>
</TS>
