# Unit tests of the strict-profile Python guard; included from tests/runner/CMakeLists.txt.
# The guard and its cases are found relative to this file, whichever directory includes it.
code_remote_add_test(tst_pythonguard
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pythonguard.cpp
    LIBS Qt6::Core
)
target_compile_definitions(tst_pythonguard PRIVATE
    GUARD_SCRIPT="${CMAKE_CURRENT_LIST_DIR}/../../runner/python_guard.py"
    GUARD_CASES_DIR="${CMAKE_CURRENT_LIST_DIR}/guard_cases"
    # The interpreter the sandbox runs the guard with (Debian's), not whatever python3 is on PATH.
    PYTHON_EXECUTABLE="/usr/bin/python3"
)
