#include "AnalysisColours.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace app::AnalysisColours {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor severityColour(ComplexitySeverity severity, bool dark)
{
    switch (severity) {
    case ComplexitySeverity::Good:
        return dark ? QColor(0x5f, 0xc9, 0x86) : QColor(0x1e, 0x8a, 0x4c);
    case ComplexitySeverity::Fair:
        return dark ? QColor(0x6c, 0xb4, 0xf0) : QColor(0x1f, 0x6f, 0xc0);
    case ComplexitySeverity::Poor:
        return dark ? QColor(0xf0, 0xa8, 0x48) : QColor(0xb8, 0x68, 0x00);
    case ComplexitySeverity::Bad:
        return dark ? QColor(0xf2, 0x7b, 0x72) : QColor(0xc0, 0x36, 0x2c);
    case ComplexitySeverity::Unknown:
        break;
    }
    return dark ? QColor(0xa0, 0xa4, 0xab) : QColor(0x6a, 0x6e, 0x75);
}

QColor riskColour(analysis::RiskLevel level, bool dark)
{
    switch (level) {
    case analysis::RiskLevel::High:
        return severityColour(ComplexitySeverity::Bad, dark);
    case analysis::RiskLevel::Medium:
        return severityColour(ComplexitySeverity::Poor, dark);
    case analysis::RiskLevel::Low:
        break;
    }
    return severityColour(ComplexitySeverity::Fair, dark);
}

QColor blend(const QColor &a, const QColor &b, double amountOfA)
{
    const double t = std::clamp(amountOfA, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * t + b.redF() * (1 - t)),
                            float(a.greenF() * t + b.greenF() * (1 - t)),
                            float(a.blueF() * t + b.blueF() * (1 - t)));
}

QIcon dot(const QColor &colour)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 8, 8));
    return QIcon(pixmap);
}

} // namespace app::AnalysisColours
