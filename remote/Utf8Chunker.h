#pragma once

#include <QByteArray>

namespace remote {

// Output arrives from a pipe in arbitrary pieces, but the protocol sends text: a multi-byte UTF-8
// character split across two reads would turn into two U+FFFD if each piece were converted on its own.
// This keeps the incomplete tail of one piece and puts it in front of the next.
class Utf8Chunker
{
public:
    // The longest prefix of (carried bytes + `bytes`) that does not end inside a character.
    QByteArray take(const QByteArray &bytes);
    // Whatever is still carried (at the end of the stream), even if incomplete.
    QByteArray flush();

private:
    QByteArray m_carry;
};

} // namespace remote
