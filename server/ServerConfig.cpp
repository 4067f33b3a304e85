#include "ServerConfig.h"

#include <runner/Language.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

namespace server {

namespace {

using Setter = std::function<QString(ServerConfig &, const QString &)>;

struct Setting
{
    const char *key;      // config-file key; the flag is --key, the variable CODE_REMOTE_KEY (dashes -> _)
    const char *valueName;
    const char *help;
    Setter apply;
};

QString parseInt(const QString &text, qint64 minimum, qint64 maximum, qint64 &out)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return QStringLiteral("expected an integer from %1 to %2, got \"%3\"").arg(minimum).arg(maximum).arg(text);
    out = value;
    return QString();
}

Setter intSetter(qint64 minimum, qint64 maximum, std::function<void(ServerConfig &, qint64)> set)
{
    return [=](ServerConfig &config, const QString &text) {
        qint64 value = 0;
        QString error = parseInt(text, minimum, maximum, value);
        if (error.isEmpty())
            set(config, value);
        return error;
    };
}

Setter decimalSetter(double minimumExclusive, double maximum, std::function<void(ServerConfig &, double)> set)
{
    return [=](ServerConfig &config, const QString &text) {
        bool ok = false;
        const double value = text.trimmed().toDouble(&ok);
        if (!ok || !(value > minimumExclusive) || value > maximum)
            return QStringLiteral("expected a number above %1 and at most %2, got \"%3\"")
                .arg(minimumExclusive)
                .arg(maximum)
                .arg(text);
        set(config, value);
        return QString();
    };
}

Setter stringSetter(QString ServerConfig::*member)
{
    return [member](ServerConfig &config, const QString &text) {
        config.*member = text;
        return QString();
    };
}

const QList<Setting> &settings()
{
    static const QList<Setting> kSettings{
        {"listen", "ADDR:PORT", "address and port to listen on (default 127.0.0.1:8000)",
         [](ServerConfig &config, const QString &text) {
             const int colon = text.lastIndexOf(QLatin1Char(':'));
             if (colon <= 0)
                 return QStringLiteral("expected ADDR:PORT, got \"%1\"").arg(text);
             QString host = text.left(colon);
             if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
                 host = host.mid(1, host.size() - 2);
             QHostAddress address;
             if (host == QLatin1String("localhost"))
                 address = QHostAddress::LocalHost;
             else if (!address.setAddress(host))
                 return QStringLiteral("\"%1\" is not an IP address").arg(host);
             qint64 port = 0;
             if (QString error = parseInt(text.mid(colon + 1), 0, 65535, port); !error.isEmpty())
                 return error;
             config.listenAddress = address;
             config.port = quint16(port);
             return QString();
         }},
        {"data-dir", "DIR", "where the database lives (default: XDG data home/code-remote-server)",
         stringSetter(&ServerConfig::dataDir)},
        {"database", "URL", "postgresql://user:password@host:port/name to share jobs with other replicas (default: SQLite in --data-dir)",
         [](ServerConfig &c, const QString &text) {
             if (!text.isEmpty() && !text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://")))
                 return QStringLiteral("expected a postgresql:// URL");
             c.database = text;
             return QString();
         }},
        {"lease-seconds", "S", "how long a replica's hold on its jobs lasts unless renewed; a dead replica's jobs are taken over after it (default 15)",
         intSetter(2, 3600, [](ServerConfig &c, qint64 v) { c.leaseSeconds = int(v); })},
        {"workers", "N", "programs run at once, and as many analyses (default: one per CPU)",
         intSetter(0, 1024, [](ServerConfig &c, qint64 v) { c.workers = int(v); })},
        {"queue-size", "N", "jobs (and analyses) waiting beyond the running ones before clients get \"busy\" (default 32 per worker)",
         intSetter(0, 1'000'000, [](ServerConfig &c, qint64 v) { c.queueCapacity = int(v); })},
        {"max-wall-ms", "MS", "highest wall-clock limit a client may ask for (default 30000)",
         intSetter(1, 24LL * 3600 * 1000, [](ServerConfig &c, qint64 v) { c.maxLimits.wallMs = v; })},
        {"max-cpu-ms", "MS", "highest CPU-time limit (default: the wall limit)",
         intSetter(0, 24LL * 3600 * 1000, [](ServerConfig &c, qint64 v) { c.maxLimits.cpuMs = v; })},
        {"max-memory-mb", "MB", "highest memory limit (default 256)",
         intSetter(1, 1024 * 1024, [](ServerConfig &c, qint64 v) { c.maxLimits.memoryBytes = v * 1024 * 1024; })},
        {"max-output-kb", "KB", "highest captured-output limit (default 1024)",
         intSetter(1, 1024 * 1024, [](ServerConfig &c, qint64 v) { c.maxLimits.outputBytes = v * 1024; })},
        {"max-compile-wall-ms", "MS", "highest wall-clock limit of a compile step, C++'s or Java's (default 20000)",
         intSetter(1, 24LL * 3600 * 1000, [](ServerConfig &c, qint64 v) { c.maxLimits.compileWallMs = v; })},
        {"max-compile-memory-mb", "MB", "highest memory limit of a compile step (default 512)",
         intSetter(16, 1024 * 1024, [](ServerConfig &c, qint64 v) { c.maxLimits.compileMemoryBytes = v * 1024 * 1024; })},
        {"allow-standard-profile", "BOOL", "let clients choose the standard profile (default false)",
         [](ServerConfig &config, const QString &text) {
             const QString value = text.trimmed().toLower();
             if (value != QLatin1String("true") && value != QLatin1String("false") && value != QLatin1String("1")
                 && value != QLatin1String("0"))
                 return QStringLiteral("expected true or false, got \"%1\"").arg(text);
             config.allowStandardProfile = value == QLatin1String("true") || value == QLatin1String("1");
             return QString();
         }},
        {"languages", "LIST",
         "languages clients may run, comma-separated: python, javascript, cpp, java (default: every one whose "
         "toolchain is installed)",
         [](ServerConfig &config, const QString &text) {
             QStringList ids;
             for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                 const QString id = part.trimmed().toLower();
                 if (!id.isEmpty() && !ids.contains(id))
                     ids.append(id);
             }
             if (ids.isEmpty())
                 return QStringLiteral("expected a comma-separated list of languages, got \"%1\"").arg(text);
             config.languages = ids;
             return QString();
         }},
        {"language-limits", "LIST",
         "per-language maxima replacing the ones above, comma-separated LANG:KEY=VALUE with KEY one of "
         "max-wall-ms, max-cpu-ms, max-memory-mb, max-output-kb, max-compile-wall-ms, max-compile-memory-mb "
         "(e.g. java:max-memory-mb=512)",
         [](ServerConfig &config, const QString &text) {
             QMap<QString, QMap<QString, qint64>> parsed;
             for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                 const QString item = part.trimmed();
                 const int colon = item.indexOf(QLatin1Char(':'));
                 const int equals = item.indexOf(QLatin1Char('='));
                 if (colon <= 0 || equals < colon)
                     return QStringLiteral("expected LANG:KEY=VALUE, got \"%1\"").arg(item);
                 const QString language = item.left(colon).toLower();
                 const QString key = item.mid(colon + 1, equals - colon - 1);
                 if (!runner::LanguageRegistry::builtin().find(language))
                     return QStringLiteral("unknown language \"%1\"").arg(language);
                 static const QMap<QString, qint64> kMaxima{{QStringLiteral("max-wall-ms"), 24LL * 3600 * 1000},
                                                           {QStringLiteral("max-cpu-ms"), 24LL * 3600 * 1000},
                                                           {QStringLiteral("max-memory-mb"), 1024 * 1024},
                                                           {QStringLiteral("max-output-kb"), 1024 * 1024},
                                                           {QStringLiteral("max-compile-wall-ms"), 24LL * 3600 * 1000},
                                                           {QStringLiteral("max-compile-memory-mb"), 1024 * 1024}};
                 if (!kMaxima.contains(key))
                     return QStringLiteral("unknown limit \"%1\" (expected one of %2)")
                         .arg(key, kMaxima.keys().join(QStringLiteral(", ")));
                 qint64 value = 0;
                 if (QString error = parseInt(item.mid(equals + 1), 1, kMaxima.value(key), value); !error.isEmpty())
                     return QStringLiteral("%1: %2").arg(item, error);
                 parsed[language][key] = value;
             }
             config.languageMaxLimits = parsed;
             return QString();
         }},
        {"tls-cert", "FILE", "PEM certificate: serve https:// and wss://", stringSetter(&ServerConfig::tlsCertificate)},
        {"tls-key", "FILE", "PEM private key of the certificate", stringSetter(&ServerConfig::tlsKey)},
        {"gemini-key", "KEY",
         "Gemini API key for /analyze (prefer the variable or the config file: flags show in ps)",
         stringSetter(&ServerConfig::geminiKey)},
        {"gemini-model", "MODEL", "Gemini model for /analyze (default gemini-flash-latest)",
         stringSetter(&ServerConfig::geminiModel)},
        {"gemini-url", "URL", "base URL of the Gemini API, e.g. a proxy (default Google's)",
         [](ServerConfig &config, const QString &text) {
             const QUrl url(text.trimmed(), QUrl::StrictMode);
             if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                 || url.host().isEmpty())
                 return QStringLiteral("expected an http:// or https:// URL, got \"%1\"").arg(text);
             config.geminiUrl = url.toString();
             return QString();
         }},
        {"rate-limit", "PER_S", "runs and analyses per second per token, 0 for none (default 20)",
         intSetter(0, 1'000'000, [](ServerConfig &c, qint64 v) { c.rateLimitPerSecond = double(v); })},
        {"rate-burst", "N", "submissions a token may make at once before the rate applies (default 40)",
         intSetter(1, 1'000'000, [](ServerConfig &c, qint64 v) { c.rateLimitBurst = int(v); })},
        {"max-jobs-per-token", "N", "queued + running jobs per token, and as many analyses, 0 for no limit (default 16)",
         intSetter(0, 1'000'000, [](ServerConfig &c, qint64 v) { c.maxJobsPerToken = int(v); })},
        {"max-session-seconds", "S", "wall-clock limit of a debug or shell session (default 300)",
         intSetter(1, 86'400, [](ServerConfig &c, qint64 v) { c.maxSessionSeconds = int(v); })},
        {"max-connections", "N", "WebSocket connections at once (default 2000)",
         intSetter(1, 1'000'000, [](ServerConfig &c, qint64 v) { c.maxConnections = int(v); })},
        {"max-connections-per-token", "N",
         "WebSocket connections one token may hold at once, 0 for no limit (default 32)",
         intSetter(0, 1'000'000, [](ServerConfig &c, qint64 v) { c.maxConnectionsPerToken = int(v); })},
        {"idle-timeout", "S",
         "seconds before closing an idle connection, a request or frame not sent whole, or a client "
         "that does not read (default 60)",
         intSetter(1, 3600, [](ServerConfig &c, qint64 v) { c.idleTimeoutSeconds = int(v); })},
        {"job-retention-hours", "H", "finished jobs are deleted after this; decimals allowed (default 168)",
         decimalSetter(0, 24 * 365 * 10, [](ServerConfig &c, double v) { c.jobRetentionHours = v; })},
        {"shutdown-grace", "S", "on SIGTERM, seconds running jobs get to finish (default 10)",
         intSetter(0, 3600, [](ServerConfig &c, qint64 v) { c.shutdownGraceSeconds = int(v); })},
        {"log-level", "LEVEL", "debug, info, warning or error (default info)",
         [](ServerConfig &config, const QString &text) {
             static const QStringList kLevels{QStringLiteral("debug"), QStringLiteral("info"),
                                              QStringLiteral("warning"), QStringLiteral("error")};
             if (!kLevels.contains(text))
                 return QStringLiteral("expected one of %1").arg(kLevels.join(QStringLiteral(", ")));
             config.logLevel = text;
             return QString();
         }},
    };
    return kSettings;
}

QString environmentName(const char *key)
{
    return QStringLiteral("CODE_REMOTE_") + QString::fromLatin1(key).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

const Setting *findSetting(const QString &key)
{
    for (const Setting &setting : settings()) {
        if (key == QLatin1String(setting.key))
            return &setting;
    }
    return nullptr;
}

QString applyFile(const QString &path, ServerConfig &config)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read config file %1: %2").arg(path, file.errorString());
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return QStringLiteral("config file %1 is not a JSON object (%2)").arg(path, parseError.errorString());
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Setting *setting = findSetting(it.key());
        if (!setting)
            return QStringLiteral("config file %1: unknown key \"%2\"").arg(path, it.key());
        const QString text = it->isString() ? it->toString()
                             : it->isBool() ? (it->toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                            : QString::number(it->toDouble(), 'g', 17);
        if (QString error = setting->apply(config, text); !error.isEmpty())
            return QStringLiteral("config file %1, key \"%2\": %3").arg(path, it.key(), error);
    }
    return QString();
}

} // namespace

