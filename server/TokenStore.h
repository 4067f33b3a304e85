#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace server {

struct TokenInfo
{
    QString name;
    QDateTime createdAt;
    std::optional<QDateTime> revokedAt;
};

// API tokens. Only the SHA-256 of a token is stored: a copy of the database does not let anyone in.
// The token's name is the user's identity: jobs belong to it.
class TokenStore
{
public:
    struct Created
    {
        QString token; // shown once, never stored
        QString error;
    };

    Created create(const QString &name);
    QList<TokenInfo> list() const;
    // Empty string on success.
    QString revoke(const QString &name);
    // The owner's name for a valid, unrevoked token. Nothing also when the database could not be read;
    // `unreachable` then says so, so that a client is told to retry rather than that its token is bad.
    std::optional<QString> verify(const QString &token, bool *unreachable = nullptr) const;
    // Whether a token that was valid still is: false once revoked, nothing when the database could not
    // be read (an open connection is not closed for a busy database).
    std::optional<bool> isStillValid(const QString &token) const;

    // The token of an `Authorization: Bearer <token>` header value, the scheme in any case (RFC 7235
    // §2.1); empty when the header is absent or another scheme.
    static QString bearerToken(const QByteArray &authorization);
    static QString hash(const QString &token);
    static bool isValidName(const QString &name);
};

} // namespace server
