#include "Utf8Chunker.h"

namespace remote {

QByteArray Utf8Chunker::take(const QByteArray &bytes)
{
    QByteArray data = m_carry + bytes;
    m_carry.clear();
    // Look back at most 3 bytes for the lead byte of the last character.
    const qsizetype size = data.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto c = static_cast<unsigned char>(data.at(size - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: keep looking for the lead byte
        int needed = 1;
        if ((c & 0xE0) == 0xC0)
            needed = 2;
        else if ((c & 0xF0) == 0xE0)
            needed = 3;
        else if ((c & 0xF8) == 0xF0)
            needed = 4;
        if (needed > back) {
            m_carry = data.right(back);
            data.chop(back);
        }
        break;
    }
    return data;
}

QByteArray Utf8Chunker::flush()
{
    QByteArray rest = m_carry;
    m_carry.clear();
    return rest;
}

} // namespace remote
