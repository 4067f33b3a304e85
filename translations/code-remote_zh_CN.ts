<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="100"/>
        <source>Local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="102"/>
        <source>Server: not set up</source>
        <translation>服务器：未设置</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="104"/>
        <source>Server: disconnected</source>
        <translation>服务器：已断开</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="106"/>
        <source>Server: connecting…</source>
        <translation>服务器：正在连接…</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="108"/>
        <source>Server: connected</source>
        <translation>服务器：已连接</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="110"/>
        <source>Server: online</source>
        <translation>服务器：在线</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="112"/>
        <source>Server: reconnecting…</source>
        <translation>服务器：正在重新连接…</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="114"/>
        <source>Server: unreachable</source>
        <translation>服务器：无法访问</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="116"/>
        <source>Server: token refused</source>
        <translation>服务器：令牌被拒绝</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="118"/>
        <source>Server: busy</source>
        <translation>服务器：繁忙</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="120"/>
        <source>Server: run failed</source>
        <translation>服务器：运行失败</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="127"/>
        <source>no server set</source>
        <translation>未设置服务器</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="130"/>
        <source>Programs run in the local sandbox on this computer.</source>
        <translation>程序在这台计算机的本地沙箱中运行。</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="132"/>
        <source>Programs run on a Code Remote server, but its URL or API token is missing. Set them in Settings.</source>
        <translation>程序在 Code Remote 服务器上运行，但缺少服务器 URL 或 API 令牌。请在设置中填写。</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="135"/>
        <source>Programs run on %1. The connection opens when a program runs.</source>
        <translation>程序在 %1 上运行。程序运行时才会建立连接。</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="137"/>
        <source>%1 answers. The connection opens when a program runs.</source>
        <translation>%1 有响应。程序运行时才会建立连接。</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="139"/>
        <source>Connecting to %1.</source>
        <translation>正在连接到 %1。</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="141"/>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="143"/>
        <source>The connection to %1 dropped; trying again.</source>
        <translation>与 %1 的连接已中断，正在重试。</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="145"/>
        <source>%1 does not answer. Check the URL and that the server is running.</source>
        <translation>%1 没有响应。请检查 URL 以及服务器是否正在运行。</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="147"/>
        <source>%1 refused the API token. Check the token in Settings.</source>
        <translation>%1 拒绝了 API 令牌。请在设置中检查令牌。</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="149"/>
        <source>%1 was too busy to take the last run. Try again in a moment.</source>
        <translation>%1 太忙，未能接受上一次运行。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../app/ConnectionStatus.cpp" line="151"/>
        <source>The last run on %1 failed; the output panel says why.</source>
        <translation>在 %1 上的上一次运行失败；原因见输出面板。</translation>
    </message>
</context>
<context>
    <name>MeasureChoices</name>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="51"/>
        <source>it is nested in another function</source>
        <translation>它嵌套在另一个函数中</translation>
    </message>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="67"/>
        <source>Measure cannot call %1()</source>
        <translation>“测量”无法调用 %1()</translation>
    </message>
    <message>
        <location filename="../app/MeasureChoices.cpp" line="68"/>
        <source>Measure cannot call %1(): %2</source>
        <translation>“测量”无法调用 %1()：%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/SecretStore.cpp" line="80"/>
        <source>This build of Code Remote has no keychain support (QtKeychain).</source>
        <translation>此版本的 Code Remote 不支持密钥环（QtKeychain）。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="24"/>
        <source>No server URL is set.</source>
        <translation>未设置服务器 URL。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="28"/>
        <source>The server URL must start with http://, https://, ws:// or wss:// (got &quot;%1&quot;).</source>
        <translation>服务器 URL 必须以 http://、https://、ws:// 或 wss:// 开头（收到的是“%1”）。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="31"/>
        <source>The server URL &quot;%1&quot; has no host.</source>
        <translation>服务器 URL“%1”中没有主机名。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="33"/>
        <source>No API token is set (create one with `code-remote-server token create NAME`).</source>
        <translation>未设置 API 令牌（请用 `code-remote-server token create NAME` 创建一个）。</translation>
    </message>
</context>
<context>
    <name>analysis::Analyzer</name>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="15"/>
        <source>Gemini: %1; retry %2 in %3 s</source>
        <translation>Gemini：%1；%3 秒后第 %2 次重试</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="57"/>
        <source>Asking Gemini…</source>
        <translation>正在询问 Gemini…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="57"/>
        <source>Analyzing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="95"/>
        <source>Waiting for Gemini…</source>
        <translation>正在等待 Gemini…</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="114"/>
        <source>Gemini failed, so the offline analysis answered: %1</source>
        <translation>Gemini 失败，以下为离线分析的结果：%1</translation>
    </message>
    <message>
        <location filename="../analysis/Analyzer.cpp" line="123"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>analysis::EmpiricalAnalyzer</name>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="112"/>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="192"/>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="199"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="97"/>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="38"/>
        <source>the program does not compile: line %1: %2</source>
        <translation>程序无法编译：第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="237"/>
        <source>%1 and %2 fit closely; measuring again</source>
        <translation>%1 与 %2 拟合程度接近；正在重新测量</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="272"/>
        <source>Measured n = %1</source>
        <translation>已测量 n = %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="319"/>
        <source>only %n size(s) could be measured in time; too few to fit</source>
        <translation>
            <numerusform>只在限定时间内测量了 %n 种规模，不足以拟合</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="336"/>
        <source>sorted list</source>
        <translation>有序列表</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="337"/>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="339"/>
        <source>Timed %1 at %2 sizes up to n = %3 (%4 input); the measurements fit %5 within %6 %.</source>
        <translation>在 %2 种规模下对 %1 计时，最大 n = %3（%4 输入）；测量结果与 %5 的偏差在 %6% 以内。</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="341"/>
        <source>%1() growing %2</source>
        <translation>%1()（增大 %2）</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="349"/>
        <source>%1 fits nearly as well (within %2 %), even with every size measured again: the timings cannot tell the two apart, so the slower-growing %3 is shown, with a lower confidence.</source>
        <translation>%1 的拟合几乎一样好（相差 %2 % 以内），即使每个规模都重新测量过：计时无法区分二者，因此显示增长较慢的 %3，置信度较低。</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="352"/>
        <source>%1 fits nearly as well (within %2 %): the timings cannot tell the two apart, so the slower-growing %3 is shown, with a lower confidence.</source>
        <translation>%1 的拟合几乎一样好（相差 %2 % 以内）：计时无法区分二者，因此显示增长较慢的 %3，置信度较低。</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="335"/>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="338"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>analysis::GeminiClient</name>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="180"/>
        <source>Gemini sent a response that is not JSON</source>
        <translation>Gemini 返回的响应不是 JSON</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="189"/>
        <source>Gemini blocked the request (%1)</source>
        <translation>Gemini 拦截了请求（%1）</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="190"/>
        <source>Gemini returned no answer</source>
        <translation>Gemini 没有返回回答</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="207"/>
        <source>Gemini&apos;s answer was cut off (MAX_TOKENS)</source>
        <translation>Gemini 的回答被截断（MAX_TOKENS）</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="210"/>
        <source>Gemini stopped without an answer (%1)</source>
        <translation>Gemini 未给出回答就停止了（%1）</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="211"/>
        <source>Gemini&apos;s answer is not the requested JSON</source>
        <translation>Gemini 的回答不是所请求的 JSON</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="215"/>
        <source>Gemini&apos;s answer has no time complexity</source>
        <translation>Gemini 的回答中没有时间复杂度</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="274"/>
        <location filename="../analysis/GeminiClient.cpp" line="289"/>
        <source>no Gemini API key is set</source>
        <translation>未设置 Gemini API 密钥</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="376"/>
        <source>the Gemini API key is not valid; check it in the settings</source>
        <translation>Gemini API 密钥无效；请在设置中检查</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="382"/>
        <source>Gemini is not available for this key (enable billing or check the region)%1</source>
        <translation>此密钥无法使用 Gemini（请启用结算或检查所在地区）%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="384"/>
        <source>Gemini rejected the request%1</source>
        <translation>Gemini 拒绝了请求%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="389"/>
        <source>the Gemini API key is not allowed to use this model or API%1</source>
        <translation>此 Gemini API 密钥无权使用该模型或 API%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="395"/>
        <source>the Gemini model &quot;%1&quot; does not exist or was retired; pick another model in the settings</source>
        <translation>Gemini 模型“%1”不存在或已停用；请在设置中选择其他模型</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="402"/>
        <source>the Gemini quota for today is used up; it resets at midnight Pacific time</source>
        <translation>今天的 Gemini 配额已用完；将于太平洋时间午夜重置</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="405"/>
        <source>the Gemini quota is exhausted (rate limit)%1</source>
        <translation>Gemini 配额已耗尽（速率限制）%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="410"/>
        <source>Gemini had a server error (HTTP %1)%2</source>
        <translation>Gemini 发生服务器错误（HTTP %1）%2</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="414"/>
        <source>Gemini answered with HTTP %1%2</source>
        <translation>Gemini 返回了 HTTP %1%2</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="435"/>
        <source>Gemini did not answer within %1 s</source>
        <translation>Gemini 在 %1 秒内没有回答</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="436"/>
        <source>cannot reach Gemini: %1</source>
        <translation>无法访问 Gemini：%1</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="460"/>
        <source>; Gemini asks to wait %1 s before retrying</source>
        <translation>；Gemini 要求等待 %1 秒后再重试</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="477"/>
        <source>Gemini&apos;s model list could not be read</source>
        <translation>无法读取 Gemini 的模型列表</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="500"/>
        <source>%1 is available</source>
        <translation>%1 可用</translation>
    </message>
    <message>
        <location filename="../analysis/GeminiClient.cpp" line="501"/>
        <source>the model &quot;%1&quot; is not offered for generateContent; available: %2</source>
        <translation>模型“%1”不支持 generateContent；可用的有：%2</translation>
    </message>
