# Text libraries for world scripts, built from source for both builds (native and web):
#   HarfBuzz 10.2.0 (shaping), GNU FriBidi 1.0.16 (UAX #9 bidi), libunibreak 6.1 (UAX #14 lines, UAX #29 words
#   and graphemes). scripts/setup.sh unpacks Debian 13's source packages into .cache/; elsewhere, point the
#   three CLAIMSCOPE_*_DIR variables at checkouts of the same versions.
set(CLAIMSCOPE_HARFBUZZ_DIR "${CMAKE_SOURCE_DIR}/.cache/harfbuzz-10.2.0" CACHE PATH "HarfBuzz 10.x source tree")
set(CLAIMSCOPE_FRIBIDI_DIR "${CMAKE_SOURCE_DIR}/.cache/fribidi-1.0.16" CACHE PATH "GNU FriBidi 1.0.x source tree")
set(CLAIMSCOPE_UNIBREAK_DIR "${CMAKE_SOURCE_DIR}/.cache/libunibreak-libunibreak_6_1" CACHE PATH "libunibreak 6.x source tree")
function(claimscope_require_source var file)
  if(NOT EXISTS "${${var}}/${file}")
    message(FATAL_ERROR "${file} not found in ${${var}}: run scripts/setup.sh, or pass -D${var}=/path/to/it")
  endif()
endfunction()
claimscope_require_source(CLAIMSCOPE_HARFBUZZ_DIR src/harfbuzz.cc)
claimscope_require_source(CLAIMSCOPE_FRIBIDI_DIR lib/fribidi.c)
claimscope_require_source(CLAIMSCOPE_UNIBREAK_DIR src/linebreak.c)

# Third-party code: their own warnings are not ours to fix, and their headers are included as system headers.
# HarfBuzz is one translation unit by design (src/harfbuzz.cc includes every source it needs). HB_NO_MT: the
# app is single-threaded, and the web build has no pthreads.
add_library(claimscope_harfbuzz STATIC ${CLAIMSCOPE_HARFBUZZ_DIR}/src/harfbuzz.cc)
target_include_directories(claimscope_harfbuzz SYSTEM PUBLIC ${CLAIMSCOPE_HARFBUZZ_DIR}/src)
# HB_LEAN and HB_MINI (hb-config.hh) leave out what shaping does not use (drawing, colour, CFF outlines,
# variations, AAT, serialising, deprecated API); the same configuration natively, so the shaping tests
# check what the browser runs. Every page loads the shaping code, a Latin one too: lean HarfBuzz took
# app.wasm from 1,226,474 to 1,092,810 bytes gzipped, and the size-optimised libraries below do the rest.
target_compile_definitions(claimscope_harfbuzz PUBLIC HB_NO_MT HB_LEAN HB_MINI)
if(NOT EMSCRIPTEN)
  # HB_LEAN leaves hb_face_create_from_file_or_fail calling a function HB_NO_OPEN removed (HarfBuzz 10.2);
  # the page's linker drops unused functions, a native one must be asked to.
  target_compile_options(claimscope_harfbuzz PRIVATE -ffunction-sections -fdata-sections)
  target_link_options(claimscope_harfbuzz INTERFACE -Wl,--gc-sections)
endif()
target_compile_options(claimscope_harfbuzz PRIVATE -w)

# FriBidi's Unicode tables come pre-generated in its tarball (lib/*.tab.i); only fribidi-config.h is made
# here, from its template, with the version read from meson.build. Its config.h is replaced by the few
# HAVE_* definitions lib/common.h reads. The character-set converters are left out: the core hands it
# code points.
set(FRIBIDI ${CLAIMSCOPE_FRIBIDI_DIR})
file(STRINGS ${FRIBIDI}/meson.build FRIBIDI_PROJECT REGEX "version: '[0-9.]+'" LIMIT_COUNT 1)
string(REGEX MATCH "([0-9]+)\\.([0-9]+)\\.([0-9]+)" FRIBIDI_VERSION "${FRIBIDI_PROJECT}")
set(PACKAGE fribidi)
set(PACKAGE_NAME "GNU FriBidi")
set(PACKAGE_BUGREPORT "")
set(FRIBIDI_MAJOR_VERSION ${CMAKE_MATCH_1})
set(FRIBIDI_MINOR_VERSION ${CMAKE_MATCH_2})
set(FRIBIDI_MICRO_VERSION ${CMAKE_MATCH_3})
set(FRIBIDI_INTERFACE_VERSION 4)
set(SIZEOF_INT 4)
set(FRIBIDI_MSVC_BUILD_PLACEHOLDER "")
configure_file(${FRIBIDI}/lib/fribidi-config.h.in ${CMAKE_BINARY_DIR}/deps/fribidi/fribidi-config.h @ONLY)
add_library(claimscope_fribidi STATIC
  ${FRIBIDI}/lib/fribidi.c ${FRIBIDI}/lib/fribidi-arabic.c ${FRIBIDI}/lib/fribidi-bidi.c
  ${FRIBIDI}/lib/fribidi-bidi-types.c ${FRIBIDI}/lib/fribidi-brackets.c ${FRIBIDI}/lib/fribidi-joining.c
  ${FRIBIDI}/lib/fribidi-joining-types.c ${FRIBIDI}/lib/fribidi-mirroring.c ${FRIBIDI}/lib/fribidi-run.c
  ${FRIBIDI}/lib/fribidi-shape.c)
target_include_directories(claimscope_fribidi SYSTEM PUBLIC ${FRIBIDI}/lib ${CMAKE_BINARY_DIR}/deps/fribidi)
target_compile_definitions(claimscope_fribidi PRIVATE HAVE_STDLIB_H=1 HAVE_STRING_H=1 HAVE_MEMSET=1 HAVE_MEMMOVE=1
                                                      HAVE_STRINGIZE=1)
target_compile_options(claimscope_fribidi PRIVATE -w)

# libunibreak: plain C with its Unicode tables committed (the *data.c files, included by the sources below).
set(UNIBREAK ${CLAIMSCOPE_UNIBREAK_DIR}/src)
add_library(claimscope_unibreak STATIC
  ${UNIBREAK}/unibreakbase.c ${UNIBREAK}/unibreakdef.c ${UNIBREAK}/linebreak.c ${UNIBREAK}/linebreakdata.c
  ${UNIBREAK}/linebreakdef.c ${UNIBREAK}/eastasianwidthdef.c ${UNIBREAK}/emojidef.c ${UNIBREAK}/graphemebreak.c
  ${UNIBREAK}/wordbreak.c)
target_include_directories(claimscope_unibreak SYSTEM PUBLIC ${UNIBREAK})
target_compile_options(claimscope_unibreak PRIVATE -w)

# In the page, the text libraries are compiled for size (-Oz, HB_OPTIMIZE_SIZE): they run once per paragraph
# shaped, not per frame, and the page must stay under 1 MB gzipped for a Latin article.
if(EMSCRIPTEN)
  target_compile_definitions(claimscope_harfbuzz PRIVATE HB_OPTIMIZE_SIZE HB_NO_UCD_UNASSIGNED)
  foreach(lib claimscope_harfbuzz claimscope_fribidi claimscope_unibreak)
    if(TARGET ${lib})
      target_compile_options(${lib} PRIVATE -Oz)
    endif()
  endforeach()
endif()
