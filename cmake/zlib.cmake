# zlib, for the ZIP reader/writer's inflate and deflate (src/core/formats/zip.cpp), as ZLIB::ZLIB.
#   native: the system's zlib (Debian zlib1g-dev).
#   web:    Emscripten's zlib is a "port" that downloads at build time, so the zlib C files are built
#           here from Debian's zlib source package, which scripts/setup.sh unpacks into .cache/.
if(EMSCRIPTEN)
  set(CLAIMSCOPE_ZLIB_DIR "${CMAKE_SOURCE_DIR}/.cache/zlib-1.2.13.dfsg" CACHE PATH "zlib 1.2.x source tree")
  if(NOT EXISTS "${CLAIMSCOPE_ZLIB_DIR}/inflate.c")
    message(FATAL_ERROR "zlib source not found in ${CLAIMSCOPE_ZLIB_DIR}: run scripts/setup.sh, or pass -DCLAIMSCOPE_ZLIB_DIR=/path/to/zlib")
  endif()
  # Only what raw inflate/deflate and crc32 need: no gz* file functions, no compress()/uncompress().
  set(Z ${CLAIMSCOPE_ZLIB_DIR})
  add_library(claimscope_zlib STATIC
    ${Z}/adler32.c ${Z}/crc32.c ${Z}/deflate.c ${Z}/inflate.c ${Z}/inffast.c ${Z}/inftrees.c ${Z}/trees.c ${Z}/zutil.c)
  target_include_directories(claimscope_zlib SYSTEM PUBLIC ${Z})
  add_library(ZLIB::ZLIB ALIAS claimscope_zlib)
else()
  find_package(ZLIB REQUIRED)
endif()
