# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "TGZ")
  # Relocatable: only what finds its way relative to the binaries.
  set(CPACK_COMPONENTS_ALL runtime)
  set(CPACK_ARCHIVE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-Linux")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/")
  # One folder, code-remote-VERSION-Linux/, to unpack anywhere.
  set(CPACK_COMPONENT_INCLUDE_TOPLEVEL_DIRECTORY ON)
elseif(CPACK_GENERATOR STREQUAL "DEB")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()