runner::Limits ServerConfig::maxLimitsFor(const QString &language) const
{
    runner::Limits limits = maxLimits;
    const QMap<QString, qint64> overrides = languageMaxLimits.value(language);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (it.key() == QLatin1String("max-wall-ms"))
            limits.wallMs = it.value();
        else if (it.key() == QLatin1String("max-cpu-ms"))
            limits.cpuMs = it.value();
        else if (it.key() == QLatin1String("max-memory-mb"))
            limits.memoryBytes = it.value() * 1024 * 1024;
        else if (it.key() == QLatin1String("max-output-kb"))
            limits.outputBytes = it.value() * 1024;
        else if (it.key() == QLatin1String("max-compile-wall-ms"))
            limits.compileWallMs = it.value();
        else if (it.key() == QLatin1String("max-compile-memory-mb"))
            limits.compileMemoryBytes = it.value() * 1024 * 1024;
    }
    return limits;
}

int ServerConfig::effectiveWorkers() const
{
    return workers > 0 ? workers : std::max(1, QThread::idealThreadCount());
}

int ServerConfig::effectiveQueueCapacity() const
{
    return queueCapacity > 0 ? queueCapacity : 32 * effectiveWorkers();
}

qint64 ServerConfig::jobRetentionMs() const
{
    return std::max<qint64>(1, qint64(jobRetentionHours * 3600.0 * 1000.0));
}

