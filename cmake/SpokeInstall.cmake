# Installable Spoke: libspoke.a (every internal static library bundled into
# one archive), libspoke.so (only the public C and C++ API exported), the
# public headers, a CMake package (find_package(Spoke) -> Spoke::spoke) and
# spoke.pc for pkg-config. Included from the top-level CMakeLists.txt after
# all library targets exist.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# Every library behind `spoke`, in link order. A new internal library that
# `spoke` links must be added here too (the bundle link test in
# tests/install/ fails with undefined symbols otherwise).
set(SPOKE_BUNDLED_LIBS spoke spoke_exec spoke_parse spoke_grammar spoke_expr
    spoke_io spoke_storage)
set(_spoke_objects)
foreach(lib IN LISTS SPOKE_BUNDLED_LIBS)
  list(APPEND _spoke_objects $<TARGET_OBJECTS:${lib}>)
endforeach()

# grammar/ finds the ANTLR runtime in its own directory scope; its imported
# targets are not visible here.
if(NOT TARGET antlr4_shared)
  find_package(antlr4-runtime CONFIG REQUIRED)
endif()

# Third-party libraries the bundled objects call.
set(_spoke_common_deps antlr4_shared PkgConfig::SERD PkgConfig::RE2
    PkgConfig::XXHASH ZLIB::ZLIB Threads::Threads)

add_library(spoke_static STATIC ${_spoke_objects})
set_target_properties(spoke_static PROPERTIES
  OUTPUT_NAME spoke
  ARCHIVE_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/dist
  LINKER_LANGUAGE CXX)
target_include_directories(spoke_static INTERFACE
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(spoke_static INTERFACE RocksDB::rocksdb
                      ${_spoke_common_deps})
target_compile_features(spoke_static INTERFACE cxx_std_20)

# Debian's librocksdb.a is not position-independent: the shared library links
# RocksDB's shared build.
add_library(spoke_shared SHARED ${_spoke_objects})
set_target_properties(spoke_shared PROPERTIES
  OUTPUT_NAME spoke
  LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/dist
  VERSION ${PROJECT_VERSION}
  SOVERSION ${PROJECT_VERSION_MAJOR}
  LINKER_LANGUAGE CXX
  LINK_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/spoke.map)
target_include_directories(spoke_shared INTERFACE
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(spoke_shared PRIVATE RocksDB::rocksdb-shared
                      ${_spoke_common_deps})
target_compile_features(spoke_shared INTERFACE cxx_std_20)
# Internals stay hidden: only spoke_* (C) and the public spoke:: classes are
# exported (see spoke.map).
target_link_options(spoke_shared PRIVATE
  "LINKER:--version-script=${CMAKE_CURRENT_LIST_DIR}/spoke.map")
if(NOT SPOKE_SANITIZE)
  # The sanitizer runtimes leave symbols undefined in shared libraries.
  target_link_options(spoke_shared PRIVATE "LINKER:--no-undefined")
endif()

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/spoke
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")
install(TARGETS spoke_static spoke_shared EXPORT SpokeTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
set(_spoke_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/Spoke)
install(EXPORT SpokeTargets NAMESPACE Spoke:: DESTINATION ${_spoke_cmake_dir})
configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/SpokeConfig.cmake.in
  ${PROJECT_BINARY_DIR}/SpokeConfig.cmake
  INSTALL_DESTINATION ${_spoke_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/SpokeConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/SpokeConfig.cmake
              ${PROJECT_BINARY_DIR}/SpokeConfigVersion.cmake
        DESTINATION ${_spoke_cmake_dir})
file(RELATIVE_PATH SPOKE_PC_TO_PREFIX
     /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${CMAKE_CURRENT_LIST_DIR}/spoke.pc.in
               ${PROJECT_BINARY_DIR}/spoke.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/spoke.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
