#pragma once

#include "AnalysisJob.h"

#include <memory>

namespace analysis {
class Analyzer;
struct AnalysisResult;
} // namespace analysis

namespace cli {

// AnalysisJob by the analysis library: Gemini when a key is set (CODE_REMOTE_GEMINI_KEY or
// GEMINI_API_KEY), the static analyzer otherwise and whenever Gemini fails.
class AnalyzerJob : public AnalysisJob
{
    Q_OBJECT
public:
    explicit AnalyzerJob(QObject *parent = nullptr);
    ~AnalyzerJob() override;

    void start(const QString &source, const QString &language) override;
    void cancel() override;

private:
    std::unique_ptr<analysis::Analyzer> m_analyzer;
};

// The analysis as lines for a terminal: "time O(n log n), space O(n) (static analysis, confidence 0.8)".
QString describeAnalysis(const analysis::AnalysisResult &result);

} // namespace cli
