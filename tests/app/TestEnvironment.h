#pragma once

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Every app test runs with its own temporary HOME and XDG directories plus QStandardPaths' test
// mode, so settings, sessions and recovery files never touch a real user's. The D-Bus session bus
// points nowhere, so the keychain (the server token) is never the real user's either: a test that
// reaches KeychainSecretStore sees "no keychain".
#define CODE_REMOTE_TEST_MAIN(TestClass)                                                            \
    int main(int argc, char *argv[])                                                                \
    {                                                                                               \
        QTemporaryDir home;                                                                         \
        qputenv("HOME", home.path().toUtf8());                                                      \
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());             \
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());                 \
        qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());               \
        qputenv("XDG_RUNTIME_DIR", (home.path() + QStringLiteral("/runtime")).toUtf8());            \
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.path().toUtf8() + "/runtime/no-bus"); \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                         \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                \
        QStandardPaths::setTestModeEnabled(true);                                                   \
        QApplication application(argc, argv);                                                       \
        QApplication::setOrganizationName(QStringLiteral("code-remote-tests"));                     \
        QApplication::setApplicationName(QStringLiteral(#TestClass));                               \
        QApplication::setStyle(QStringLiteral("Fusion"));                                           \
        TestClass test;                                                                             \
        return QTest::qExec(&test, argc, argv);                                                     \
    }
