# macOS: Code Remote.app and a drag-and-drop .dmg (`cpack -G DragNDrop`). Included from
# installer/CMakeLists.txt when APPLE. Reviewed, not built: the project's machines are Debian, and the
# runner's sandbox is Linux's until docs/macos-sandbox.md's platform layer exists; the helpers below
# join the bundle as soon as their targets do.
#
# Layout: Code Remote.app/Contents/MacOS/ holds code-remote and its helpers side by side, which is where
# runner/LocalRunSession.cpp and cli/main.cpp look first (beside the running binary); Resources/ holds
# the icon; Frameworks/ the Qt frameworks macdeployqt copies in.
set(bundle_id io.github.coderemote.CodeRemote)

# The icon: the iconset's sizes from the 1024-pixel rendering of resources/icons/code-remote.svg
# (installer/macos/code-remote-1024.png, `rsvg-convert -w 1024 -h 1024`), by sips and iconutil, both
# part of macOS.
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/code-remote.iconset)
set(icns ${CMAKE_CURRENT_BINARY_DIR}/code-remote.icns)
set(icon_png ${CMAKE_CURRENT_SOURCE_DIR}/macos/code-remote-1024.png)
set(iconset_commands COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset})
foreach(size 16 32 128 256 512)
  math(EXPR double "${size} * 2")
  list(APPEND iconset_commands
      COMMAND sips -z ${size} ${size} ${icon_png} --out ${iconset}/icon_${size}x${size}.png
      COMMAND sips -z ${double} ${double} ${icon_png} --out ${iconset}/icon_${size}x${size}@2x.png)
endforeach()
add_custom_command(OUTPUT ${icns}
    ${iconset_commands}
    COMMAND iconutil --convert icns --output ${icns} ${iconset}
    DEPENDS ${icon_png}
    COMMENT "Making the app icon"
    VERBATIM)
set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
target_sources(code-remote PRIVATE ${icns})

set_target_properties(code-remote PROPERTIES
    MACOSX_BUNDLE TRUE
    OUTPUT_NAME "Code Remote"
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "Code Remote"
    MACOSX_BUNDLE_EXECUTABLE_NAME "Code Remote"
    MACOSX_BUNDLE_GUI_IDENTIFIER ${bundle_id}
    MACOSX_BUNDLE_ICON_FILE code-remote.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "The Code Remote authors")

install(TARGETS code-remote BUNDLE DESTINATION . COMPONENT runtime)
# The command-line programs and the helpers, beside the IDE inside the bundle (a user links
# code-remote-run into their PATH; `Code Remote.app/Contents/MacOS/code-remote-run`).
foreach(target code-remote-run code-remote-run-full code-remote-sandbox code-remote-sandbox-host)
  if(TARGET ${target})
    install(TARGETS ${target} RUNTIME DESTINATION "Code Remote.app/Contents/MacOS" COMPONENT runtime)
  endif()
endforeach()

# Qt's frameworks and plugins into the bundle (Qt 6.3+: runs macdeployqt at install time).
# (Qt 6.4 spells the output FILENAME_VARIABLE; later versions OUTPUT_SCRIPT.)
qt_generate_deploy_app_script(TARGET code-remote FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${deploy_script} COMPONENT runtime)

set(CPACK_PACKAGE_NAME code-remote)
set(CPACK_PACKAGE_VENDOR "Code Remote")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_FILE_NAME "code-remote-${PROJECT_VERSION}-macOS")
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Code Remote")
set(CPACK_DMG_FORMAT UDZO)
# The disk image shows the app beside a link to /Applications: drag one onto the other.
set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF)
set(CPACK_STRIP_FILES ON)
include(CPack)
