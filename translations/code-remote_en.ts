<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>analysis::EmpiricalAnalyzer</name>
    <message numerus="yes">
        <location filename="../analysis/EmpiricalAnalyzer.cpp" line="319"/>
        <source>only %n size(s) could be measured in time; too few to fit</source>
        <translation>
            <numerusform>only %n size could be measured in time; too few to fit</numerusform>
            <numerusform>only %n sizes could be measured in time; too few to fit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::FindBar</name>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="142"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FindBar.cpp" line="216"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>Replaced %n occurrence</numerusform>
            <numerusform>Replaced %n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::Prompts</name>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="12"/>
        <source>Save changes to %n file(s) before closing?</source>
        <translation>
            <numerusform>Save changes to %n file before closing?</numerusform>
            <numerusform>Save changes to %n files before closing?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Prompts.cpp" line="39"/>
        <source>Code Remote did not close properly last time. Restore %n unsaved buffer(s)?</source>
        <translation>
            <numerusform>Code Remote did not close properly last time. Restore %n unsaved buffer?</numerusform>
            <numerusform>Code Remote did not close properly last time. Restore %n unsaved buffers?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ShellDock</name>
    <message numerus="yes">
        <location filename="../app/ShellDock.cpp" line="114"/>
        <source>A new interpreter: the shell forgets its variables. Idle shells end after %n minutes.</source>
        <translation>
            <numerusform>A new interpreter: the shell forgets its variables. Idle shells end after %n minute.</numerusform>
            <numerusform>A new interpreter: the shell forgets its variables. Idle shells end after %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::VariablesModel</name>
    <message numerus="yes">
        <location filename="../app/VariablesModel.cpp" line="109"/>
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(%n more not shown)</numerusform>
            <numerusform>(%n more not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>remote::RemoteRunSession</name>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="275"/>
        <source>The Code Remote server at %1 did not answer within %n second(s). Your code was not run; it is kept for a retry.</source>
        <translation>
            <numerusform>The Code Remote server at %1 did not answer within %n second. Your code was not run; it is kept for a retry.</numerusform>
            <numerusform>The Code Remote server at %1 did not answer within %n seconds. Your code was not run; it is kept for a retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="281"/>
        <source>Lost the connection to the Code Remote server at %1 before it took the run, and it did not come back within %n second(s). Your code is kept for a retry.</source>
        <translation>
            <numerusform>Lost the connection to the Code Remote server at %1 before it took the run, and it did not come back within %n second. Your code is kept for a retry.</numerusform>
            <numerusform>Lost the connection to the Code Remote server at %1 before it took the run, and it did not come back within %n seconds. Your code is kept for a retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="287"/>
        <source>Lost the connection to the Code Remote server at %1 during the run, and it did not come back within %n second(s). The job (%2) may still finish there.</source>
        <translation>
            <numerusform>Lost the connection to the Code Remote server at %1 during the run, and it did not come back within %n second. The job (%2) may still finish there.</numerusform>
            <numerusform>Lost the connection to the Code Remote server at %1 during the run, and it did not come back within %n seconds. The job (%2) may still finish there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="420"/>
        <source>The server is busy: its queue is full. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>The server is busy: its queue is full. Retry in %n second. Your code is kept.</numerusform>
            <numerusform>The server is busy: its queue is full. Retry in %n seconds. Your code is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="424"/>
        <source>Too many runs with this token in a short time. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>Too many runs with this token in a short time. Retry in %n second. Your code is kept.</numerusform>
            <numerusform>Too many runs with this token in a short time. Retry in %n seconds. Your code is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../remote/RemoteRunSession.cpp" line="428"/>
        <source>This token already has as many runs in progress as the server allows. Retry in %n second(s). Your code is kept.</source>
        <translation>
            <numerusform>This token already has as many runs in progress as the server allows. Retry in %n second. Your code is kept.</numerusform>
            <numerusform>This token already has as many runs in progress as the server allows. Retry in %n seconds. Your code is kept.</numerusform>
        </translation>
    </message>
</context>
</TS>