</context>
<context>
    <name>analysis::ProcessScriptExecutor</name>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="150"/>
        <source>the analysis took too long and was stopped</source>
        <translation>分析耗时过长，已被停止</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="161"/>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="170"/>
        <source>the analysis script failed: %1</source>
        <translation>分析脚本失败：%1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="185"/>
        <source>cannot write the script to %1</source>
        <translation>无法将脚本写入 %1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="226"/>
        <source>the analysis was cancelled</source>
        <translation>分析已取消</translation>
    </message>
</context>
<context>
    <name>analysis::SandboxScriptExecutor</name>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="72"/>
        <source>the analysis took too long and was stopped</source>
        <translation>分析耗时过长，已被停止</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="75"/>
        <source>the analysis ran out of memory</source>
        <translation>分析时内存不足</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="78"/>
        <source>the analysis was cancelled</source>
        <translation>分析已取消</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="81"/>
        <source>the sandbox could not run the analysis: %1</source>
        <translation>沙箱无法运行分析：%1</translation>
    </message>
    <message>
        <location filename="../analysis/ScriptExecutor.cpp" line="84"/>
        <source>the analysis script failed (%1): %2</source>
        <translation>分析脚本失败（%1）：%2</translation>
    </message>
</context>
<context>
    <name>analysis::StaticAnalyzer</name>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="67"/>
        <source>no offline analyzer for %1 programs</source>
        <translation>没有适用于 %1 程序的离线分析器</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="119"/>
        <source>the analysis was cancelled</source>
        <translation>分析已取消</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="289"/>
        <source>the static analyzer gave an unreadable answer</source>
        <translation>静态分析器给出了无法解读的回答</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="295"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../analysis/StaticAnalyzer.cpp" line="305"/>
        <source> Space: %1.</source>
        <translation> 空间：%1。</translation>
    </message>
</context>
<context>
    <name>app::AboutDialog</name>
    <message>
        <location filename="../app/AboutDialog.cpp" line="16"/>
        <location filename="../app/AboutDialog.cpp" line="17"/>
        <source>About Code Remote</source>
        <translation>关于 Code Remote</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="19"/>
        <source>Versions and sandbox layers</source>
        <translation>版本与沙箱层</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="32"/>
        <source>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;Write code, run it in a sandbox on this computer, and read its output.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · QScintilla %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Code Remote %1&lt;/h2&gt;&lt;p&gt;编写代码，在这台计算机的沙箱中运行，并查看输出。&lt;/p&gt;&lt;p&gt;Qt %2（构建于 %3）· QScintilla %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="42"/>
        <source>&lt;h3&gt;Sandbox layers on this machine&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;本机的沙箱层&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../app/AboutDialog.cpp" line="44"/>
        <source>&lt;p&gt;The sandbox helper could not be asked: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;无法查询沙箱辅助程序：%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::AnalysisController</name>
    <message>
        <location filename="../app/AnalysisTabs.cpp" line="62"/>
        <source>Measure failed: %1</source>
        <translation>测量失败：%1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="78"/>
        <source>Complexity analysis reads Python, Java, JavaScript and C++ programs; this file is plain text.</source>
        <translation>复杂度分析可读取 Python、Java、JavaScript 和 C++ 程序；此文件是纯文本。</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="81"/>
        <source>Measure times functions of Python, Java, JavaScript and C++ programs only for now, not %1. Analyze (Ctrl+Shift+A) still estimates its complexity.</source>
        <translation>“测量”目前只能为 Python、Java、JavaScript 和 C++ 程序的函数计时，不支持 %1。“分析”（Ctrl+Shift+A）仍会估算其复杂度。</translation>
    </message>
    <message>
        <location filename="../app/AnalysisController.cpp" line="85"/>
        <source>The offline complexity analysis reads Python, Java, JavaScript and C++, not %1 yet; with a Gemini key (Settings) Gemini analyzes it. The %1 program still runs (F5): its time and peak memory are under its output.</source>
        <translation>离线复杂度分析支持 Python、Java、JavaScript 和 C++，暂不支持 %1；设置 Gemini 密钥（设置）后由 Gemini 分析。%1 程序仍可运行 (F5)：其耗时和内存峰值显示在输出下方。</translation>
    </message>
</context>
<context>
    <name>app::AnalysisDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="38"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="39"/>
        <source>Analysis panel</source>
        <translation>分析面板</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="41"/>
        <source>Complexity analysis will appear here.
Run a program to see its time and space behaviour.</source>
        <translation>复杂度分析将显示在这里。
运行程序即可查看其时间和空间表现。</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="43"/>
        <source>No analysis yet</source>
        <translation>尚无分析</translation>
    </message>
