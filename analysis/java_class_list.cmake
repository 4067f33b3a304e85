# Writes the class list of a Java script for a class-data archive (analysis/JvmClassArchive.h): the
# script is compiled and run once on its own source (a program using most of the language), with the
# JVM recording every class it loads; the script's own classes are left out (the archive holds the
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
execute_process(COMMAND ${JAVA} ${options} -XX:+UseSerialGC -XX:DumpLoadedClassList=${WORK}/loaded.lst -cp ${WORK} ${CLASS}
                INPUT_FILE ${SOURCE} OUTPUT_QUIET RESULT_VARIABLE ran)
if(NOT ran EQUAL 0)
    message(FATAL_ERROR "${CLASS} failed on its own source")
endif()
# Whole text, not a CMake list: the lines of lambda forms hold semicolons.
file(READ ${WORK}/loaded.lst content)
string(REGEX REPLACE "[^\n]*${CLASS}[^\n]*\n" "" content "${content}")
file(WRITE ${OUTPUT} "${content}")
