<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="100"/>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="102"/>
        <source>Server: not set up</source>
        <translation>Servidor: não configurado</translation>
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
        <translation>Servidor: on-line</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="112"/>
        <source>Server: reconnecting…</source>
        <translation>Servidor: reconectando…</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="114"/>
        <source>Server: unreachable</source>
        <translation>Servidor: inacessível</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="116"/>
        <source>Server: token refused</source>
        <translation>Servidor: token recusado</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="118"/>
        <source>Server: busy</source>
        <translation>Servidor: ocupado</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="120"/>
        <source>Server: run failed</source>
        <translation>Servidor: falha na execução</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="127"/>
        <source>no server set</source>
        <translation>nenhum servidor definido</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="130"/>
        <source>Programs run in the local sandbox on this computer.</source>
        <translation>Os programas são executados na sandbox local deste computador.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="132"/>
        <source>Programs run on a Code Remote server, but its URL or API token is missing. Set them in Settings.</source>
        <translation>Os programas são executados em um servidor Code Remote, mas falta a URL ou o token de API. Defina-os nas Configurações.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="135"/>
        <source>Programs run on %1. The connection opens when a program runs.</source>
        <translation>Os programas são executados em %1. A conexão é aberta quando um programa é executado.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="137"/>
        <source>%1 answers. The connection opens when a program runs.</source>
        <translation>%1 responde. A conexão é aberta quando um programa é executado.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="139"/>
        <source>Connecting to %1.</source>
        <translation>Conectando a %1.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="141"/>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="143"/>
        <source>The connection to %1 dropped; trying again.</source>
        <translation>A conexão com %1 caiu; tentando novamente.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="145"/>
        <source>%1 does not answer. Check the URL and that the server is running.</source>
        <translation>%1 não responde. Verifique a URL e se o servidor está em execução.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="147"/>
        <source>%1 refused the API token. Check the token in Settings.</source>
        <translation>%1 recusou o token de API. Verifique o token nas Configurações.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="149"/>
        <source>%1 was too busy to take the last run. Try again in a moment.</source>
        <translation>%1 estava ocupado demais para aceitar a última execução. Tente novamente em instantes.</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="151"/>
        <source>The last run on %1 failed; the output panel says why.</source>
        <translation>A última execução em %1 falhou; o painel de saída mostra o motivo.</translation>
    </message>
</context>
<context>
    <name>MeasureChoices</name>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="51"/>
        <source>it is nested in another function</source>
        <translation>ela está aninhada em outra função</translation>
    </message>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="67"/>
        <source>Measure cannot call %1()</source>
        <translation>“Medir” não consegue chamar %1()</translation>
    </message>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="68"/>
        <source>Measure cannot call %1(): %2</source>
        <translation>“Medir” não consegue chamar %1(): %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/SecretStore.cpp" line="80"/>
        <source>This build of Code Remote has no keychain support (QtKeychain).</source>
        <translation>Esta versão do Code Remote não tem suporte ao chaveiro (QtKeychain).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="24"/>
        <source>No server URL is set.</source>
        <translation>Nenhuma URL de servidor foi definida.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="28"/>
        <source>The server URL must start with http://, https://, ws:// or wss:// (got &quot;%1&quot;).</source>
        <translation>A URL do servidor deve começar com http://, https://, ws:// ou wss:// (recebido: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="31"/>
        <source>The server URL &quot;%1&quot; has no host.</source>
        <translation>A URL do servidor &quot;%1&quot; não tem host.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="33"/>
        <source>No API token is set (create one with `code-remote-server token create NAME`).</source>
        <translation>Nenhum token de API foi definido (crie um com `code-remote-server token create NAME`).</translation>
    </message>
</context>
<context>
    <name>analysis::Analyzer</name>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="15"/>
        <source>Gemini: %1; retry %2 in %3 s</source>
        <translation>Gemini: %1; nova tentativa %2 em %3 s</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="57"/>
        <source>Asking Gemini…</source>
        <translation>Consultando o Gemini…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="57"/>
        <source>Analyzing…</source>
        <translation>Analisando…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="95"/>
        <source>Waiting for Gemini…</source>
        <translation>Aguardando o Gemini…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="114"/>
        <source>Gemini failed, so the offline analysis answered: %1</source>
        <translation>O Gemini falhou, então a análise off-line respondeu: %1</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="123"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>analysis::EmpiricalAnalyzer</name>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="112"/>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="192"/>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="199"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="97"/>
        <source>Measuring…</source>
        <translation>Medindo…</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="38"/>
        <source>the program does not compile: line %1: %2</source>
        <translation>o programa não compila: linha %1: %2</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="237"/>
        <source>%1 and %2 fit closely; measuring again</source>
        <translation>%1 e %2 se ajustam quase igualmente; medindo de novo</translation>
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
            <numerusform>só foi possível medir %n tamanho a tempo; poucos demais para ajustar</numerusform>
            <numerusform>só foi possível medir %n tamanhos a tempo; poucos demais para ajustar</numerusform>
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
        <translation>string</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="339"/>
        <source>Timed %1 at %2 sizes up to n = %3 (%4 input); the measurements fit %5 within %6 %.</source>
        <translation>%1 cronometrado em %2 tamanhos até n = %3 (entrada: %4); as medições se ajustam a %5 com margem de %6 %.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="341"/>
        <source>%1() growing %2</source>
        <translation>%1() aumentando %2</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="349"/>
        <source>%1 fits nearly as well (within %2 %), even with every size measured again: the timings cannot tell the two apart, so the slower-growing %3 is shown, with a lower confidence.</source>
        <translation>%1 se ajusta quase tão bem (dentro de %2 %), mesmo com cada tamanho medido de novo: os tempos não permitem distingui-los, então %3, que cresce mais devagar, é mostrado, com confiança menor.</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="352"/>
        <source>%1 fits nearly as well (within %2 %): the timings cannot tell the two apart, so the slower-growing %3 is shown, with a lower confidence.</source>
        <translation>%1 se ajusta quase tão bem (dentro de %2 %): os tempos não permitem distingui-los, então %3, que cresce mais devagar, é mostrado, com confiança menor.</translation>
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
        <translation>O Gemini enviou uma resposta que não é JSON</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="189"/>
        <source>Gemini blocked the request (%1)</source>
        <translation>O Gemini bloqueou a solicitação (%1)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="190"/>
        <source>Gemini returned no answer</source>
        <translation>O Gemini não retornou nenhuma resposta</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="207"/>
        <source>Gemini&apos;s answer was cut off (MAX_TOKENS)</source>
        <translation>A resposta do Gemini foi cortada (MAX_TOKENS)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="210"/>
        <source>Gemini stopped without an answer (%1)</source>
        <translation>O Gemini parou sem responder (%1)</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="211"/>
        <source>Gemini&apos;s answer is not the requested JSON</source>
        <translation>A resposta do Gemini não é o JSON solicitado</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="215"/>
        <source>Gemini&apos;s answer has no time complexity</source>
        <translation>A resposta do Gemini não traz a complexidade de tempo</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="274"/>
        <location filename="../analysis/GeminiClient.cpp" line="289"/>
        <source>no Gemini API key is set</source>
        <translation>nenhuma chave de API do Gemini foi definida</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="376"/>
        <source>the Gemini API key is not valid; check it in the settings</source>
        <translation>a chave de API do Gemini não é válida; verifique-a nas configurações</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="382"/>
        <source>Gemini is not available for this key (enable billing or check the region)%1</source>
        <translation>O Gemini não está disponível para esta chave (ative o faturamento ou verifique a região)%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="384"/>
        <source>Gemini rejected the request%1</source>
        <translation>O Gemini rejeitou a solicitação%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="389"/>
        <source>the Gemini API key is not allowed to use this model or API%1</source>
        <translation>a chave de API do Gemini não tem permissão para usar este modelo ou API%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="395"/>
        <source>the Gemini model &quot;%1&quot; does not exist or was retired; pick another model in the settings</source>
        <translation>o modelo do Gemini &quot;%1&quot; não existe ou foi descontinuado; escolha outro modelo nas configurações</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="402"/>
        <source>the Gemini quota for today is used up; it resets at midnight Pacific time</source>
        <translation>a cota do Gemini para hoje se esgotou; ela é redefinida à meia-noite, horário do Pacífico</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="405"/>
        <source>the Gemini quota is exhausted (rate limit)%1</source>
        <translation>a cota do Gemini se esgotou (limite de taxa)%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="410"/>
        <source>Gemini had a server error (HTTP %1)%2</source>
        <translation>O Gemini teve um erro de servidor (HTTP %1)%2</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="414"/>
        <source>Gemini answered with HTTP %1%2</source>
        <translation>O Gemini respondeu com HTTP %1%2</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="435"/>
        <source>Gemini did not answer within %1 s</source>
        <translation>O Gemini não respondeu em %1 s</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="436"/>
        <source>cannot reach Gemini: %1</source>
        <translation>não foi possível acessar o Gemini: %1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="460"/>
        <source>; Gemini asks to wait %1 s before retrying</source>
        <translation>; o Gemini pede para aguardar %1 s antes de tentar novamente</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="477"/>
        <source>Gemini&apos;s model list could not be read</source>
        <translation>Não foi possível ler a lista de modelos do Gemini</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="500"/>
        <source>%1 is available</source>
        <translation>%1 está disponível</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="501"/>
        <source>the model &quot;%1&quot; is not offered for generateContent; available: %2</source>
        <translation>o modelo &quot;%1&quot; não é oferecido para generateContent; disponíveis: %2</translation>
    </message>
