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
};

} // namespace app
