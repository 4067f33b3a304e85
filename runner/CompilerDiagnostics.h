#pragma once

#include "RunResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace runner {

// The compiler's messages about the program, from its output: `format` is a Language's
// diagnosticFormat ("gcc": "main.cpp:3:9: error: ...", "javac": "Main.java:3: error: ..." with the
// column from the caret line below it). Only messages about `sourceFileName` (and the linker's errors,
// with no line) are kept; lines that continue a message (context, carets, notes without a place) are
// skipped.
QList<Diagnostic> parseDiagnostics(const QString &format, const QByteArray &output, const QString &sourceFileName);

} // namespace runner