</context>
<context>
    <name>analysis::ProcessScriptExecutor</name>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="150"/>
        <source>the analysis took too long and was stopped</source>
        <translation>a análise demorou demais e foi interrompida</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="161"/>
        <source>cannot start %1: %2</source>
        <translation>não foi possível iniciar %1: %2</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="170"/>
        <source>the analysis script failed: %1</source>
        <translation>o script de análise falhou: %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="185"/>
        <source>cannot write the script to %1</source>
        <translation>não foi possível gravar o script em %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="226"/>
        <source>the analysis was cancelled</source>
        <translation>a análise foi cancelada</translation>
    </message>
</context>
<context>
    <name>analysis::SandboxScriptExecutor</name>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="72"/>
        <source>the analysis took too long and was stopped</source>
        <translation>a análise demorou demais e foi interrompida</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="75"/>
        <source>the analysis ran out of memory</source>
        <translation>a análise ficou sem memória</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="78"/>
        <source>the analysis was cancelled</source>
        <translation>a análise foi cancelada</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="81"/>
        <source>the sandbox could not run the analysis: %1</source>
        <translation>a sandbox não conseguiu executar a análise: %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="84"/>
        <source>the analysis script failed (%1): %2</source>
        <translation>o script de análise falhou (%1): %2</translation>
    </message>
</context>
<context>
    <name>analysis::StaticAnalyzer</name>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="67"/>
        <source>no offline analyzer for %1 programs</source>
        <translation>não há análise off-line para programas %1</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="119"/>
        <source>the analysis was cancelled</source>
        <translation>a análise foi cancelada</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="289"/>
        <source>the static analyzer gave an unreadable answer</source>
        <translation>o analisador estático deu uma resposta ilegível</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="295"/>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="305"/>
        <source> Space: %1.</source>
        <translation> Espaço: %1.</translation>
    </message>
</context>
<context>
    <name>app::AboutDialog</name>
    <message>
        <location filename="../app/AboutDialog.cpp" line="16"/>
        <location filename="../app/AboutDialog.cpp" line="17"/>
        <source>About Code Remote</source>
        <translation>Sobre o Code Remote</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="19"/>
        <source>Versions and sandbox layers</source>
        <translation>Versões e camadas da sandbox</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="32"/>
        <source>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;Write code, run it in a sandbox on this computer, and read its output.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · QScintilla %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;Escreva código, execute-o em uma sandbox neste computador e leia a saída.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado com %3) · QScintilla %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="42"/>
        <source>&lt;h3&gt;Sandbox layers on this machine&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Camadas da sandbox nesta máquina&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="44"/>
        <source>&lt;p&gt;The sandbox helper could not be asked: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Não foi possível consultar o auxiliar da sandbox: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::AnalysisController</name>
    <message>
        <location filename="../app/AnalysisTabs.cpp" line="62"/>
        <source>Measure failed: %1</source>
        <translation>Falha na medição: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="78"/>
        <source>Complexity analysis reads Python, Java, JavaScript and C++ programs; this file is plain text.</source>
        <translation>A análise de complexidade lê programas em Python, Java, JavaScript e C++; este arquivo é texto simples.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="81"/>
        <source>Measure times functions of Python, Java, JavaScript and C++ programs only for now, not %1. Analyze (Ctrl+Shift+A) still estimates its complexity.</source>
        <translation>Medir cronometra por enquanto apenas funções de programas em Python, Java, JavaScript e C++, não %1. Analisar (Ctrl+Shift+A) ainda estima sua complexidade.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="85"/>
        <source>The offline complexity analysis reads Python, Java, JavaScript and C++, not %1 yet; with a Gemini key (Settings) Gemini analyzes it. The %1 program still runs (F5): its time and peak memory are under its output.</source>
        <translation>A análise de complexidade offline lê Python, Java, JavaScript e C++, ainda não %1; com uma chave do Gemini (Configurações), o Gemini o analisa. O programa %1 ainda é executado (F5): seu tempo e pico de memória aparecem abaixo da saída.</translation>
    </message>
</context>
<context>
    <name>app::AnalysisDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="38"/>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="39"/>
        <source>Analysis panel</source>
        <translation>Painel de análise</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="41"/>
        <source>Complexity analysis will appear here.
Run a program to see its time and space behaviour.</source>
        <translation>A análise de complexidade aparecerá aqui.
Execute um programa para ver seu comportamento em tempo e espaço.</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="43"/>
        <source>No analysis yet</source>
        <translation>Nenhuma análise ainda</translation>
    </message>
