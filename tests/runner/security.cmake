# The sandbox's security suite; included from tests/runner/CMakeLists.txt. Hostile programs against
# every layer of the local sandbox, run as whoever runs CTest (root in CI: cgroups) and again as an
# unprivileged user (no cgroup: resident-memory polling, user namespaces as a normal user).
find_package(Qt6 REQUIRED COMPONENTS Network Test)

code_remote_add_test(tst_sandboxsecurity
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandboxsecurity.cpp
    LIBS runner Qt6::Network
)
# The test finds the supervisor beside itself in build/bin.
add_dependencies(tst_sandboxsecurity code-remote-sandbox)
# Timing-sensitive (limits of 1-3 s on a 2-core machine): never alongside other tests.
set_tests_properties(tst_sandboxsecurity PROPERTIES TIMEOUT 420 RUN_SERIAL TRUE)

# The same binary as an unprivileged user: as root the script creates the user `coderemote-test` and
# runs the suite as that user from a copy both binaries can be read from; as a normal user it just runs it.
add_test(NAME tst_sandboxsecurity_unprivileged
    COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/run-unprivileged.sh
            $<TARGET_FILE:tst_sandboxsecurity> $<TARGET_FILE:code-remote-sandbox>
            $<TARGET_FILE:code-remote-sandbox-host>
)
set_tests_properties(tst_sandboxsecurity_unprivileged PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    TIMEOUT 420
    RUN_SERIAL TRUE
)

# The suite once more with every run handed to code-remote-sandbox-host, whose programs start from a
# fork of a loaded interpreter instead of exec: the same hostile programs must meet the same walls.
add_test(NAME tst_sandboxsecurity_host COMMAND tst_sandboxsecurity)
set_tests_properties(tst_sandboxsecurity_host PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CODE_REMOTE_TEST_THROUGH_HOST=1"
    TIMEOUT 420
    RUN_SERIAL TRUE
)
add_dependencies(tst_sandboxsecurity code-remote-sandbox-host)
add_test(NAME tst_sandboxsecurity_host_unprivileged
    COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/run-unprivileged.sh
            $<TARGET_FILE:tst_sandboxsecurity> $<TARGET_FILE:code-remote-sandbox>
            $<TARGET_FILE:code-remote-sandbox-host>
)
set_tests_properties(tst_sandboxsecurity_host_unprivileged PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CODE_REMOTE_TEST_THROUGH_HOST=1"
    TIMEOUT 420
    RUN_SERIAL TRUE
)

# JavaScript, C++ and Java against the same walls, as root and as an unprivileged user.
code_remote_add_test(tst_languages
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_languages.cpp
    LIBS runner Qt6::Network
)
add_dependencies(tst_languages code-remote-sandbox)
# The supervisor's request encoder is plain C++: a test drives the supervisor with its own requests.
target_sources(tst_languages PRIVATE ${PROJECT_SOURCE_DIR}/runner/sandbox/Request.cpp)
target_include_directories(tst_languages PRIVATE ${PROJECT_SOURCE_DIR}/runner)
set_tests_properties(tst_languages PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
add_test(NAME tst_languages_unprivileged
    COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/run-unprivileged.sh
            $<TARGET_FILE:tst_languages> $<TARGET_FILE:code-remote-sandbox>
            $<TARGET_FILE:code-remote-sandbox-host>
)
set_tests_properties(tst_languages_unprivileged PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    TIMEOUT 600
    RUN_SERIAL TRUE
)

# The precompiled <bits/stdc++.h>: built once in the background, never waited for, never used damaged;
# as root and as an unprivileged user.
code_remote_add_test(tst_precompiledheader
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_precompiledheader.cpp
    LIBS runner
)
add_dependencies(tst_precompiledheader code-remote-sandbox)
set_tests_properties(tst_precompiledheader PROPERTIES TIMEOUT 900 RUN_SERIAL TRUE)
add_test(NAME tst_precompiledheader_unprivileged
    COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/run-unprivileged.sh
            $<TARGET_FILE:tst_precompiledheader> $<TARGET_FILE:code-remote-sandbox>
            $<TARGET_FILE:code-remote-sandbox-host>
)
set_tests_properties(tst_precompiledheader_unprivileged PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    TIMEOUT 900
    RUN_SERIAL TRUE
)

# Each language's seccomp groups (issue 18): what one language's or phase's groups allow is refused to
# another's. As root, as an unprivileged user, and with the Python runs through a sandbox host.
code_remote_add_test(tst_seccompgroups
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_seccompgroups.cpp
    LIBS runner
)
add_dependencies(tst_seccompgroups code-remote-sandbox code-remote-sandbox-host)
# The supervisor's request encoder is plain C++: two tests drive the supervisor with requests of their own.
target_sources(tst_seccompgroups PRIVATE ${PROJECT_SOURCE_DIR}/runner/sandbox/Request.cpp)
set_tests_properties(tst_seccompgroups PROPERTIES TIMEOUT 420 RUN_SERIAL TRUE)
add_test(NAME tst_seccompgroups_unprivileged
    COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/run-unprivileged.sh
            $<TARGET_FILE:tst_seccompgroups> $<TARGET_FILE:code-remote-sandbox>
            $<TARGET_FILE:code-remote-sandbox-host>
)
set_tests_properties(tst_seccompgroups_unprivileged PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 420 RUN_SERIAL TRUE)
add_test(NAME tst_seccompgroups_host COMMAND tst_seccompgroups)
set_tests_properties(tst_seccompgroups_host PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CODE_REMOTE_TEST_THROUGH_HOST=1" TIMEOUT 420 RUN_SERIAL TRUE)
