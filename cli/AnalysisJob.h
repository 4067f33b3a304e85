#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace cli {

// The complexity analysis that runs beside a program (--analyze, --analyze-only), as CliRunner needs
// it. The analyzers, with the Gemini client and its network libraries, are linked into
// code-remote-run-full only (see AnalyzerJob), so that the plain local run does not load them.
class AnalysisJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(const QString &source, const QString &language) = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    // `json`: the "analysis" object of the --json result; `summary`: lines for a terminal.
    void finished(const QJsonObject &json, const QString &summary, bool ok);
};

} // namespace cli
