#include "RunFileNames.h"

#include <algorithm>
#include <utility>

namespace app {

RunFileNames::RunFileNames(const QString &sandboxPath, const QString &displayName)
    : m_sandboxPath(sandboxPath)
    , m_baseName(sandboxPath.section(QLatin1Char('/'), -1))
    , m_displayName(displayName)
{
}

QString RunFileNames::rewrite(QStringView text)
{
    if (m_sandboxPath.isEmpty() || m_displayName.isEmpty())
        return text.toString();
    QString all = m_pending + text.toString();
    const qsizetype keep = heldBackFrom(all);
    m_pending = all.mid(keep);
    all.truncate(keep);
    return rewriteComplete(all);
}

QString RunFileNames::finish()
{
    return rewriteComplete(std::exchange(m_pending, QString()));
}

qsizetype RunFileNames::heldBackFrom(const QString &text) const
{
    // The longest tail that could still grow into the sandbox path, or into "main.py:" at a line start.
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n')) + 1;
    for (qsizetype from = std::max<qsizetype>(0, text.size() - m_sandboxPath.size()); from < text.size(); ++from) {
        const QStringView tail = QStringView(text).mid(from);
        if (m_sandboxPath.startsWith(tail))
            return from;
        const bool lineBegins = from == lineStart && (from > 0 || m_atLineStart);
        if (lineBegins && QString(m_baseName + QLatin1Char(':')).startsWith(tail))
            return from;
    }
    return text.size();
}

QString RunFileNames::rewriteComplete(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    out.replace(m_sandboxPath, m_displayName);
    // The guard's refusals: "main.py:3: ... is not allowed in the strict profile", one per line.
    const QString prefix = m_baseName + QLatin1Char(':');
    qsizetype at = 0;
    bool lineStart = m_atLineStart;
    while (at < out.size()) {
        if (lineStart && QStringView(out).mid(at).startsWith(prefix)) {
            out.replace(at, m_baseName.size(), m_displayName);
            at += m_displayName.size();
        }
        const qsizetype newline = out.indexOf(QLatin1Char('\n'), at);
        if (newline < 0)
            break;
        at = newline + 1;
        lineStart = true;
    }
    m_atLineStart = out.endsWith(QLatin1Char('\n'));
    return out;
}

} // namespace app
