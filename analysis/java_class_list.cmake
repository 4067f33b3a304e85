# Writes the class list of a Java script for a class-data archive (analysis/JvmClassArchive.h): the
# script is compiled and run on its own source and two probes (below), with the JVM recording every
# class it loads; the script's own classes are left out (the archive holds the
# JDK's classes only, so it fits whatever class path the sandbox runs the script with).
# OPTIONS names a file of options (one a line) both javac and java get, as the sandbox gives them.
#   cmake -DJAVAC=... -DJAVA=... -DSOURCE=X.java -DCLASS=X -DOPTIONS=X.options -DWORK=dir -DOUTPUT=X.classlist
#         -P java_class_list.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(options)
if(OPTIONS)
    file(STRINGS ${OPTIONS} options)
endif()
execute_process(COMMAND ${JAVAC} ${options} -encoding UTF-8 -Xlint:none -d ${WORK} ${SOURCE} RESULT_VARIABLE compiled)
if(NOT compiled EQUAL 0)
    message(FATAL_ERROR "javac could not compile ${SOURCE}")
endif()
# Its own source is a program using most of the language, but a parser script's classes also depend on
# what the input holds: operators where an expression starts (javac's tree positions), and a syntax
# error (javac's messages, loaded only to describe one). Two probes add those; a class listed twice is
# archived once.
file(WRITE ${WORK}/operators.java
     "class Probe {\n    int f(int a, int b) {\n        int s = a + b * 2;\n"
     "        if (a + b > 1 && !(a < b) || a == b) s += a - b;\n        return s > 0 ? s - 1 : -s;\n    }\n}\n")
file(WRITE ${WORK}/syntax-error.java "class Probe {\n    void f() {\n        int x = ;\n    }\n}\n")
set(content "")
foreach(input ${SOURCE} ${WORK}/operators.java ${WORK}/syntax-error.java)
    execute_process(COMMAND ${JAVA} ${options} -XX:+UseSerialGC -XX:DumpLoadedClassList=${WORK}/loaded.lst -cp ${WORK}
                            ${CLASS}
                    INPUT_FILE ${input} OUTPUT_QUIET RESULT_VARIABLE ran)
    if(NOT ran EQUAL 0)
        message(FATAL_ERROR "${CLASS} failed on ${input}")
    endif()
    # Whole text, not a CMake list: the lines of lambda forms hold semicolons.
    file(READ ${WORK}/loaded.lst loaded)
    string(APPEND content "${loaded}")
endforeach()
string(REGEX REPLACE "[^\n]*${CLASS}[^\n]*\n" "" content "${content}")
file(WRITE ${OUTPUT} "${content}")