</context>
<context>
    <name>app::AnalysisPanel</name>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="241"/>
        <source>Complexity analysis</source>
        <translation>复杂度分析</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="243"/>
        <source>Analysis results</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="244"/>
        <source>Analyze</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="246"/>
        <source>Estimate the time and space complexity of the current file (Ctrl+Shift+A)</source>
        <translation>估算当前文件的时间和空间复杂度（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="247"/>
        <source>Analyze complexity</source>
        <translation>分析复杂度</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="248"/>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="250"/>
        <source>Time the program&apos;s function at growing input sizes in the sandbox and fit its complexity (Ctrl+Shift+M)</source>
        <translation>在沙箱中以递增的输入规模为程序的函数计时，并拟合其复杂度（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="252"/>
        <source>Measure complexity</source>
        <translation>测量复杂度</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="253"/>
        <source>Analysis progress</source>
        <translation>分析进度</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="254"/>
        <source>Run a program or press Ctrl+Shift+A to see its time and space complexity here.</source>
        <translation>运行程序或按 Ctrl+Shift+A，即可在此查看其时间和空间复杂度。</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="255"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="256"/>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Lines</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="257"/>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="258"/>
        <source>Functions and their complexity</source>
        <translation>函数及其复杂度</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="259"/>
        <location filename="../app/AnalysisPanel.cpp" line="261"/>
        <source>Risky patterns</source>
        <translation>风险模式</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="260"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="262"/>
        <source>No risky patterns found.</source>
        <translation>未发现风险模式。</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="264"/>
        <source>The code changed after this analysis. Press Ctrl+Shift+A to analyze it again.</source>
        <translation>此次分析后代码已更改。按 Ctrl+Shift+A 重新分析。</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="265"/>
        <source>Measured time against input size</source>
        <translation>实测时间与输入规模的关系</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="266"/>
        <source>input size n</source>
        <translation>输入规模 n</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="267"/>
        <source>time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="268"/>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="269"/>
        <location filename="../app/AnalysisPanel.cpp" line="389"/>
        <source>Analysis of %1</source>
        <translation>%1 的分析</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="340"/>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="341"/>
        <source>Asking Gemini…</source>
        <translation>正在询问 Gemini…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="342"/>
        <source>Analyzing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="380"/>
        <location filename="../app/AnalysisPanel.cpp" line="493"/>
        <source>Measured time</source>
        <translation>实测时间</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="443"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="470"/>
        <source>%1 risk on line %2: %3</source>
        <translation>第 %2 行存在%1风险：%3</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPanel.cpp" line="494"/>
        <source>Measured time of %1()</source>
        <translation>%1() 的实测时间</translation>
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
        <translation>静态分析</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="76"/>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="78"/>
        <source>No analysis for this language</source>
        <translation>不支持分析此语言</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="101"/>
        <source>eval / exec</source>
        <translation>eval / exec</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="103"/>
        <source>system command</source>
        <translation>系统命令</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="105"/>
        <source>network access</source>
        <translation>网络访问</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="107"/>
        <source>file deletion</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="109"/>
        <source>dynamic import</source>
        <translation>动态导入</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="111"/>
        <source>unpickling</source>
        <translation>pickle 反序列化</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="113"/>
        <source>unbounded loop</source>
        <translation>无界循环</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="115"/>
        <source>blocking input</source>
        <translation>阻塞输入</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="123"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="125"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="129"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="141"/>
        <source>fitted %1</source>
        <translation>拟合为 %1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="198"/>
        <source>The analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="201"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="201"/>
        <source>Time complexity: %1</source>
        <translation>时间复杂度：%1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="202"/>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="202"/>
        <source>Space complexity: %1</source>
        <translation>空间复杂度：%1</translation>
    </message>
    <message>
        <location filename="../app/AnalysisPresenter.cpp" line="204"/>
        <source>Confidence %1 %</source>
        <translation>置信度 %1%</translation>
    </message>
</context>
<context>
    <name>app::ConnectionTester</name>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="19"/>
        <source>Connected in %1 ms, but the token check timed out</source>
        <translation>已连接（%1 毫秒），但令牌检查超时</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="45"/>
        <source>Enter the server&apos;s address first</source>
        <translation>请先输入服务器地址</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="59"/>
        <source>Cannot reach the server: %1</source>
        <translation>无法访问服务器：%1</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="63"/>
        <source>Connected in %1 ms; enter the API token to run programs</source>
        <translation>已连接（%1 毫秒）；请输入 API 令牌以运行程序</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="83"/>
        <source>Connected in %1 ms, token accepted</source>
        <translation>已连接（%1 毫秒），令牌已被接受</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="86"/>
        <source>Connected in %1 ms, but the server refused the token (HTTP %2)</source>
        <translation>已连接（%1 毫秒），但服务器拒绝了令牌（HTTP %2）</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="88"/>
        <source>Connected in %1 ms, but the token check answered HTTP %2</source>
        <translation>已连接（%1 毫秒），但令牌检查返回了 HTTP %2</translation>
    </message>
    <message>
        <location filename="../app/ConnectionTester.cpp" line="90"/>
        <source>Connected in %1 ms, but the token check failed: %2</source>
        <translation>已连接（%1 毫秒），但令牌检查失败：%2</translation>
    </message>
</context>
<context>
    <name>app::DebugController</name>
    <message>
        <location filename="../app/DebugController.cpp" line="62"/>
        <source>Breakpoint Condition</source>
        <translation>断点条件</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="63"/>
        <source>Stop only when this Python expression is true (empty: always):</source>
        <translation>仅当此 Python 表达式为真时暂停（留空：总是暂停）：</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="74"/>
        <source>F5 (while paused)</source>
        <translation>F5（暂停时）</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="93"/>
        <source>Only Python programs can be debugged.</source>
        <translation>只能调试 Python 程序。</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="185"/>
        <source>Paused at %1:%2</source>
        <translation>已暂停于 %1:%2</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="224"/>
        <source>Expressions are evaluated while the program is paused.</source>
        <translation>表达式只在程序暂停时求值。</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="244"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="252"/>
        <source>Value of %1</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <location filename="../app/DebugController.cpp" line="273"/>
        <source>No answer in time: a __repr__ or the expression does not return. Stop the program to end it.</source>
        <translation>未能及时得到答复：某个 __repr__ 或该表达式没有返回。请停止程序以结束它。</translation>
    </message>
</context>
<context>
    <name>app::DebugDock</name>
    <message>
        <location filename="../app/DebugDock.cpp" line="90"/>
        <source>Debugger</source>
        <translation>调试器</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="91"/>
        <location filename="../app/DebugDock.cpp" line="93"/>
        <source>Call stack</source>
        <translation>调用堆栈</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="92"/>
        <location filename="../app/DebugDock.cpp" line="94"/>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="95"/>
        <source>Evaluate an expression in the selected frame</source>
        <translation>在所选栈帧中对表达式求值</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="96"/>
        <source>Expression to evaluate</source>
        <translation>要求值的表达式</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="104"/>
        <source>Uncaught exception: %1
Continue ends the run with its traceback.</source>
        <translation>未捕获的异常：%1
继续将以回溯信息结束本次运行。</translation>
    </message>
    <message>
        <location filename="../app/DebugDock.cpp" line="114"/>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2，第 %3 行</translation>
    </message>
