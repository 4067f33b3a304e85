#include "InputFeeder.h"

#include <runner/RunSession.h>

#include <QScopedValueRollback>

namespace cli {

namespace {
constexpr qint64 kReadBytes = 64 * 1024;
} // namespace

InputFeeder::InputFeeder(runner::RunSession *session, const QString &path, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_file(path)
{
}

bool InputFeeder::open()
{
    return m_file.open(QIODevice::ReadOnly);
}

void InputFeeder::start()
{
    if (!m_session)
        return;
    connect(m_session, &runner::RunSession::inputTaken, this, &InputFeeder::feed);
    feed();
}

void InputFeeder::feed()
{
    if (m_feeding)
        return; // the loop below looks at the session's room again anyway
    const QScopedValueRollback<bool> feeding(m_feeding, true);
    while (!m_done && m_session && m_session->isRunning() && m_session->pendingInputBytes() < kAheadBytes) {
        const QByteArray chunk = m_file.read(kReadBytes);
        if (chunk.isEmpty()) {
            // The end of the file (or a read error, which the program sees as an early end).
            m_done = true;
            m_file.close();
            m_session->closeInput();
            return;
        }
        m_session->writeInput(chunk);
    }
}

} // namespace cli
