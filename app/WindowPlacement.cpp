#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace app {

QRect WindowPlacement::bounded(const QRect &wanted, const QRect &available)
{
    if (!available.isValid())
        return wanted;
    QRect result(wanted.topLeft(), wanted.size().boundedTo(available.size()));
    // Inside the screen: first left/top edge within the right/bottom bound, then not left/above it.
    result.moveLeft(std::max(available.left(), std::min(result.left(), available.right() - result.width() + 1)));
    result.moveTop(std::max(available.top(), std::min(result.top(), available.bottom() - result.height() + 1)));
    return result;
}

void WindowPlacement::fitToScreen(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    QRect available = screen->availableGeometry();
    // The window manager's frame (title bar, borders) is added around the geometry once shown; before
    // the first show it is unknown, so leave a typical title bar's and border's worth of room.
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                     frame.bottom() - inner.bottom());
    if (margins.isNull() && !window->isVisible())
        margins = QMargins(8, 32, 8, 8);
    available = available.marginsRemoved(margins);
    const QRect wanted = inner.isValid() ? inner : QRect(available.topLeft(), window->size());
    const QRect fitted = bounded(wanted, available);
    if (fitted == inner)
        return;
    // The layout's minimum (toolbar, status fields, docks) can be wider than a small logical screen;
    // an explicit minimum overrides it, so the window is clipped inside rather than pushed off-screen.
    const QSize minimum = window->minimumSizeHint();
    if (minimum.width() > available.width() || minimum.height() > available.height())
        window->setMinimumSize(minimum.boundedTo(available.size()));
    window->resize(fitted.size());
    window->move(fitted.topLeft() - QPoint(margins.left(), margins.top()));
}

} // namespace app