</context>
<context>
    <name>app::DebuggingUi</name>
    <message>
        <location filename="../app/DebuggingUi.cpp" line="136"/>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
</context>
<context>
    <name>app::DocumentController</name>
    <message>
        <location filename="../app/DocumentController.cpp" line="90"/>
        <location filename="../app/DocumentController.cpp" line="105"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>app::EditorTabs</name>
    <message>
        <location filename="../app/EditorTabs.cpp" line="28"/>
        <source>Open files</source>
        <translation>打开的文件</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="82"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="113"/>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="182"/>
        <source>Untitled %1</source>
        <translation>未命名 %1</translation>
    </message>
    <message>
        <location filename="../app/EditorTabs.cpp" line="219"/>
        <source>Code editor: %1</source>
        <translation>代码编辑器：%1</translation>
    </message>
</context>
<context>
    <name>app::FileBrowserDock</name>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="81"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="82"/>
        <source>Files in the folder</source>
        <translation>文件夹中的文件</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="83"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="84"/>
        <source>New File</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="85"/>
        <source>Create a file in this folder</source>
        <translation>在此文件夹中新建文件</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="86"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../app/FileBrowserDock.cpp" line="87"/>
        <source>Rename the selected file (F2)</source>
        <translation>重命名所选文件（F2）</translation>
    </message>