QString ServerConfig::databaseLocation() const
{
    return database.isEmpty() ? databasePath() : database;
}

QString ServerConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("code-remote-server.sqlite"));
}

QString ServerConfig::load(const QStringList &arguments, ServerConfig &config, QStringList &positional)
{
    // Flags first into a list, so that the config file named by --config or CODE_REMOTE_CONFIG is
    // applied before the environment and the flags that override it.
    QList<QPair<const Setting *, QString>> flags;
    QString configFile = qEnvironmentVariable("CODE_REMOTE_CONFIG");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            positional.append(argument);
            continue;
        }
        QString key = argument.mid(2);
        QString value;
        bool hasValue = false;
        if (const int equals = key.indexOf(QLatin1Char('=')); equals >= 0) {
            value = key.mid(equals + 1);
            key = key.left(equals);
            hasValue = true;
        }
        const Setting *setting = findSetting(key);
        if (!setting && key != QLatin1String("config"))
            return QStringLiteral("unknown option --%1 (see --help)").arg(key);
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return QStringLiteral("option --%1 needs a value").arg(key);
            value = arguments.at(++i);
        }
        if (key == QLatin1String("config"))
            configFile = value;
        else
            flags.append({setting, value});
    }

    if (!configFile.isEmpty()) {
        if (QString error = applyFile(configFile, config); !error.isEmpty())
            return error;
        config.configFile = configFile;
    }
    for (const Setting &setting : settings()) {
        const QString name = environmentName(setting.key);
        if (!qEnvironmentVariableIsSet(name.toLatin1().constData()))
            continue;
        if (QString error = setting.apply(config, qEnvironmentVariable(name.toLatin1().constData())); !error.isEmpty())
            return QStringLiteral("%1: %2").arg(name, error);
    }
    for (const auto &[setting, value] : std::as_const(flags)) {
        if (QString error = setting->apply(config, value); !error.isEmpty())
            return QStringLiteral("--%1: %2").arg(QLatin1String(setting->key), error);
    }

    if (config.dataDir.isEmpty()) {
        config.dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                             .filePath(QStringLiteral("code-remote-server"));
    }
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return QStringLiteral("TLS needs both --tls-cert and --tls-key");
    if (QString error = config.maxLimits.validate(); !error.isEmpty())
        return QStringLiteral("server limits: %1").arg(error);
    for (const QString &language : config.languageMaxLimits.keys()) {
        if (QString error = config.maxLimitsFor(language).validate(); !error.isEmpty())
            return QStringLiteral("server limits of %1: %2").arg(language, error);
    }
    return QString();
}

QString ServerConfig::usage()
{
    QString text = QStringLiteral(
        "Usage: code-remote-server [options]\n"
        "       code-remote-server token create NAME [--data-dir DIR]   prints the new token on its last line\n"
        "       code-remote-server token list [--data-dir DIR]\n"
        "       code-remote-server token revoke NAME [--data-dir DIR]\n\n"
        "Options (each also a CODE_REMOTE_* variable and a key of the --config JSON file):\n"
        "  --config FILE                   JSON object of the settings below (CODE_REMOTE_CONFIG)\n");
    for (const Setting &setting : settings()) {
        const QString flag = QStringLiteral("  --%1 %2").arg(QLatin1String(setting.key), QLatin1String(setting.valueName));
        text += flag.leftJustified(34) + QLatin1String(setting.help) + QLatin1Char('\n');
    }
    return text;
}

} // namespace server
