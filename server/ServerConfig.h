#pragma once

#include <runner/SandboxPolicy.h>

#include <QHostAddress>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace server {

// Everything the server can be told. Each setting has one key, used three ways (later ones win):
//   config file (JSON object)  {"listen": "0.0.0.0:8000", "workers": 4}
//   environment                CODE_REMOTE_LISTEN=0.0.0.0:8000 CODE_REMOTE_WORKERS=4
//   command line               --listen 0.0.0.0:8000 --workers 4
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8000;
    QString dataDir;               // default: $XDG_DATA_HOME/code-remote-server
    QString configFile;
    QString database;              // postgresql:// URL shared by replicas; empty: SQLite in dataDir
    int leaseSeconds = 15;         // a replica renews its jobs' lease every third of this
    int workers = 0;               // 0: one per CPU
    int queueCapacity = 0;         // 0: 32 per worker
    runner::Limits maxLimits;      // no client can raise a limit above these
    QString defaultProfile = QStringLiteral("strict");
    bool allowStandardProfile = false; // whether clients may ask for `standard`
    QStringList languages;         // languages clients may submit; empty: every installed one
    // Per language, maxima that replace maxLimits' ("java" -> {"max-memory-mb": 512}), e.g. more memory
    // for the JVM or less time for a language an operator wants kept short.
    QMap<QString, QMap<QString, qint64>> languageMaxLimits;
    QString tlsCertificate;        // PEM; with tlsKey: https:// and wss://
    QString tlsKey;
    QString geminiKey;             // for /analyze through Gemini; never logged or shown
    QString geminiModel;           // empty: the analysis library's default model
    QString geminiUrl;             // empty: Google's endpoint; else a proxy (or a test double)
    double rateLimitPerSecond = 20; // submissions per token; 0 disables
    int rateLimitBurst = 40;
    int maxJobsPerToken = 16;      // queued + running; 0 disables
    // A debug or shell session's wall-clock limit: a paused program or an idle prompt holds a run slot
    // (and counts against maxJobsPerToken) for as long as it lives.
    int maxSessionSeconds = 300;
    int maxConnections = 2000;     // WebSocket connections at once
    int maxConnectionsPerToken = 32; // WebSocket connections of one token at once; 0 disables
    int idleTimeoutSeconds = 60;   // idle connections, half-sent requests and frames, clients not reading
    double jobRetentionHours = 24 * 7; // decimals allowed: 0.01 keeps finished jobs for 36 s
    int shutdownGraceSeconds = 10;
    QString logLevel = QStringLiteral("info");

    // The highest limits a client may ask for in `language`: maxLimits with that language's overrides.
    runner::Limits maxLimitsFor(const QString &language) const;
    int effectiveWorkers() const;
    int effectiveQueueCapacity() const;
    qint64 jobRetentionMs() const;
    QString databasePath() const;   // the SQLite file
    QString databaseLocation() const; // what Database::open takes: the URL, else the SQLite file

    // Builds the configuration from file, environment and arguments (without the program name; options
    // only: the `token` subcommand's own words are left in `positional`). Returns an error message.
    static QString load(const QStringList &arguments, ServerConfig &config, QStringList &positional);
    static QString usage();
};

} // namespace server
