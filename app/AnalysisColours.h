#pragma once

#include "AnalysisPresenter.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace app::AnalysisColours {

// The Analysis panel's colours, shared by the panel and its complexity badges: one accent per severity
// (and per risk level) in a light and a dark variant, chosen from the palette they are drawn on.
bool isDark(const QPalette &palette);
QColor severityColour(ComplexitySeverity severity, bool dark);
QColor riskColour(analysis::RiskLevel level, bool dark);
// `a` over `b`, `amountOfA` in [0, 1].
QColor blend(const QColor &a, const QColor &b, double amountOfA);
// A small filled circle of that colour, the icon of a risk's row.
QIcon dot(const QColor &colour);

} // namespace app::AnalysisColours
