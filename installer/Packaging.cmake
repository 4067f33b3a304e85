# CPack: `make package` (the top-level Makefile) or `cpack` in the build directory makes
#   code-remote_VERSION_ARCH.deb         for Debian 12: everything, the system service included
#   code-remote-VERSION-Linux.tar.gz     relocatable: bin/, libexec/code-remote/, share/ under one folder
set(CPACK_PACKAGE_NAME code-remote)
set(CPACK_PACKAGE_VENDOR "Code Remote")
set(CPACK_PACKAGE_CONTACT "Code Remote Engineer <engineer@coderemote.dev>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "IDE that runs untrusted code in a local sandbox or on a server")
set(CPACK_PACKAGE_DESCRIPTION "\
Code Remote is a desktop IDE for writing code and running it safely: to learn
and teach programming, to practise for interviews and to try snippets you do
not trust. Programs run in a sandbox on this machine (seccomp, user, PID,
network and mount namespaces, Landlock, cgroups, rlimits) or on a Code Remote
server, and a side panel shows their time and space complexity.
.
The package holds the IDE (code-remote), the command-line runner
(code-remote-run) and the server (code-remote-server) with a systemd unit
that is installed disabled.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY code-remote)
# A release build: the debugging information of RelWithDebInfo would make the packages ten times larger.
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_SOURCE_GENERATOR "")
# Files 0644 and directories 0755 whatever the umask of the machine that builds (lintian checks).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# --- .deb
set(CPACK_DEBIAN_PACKAGE_NAME code-remote)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries (Qt 6, QScintilla, libseccomp, libpython3.11, QtKeychain, ...) come from dpkg-shlibdeps,
# not from a hand-written list that would drift from what the binaries link.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the binaries load at run time rather than link:
#   python3      the interpreter every Python run executes (/usr/bin/python3)
#   adduser      postinst creates the server's system user
#   libqt6sql6-sqlite  the server's job store (a Qt plugin, invisible to dpkg-shlibdeps)
#   libqt6svg6   the IDE's SVG icons (the image-format plugin)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "python3, adduser, libqt6sql6-sqlite, libqt6svg6")
# The other languages' toolchains: the IDE and code-remote-run list the ones present (--languages).
# The offline analyzers' parsers of JavaScript (acorn) and C++ (libclang's Python bindings); without them
# those languages' analysis panel says which package is missing.
# Qt's own catalogues translate the standard buttons (Save, Close) in the IDE's languages.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "nodejs, g++, default-jdk-headless, node-acorn, python3-clang-14, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland, systemd")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/conffiles
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/postinst
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/prerm
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/postrm)
# Maintainer scripts 0755, conffiles 0644, as dpkg and lintian expect, whatever the checkout's modes.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- .tar.gz: the runtime component only (the unit and /etc stay out: they name absolute paths).
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_SOURCE_DIR}/CPackPerGenerator.cmake)

include(CPack)
cpack_add_component(runtime DISPLAY_NAME "Code Remote" REQUIRED)
cpack_add_component(system DISPLAY_NAME "System service (code-remote-server.service, /etc/code-remote)")
