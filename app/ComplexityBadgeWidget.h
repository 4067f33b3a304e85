#pragma once

#include "AnalysisPresenter.h"

#include <QFrame>

class QLabel;

namespace app {

// One large complexity with its caption, tinted by how costly it is (the Analysis panel's time and
// space badges).
class ComplexityBadgeWidget : public QFrame
{
public:
    explicit ComplexityBadgeWidget(QWidget *parent);

    // `colours` is the panel's palette: during a theme change this badge's own may not be updated yet.
    void setBadge(const ComplexityBadge &badge, const QPalette &colours);

    QLabel *valueLabel() const { return m_value; }

private:
    QLabel *m_caption;
    QLabel *m_value;
};

} // namespace app
