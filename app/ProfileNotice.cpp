#include "ProfileNotice.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

ProfileNotice::ProfileNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_switch(new QPushButton(this))
{
    setObjectName(QStringLiteral("profileNotice"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_switch->setObjectName(QStringLiteral("switchToStandardButton"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    layout->addWidget(m_switch, 0, Qt::AlignLeft);
    connect(m_switch, &QPushButton::clicked, this, &ProfileNotice::switchRequested);
    retranslate();
    hide();
}

void ProfileNotice::showRefusal(bool canSwitch)
{
    m_canSwitch = canSwitch;
    retranslate();
    m_switch->setVisible(canSwitch);
    show();
}

void ProfileNotice::dismiss()
{
    hide();
}

void ProfileNotice::retranslate()
{
    m_label->setText(m_canSwitch
                         ? tr("The strict profile refused this program. The standard profile runs the whole "
                              "language in the same sandbox; switch in Settings ▸ Running programs ▸ Profile, or here:")
                         : tr("The strict profile refused this program, and this server runs the strict "
                              "profile only. Change the program, or run it locally (Run ▸ Run On)."));
    m_switch->setText(tr("Switch to Standard and Run Again"));
    m_switch->setToolTip(tr("Sets the profile to standard in the settings and runs the program again"));
}

void ProfileNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace app
