#pragma once

#include <QByteArray>
#include <QString>

namespace runner {

// The class a Java program's file must be named after: its public top-level type (javac refuses a
// public class in a file of another name), else its first top-level class, else "Main". The source is
// tokenized (comments, string and character literals and text blocks skipped, braces counted), so a
// `public class X` inside a comment, a string or a nested body is never taken for it.
QString javaMainClass(const QByteArray &source);

// The source with the `public` modifier of each top-level type blanked out (same length, so lines and
// columns stay), so that a class appended to it may be the file's one public class and name the file:
// Measure for Java appends its timing harness this way.
QByteArray javaWithoutPublicTypes(const QByteArray &source);

} // namespace runner
