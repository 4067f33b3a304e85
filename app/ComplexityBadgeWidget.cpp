#include "ComplexityBadgeWidget.h"

#include "AnalysisColours.h"

#include <QLabel>
#include <QVBoxLayout>

namespace app {

using namespace AnalysisColours;

ComplexityBadgeWidget::ComplexityBadgeWidget(QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
{
    setObjectName(QStringLiteral("complexityBadge"));
    QFont value = m_value->font();
    value.setPointSizeF(value.pointSizeF() * 1.7);
    value.setBold(true);
    m_value->setFont(value);
    m_value->setTextFormat(Qt::PlainText);
    QFont caption = m_caption->font();
    caption.setPointSizeF(caption.pointSizeF() * 0.85);
    caption.setCapitalization(QFont::AllUppercase);
    caption.setLetterSpacing(QFont::PercentageSpacing, 108);
    m_caption->setFont(caption);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(0);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ComplexityBadgeWidget::setBadge(const ComplexityBadge &badge, const QPalette &colours)
{
    const bool dark = isDark(colours);
    m_caption->setText(badge.caption);
    m_value->setText(badge.text);
    setAccessibleName(badge.accessible);
    m_value->setAccessibleName(badge.accessible);
    setToolTip(badge.accessible);
    const QColor accent = severityColour(badge.severity, dark);
    const QColor base = colours.color(QPalette::Base);
    setStyleSheet(
        QStringLiteral(
            "#complexityBadge { background: %1; border: 1px solid %2; border-left: 4px solid %3;"
            " border-radius: 6px; }"
            " #complexityBadge QLabel { background: transparent; border: none; }")
            .arg(blend(accent, base, dark ? 0.16 : 0.10).name(), blend(accent, base, 0.45).name(),
                 accent.name()));
    QPalette captionPalette = m_caption->palette();
    captionPalette.setColor(QPalette::WindowText, blend(colours.color(QPalette::WindowText), base, 0.65));
    m_caption->setPalette(captionPalette);
    QPalette valuePalette = m_value->palette();
    valuePalette.setColor(QPalette::WindowText, accent);
    m_value->setPalette(valuePalette);
}

} // namespace app
