#pragma once

// The keys every message of the protocol carries, shared by its decoders (ProtocolDecode.cpp) and
// encoders (ProtocolEncode.cpp) so both sides spell them once. Internal to remote/: include Protocol.h.

#include <QString>

namespace remote::detail {

inline const QString kV = QStringLiteral("v");
inline const QString kType = QStringLiteral("type");
inline const QString kJobId = QStringLiteral("job_id");
inline const QString kRef = QStringLiteral("ref");
inline const QString kData = QStringLiteral("data");

} // namespace remote::detail
