// libFuzzer target: every decoder must answer any input with a message or an error, never a crash, a
// hang or undefined behaviour. Built with clang (-fsanitize=fuzzer,address,undefined) by CMakeLists.txt.
#include <remote/Protocol.h>

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const remote::Decoded &decoded :
         {remote::decodeClientMessage(input), remote::decodeServerMessage(input), remote::decodeExecuteBody(input)}) {
        // A decoded message must survive a second trip through its encoder and decoder.
        if (decoded.ok() && decoded.message->type == remote::MessageType::Submit && !decoded.message->submission.language.isEmpty()) {
            const remote::Decoded again = remote::decodeClientMessage(remote::encodeSubmit(decoded.message->submission));
            if (!again.ok() || again.message->submission.code != decoded.message->submission.code)
                __builtin_trap();
        }
    }
    return 0;
}
