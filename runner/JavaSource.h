#pragma once

#include <QByteArray>
#include <QString>

namespace runner {

// The class a Java program's file must be named after: its public top-level type (javac refuses a
// public class in a file of another name), else its first top-level class, else "Main". The source is
// tokenized (comments, string and character literals and text blocks skipped, braces counted), so a
// `public class X` inside a comment, a string or a nested body is never taken for it.
QString javaMainClass(const QByteArray &source);

} // namespace runner