</context>
<context>
    <name>app::AnalysisPanel</name>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="241"/>
        <source>Complexity analysis</source>
        <translation>Análise de complexidade</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="243"/>
        <source>Analysis results</source>
        <translation>Resultados da análise</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="244"/>
        <source>Analyze</source>
        <translation>Analisar</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="246"/>
        <source>Estimate the time and space complexity of the current file (Ctrl+Shift+A)</source>
        <translation>Estimar a complexidade de tempo e espaço do arquivo atual (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="247"/>
        <source>Analyze complexity</source>
        <translation>Analisar complexidade</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="248"/>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="250"/>
        <source>Time the program&apos;s function at growing input sizes in the sandbox and fit its complexity (Ctrl+Shift+M)</source>
        <translation>Cronometrar a função do programa com entradas de tamanho crescente na sandbox e ajustar sua complexidade (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="252"/>
        <source>Measure complexity</source>
        <translation>Medir complexidade</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="253"/>
        <source>Analysis progress</source>
        <translation>Progresso da análise</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="254"/>
        <source>Run a program or press Ctrl+Shift+A to see its time and space complexity here.</source>
        <translation>Execute um programa ou pressione Ctrl+Shift+A para ver aqui sua complexidade de tempo e espaço.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="255"/>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="256"/>
        <source>Functions</source>
        <translation>Funções</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Function</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="258"/>
        <source>Functions and their complexity</source>
        <translation>Funções e sua complexidade</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="259"/>
        <location filename="../app/AnalysisPanel.cpp" line="261"/>
        <source>Risky patterns</source>
        <translation>Padrões de risco</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="262"/>
        <source>No risky patterns found.</source>
        <translation>Nenhum padrão de risco encontrado.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="264"/>
        <source>The code changed after this analysis. Press Ctrl+Shift+A to analyze it again.</source>
        <translation>O código mudou depois desta análise. Pressione Ctrl+Shift+A para analisá-lo de novo.</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="265"/>
        <source>Measured time against input size</source>
        <translation>Tempo medido em função do tamanho da entrada</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="266"/>
        <source>input size n</source>
        <translation>tamanho da entrada n</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="267"/>
        <source>time (ms)</source>
        <translation>tempo (ms)</translation>
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
        <translation>Análise de %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="340"/>
        <source>Measuring…</source>
        <translation>Medindo…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="341"/>
        <source>Asking Gemini…</source>
        <translation>Consultando o Gemini…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="342"/>
        <source>Analyzing…</source>
        <translation>Analisando…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="380"/>
        <location filename="../app/AnalysisPanel.cpp" line="493"/>
        <source>Measured time</source>
        <translation>Tempo medido</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="443"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="470"/>
        <source>%1 risk on line %2: %3</source>
        <translation>Risco %1 na linha %2: %3</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="494"/>
        <source>Measured time of %1()</source>
        <translation>Tempo medido de %1()</translation>
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
        <translation>Análise estática</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="76"/>
        <source>Measured</source>
        <translation>Medição</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="78"/>
        <source>No analysis for this language</source>
        <translation>Sem análise para esta linguagem</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="101"/>
        <source>eval / exec</source>
        <translation>eval / exec</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="103"/>
        <source>system command</source>
        <translation>comando do sistema</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="105"/>
        <source>network access</source>
        <translation>acesso à rede</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="107"/>
        <source>file deletion</source>
        <translation>exclusão de arquivos</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="109"/>
        <source>dynamic import</source>
        <translation>importação dinâmica</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="111"/>
        <source>unpickling</source>
        <translation>desserialização com pickle</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="113"/>
        <source>unbounded loop</source>
        <translation>laço sem limite</translation>
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
        <translation>médio</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="129"/>
        <source>Low</source>
        <translation>baixo</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="141"/>
        <source>fitted %1</source>
        <translation>ajustado: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="198"/>
        <source>The analysis failed: %1</source>
        <translation>A análise falhou: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="201"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="201"/>
        <source>Time complexity: %1</source>
        <translation>Complexidade de tempo: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="202"/>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="202"/>
        <source>Space complexity: %1</source>
        <translation>Complexidade de espaço: %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="204"/>
        <source>Confidence %1 %</source>
        <translation>Confiança %1 %</translation>
    </message>
</context>
<context>
    <name>app::ConnectionTester</name>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="19"/>
        <source>Connected in %1 ms, but the token check timed out</source>
        <translation>Conectado em %1 ms, mas a verificação do token excedeu o tempo limite</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="45"/>
        <source>Enter the server&apos;s address first</source>
        <translation>Informe primeiro o endereço do servidor</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="59"/>
        <source>Cannot reach the server: %1</source>
        <translation>Não foi possível acessar o servidor: %1</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="63"/>
        <source>Connected in %1 ms; enter the API token to run programs</source>
        <translation>Conectado em %1 ms; informe o token de API para executar programas</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="83"/>
        <source>Connected in %1 ms, token accepted</source>
        <translation>Conectado em %1 ms, token aceito</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="86"/>
        <source>Connected in %1 ms, but the server refused the token (HTTP %2)</source>
        <translation>Conectado em %1 ms, mas o servidor recusou o token (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="88"/>
        <source>Connected in %1 ms, but the token check answered HTTP %2</source>
        <translation>Conectado em %1 ms, mas a verificação do token respondeu HTTP %2</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="90"/>
        <source>Connected in %1 ms, but the token check failed: %2</source>
        <translation>Conectado em %1 ms, mas a verificação do token falhou: %2</translation>
    </message>
</context>
<context>
    <name>app::DebugController</name>
    <message>
        <location filename="../app/DebugController.cpp" line="62"/>
        <source>Breakpoint Condition</source>
        <translation>Condição do ponto de interrupção</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="63"/>
        <source>Stop only when this Python expression is true (empty: always):</source>
        <translation>Parar só quando esta expressão Python for verdadeira (vazia: sempre):</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="74"/>
        <source>F5 (while paused)</source>
        <translation>F5 (quando pausado)</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="93"/>
        <source>Only Python programs can be debugged.</source>
        <translation>Só programas Python podem ser depurados.</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="185"/>
        <source>Paused at %1:%2</source>
        <translation>Pausado em %1:%2</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="224"/>
        <source>Expressions are evaluated while the program is paused.</source>
        <translation>As expressões são avaliadas enquanto o programa está pausado.</translation>
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
        <translation>Sem resposta a tempo: um __repr__ ou a expressão não retorna. Pare o programa para encerrá-lo.</translation>
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
        <translation>Pilha de chamadas</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="92"/>
        <location filename="../app/DebugDock.cpp" line="94"/>
        <source>Variables</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="95"/>
        <source>Evaluate an expression in the selected frame</source>
        <translation>Avaliar uma expressão no quadro selecionado</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="96"/>
        <source>Expression to evaluate</source>
        <translation>Expressão a avaliar</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="104"/>
        <source>Uncaught exception: %1
Continue ends the run with its traceback.</source>
        <translation>Exceção não capturada: %1
Continuar encerra a execução com o seu traceback.</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="114"/>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, linha %3</translation>
    </message>
</context>
<context>
    <name>app::DebuggingUi</name>
    <message>
        <location filename="../app/DebuggingUi.cpp" line="136"/>
        <source>Debug</source>
        <translation>Depuração</translation>
    </message>
</context>
<context>
    <name>app::DocumentController</name>
    <message>
        <location filename="../app/DocumentController.cpp" line="90"/>
        <location filename="../app/DocumentController.cpp" line="105"/>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
</context>
<context>
    <name>app::EditorTabs</name>
    <message>
        <location filename="../app/EditorTabs.cpp" line="28"/>
        <source>Open files</source>
        <translation>Arquivos abertos</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="82"/>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="113"/>
        <source>Cannot save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="182"/>
        <source>Untitled %1</source>
        <translation>Sem título %1</translation>
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
        <translation>Arquivos</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="82"/>
        <source>Files in the folder</source>
        <translation>Arquivos da pasta</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="83"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="84"/>
        <source>New File</source>
        <translation>Novo arquivo</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="85"/>
        <source>Create a file in this folder</source>
        <translation>Criar um arquivo nesta pasta</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="86"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="87"/>
        <source>Rename the selected file (F2)</source>
        <translation>Renomear o arquivo selecionado (F2)</translation>
    </message>
</context>
<context>
    <name>app::FindBar</name>
    <message>
        <location filename="../app/FindBar.cpp" line="82"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="83"/>
        <source>Re&amp;place:</source>
        <translation>Substituir &amp;por:</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="84"/>
        <source>Find text</source>
        <translation>Texto a localizar</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="85"/>
        <source>Replacement text</source>
        <translation>Texto de substituição</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="86"/>
        <source>Match &amp;case</source>
        <translation>Diferenciar &amp;maiúsculas</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="87"/>
        <source>&amp;Whole words</source>
        <translation>Palavras &amp;inteiras</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="88"/>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpressão regular</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="89"/>
        <source>&amp;Next</source>
        <translation>Próxim&amp;a</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="90"/>
        <source>Pre&amp;vious</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="91"/>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="92"/>
        <source>Replace &amp;All</source>
        <translation>Substituir &amp;todas</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="93"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fechar a barra de localização (Esc)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="94"/>
        <source>Close find bar</source>
        <translation>Fechar a barra de localização</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="95"/>
        <source>Search result</source>
        <translation>Resultado da busca</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="133"/>
        <source>Invalid expression: %1</source>
        <translation>Expressão inválida: %1</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="138"/>
        <source>Not found</source>
        <translation>Não encontrado</translation>
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
            <numerusform>%n ocorrência</numerusform>
            <numerusform>%n ocorrências</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="216"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n ocorrência substituída</numerusform>
            <numerusform>%n ocorrências substituídas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <location filename="../app/WindowActions.cpp" line="32"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="32"/>
        <source>Create an untitled Python file</source>
        <translation>Criar um arquivo Python sem título</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="33"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="33"/>
        <source>Open files</source>
        <translation>Abrir arquivos</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="34"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="34"/>
        <source>Save the current file</source>
        <translation>Salvar o arquivo atual</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="38"/>
        <source>Save &amp;As…</source>
        <translation>Salvar c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="39"/>
        <source>Save the current file under a new name</source>
        <translation>Salvar o arquivo atual com outro nome</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="43"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="44"/>
        <source>Close the current file</source>
        <translation>Fechar o arquivo atual</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="45"/>
        <source>Quit Code Remote</source>
        <translation>Sair do Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="47"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="48"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="50"/>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="51"/>
        <source>Select &amp;All</source>
        <translation>Selecionar t&amp;udo</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="52"/>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="52"/>
        <source>Find text in the current file</source>
        <translation>Localizar texto no arquivo atual</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="56"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Substituir…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="57"/>
        <source>Find and replace text</source>
        <translation>Localizar e substituir texto</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="58"/>
        <source>Find &amp;Next</source>
        <translation>Localizar pró&amp;xima</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="59"/>
        <source>Find Pre&amp;vious</source>
        <translation>Localizar a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="60"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Ir para a linha…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="64"/>
        <source>Toggle Co&amp;mment</source>
        <translation>Alternar co&amp;mentário</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="66"/>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Quebra de linha</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="70"/>
        <source>Show White&amp;space</source>
        <translation>Mostrar &amp;espaços em branco</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="76"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="78"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="79"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Redefinir zoom</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="89"/>
        <source>&amp;Debug</source>
        <translation>Dep&amp;urar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="90"/>
        <source>Run the current file in the debugger: it stops at breakpoints (Ctrl+F5)</source>
        <translation>Executar o arquivo atual no depurador: ele para nos pontos de interrupção (Ctrl+F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="97"/>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="98"/>
        <source>Continue to the next breakpoint (F5 while paused)</source>
        <translation>Continuar até o próximo ponto de interrupção (F5 quando pausado)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="103"/>
        <source>Pause Pro&amp;gram</source>
        <translation>Pausar o pro&amp;grama</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="104"/>
        <source>Pause the program being debugged where it is (F6)</source>
        <translation>Pausar o programa em depuração onde ele estiver (F6)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="108"/>
        <source>Step O&amp;ver</source>
        <translation>Passar po&amp;r cima</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="109"/>
        <source>Run the current line, stepping over calls (F10)</source>
        <translation>Executar a linha atual sem entrar nas chamadas (F10)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="113"/>
        <source>Step In&amp;to</source>
        <translation>E&amp;ntrar na função</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="114"/>
        <source>Run to the next line, into the function called (F11)</source>
        <translation>Executar até a próxima linha, entrando na função chamada (F11)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="118"/>
        <source>Step O&amp;ut</source>
        <translation>&amp;Sair da função</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="119"/>
        <source>Run until the current function returns (Shift+F11)</source>
        <translation>Executar até a função atual retornar (Shift+F11)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="123"/>
        <source>Toggle &amp;Breakpoint</source>
        <translation>Ati&amp;var/desativar ponto de interrupção</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="124"/>
        <source>Set or remove a breakpoint on the current line (F9)</source>
        <translation>Definir ou remover um ponto de interrupção na linha atual (F9)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="128"/>
        <source>Brea&amp;kpoint Condition…</source>
        <translation>Con&amp;dição do ponto de interrupção…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="129"/>
        <source>Stop on the current line only when an expression is true (Ctrl+Shift+F9)</source>
        <translation>Parar na linha atual só quando uma expressão for verdadeira (Ctrl+Shift+F9)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="135"/>
        <source>Stop on Uncaught Exceptions</source>
        <translation>Parar em exceções não capturadas</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="136"/>
        <source>Debugging: pause where an uncaught exception is raised, to see its variables (Ctrl+Shift+E)</source>
        <translation>Depuração: pausar onde uma exceção não capturada é lançada, para ver suas variáveis (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="141"/>
        <source>&amp;Python Shell</source>
        <translation>S&amp;hell do Python</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="142"/>
        <source>A Python prompt in the sandbox that keeps its variables (Ctrl+Shift+P)</source>
        <translation>Um prompt Python na sandbox que mantém suas variáveis (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="146"/>
        <source>Run, Then Stay in the S&amp;hell</source>
        <translation>Executar e f&amp;icar no shell</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="147"/>
        <source>Run the current file in the shell, whose prompt then has its variables (Ctrl+Shift+R)</source>
        <translation>Executar o arquivo atual no shell, cujo prompt fica depois com as variáveis dele (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="200"/>
        <source>Next Tab</source>
        <translation>Próxima aba</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="204"/>
        <source>Previous Tab</source>
        <translation>Aba anterior</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="80"/>
        <location filename="../app/WindowMenus.cpp" line="95"/>
        <source>&amp;Run</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="80"/>
        <source>Run the current file (F5)</source>
        <translation>Executar o arquivo atual (F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="84"/>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="85"/>
        <source>Stop the running program (Shift+F5)</source>
        <translation>Parar o programa em execução (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="152"/>
        <source>Send &amp;End of Input</source>
        <translation>Enviar &amp;fim da entrada</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="153"/>
        <source>Close the program&apos;s standard input (Ctrl+D in the input line)</source>
        <translation>Fechar a entrada padrão do programa (Ctrl+D na linha de entrada)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="157"/>
        <source>&amp;Analyze Complexity</source>
        <translation>&amp;Analisar complexidade</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="158"/>
        <source>Estimate the time and space complexity of the current file (Ctrl+Shift+A)</source>
        <translation>Estimar a complexidade de tempo e espaço do arquivo atual (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="164"/>
        <source>&amp;Measure Complexity</source>
        <translation>&amp;Medir complexidade</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="165"/>
        <source>Time the program&apos;s function at growing input sizes in the sandbox (Ctrl+Shift+M)</source>
        <translation>Cronometrar a função do programa com entradas de tamanho crescente na sandbox (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="171"/>
        <source>Go to &amp;Input Line</source>
        <translation>Ir para a linha de en&amp;trada</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="176"/>
        <source>C&amp;lear Output</source>
        <translation>&amp;Limpar saída</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="181"/>
        <source>Copy &amp;Output</source>
        <translation>&amp;Copiar saída</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="186"/>
        <source>Se&amp;ttings…</source>
        <translation>Confi&amp;gurações…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="187"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="191"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Boas-vindas</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="192"/>
        <source>The welcome page: what Code Remote does and example programs</source>
        <translation>A página de boas-vindas: o que o Code Remote faz e programas de exemplo</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="193"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="197"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="198"/>
        <source>Every keyboard shortcut, searchable</source>
        <translation>Todos os atalhos de teclado, com pesquisa</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="199"/>
        <source>&amp;About Code Remote</source>
        <translation>&amp;Sobre o Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="91"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="93"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="94"/>
        <source>&amp;View</source>
        <translation>Exi&amp;bir</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="96"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="369"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="370"/>
        <source>Output panel</source>
        <translation>Painel de saída</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="97"/>
        <source>Main menu</source>
        <translation>Menu principal</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="373"/>
        <source>Status bar</source>
        <translation>Barra de status</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="98"/>
        <location filename="../app/WindowMenus.cpp" line="99"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
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
        <translation>%1 salvo</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="503"/>
        <source>Go to Line</source>
        <translation>Ir para a linha</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="503"/>
        <source>Line (1–%1):</source>
        <translation>Linha (1–%1):</translation>
    </message>
</context>
<context>
    <name>app::ManualDialog</name>
    <message>
        <location filename="../app/ManualDialog.cpp" line="22"/>
        <source>Code Remote Manual</source>
        <translation>Manual do Code Remote</translation>
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
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="103"/>
        <source>&amp;Size:</source>
        <translation>&amp;Tamanho:</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="104"/>
        <source>The function Measure times; Analyze lists this program&apos;s functions</source>
        <translation>A função que “Medir” cronometra; “Analisar” lista as funções deste programa</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="105"/>
        <source>The function Measure times</source>
        <translation>A função que “Medir” cronometra</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="106"/>
        <source>The parameter that grows; the others get small fixed values made from their use</source>
        <translation>O parâmetro que cresce; os demais recebem valores fixos pequenos deduzidos do seu uso</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="107"/>
        <source>Function to measure</source>
        <translation>Função a medir</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="108"/>
        <source>Parameter that grows</source>
        <translation>Parâmetro que cresce</translation>
    </message>
</context>
<context>
    <name>app::NewProgramMenu</name>
    <message>
        <location filename="../app/NewProgramMenu.cpp" line="27"/>
        <source>New &amp;Program</source>
        <translation>Novo &amp;programa</translation>
    </message>
</context>
<context>
    <name>app::OutputPane</name>
    <message>
        <location filename="../app/OutputPane.cpp" line="183"/>
        <source>Program output</source>
        <translation>Saída do programa</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="184"/>
        <source>Program input</source>
        <translation>Entrada do programa</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="185"/>
        <source>Input for the running program (Enter sends, Ctrl+D ends input)</source>
        <translation>Entrada para o programa em execução (Enter envia, Ctrl+D encerra a entrada)</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="186"/>
        <source>&amp;Input:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="187"/>
        <source>Input line</source>
        <translation>Linha de entrada</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="188"/>
        <source>Type the program&apos;s input in a separate line instead of in the output</source>
        <translation>Digitar a entrada do programa em uma linha separada em vez de na saída</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="189"/>
        <source>Separate input line</source>
        <translation>Linha de entrada separada</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="191"/>
        <source>Copy all output</source>
        <translation>Copiar toda a saída</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="192"/>
        <source>Copy output</source>
        <translation>Copiar saída</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="193"/>
        <location filename="../app/OutputPane.cpp" line="194"/>
        <source>Clear output</source>
        <translation>Limpar saída</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="195"/>
        <source>Output notice</source>
        <translation>Aviso sobre a saída</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="262"/>
        <source>Type in the output: Enter sends the line, Ctrl+D ends the input, Up/Down recall lines</source>
        <translation>Digite na saída: Enter envia a linha, Ctrl+D encerra a entrada, Seta para cima/baixo recupera linhas anteriores</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="264"/>
        <source>The program&apos;s input has ended (Ctrl+D).</source>
        <translation>A entrada do programa terminou (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="266"/>
        <source>No program is running: the output is read-only.</source>
        <translation>Nenhum programa em execução: a saída é somente leitura.</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="380"/>
        <source>Long output: showing the last %1 of %2 lines.</source>
        <translation>Saída longa: mostrando as últimas %1 de %2 linhas.</translation>
    </message>
</context>
<context>
    <name>app::ProfileNotice</name>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="45"/>
        <source>The strict profile refused this program. The standard profile runs the whole language in the same sandbox; switch in Settings ▸ Running programs ▸ Profile, or here:</source>
        <translation>O perfil estrito recusou este programa. O perfil padrão executa toda a linguagem na mesma sandbox; troque em Configurações ▸ Execução de programas ▸ Perfil ou aqui:</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="47"/>
        <source>The strict profile refused this program, and this server runs the strict profile only. Change the program, or run it locally (Run ▸ Run On).</source>
        <translation>O perfil estrito recusou este programa, e este servidor só executa o perfil estrito. Altere o programa ou execute-o localmente (Executar ▸ Executar em).</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="49"/>
        <source>Switch to Standard and Run Again</source>
        <translation>Mudar para padrão e executar de novo</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="50"/>
        <source>Sets the profile to standard in the settings and runs the program again</source>
        <translation>Definir o perfil como padrão nas configurações e executar o programa de novo</translation>
    </message>
</context>
<context>
    <name>app::Prompts</name>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="12"/>
        <source>Save changes to %n file(s) before closing?</source>
        <translation>
            <numerusform>Salvar as alterações em %n arquivo antes de fechar?</numerusform>
            <numerusform>Salvar as alterações em %n arquivos antes de fechar?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="38"/>
        <source>Restore unsaved work</source>
        <translation>Restaurar trabalho não salvo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="39"/>
        <source>Code Remote did not close properly last time. Restore %n unsaved buffer(s)?</source>
        <translation>
            <numerusform>O Code Remote não foi fechado corretamente da última vez. Restaurar %n documento não salvo?</numerusform>
            <numerusform>O Code Remote não foi fechado corretamente da última vez. Restaurar %n documentos não salvos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="49"/>
        <source>Open Files</source>
        <translation>Abrir arquivos</translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="54"/>
        <source>Save As</source>
        <translation>Salvar como</translation>
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
        <translation>%1 (não existe mais)</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="51"/>
        <source>No recent files</source>
        <translation>Nenhum arquivo recente</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="55"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpar lista</translation>
    </message>
</context>
<context>
    <name>app::RunPreparation</name>
    <message>
        <location filename="../app/RunPreparation.cpp" line="27"/>
        <source>Precompiling &lt;bits/stdc++.h&gt; in the background (once per compiler and standard)…</source>
        <translation>Pré-compilando &lt;bits/stdc++.h&gt; em segundo plano (uma vez por compilador e padrão)…</translation>
    </message>
    <message>
        <location filename="../app/RunPreparation.cpp" line="30"/>
        <source>&lt;bits/stdc++.h&gt; is precompiled: C++ programs that include it now compile faster.</source>
        <translation>&lt;bits/stdc++.h&gt; está pré-compilado: programas C++ que o incluem agora compilam mais rápido.</translation>
    </message>
    <message>
        <location filename="../app/RunPreparation.cpp" line="31"/>
        <source>&lt;bits/stdc++.h&gt; could not be precompiled; programs still compile without it.</source>
        <translation>Não foi possível pré-compilar &lt;bits/stdc++.h&gt;; os programas continuam compilando sem ele.</translation>
    </message>
</context>
<context>
    <name>app::RunPresenter</name>
    <message>
        <location filename="../app/RunPresenter.cpp" line="49"/>
        <source>The program&apos;s input has ended: it reads nothing more.</source>
        <translation>A entrada do programa terminou: ele não lê mais nada.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="50"/>
        <source>No program is running: run it (F5), then type its input here.</source>
        <translation>Nenhum programa em execução: execute-o (F5) e depois digite a entrada dele aqui.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="68"/>
        <source>%1 files cannot be run yet.</source>
        <translation>Arquivos %1 ainda não podem ser executados.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="68"/>
        <source>Plain text</source>
        <translation>Texto simples</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="78"/>
        <source>Reading the server&apos;s API token from the keychain…</source>
        <translation>Lendo o token de API do servidor no chaveiro…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="83"/>
        <source>%1 was not run: the Code Remote server is not set up.</source>
        <translation>%1 não foi executado: o servidor Code Remote não está configurado.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="85"/>
        <source>— %1 Set the server in Settings (Run ▸ Run On ▸ Server Settings…). —</source>
        <translation>— %1 Configure o servidor nas Configurações (Executar ▸ Executar em ▸ Configurações do servidor…). —</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="113"/>
        <source>strict</source>
        <translation>estrito</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="113"/>
        <source>standard</source>
        <translation>padrão</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="115"/>
        <source>Running %1 on %2 (%3 profile)…</source>
        <translation>Executando %1 em %2 (perfil %3)…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="118"/>
        <source>Running %1 (%2 profile)…</source>
        <translation>Executando %1 (perfil %2)…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="121"/>
        <source>The run could not be started.</source>
        <translation>Não foi possível iniciar a execução.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="139"/>
        <source>Compiling</source>
        <translation>Compilando</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="140"/>
        <source>Waiting for input</source>
        <translation>Aguardando entrada</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="140"/>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="142"/>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="146"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="172"/>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="175"/>
        <source>Runtime error</source>
        <translation>Erro de execução</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="178"/>
        <source>CPU time limit exceeded</source>
        <translation>Limite de tempo de CPU excedido</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="179"/>
        <source>Time limit exceeded</source>
        <translation>Limite de tempo excedido</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="182"/>
        <source>Memory limit exceeded</source>
        <translation>Limite de memória excedido</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="185"/>
        <source>Output limit exceeded</source>
        <translation>Limite de saída excedido</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="188"/>
        <source>Blocked by the strict profile</source>
        <translation>Bloqueado pelo perfil estrito</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="191"/>
        <source>Compile error</source>
        <translation>Erro de compilação</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="198"/>
        <source>The server could not run the program.</source>
        <translation>O servidor não conseguiu executar o programa.</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="199"/>
        <source>Sandbox error</source>
        <translation>Erro da sandbox</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="199"/>
        <source>Sandbox error: %1</source>
        <translation>Erro da sandbox: %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="202"/>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="209"/>
        <source>exit code %1</source>
        <translation>código de saída %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="211"/>
        <source>signal %1</source>
        <translation>sinal %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="219"/>
        <source>compiled in %1 s</source>
        <translation>compilado em %1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="225"/>
        <source>ran in %1 s, of which %2 s waiting for input</source>
        <translation>executado em %1 s, dos quais %2 s aguardando entrada</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="226"/>
        <source>%1 s, of which %2 s waiting for input</source>
        <translation>%1 s, dos quais %2 s aguardando entrada</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="229"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="229"/>
        <source>ran in %1 s</source>
        <translation>executado em %1 s</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="231"/>
        <source>peak memory %1 MB</source>
        <translation>pico de memória %1 MB</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="233"/>
        <source>output truncated</source>
        <translation>saída truncada</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="272"/>
        <source>The strict profile allows only a safe subset of Python. To run the whole language in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press “Switch to Standard and Run Again” in the Violations panel.
</source>
        <translation>O perfil estrito só permite um subconjunto seguro do Python. Para executar toda a linguagem na mesma sandbox, escolha Padrão em Configurações ▸ Execução de programas ▸ Perfil ou clique em “Mudar para padrão e executar de novo” no painel Violações.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="275"/>
        <source>The strict profile does not let a program start other programs. To allow it in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press “Switch to Standard and Run Again” in the Violations panel.
</source>
        <translation>O perfil estrito não permite que um programa inicie outros programas. Para permitir isso na mesma sandbox, escolha Padrão em Configurações ▸ Execução de programas ▸ Perfil ou clique em “Mudar para padrão e executar de novo” no painel Violações.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="279"/>
        <source>The server runs this program in the strict profile, which allows only a safe subset of Python.
</source>
        <translation>O servidor executa este programa no perfil estrito, que só permite um subconjunto seguro do Python.
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="281"/>
        <source>The server runs this program in the strict profile, which does not let a program start other programs.
</source>
        <translation>O servidor executa este programa no perfil estrito, que não permite que um programa inicie outros programas.
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
        <translation>%1 não está aberto no editor</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="357"/>
        <source>The profile is now standard (Settings ▸ Running programs ▸ Profile).</source>
        <translation>O perfil agora é padrão (Configurações ▸ Execução de programas ▸ Perfil).</translation>
    </message>
</context>
<context>
    <name>app::RunTargetSwitch</name>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="59"/>
        <source>Run on: Server</source>
        <translation>Executar em: servidor</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="59"/>
        <source>Run on: Local</source>
        <translation>Executar em: local</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="65"/>
        <source>Run O&amp;n</source>
        <translation>Executar &amp;em</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="66"/>
        <source>&amp;Local Sandbox</source>
        <translation>Sandbox &amp;local</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="67"/>
        <source>Run programs in the sandbox on this computer</source>
        <translation>Executar os programas na sandbox deste computador</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="68"/>
        <source>Code Remote &amp;Server</source>
        <translation>&amp;Servidor Code Remote</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="69"/>
        <source>Run programs on the Code Remote server set in Settings</source>
        <translation>Executar os programas no servidor Code Remote definido nas Configurações</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="70"/>
        <source>Server S&amp;ettings…</source>
        <translation>&amp;Configurações do servidor…</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="71"/>
        <source>Where programs run</source>
        <translation>Onde os programas são executados</translation>
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
        <translation>Quebrar linhas longas</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="55"/>
        <source>Show spaces and tabs</source>
        <translation>Mostrar espaços e tabulações</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="56"/>
        <source>Analyze complexity after each run</source>
        <translation>Analisar a complexidade após cada execução</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="62"/>
        <location filename="../app/SettingsDialog.cpp" line="63"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66"/>
        <source>This computer (local sandbox)</source>
        <translation>Este computador (sandbox local)</translation>
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
        <translation>Estrito (só importações permitidas, como na plataforma hospedada)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="82"/>
        <source>Standard (the whole language)</source>
        <translation>Padrão (a linguagem inteira)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="84"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="85"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="86"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="89"/>
        <source>Empty: offline analysis only</source>
        <translation>Vazio: somente análise off-line</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="92"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="99"/>
        <source>Execution target</source>
        <translation>Destino da execução</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="99"/>
        <source>Server URL</source>
        <translation>URL do servidor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Server API token</source>
        <translation>Token de API do servidor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Where the API token is stored</source>
        <translation>Onde o token de API é guardado</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="101"/>
        <source>Security profile</source>
        <translation>Perfil de segurança</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="102"/>
        <source>Time limit</source>
        <translation>Limite de tempo</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="102"/>
        <source>Memory limit</source>
        <translation>Limite de memória</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="103"/>
        <source>Output limit</source>
        <translation>Limite de saída</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="103"/>
        <source>Editor font</source>
        <translation>Fonte do editor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="104"/>
        <source>Font size</source>
        <translation>Tamanho da fonte</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="104"/>
        <source>Tab width</source>
        <translation>Largura da tabulação</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="105"/>
        <source>Characters before completion</source>
        <translation>Caracteres antes de completar</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="105"/>
        <source>Word wrap</source>
        <translation>Quebra de linha</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="106"/>
        <source>Show whitespace</source>
        <translation>Mostrar espaços em branco</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="106"/>
        <source>Analyze after run</source>
        <translation>Analisar após a execução</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Gemini API key</source>
        <translation>Chave de API do Gemini</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Gemini model</source>
        <translation>Modelo do Gemini</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="108"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="113"/>
        <source>Running programs</source>
        <translation>Execução de programas</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="115"/>
        <source>&amp;Run on:</source>
        <translation>E&amp;xecutar em:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="116"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="117"/>
        <source>&amp;Time limit:</source>
        <translation>Limite de &amp;tempo:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="118"/>
        <source>&amp;Memory limit:</source>
        <translation>Limite de &amp;memória:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="119"/>
        <source>&amp;Output limit:</source>
        <translation>Limite de &amp;saída:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="123"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL do servidor:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="124"/>
        <source>API to&amp;ken:</source>
        <translation>To&amp;ken de API:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="129"/>
        <source>&amp;Test connection</source>
        <translation>T&amp;estar conexão</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="133"/>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="141"/>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="148"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="150"/>
        <source>&amp;Font:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="151"/>
        <source>Font &amp;size:</source>
        <translation>Tamanho da fo&amp;nte:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="152"/>
        <source>Ta&amp;b width:</source>
        <translation>Largura da ta&amp;bulação:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="153"/>
        <source>&amp;Complete after:</source>
        <translation>&amp;Completar após:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="156"/>
        <source>Complexity analysis</source>
        <translation>Análise de complexidade</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="159"/>
        <source>Gemini API &amp;key:</source>
        <translation>Cha&amp;ve de API do Gemini:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="160"/>
        <source>Gemini mo&amp;del:</source>
        <translation>Mo&amp;delo do Gemini:</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="161"/>
        <source>The key is stored unencrypted in this computer&apos;s settings file (%1) and is sent only to Google&apos;s Gemini API. Without a key the analysis runs offline.</source>
        <translation>A chave é guardada sem criptografia no arquivo de configurações deste computador (%1) e só é enviada à API do Gemini, do Google. Sem chave, a análise é feita off-line.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="169"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
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
        <translation>A janela principal muda de idioma na hora; o resto, após reiniciar.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="318"/>
        <source>The saved token is for %1; enter the token for this server</source>
        <translation>O token salvo é de %1; digite o token deste servidor</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="320"/>
        <source>From `code-remote-server token create NAME`</source>
        <translation>Obtido com `code-remote-server token create NAME`</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="322"/>
        <source>Reading the keychain…</source>
        <translation>Lendo o chaveiro…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="331"/>
        <source>Looking for the system keychain…</source>
        <translation>Procurando o chaveiro do sistema…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="335"/>
        <source>The token is kept in your system keychain.</source>
        <translation>O token é guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="349"/>
        <source>No system keychain is available%1, so the token is stored in plain text in the settings file %2, which only your user account can read.</source>
        <translation>Nenhum chaveiro do sistema está disponível%1, então o token é guardado em texto simples no arquivo de configurações %2, que só a sua conta de usuário pode ler.</translation>
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
        <translation>O shell terminou: um comando passou do limite de tempo e não parou.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="146"/>
        <source>The shell ended: it used more memory than its limit.</source>
        <translation>O shell terminou: usou mais memória do que o limite.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="148"/>
        <source>The shell was stopped.</source>
        <translation>O shell foi parado.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="150"/>
        <source>The shell could not start: %1</source>
        <translation>Não foi possível iniciar o shell: %1</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="152"/>
        <source>The shell ended.</source>
        <translation>O shell terminou.</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="153"/>
        <source>Press Enter to start a new one.</source>
        <translation>Pressione Enter para iniciar um novo.</translation>
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
        <translation>Saída do shell</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="111"/>
        <source>Shell input</source>
        <translation>Entrada do shell</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="112"/>
        <source>Python (Enter runs, Tab completes, Up/Down: history)</source>
        <translation>Python (Enter executa, Tab completa, Seta para cima/baixo: histórico)</translation>
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
            <numerusform>Um novo interpretador: o shell esquece suas variáveis. Shells ociosos terminam após %n minuto.</numerusform>
            <numerusform>Um novo interpretador: o shell esquece suas variáveis. Shells ociosos terminam após %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ShortcutsDialog</name>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="33"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="34"/>
        <source>Search commands or keys</source>
        <translation>Pesquisar comandos ou teclas</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="35"/>
        <source>Search shortcuts</source>
        <translation>Pesquisar atalhos</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="37"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="38"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="38"/>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>app::StarterPrograms</name>
    <message>
        <location filename="../app/StarterPrograms.cpp" line="15"/>
        <source>Asks for your name and greets you. Run it (F5), then type your answer in the console and press Enter.</source>
        <translation>Pergunta seu nome e cumprimenta você. Execute-o (F5), digite sua resposta no console e pressione Enter.</translation>
    </message>
</context>
<context>
    <name>app::StatusFields</name>
    <message>
        <location filename="../app/StatusFields.cpp" line="28"/>
        <source>Plain text</source>
        <translation>Texto simples</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="29"/>
        <source>Ln %1, Col %2</source>
        <translation>Lin %1, Col %2</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="38"/>
        <source>Language</source>
        <translation>Linguagem</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="39"/>
        <source>Cursor position</source>
        <translation>Posição do cursor</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="40"/>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="41"/>
        <source>Run state</source>
        <translation>Estado da execução</translation>
    </message>
</context>
<context>
    <name>app::TargetSessionFactory</name>
    <message>
        <location filename="../app/TargetSessionFactory.cpp" line="32"/>
        <source>The API token was entered for %1, so it is not sent to %2. Enter the token for %2.</source>
        <translation>O token de API foi digitado para %1, então não é enviado a %2. Digite o token de %2.</translation>
    </message>
</context>
<context>
    <name>app::UnsavedChangesDialog</name>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="24"/>
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="25"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="27"/>
        <source>Unsaved files</source>
        <translation>Arquivos não salvos</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="39"/>
        <source>&amp;Save All</source>
        <translation>Salvar &amp;todos</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="40"/>
        <source>Save S&amp;elected</source>
        <translation>Salvar s&amp;elecionados</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="41"/>
        <source>&amp;Discard All</source>
        <translation>&amp;Descartar todos</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="57"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="59"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Não salvar</translation>
    </message>
</context>
<context>
    <name>app::VariablesModel</name>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Locais</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="23"/>
        <source>Globals</source>
        <translation>Globais</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="89"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="93"/>
        <source>Double-click to see the whole value</source>
        <translation>Clique duas vezes para ver o valor inteiro</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/VariablesModel.cpp" line="109"/>
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(mais %n não mostrado)</numerusform>
            <numerusform>(mais %n não mostrados)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ViolationsDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="85"/>
        <source>Violations</source>
        <translation>Violações</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="86"/>
        <source>Security violations panel</source>
        <translation>Painel de violações de segurança</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="88"/>
        <source>Security violations</source>
        <translation>Violações de segurança</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="89"/>
        <source>No violations. The strict profile lists forbidden imports, builtins and syntax here.</source>
        <translation>Nenhuma violação. O perfil estrito lista aqui importações, funções embutidas e sintaxe proibidas.</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="90"/>
        <source>No violations</source>
        <translation>Nenhuma violação</translation>
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
        <translation>Entrada e laços</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="23"/>
        <source>Asks how many squares to print: type the answer where the program asks.</source>
        <translation>Pergunta quantos quadrados exibir: digite a resposta onde o programa pergunta.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="24"/>
        <source>Compare two solutions</source>
        <translation>Comparar duas soluções</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="25"/>
        <source>A slow and a fast way to find a duplicate: analyse them and see O(n²) against O(n).</source>
        <translation>Um jeito lento e um rápido de encontrar um item repetido: analise os dois e compare O(n²) com O(n).</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="26"/>
        <source>A program the sandbox stops</source>
        <translation>Um programa barrado pela sandbox</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="27"/>
        <source>Tries to read your SSH keys and to reach the network: the sandbox refuses both.</source>
        <translation>Tenta ler suas chaves SSH e acessar a rede: a sandbox recusa as duas coisas.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="46"/>
        <location filename="../app/WelcomeDialog.cpp" line="48"/>
        <source>Welcome to Code Remote</source>
        <translation>Boas-vindas ao Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="55"/>
        <source>Write Python, run it safely in a sandbox on this computer or on a server, and see how fast it is: the output, the time, the memory and the complexity (Big-O) of your code. Programs cannot read your files or reach the network.</source>
        <translation>Escreva código Python, execute-o com segurança em uma sandbox neste computador ou em um servidor e veja o quanto ele é rápido: a saída, o tempo, a memória e a complexidade (notação Big-O) do seu código. Os programas não podem ler seus arquivos nem acessar a rede.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="61"/>
        <source>Try an example (it opens in a new tab):</source>
        <translation>Experimente um exemplo (ele abre em uma nova aba):</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="80"/>
        <source>&lt;b&gt;%1&lt;/b&gt; runs the current tab. &lt;b&gt;%2&lt;/b&gt; analyses its complexity.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; executa a aba atual. &lt;b&gt;%2&lt;/b&gt; analisa a complexidade dela.</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="87"/>
        <source>Open the &amp;Manual</source>
        <translation>Abrir o &amp;manual</translation>
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
        <translation>laço %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="23"/>
        <source>Code Remote: write and run code.</source>
        <translation>Code Remote: escreva e execute código.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Files to open.</source>
        <translation>Arquivos a abrir.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Quit once the window is shown (benchmarks).</source>
        <translation>Sair assim que a janela for exibida (benchmarks).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Open a new window even if one is running.</source>
        <translation>Abrir uma nova janela mesmo que já haja uma aberta.</translation>
    </message>
</context>
<context>
    <name>remote::RemoteRunSession</name>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="71"/>
        <source>Stopped; the server did not confirm in time.</source>
        <translation>Parado; o servidor não confirmou a tempo.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="213"/>
        <location filename="../remote/RemoteRunSession.cpp" line="220"/>
        <source>The server at %1 refused the API token. Check the token set for this server.</source>
        <translation>O servidor em %1 recusou o token de API. Verifique o token definido para este servidor.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="234"/>
        <source>The connection to the server was lost, which ends a debug or shell session there.</source>
        <translation>A conexão com o servidor foi perdida, o que encerra a sessão de depuração ou de shell nele.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="250"/>
        <source>Cannot reach the Code Remote server at %1 (%2). Your code was not run; it is kept for a retry.</source>
        <translation>Não foi possível acessar o servidor Code Remote em %1 (%2). Seu código não foi executado; ele foi mantido para uma nova tentativa.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="251"/>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="254"/>
        <source>Lost the connection to the Code Remote server at %1 during the run (%2).</source>
        <translation>A conexão com o servidor Code Remote em %1 caiu durante a execução (%2).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="255"/>
        <source>connection closed</source>
        <translation>conexão fechada</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="275"/>
        <source>The Code Remote server at %1 did not answer within %n second(s). Your code was not run; it is kept for a retry.</source>
        <translation>
            <numerusform>O servidor Code Remote em %1 não respondeu em %n segundo. Seu código não foi executado; ele foi mantido para uma nova tentativa.</numerusform>
            <numerusform>O servidor Code Remote em %1 não respondeu em %n segundos. Seu código não foi executado; ele foi mantido para uma nova tentativa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="281"/>
        <source>Lost the connection to the Code Remote server at %1 before it took the run, and it did not come back within %n second(s). Your code is kept for a retry.</source>
        <translation>
            <numerusform>A conexão com o servidor Code Remote em %1 caiu antes que ele aceitasse a execução e não voltou em %n segundo. Seu código foi mantido para uma nova tentativa.</numerusform>
            <numerusform>A conexão com o servidor Code Remote em %1 caiu antes que ele aceitasse a execução e não voltou em %n segundos. Seu código foi mantido para uma nova tentativa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="287"/>
        <source>Lost the connection to the Code Remote server at %1 during the run, and it did not come back within %n second(s). The job (%2) may still finish there.</source>
        <translation>
            <numerusform>A conexão com o servidor Code Remote em %1 caiu durante a execução e não voltou em %n segundo. O job (%2) ainda pode terminar lá.</numerusform>
            <numerusform>A conexão com o servidor Code Remote em %1 caiu durante a execução e não voltou em %n segundos. O job (%2) ainda pode terminar lá.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="307"/>
        <source>The server sent a message this client does not understand (%1): %2</source>
        <translation>O servidor enviou uma mensagem que este cliente não entende (%1): %2</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="337"/>
        <source>This server does not run shell sessions; use the local shell.</source>
        <translation>Este servidor não executa sessões de shell; use o shell local.</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="338"/>
        <source>This server does not run debug sessions; debug locally.</source>
        <translation>Este servidor não executa sessões de depuração; depure localmente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="420"/>
        <source>The server is busy: its queue is full. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>O servidor está ocupado: a fila dele está cheia. Tente novamente em %n segundo. Seu código foi mantido.</numerusform>
            <numerusform>O servidor está ocupado: a fila dele está cheia. Tente novamente em %n segundos. Seu código foi mantido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="424"/>
        <source>Too many runs with this token in a short time. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Execuções demais com este token em pouco tempo. Tente novamente em %n segundo. Seu código foi mantido.</numerusform>
            <numerusform>Execuções demais com este token em pouco tempo. Tente novamente em %n segundos. Seu código foi mantido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="428"/>
        <source>This token already has as many runs in progress as the server allows. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Este token já tem tantas execuções em andamento quanto o servidor permite. Tente novamente em %n segundo. Seu código foi mantido.</numerusform>
            <numerusform>Este token já tem tantas execuções em andamento quanto o servidor permite. Tente novamente em %n segundos. Seu código foi mantido.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="434"/>
        <source>The server no longer knows this job (%1).</source>
        <translation>O servidor não conhece mais este job (%1).</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="441"/>
        <source>The server refused the run: %1 (%2).</source>
        <translation>O servidor recusou a execução: %1 (%2).</translation>
    </message>
</context>
</TS>
