#pragma once

#include <QRect>

class QWidget;

namespace app {

// Keeps a top-level window on its screen: a size chosen for a large screen, or a geometry saved on
// another screen or at another scale (QT_SCALE_FACTOR=2 halves the logical screen), would otherwise put
// the status bar and the window's edges out of reach.
class WindowPlacement
{
public:
    // `wanted` moved and shrunk to lie inside `available` (the screen minus panels); a window that
    // fits is left where it is.
    static QRect bounded(const QRect &wanted, const QRect &available);
    // Applies bounded() with the available geometry of the screen the window is on (or will be on).
    static void fitToScreen(QWidget *window);
};

} // namespace app
