#pragma once

#include "AppSettings.h"

#include <QPalette>

namespace app {

// Light and dark palettes for the whole application. "Follow the system" is decided from the palette
// the platform gave the application at start (Qt 6.4 has no colour-scheme query yet).
class Theme
{
public:
    static bool isDark(ThemeChoice choice, const QPalette &systemPalette);
    static QPalette palette(bool dark);

    // What a piece of output text is; its colour is looked up per theme, so text already shown can be
    // recoloured when the theme changes.
    enum class TextRole { Output, Error, Input, Status, Link };
    static QColor textColor(TextRole role, bool dark);
    // WCAG 2 contrast ratio of two colours (1 to 21); 4.5 is the minimum for body text.
    static double contrastRatio(const QColor &a, const QColor &b);
};

} // namespace app
