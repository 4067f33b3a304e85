#include "Theme.h"

#include <cmath>

namespace app {

bool Theme::isDark(ThemeChoice choice, const QPalette &systemPalette)
{
    if (choice == ThemeChoice::System)
        return systemPalette.color(QPalette::Window).lightness() < 128;
    return choice == ThemeChoice::Dark;
}

QPalette Theme::palette(bool dark)
{
    if (!dark) {
        QPalette p(QColor(0xf3, 0xf4, 0xf6));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
        p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
        p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
        p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
        p.setColor(QPalette::Highlight, QColor(0x09, 0x69, 0xda));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
        p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x77, 0x81));
        return p;
    }
    QPalette p;
    const QColor window(0x25, 0x27, 0x2b);
    const QColor base(0x1e, 0x20, 0x24);
    const QColor text(0xd4, 0xd7, 0xdc);
    const QColor disabled(0x7d, 0x82, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x33));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2f, 0x32, 0x37));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x79, 0xc0, 0xff));
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x43));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QColor Theme::textColor(TextRole role, bool dark)
{
    switch (role) {
    case TextRole::Output:
        return dark ? QColor(0xd4, 0xd7, 0xdc) : QColor(0x1f, 0x23, 0x28);
    case TextRole::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
    case TextRole::Input:
        return dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37);
    case TextRole::Status:
        return dark ? QColor(0x9d, 0xa5, 0xb4) : QColor(0x57, 0x60, 0x6a);
    case TextRole::Link:
        return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x09, 0x69, 0xda);
    }
    return {};
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto linear = [](double channel) {
            return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace app
