#include "TokenStore.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace server {

QString TokenStore::hash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString TokenStore::bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return QString();
    return QString::fromUtf8(value.mid(space + 1).trimmed());
}

bool TokenStore::isValidName(const QString &name)
{
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$"));
    return kName.match(name).hasMatch();
}

TokenStore::Created TokenStore::create(const QString &name)
{
    if (!isValidName(name))
        return {QString(), QStringLiteral("a token name is 1-64 letters, digits, '_', '.', '@' or '-'")};
    // 32 bytes from the system's CSPRNG: guessing is hopeless, so a fast hash is enough for storage.
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                         reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    const QString token = QStringLiteral("crs_")
                          + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT revoked_at FROM tokens WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return {QString(), query.lastError().text()};
    if (query.next() && query.value(0).isNull())
        return {QString(), QStringLiteral("a token named \"%1\" exists; revoke it first").arg(name)};
    query.finish();
    // A revoked name may be reissued: the user keeps their jobs.
    query.prepare(QStringLiteral("INSERT INTO tokens (name, hash, created_at, revoked_at) VALUES (?, ?, ?, NULL) "
                                 "ON CONFLICT (name) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at, "
                                 "revoked_at = NULL"));
    query.addBindValue(name);
    query.addBindValue(hash(token));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec())
        return {QString(), query.lastError().text()};
    return {token, QString()};
}

QList<TokenInfo> TokenStore::list() const
{
    QList<TokenInfo> tokens;
    QSqlQuery query(Database::connection());
    if (!query.exec(QStringLiteral("SELECT name, created_at, revoked_at FROM tokens ORDER BY name")))
        return tokens;
    while (query.next()) {
        TokenInfo info;
        info.name = query.value(0).toString();
        info.createdAt = QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        if (!query.value(2).isNull())
            info.revokedAt = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        tokens.append(info);
    }
    return tokens;
}

QString TokenStore::revoke(const QString &name)
{
    PreparedQuery queryStatement(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(name);
    if (!query.exec())
        return query.lastError().text();
    if (query.numRowsAffected() == 0)
        return QStringLiteral("no active token named \"%1\"").arg(name);
    return QString();
}

std::optional<QString> TokenStore::verify(const QString &token, bool *unreachable) const
{
    if (unreachable)
        *unreachable = false;
    if (!token.startsWith(QLatin1String("crs_")) || token.size() > 128)
        return std::nullopt;
    PreparedQuery queryStatement(QStringLiteral("SELECT name FROM tokens WHERE hash = ? AND revoked_at IS NULL"));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(hash(token));
    if (!query.exec()) {
        if (unreachable)
            *unreachable = true;
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

std::optional<bool> TokenStore::isStillValid(const QString &token) const
{
    PreparedQuery queryStatement(QStringLiteral("SELECT revoked_at IS NULL FROM tokens WHERE hash = ?"));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(hash(token));
    if (!query.exec())
        return std::nullopt;
    return query.next() && query.value(0).toBool();
}

} // namespace server