</context>
<context>
    <name>app::FindBar</name>
    <message>
        <location filename="../app/FindBar.cpp" line="82"/>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="83"/>
        <source>Re&amp;place:</source>
        <translation>替换为(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="84"/>
        <source>Find text</source>
        <translation>查找文本</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="85"/>
        <source>Replacement text</source>
        <translation>替换文本</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="86"/>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="87"/>
        <source>&amp;Whole words</source>
        <translation>全字匹配(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="88"/>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="89"/>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="90"/>
        <source>Pre&amp;vious</source>
        <translation>上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="91"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="92"/>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="93"/>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="94"/>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="95"/>
        <source>Search result</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="133"/>
        <source>Invalid expression: %1</source>
        <translation>无效的表达式：%1</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="138"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../app/FindBar.cpp" line="140"/>
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="142"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="216"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <location filename="../app/WindowActions.cpp" line="32"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="32"/>
        <source>Create an untitled Python file</source>
        <translation>新建一个未命名的 Python 文件</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="33"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="33"/>
        <source>Open files</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="34"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="34"/>
        <source>Save the current file</source>
        <translation>保存当前文件</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="38"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="39"/>
        <source>Save the current file under a new name</source>
        <translation>以新名称保存当前文件</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="43"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="44"/>
        <source>Close the current file</source>
        <translation>关闭当前文件</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="45"/>
        <source>Quit Code Remote</source>
        <translation>退出 Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="46"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="47"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="48"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="49"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="50"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="51"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="52"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="52"/>
        <source>Find text in the current file</source>
        <translation>在当前文件中查找文本</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="56"/>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="57"/>
        <source>Find and replace text</source>
        <translation>查找并替换文本</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="58"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="59"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="60"/>
        <source>&amp;Go to Line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="64"/>
        <source>Toggle Co&amp;mment</source>
        <translation>切换注释(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="66"/>
        <source>&amp;Word Wrap</source>
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="70"/>
        <source>Show White&amp;space</source>
        <translation>显示空白字符(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="76"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="78"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="79"/>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="89"/>
        <source>&amp;Debug</source>
        <translation>调试(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="90"/>
        <source>Run the current file in the debugger: it stops at breakpoints (Ctrl+F5)</source>
        <translation>在调试器中运行当前文件：程序会在断点处暂停（Ctrl+F5）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="97"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="98"/>
        <source>Continue to the next breakpoint (F5 while paused)</source>
        <translation>继续运行到下一个断点（暂停时按 F5）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="103"/>
        <source>Pause Pro&amp;gram</source>
        <translation>暂停程序(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="104"/>
        <source>Pause the program being debugged where it is (F6)</source>
        <translation>在当前位置暂停正在调试的程序 (F6)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="108"/>
        <source>Step O&amp;ver</source>
        <translation>单步跳过(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="109"/>
        <source>Run the current line, stepping over calls (F10)</source>
        <translation>运行当前行，不进入所调用的函数（F10）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="113"/>
        <source>Step In&amp;to</source>
        <translation>单步进入(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="114"/>
        <source>Run to the next line, into the function called (F11)</source>
        <translation>运行到下一行，进入所调用的函数（F11）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="118"/>
        <source>Step O&amp;ut</source>
        <translation>单步跳出(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="119"/>
        <source>Run until the current function returns (Shift+F11)</source>
        <translation>运行到当前函数返回（Shift+F11）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="123"/>
        <source>Toggle &amp;Breakpoint</source>
        <translation>切换断点(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="124"/>
        <source>Set or remove a breakpoint on the current line (F9)</source>
        <translation>在当前行设置或删除断点（F9）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="128"/>
        <source>Brea&amp;kpoint Condition…</source>
        <translation>断点条件(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="129"/>
        <source>Stop on the current line only when an expression is true (Ctrl+Shift+F9)</source>
        <translation>仅当表达式为真时在当前行暂停（Ctrl+Shift+F9）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="135"/>
        <source>Stop on Uncaught Exceptions</source>
        <translation>在未捕获的异常处停止</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="136"/>
        <source>Debugging: pause where an uncaught exception is raised, to see its variables (Ctrl+Shift+E)</source>
        <translation>调试：在引发未捕获异常的位置暂停，以便查看其变量 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="141"/>
        <source>&amp;Python Shell</source>
        <translation>Python Shell(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="142"/>
        <source>A Python prompt in the sandbox that keeps its variables (Ctrl+Shift+P)</source>
        <translation>沙箱中的 Python 提示符，会保留其中的变量（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="146"/>
        <source>Run, Then Stay in the S&amp;hell</source>
        <translation>运行后留在 Shell 中(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="147"/>
        <source>Run the current file in the shell, whose prompt then has its variables (Ctrl+Shift+R)</source>
        <translation>在 Shell 中运行当前文件，之后可在提示符中使用其变量（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="200"/>
        <source>Next Tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="204"/>
        <source>Previous Tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="80"/>
        <location filename="../app/WindowMenus.cpp" line="95"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="80"/>
        <source>Run the current file (F5)</source>
        <translation>运行当前文件（F5）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="84"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="85"/>
        <source>Stop the running program (Shift+F5)</source>
        <translation>停止正在运行的程序（Shift+F5）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="152"/>
        <source>Send &amp;End of Input</source>
        <translation>发送输入结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="153"/>
        <source>Close the program&apos;s standard input (Ctrl+D in the input line)</source>
        <translation>关闭程序的标准输入（在输入行中按 Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="157"/>
        <source>&amp;Analyze Complexity</source>
        <translation>分析复杂度(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="158"/>
        <source>Estimate the time and space complexity of the current file (Ctrl+Shift+A)</source>
        <translation>估算当前文件的时间和空间复杂度（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="164"/>
        <source>&amp;Measure Complexity</source>
        <translation>测量复杂度(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="165"/>
        <source>Time the program&apos;s function at growing input sizes in the sandbox (Ctrl+Shift+M)</source>
        <translation>在沙箱中以递增的输入规模为程序的函数计时（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="171"/>
        <source>Go to &amp;Input Line</source>
        <translation>转到输入行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="176"/>
        <source>C&amp;lear Output</source>
        <translation>清除输出(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="181"/>
        <source>Copy &amp;Output</source>
        <translation>复制输出(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="186"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="187"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="191"/>
        <source>&amp;Welcome</source>
        <translation>欢迎页(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="192"/>
        <source>The welcome page: what Code Remote does and example programs</source>
        <translation>欢迎页：Code Remote 能做什么，以及示例程序</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="193"/>
        <source>&amp;Manual</source>
        <translation>手册(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="197"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="198"/>
        <source>Every keyboard shortcut, searchable</source>
        <translation>所有键盘快捷键，可搜索</translation>
    </message>
    <message>
        <location filename="../app/WindowActions.cpp" line="199"/>
        <source>&amp;About Code Remote</source>
        <translation>关于 Code Remote(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="91"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="93"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="94"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="96"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="369"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="370"/>
        <source>Output panel</source>
        <translation>输出面板</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="97"/>
        <source>Main menu</source>
        <translation>主菜单</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="373"/>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <location filename="../app/WindowMenus.cpp" line="98"/>
        <location filename="../app/WindowMenus.cpp" line="99"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
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
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="503"/>
        <source>Go to Line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="503"/>
        <source>Line (1–%1):</source>
        <translation>行号（1–%1）：</translation>
    </message>
</context>
<context>
    <name>app::ManualDialog</name>
    <message>
        <location filename="../app/ManualDialog.cpp" line="22"/>
        <source>Code Remote Manual</source>
        <translation>Code Remote 手册</translation>
    </message>
    <message>
        <location filename="../app/ManualDialog.cpp" line="23"/>
        <source>Manual</source>
        <translation>手册</translation>
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
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="102"/>
        <source>F&amp;unction:</source>
        <translation>函数(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="103"/>
        <source>&amp;Size:</source>
        <translation>规模(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="104"/>
        <source>The function Measure times; Analyze lists this program&apos;s functions</source>
        <translation>“测量”所计时的函数；“分析”会列出此程序的函数</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="105"/>
        <source>The function Measure times</source>
        <translation>“测量”所计时的函数</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="106"/>
        <source>The parameter that grows; the others get small fixed values made from their use</source>
        <translation>逐渐增大的参数；其他参数取根据其用法得出的较小固定值</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="107"/>
        <source>Function to measure</source>
        <translation>要测量的函数</translation>
    </message>
    <message>
        <location filename="../app/MeasureControls.cpp" line="108"/>
        <source>Parameter that grows</source>
        <translation>逐渐增大的参数</translation>
    </message>
</context>
<context>
    <name>app::NewProgramMenu</name>
    <message>
        <location filename="../app/NewProgramMenu.cpp" line="27"/>
        <source>New &amp;Program</source>
        <translation>新建程序(&amp;P)</translation>
    </message>
</context>
<context>
    <name>app::OutputPane</name>
    <message>
        <location filename="../app/OutputPane.cpp" line="183"/>
        <source>Program output</source>
        <translation>程序输出</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="184"/>
        <source>Program input</source>
        <translation>程序输入</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="185"/>
        <source>Input for the running program (Enter sends, Ctrl+D ends input)</source>
        <translation>发送给正在运行的程序的输入（Enter 发送，Ctrl+D 结束输入）</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="186"/>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="187"/>
        <source>Input line</source>
        <translation>输入行</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="188"/>
        <source>Type the program&apos;s input in a separate line instead of in the output</source>
        <translation>在单独的一行中键入程序的输入，而不是在输出中键入</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="189"/>
        <source>Separate input line</source>
        <translation>单独的输入行</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="191"/>
        <source>Copy all output</source>
        <translation>复制全部输出</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="192"/>
        <source>Copy output</source>
        <translation>复制输出</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="193"/>
        <location filename="../app/OutputPane.cpp" line="194"/>
        <source>Clear output</source>
        <translation>清除输出</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="195"/>
        <source>Output notice</source>
        <translation>输出提示</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="262"/>
        <source>Type in the output: Enter sends the line, Ctrl+D ends the input, Up/Down recall lines</source>
        <translation>直接在输出中键入：Enter 发送该行，Ctrl+D 结束输入，上/下方向键调出之前的行</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="264"/>
        <source>The program&apos;s input has ended (Ctrl+D).</source>
        <translation>程序的输入已结束（Ctrl+D）。</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="266"/>
        <source>No program is running: the output is read-only.</source>
        <translation>没有正在运行的程序：输出为只读。</translation>
    </message>
    <message>
        <location filename="../app/OutputPane.cpp" line="380"/>
        <source>Long output: showing the last %1 of %2 lines.</source>
        <translation>输出过长：仅显示 %2 行中的最后 %1 行。</translation>
    </message>
</context>
<context>
    <name>app::ProfileNotice</name>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="45"/>
        <source>The strict profile refused this program. The standard profile runs the whole language in the same sandbox; switch in Settings ▸ Running programs ▸ Profile, or here:</source>
        <translation>严格配置拒绝了此程序。标准配置可在同一个沙箱中运行完整的语言；请在 设置 ▸ 运行程序 ▸ 配置 中切换，或在此处切换：</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="47"/>
        <source>The strict profile refused this program, and this server runs the strict profile only. Change the program, or run it locally (Run ▸ Run On).</source>
        <translation>严格配置拒绝了此程序，而此服务器只运行严格配置。请修改程序，或在本地运行（运行 ▸ 运行位置）。</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="49"/>
        <source>Switch to Standard and Run Again</source>
        <translation>切换到标准配置并重新运行</translation>
    </message>
    <message>
        <location filename="../app/ProfileNotice.cpp" line="50"/>
        <source>Sets the profile to standard in the settings and runs the program again</source>
        <translation>在设置中将配置设为标准，然后重新运行程序</translation>
    </message>
</context>
<context>
    <name>app::Prompts</name>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="12"/>
        <source>Save changes to %n file(s) before closing?</source>
        <translation>
            <numerusform>关闭前是否保存对 %n 个文件的更改？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="38"/>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="39"/>
        <source>Code Remote did not close properly last time. Restore %n unsaved buffer(s)?</source>
        <translation>
            <numerusform>Code Remote 上次未正常关闭。是否恢复 %n 个未保存的文档？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="49"/>
        <source>Open Files</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../app/Prompts.cpp" line="54"/>
        <source>Save As</source>
        <translation>另存为</translation>
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
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="51"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location filename="../app/RecentFilesMenu.cpp" line="55"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>app::RunPreparation</name>
    <message>
        <location filename="../app/RunPreparation.cpp" line="27"/>
        <source>Precompiling &lt;bits/stdc++.h&gt; in the background (once per compiler and standard)…</source>
        <translation>正在后台预编译 &lt;bits/stdc++.h&gt;（每个编译器和标准只需一次）…</translation>
    </message>
    <message>
        <location filename="../app/RunPreparation.cpp" line="30"/>
        <source>&lt;bits/stdc++.h&gt; is precompiled: C++ programs that include it now compile faster.</source>
        <translation>&lt;bits/stdc++.h&gt; 已预编译：包含它的 C++ 程序现在编译更快。</translation>
    </message>
    <message>
        <location filename="../app/RunPreparation.cpp" line="31"/>
        <source>&lt;bits/stdc++.h&gt; could not be precompiled; programs still compile without it.</source>
        <translation>无法预编译 &lt;bits/stdc++.h&gt;；程序仍可在没有它的情况下编译。</translation>
    </message>
</context>
<context>
    <name>app::RunPresenter</name>
    <message>
        <location filename="../app/RunPresenter.cpp" line="49"/>
        <source>The program&apos;s input has ended: it reads nothing more.</source>
        <translation>程序的输入已结束：它不会再读取任何内容。</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="50"/>
        <source>No program is running: run it (F5), then type its input here.</source>
        <translation>没有正在运行的程序：请先运行程序（F5），然后在此键入它的输入。</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="68"/>
        <source>%1 files cannot be run yet.</source>
        <translation>暂不支持运行 %1 文件。</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="68"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="78"/>
        <source>Reading the server&apos;s API token from the keychain…</source>
        <translation>正在从密钥环读取服务器的 API 令牌…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="83"/>
        <source>%1 was not run: the Code Remote server is not set up.</source>
        <translation>%1 未运行：尚未设置 Code Remote 服务器。</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="85"/>
        <source>— %1 Set the server in Settings (Run ▸ Run On ▸ Server Settings…). —</source>
        <translation>— %1 请在设置中配置服务器（运行 ▸ 运行位置 ▸ 服务器设置…）。—</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="113"/>
        <source>strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="113"/>
        <source>standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="115"/>
        <source>Running %1 on %2 (%3 profile)…</source>
        <translation>正在 %2 上运行 %1（%3配置）…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="118"/>
        <source>Running %1 (%2 profile)…</source>
        <translation>正在运行 %1（%2配置）…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="121"/>
        <source>The run could not be started.</source>
        <translation>无法开始运行。</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="139"/>
        <source>Compiling</source>
        <translation>正在编译</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="140"/>
        <source>Waiting for input</source>
        <translation>等待输入</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="140"/>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="142"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="146"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="172"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="175"/>
        <source>Runtime error</source>
        <translation>运行时错误</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="178"/>
        <source>CPU time limit exceeded</source>
        <translation>超出 CPU 时间限制</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="179"/>
        <source>Time limit exceeded</source>
        <translation>超出时间限制</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="182"/>
        <source>Memory limit exceeded</source>
        <translation>超出内存限制</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="185"/>
        <source>Output limit exceeded</source>
        <translation>超出输出限制</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="188"/>
        <source>Blocked by the strict profile</source>
        <translation>被严格配置拦截</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="191"/>
        <source>Compile error</source>
        <translation>编译错误</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="198"/>
        <source>The server could not run the program.</source>
        <translation>服务器无法运行该程序。</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="199"/>
        <source>Sandbox error</source>
        <translation>沙箱错误</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="199"/>
        <source>Sandbox error: %1</source>
        <translation>沙箱错误：%1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="202"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="209"/>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="211"/>
        <source>signal %1</source>
        <translation>信号 %1</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="219"/>
        <source>compiled in %1 s</source>
        <translation>编译用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="225"/>
        <source>ran in %1 s, of which %2 s waiting for input</source>
        <translation>运行 %1 秒，其中等待输入 %2 秒</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="226"/>
        <source>%1 s, of which %2 s waiting for input</source>
        <translation>%1 秒，其中等待输入 %2 秒</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="229"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="229"/>
        <source>ran in %1 s</source>
        <translation>运行 %1 秒</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="231"/>
        <source>peak memory %1 MB</source>
        <translation>内存峰值 %1 MB</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="233"/>
        <source>output truncated</source>
        <translation>输出已截断</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="272"/>
        <source>The strict profile allows only a safe subset of Python. To run the whole language in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press “Switch to Standard and Run Again” in the Violations panel.
</source>
        <translation>严格配置只允许使用 Python 的一个安全子集。要在同一个沙箱中运行完整的语言，请在 设置 ▸ 运行程序 ▸ 配置 中选择“标准”，或在“违规”面板中点击“切换到标准配置并重新运行”。
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="275"/>
        <source>The strict profile does not let a program start other programs. To allow it in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press “Switch to Standard and Run Again” in the Violations panel.
</source>
        <translation>严格配置不允许程序启动其他程序。要在同一个沙箱中允许这样做，请在 设置 ▸ 运行程序 ▸ 配置 中选择“标准”，或在“违规”面板中点击“切换到标准配置并重新运行”。
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="279"/>
        <source>The server runs this program in the strict profile, which allows only a safe subset of Python.
</source>
        <translation>服务器以严格配置运行此程序，该配置只允许使用 Python 的一个安全子集。
</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="281"/>
        <source>The server runs this program in the strict profile, which does not let a program start other programs.
</source>
        <translation>服务器以严格配置运行此程序，该配置不允许程序启动其他程序。
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
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="342"/>
        <source>%1 is not open in the editor</source>
        <translation>%1 未在编辑器中打开</translation>
    </message>
    <message>
        <location filename="../app/RunPresenter.cpp" line="357"/>
        <source>The profile is now standard (Settings ▸ Running programs ▸ Profile).</source>
        <translation>配置现已设为标准（设置 ▸ 运行程序 ▸ 配置）。</translation>
    </message>
</context>
<context>
    <name>app::RunTargetSwitch</name>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="59"/>
        <source>Run on: Server</source>
        <translation>运行于：服务器</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="59"/>
        <source>Run on: Local</source>
        <translation>运行于：本地</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="65"/>
        <source>Run O&amp;n</source>
        <translation>运行位置(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="66"/>
        <source>&amp;Local Sandbox</source>
        <translation>本地沙箱(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="67"/>
        <source>Run programs in the sandbox on this computer</source>
        <translation>在这台计算机的沙箱中运行程序</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="68"/>
        <source>Code Remote &amp;Server</source>
        <translation>Code Remote 服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="69"/>
        <source>Run programs on the Code Remote server set in Settings</source>
        <translation>在设置中指定的 Code Remote 服务器上运行程序</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="70"/>
        <source>Server S&amp;ettings…</source>
        <translation>服务器设置(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/RunTargetSwitch.cpp" line="71"/>
        <source>Where programs run</source>
        <translation>程序的运行位置</translation>
    </message>
</context>
<context>
    <name>app::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="47"/>
        <source> s</source>
        <translation> 秒</translation>
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
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="54"/>
        <source>Wrap long lines</source>
        <translation>长行自动换行</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="55"/>
        <source>Show spaces and tabs</source>
        <translation>显示空格和制表符</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="56"/>
        <source>Analyze complexity after each run</source>
        <translation>每次运行后分析复杂度</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="62"/>
        <location filename="../app/SettingsDialog.cpp" line="63"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66"/>
        <source>This computer (local sandbox)</source>
        <translation>本机（本地沙箱）</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="67"/>
        <location filename="../app/SettingsDialog.cpp" line="120"/>
        <source>Code Remote server</source>
        <translation>Code Remote 服务器</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="81"/>
        <source>Strict (whitelisted imports, like the hosted platform)</source>
        <translation>严格（仅限白名单中的导入，与托管平台相同）</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="82"/>
        <source>Standard (the whole language)</source>
        <translation>标准（完整的语言）</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="84"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="85"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="86"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="89"/>
        <source>Empty: offline analysis only</source>
        <translation>留空：仅离线分析</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="92"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="99"/>
        <source>Execution target</source>
        <translation>运行目标</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="99"/>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Server API token</source>
        <translation>服务器 API 令牌</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="100"/>
        <source>Where the API token is stored</source>
        <translation>API 令牌的存放位置</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="101"/>
        <source>Security profile</source>
        <translation>安全配置</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="102"/>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="102"/>
        <source>Memory limit</source>
        <translation>内存限制</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="103"/>
        <source>Output limit</source>
        <translation>输出限制</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="103"/>
        <source>Editor font</source>
        <translation>编辑器字体</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="104"/>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="104"/>
        <source>Tab width</source>
        <translation>制表符宽度</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="105"/>
        <source>Characters before completion</source>
        <translation>触发补全的字符数</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="105"/>
        <source>Word wrap</source>
        <translation>自动换行</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="106"/>
        <source>Show whitespace</source>
        <translation>显示空白字符</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="106"/>
        <source>Analyze after run</source>
        <translation>运行后分析</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Gemini API key</source>
        <translation>Gemini API 密钥</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Gemini model</source>
        <translation>Gemini 模型</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="107"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="108"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="113"/>
        <source>Running programs</source>
        <translation>运行程序</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="115"/>
        <source>&amp;Run on:</source>
        <translation>运行位置(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="116"/>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="117"/>
        <source>&amp;Time limit:</source>
        <translation>时间限制(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="118"/>
        <source>&amp;Memory limit:</source>
        <translation>内存限制(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="119"/>
        <source>&amp;Output limit:</source>
        <translation>输出限制(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="123"/>
        <source>Server &amp;URL:</source>
        <translation>服务器 URL(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="124"/>
        <source>API to&amp;ken:</source>
        <translation>API 令牌(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="129"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="133"/>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="141"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="148"/>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="150"/>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="151"/>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="152"/>
        <source>Ta&amp;b width:</source>
        <translation>制表符宽度(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="153"/>
        <source>&amp;Complete after:</source>
        <translation>补全触发(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="156"/>
        <source>Complexity analysis</source>
        <translation>复杂度分析</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="159"/>
        <source>Gemini API &amp;key:</source>
        <translation>Gemini API 密钥(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="160"/>
        <source>Gemini mo&amp;del:</source>
        <translation>Gemini 模型(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="161"/>
        <source>The key is stored unencrypted in this computer&apos;s settings file (%1) and is sent only to Google&apos;s Gemini API. Without a key the analysis runs offline.</source>
        <translation>密钥以未加密形式存放在这台计算机的设置文件（%1）中，只会发送给 Google 的 Gemini API。没有密钥时，分析在离线状态下进行。</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="169"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="171"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="172"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="175"/>
        <source>The main window changes language at once; the rest follows after a restart.</source>
        <translation>主窗口会立即切换语言；其余部分在重启后生效。</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="318"/>
        <source>The saved token is for %1; enter the token for this server</source>
        <translation>已保存的令牌属于 %1；请输入此服务器的令牌</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="320"/>
        <source>From `code-remote-server token create NAME`</source>
        <translation>来自 `code-remote-server token create NAME`</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="322"/>
        <source>Reading the keychain…</source>
        <translation>正在读取密钥环…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="331"/>
        <source>Looking for the system keychain…</source>
        <translation>正在查找系统密钥环…</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="335"/>
        <source>The token is kept in your system keychain.</source>
        <translation>令牌保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="349"/>
        <source>No system keychain is available%1, so the token is stored in plain text in the settings file %2, which only your user account can read.</source>
        <translation>没有可用的系统密钥环%1，因此令牌以明文形式保存在设置文件 %2 中，只有你的用户帐户可以读取该文件。</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="351"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>app::ShellController</name>
    <message>
        <location filename="../app/ShellController.cpp" line="144"/>
        <source>The shell ended: a command ran past its time limit and did not stop.</source>
        <translation>Shell 已结束：某条命令超出了时间限制且未停止。</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="146"/>
        <source>The shell ended: it used more memory than its limit.</source>
        <translation>Shell 已结束：使用的内存超出了限制。</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="148"/>
        <source>The shell was stopped.</source>
        <translation>Shell 已停止。</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="150"/>
        <source>The shell could not start: %1</source>
        <translation>Shell 无法启动：%1</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="152"/>
        <source>The shell ended.</source>
        <translation>Shell 已结束。</translation>
    </message>
    <message>
        <location filename="../app/ShellController.cpp" line="153"/>
        <source>Press Enter to start a new one.</source>
        <translation>按 Enter 启动新的 Shell。</translation>
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
        <translation>Shell 输出</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="111"/>
        <source>Shell input</source>
        <translation>Shell 输入</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="112"/>
        <source>Python (Enter runs, Tab completes, Up/Down: history)</source>
        <translation>Python（Enter 运行，Tab 补全，上/下方向键：历史记录）</translation>
    </message>
    <message>
        <location filename="../app/ShellDock.cpp" line="113"/>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ShellDock.cpp" line="114"/>
        <source>A new interpreter: the shell forgets its variables. Idle shells end after %n minutes.</source>
        <translation>
            <numerusform>新的解释器：Shell 会忘记其中的变量。空闲的 Shell 会在 %n 分钟后结束。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ShortcutsDialog</name>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="33"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="34"/>
        <source>Search commands or keys</source>
        <translation>搜索命令或按键</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="35"/>
        <source>Search shortcuts</source>
        <translation>搜索快捷键</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="37"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="38"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../app/ShortcutsDialog.cpp" line="38"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>app::StarterPrograms</name>
    <message>
        <location filename="../app/StarterPrograms.cpp" line="15"/>
        <source>Asks for your name and greets you. Run it (F5), then type your answer in the console and press Enter.</source>
        <translation>询问你的名字并向你问好。运行它（F5），然后在控制台中输入你的回答并按 Enter。</translation>
    </message>
</context>
<context>
    <name>app::StatusFields</name>
    <message>
        <location filename="../app/StatusFields.cpp" line="28"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="29"/>
        <source>Ln %1, Col %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="38"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="39"/>
        <source>Cursor position</source>
        <translation>光标位置</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="40"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../app/StatusFields.cpp" line="41"/>
        <source>Run state</source>
        <translation>运行状态</translation>
    </message>
</context>
<context>
    <name>app::TargetSessionFactory</name>
    <message>
        <location filename="../app/TargetSessionFactory.cpp" line="32"/>
        <source>The API token was entered for %1, so it is not sent to %2. Enter the token for %2.</source>
        <translation>API 令牌是为 %1 输入的，因此不会发送给 %2。请输入 %2 的令牌。</translation>
    </message>
</context>
<context>
    <name>app::UnsavedChangesDialog</name>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="24"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="25"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="27"/>
        <source>Unsaved files</source>
        <translation>未保存的文件</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="39"/>
        <source>&amp;Save All</source>
        <translation>全部保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="40"/>
        <source>Save S&amp;elected</source>
        <translation>保存所选文件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="41"/>
        <source>&amp;Discard All</source>
        <translation>全部放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="57"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/UnsavedChangesDialog.cpp" line="59"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>不保存(&amp;D)</translation>
    </message>
</context>
<context>
    <name>app::VariablesModel</name>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="19"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="21"/>
        <source>Locals</source>
        <translation>局部变量</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="23"/>
        <source>Globals</source>
        <translation>全局变量</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="89"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../app/VariablesModel.cpp" line="93"/>
        <source>Double-click to see the whole value</source>
        <translation>双击查看完整的值</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/VariablesModel.cpp" line="109"/>
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>（另有 %n 项未显示）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ViolationsDock</name>
    <message>
        <location filename="../app/SidePanels.cpp" line="85"/>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="86"/>
        <source>Security violations panel</source>
        <translation>安全违规面板</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="87"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="88"/>
        <source>Security violations</source>
        <translation>安全违规</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="89"/>
        <source>No violations. The strict profile lists forbidden imports, builtins and syntax here.</source>
        <translation>没有违规。严格配置会在此列出被禁止的导入、内置函数和语法。</translation>
    </message>
    <message>
        <location filename="../app/SidePanels.cpp" line="90"/>
        <source>No violations</source>
        <translation>没有违规</translation>
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
        <translation>输入与循环</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="23"/>
        <source>Asks how many squares to print: type the answer where the program asks.</source>
        <translation>询问要打印多少个平方数：在程序提问的地方键入答案。</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="24"/>
        <source>Compare two solutions</source>
        <translation>比较两种解法</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="25"/>
        <source>A slow and a fast way to find a duplicate: analyse them and see O(n²) against O(n).</source>
        <translation>查找重复项的一慢一快两种方法：分析它们，对比 O(n²) 与 O(n)。</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="26"/>
        <source>A program the sandbox stops</source>
        <translation>被沙箱拦下的程序</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="27"/>
        <source>Tries to read your SSH keys and to reach the network: the sandbox refuses both.</source>
        <translation>尝试读取你的 SSH 密钥并访问网络：沙箱会拒绝这两种操作。</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="46"/>
        <location filename="../app/WelcomeDialog.cpp" line="48"/>
        <source>Welcome to Code Remote</source>
        <translation>欢迎使用 Code Remote</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="55"/>
        <source>Write Python, run it safely in a sandbox on this computer or on a server, and see how fast it is: the output, the time, the memory and the complexity (Big-O) of your code. Programs cannot read your files or reach the network.</source>
        <translation>编写 Python 代码，在这台计算机或服务器上的沙箱中安全地运行，并看看它有多快：代码的输出、时间、内存和复杂度（大 O 表示法）。程序无法读取你的文件，也无法访问网络。</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="61"/>
        <source>Try an example (it opens in a new tab):</source>
        <translation>试试示例（将在新标签页中打开）：</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="80"/>
        <source>&lt;b&gt;%1&lt;/b&gt; runs the current tab. &lt;b&gt;%2&lt;/b&gt; analyses its complexity.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 运行当前标签页，&lt;b&gt;%2&lt;/b&gt; 分析其复杂度。</translation>
    </message>
    <message>
        <location filename="../app/WelcomeDialog.cpp" line="87"/>
        <source>Open the &amp;Manual</source>
        <translation>打开手册(&amp;M)</translation>
    </message>
</context>
<context>
    <name>editor::CodeEditor</name>
    <message>
        <location filename="../editor/CodeEditor.cpp" line="28"/>
        <source>Code editor</source>
        <translation>代码编辑器</translation>
    </message>
</context>
<context>
    <name>editor::ComplexityMarkers</name>
    <message>
        <location filename="../editor/ComplexityMarkers.cpp" line="80"/>
        <source>%1 loop</source>
        <translation>%1 循环</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="23"/>
        <source>Code Remote: write and run code.</source>
        <translation>Code Remote：编写并运行代码。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Files to open.</source>
        <translation>要打开的文件。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Quit once the window is shown (benchmarks).</source>
        <translation>窗口显示后立即退出（用于基准测试）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Open a new window even if one is running.</source>
        <translation>即使已有窗口在运行，也打开一个新窗口。</translation>
    </message>
</context>
<context>
    <name>remote::RemoteRunSession</name>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="71"/>
        <source>Stopped; the server did not confirm in time.</source>
        <translation>已停止；服务器未及时确认。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="213"/>
        <location filename="../remote/RemoteRunSession.cpp" line="220"/>
        <source>The server at %1 refused the API token. Check the token set for this server.</source>
        <translation>%1 上的服务器拒绝了 API 令牌。请检查为此服务器设置的令牌。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="234"/>
        <source>The connection to the server was lost, which ends a debug or shell session there.</source>
        <translation>与服务器的连接已断开，服务器上的调试或 Shell 会话随之结束。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="250"/>
        <source>Cannot reach the Code Remote server at %1 (%2). Your code was not run; it is kept for a retry.</source>
        <translation>无法访问位于 %1 的 Code Remote 服务器（%2）。你的代码未运行，已保留以便重试。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="251"/>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="254"/>
        <source>Lost the connection to the Code Remote server at %1 during the run (%2).</source>
        <translation>运行期间与位于 %1 的 Code Remote 服务器的连接中断（%2）。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="255"/>
        <source>connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="275"/>
        <source>The Code Remote server at %1 did not answer within %n second(s). Your code was not run; it is kept for a retry.</source>
        <translation>
            <numerusform>位于 %1 的 Code Remote 服务器在 %n 秒内没有响应。你的代码未运行，已保留以便重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="281"/>
        <source>Lost the connection to the Code Remote server at %1 before it took the run, and it did not come back within %n second(s). Your code is kept for a retry.</source>
        <translation>
            <numerusform>在服务器接受运行之前，与位于 %1 的 Code Remote 服务器的连接中断，且 %n 秒内未恢复。你的代码已保留以便重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="287"/>
        <source>Lost the connection to the Code Remote server at %1 during the run, and it did not come back within %n second(s). The job (%2) may still finish there.</source>
        <translation>
            <numerusform>运行期间与位于 %1 的 Code Remote 服务器的连接中断，且 %n 秒内未恢复。该作业（%2）仍可能在服务器上完成。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="307"/>
        <source>The server sent a message this client does not understand (%1): %2</source>
        <translation>服务器发送了此客户端无法理解的消息（%1）：%2</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="337"/>
        <source>This server does not run shell sessions; use the local shell.</source>
        <translation>此服务器不运行 Shell 会话；请使用本地 Shell。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="338"/>
        <source>This server does not run debug sessions; debug locally.</source>
        <translation>此服务器不运行调试会话；请在本地调试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="420"/>
        <source>The server is busy: its queue is full. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>服务器繁忙：队列已满。请在 %n 秒后重试。你的代码已保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="424"/>
        <source>Too many runs with this token in a short time. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>此令牌在短时间内运行次数过多。请在 %n 秒后重试。你的代码已保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="428"/>
        <source>This token already has as many runs in progress as the server allows. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>此令牌正在进行的运行已达到服务器允许的上限。请在 %n 秒后重试。你的代码已保留。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="434"/>
        <source>The server no longer knows this job (%1).</source>
        <translation>服务器已不再知道此作业（%1）。</translation>
    </message>
    <message>
        <location filename="../remote/RemoteRunSession.cpp" line="441"/>
        <source>The server refused the run: %1 (%2).</source>
        <translation>服务器拒绝了运行：%1（%2）。</translation>
    </message>
</context>
</TS>
