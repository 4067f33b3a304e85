#pragma once

#include "OutputLineParser.h"

namespace app {

class OutputParserRegistry;

// g++'s diagnostics ("main.cpp:3:9: error: ...", "In file included from main.cpp:2:", which the IDE shows
// under the tab's name) become links. The editor's markers come from the run's structured diagnostics
// (RunResult::diagnostics, the same locally and from a server), so this parser reports no errors of its
// own: a C++ program that fails at run time prints no trace to read.
class CppOutputParser : public OutputLineParser
{
public:
    bool mayContainLinks(QStringView text) const override;
    std::optional<OutputLink> linkInLine(QStringView line) const override;
    void feed(runner::OutputChannel, QStringView) override {}
    void finish() override {}
    QList<OutputError> errors() const override { return {}; }
};

void registerCppOutputParser(OutputParserRegistry &registry);

} // namespace app
