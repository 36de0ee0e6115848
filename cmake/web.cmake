# Web target (Emscripten): Dear ImGui UI + browser platform -> ${CLAIMSCOPE_SITE_DIR} (servable).
set(CLAIMSCOPE_IMGUI_DIR "${CMAKE_SOURCE_DIR}/.cache/imgui-1.90.1" CACHE PATH "Dear ImGui v1.90.x checkout")
set(CLAIMSCOPE_SITE_DIR "${CMAKE_BINARY_DIR}/site" CACHE PATH "Where the servable page is written")
if(NOT EXISTS "${CLAIMSCOPE_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui not found in ${CLAIMSCOPE_IMGUI_DIR}: run scripts/setup.sh, or pass -DCLAIMSCOPE_IMGUI_DIR=/path/to/imgui")
endif()
# Every face but Latin, subset into ${CLAIMSCOPE_SITE_DIR}/fonts/ and fetched when a text needs it (docs/FONTS.md).
include(cmake/fonts.cmake)

# Debian's emcc needs acorn from /usr/share/nodejs for optimised links (docs/TOOLCHAIN.md, quirk 1).
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs:$ENV{NODE_PATH})

set(IMGUI ${CLAIMSCOPE_IMGUI_DIR})
add_library(imgui STATIC
  ${IMGUI}/imgui.cpp ${IMGUI}/imgui_draw.cpp ${IMGUI}/imgui_tables.cpp ${IMGUI}/imgui_widgets.cpp
  ${IMGUI}/misc/cpp/imgui_stdlib.cpp)
# No ImGui backend: the browser platform has its own input code and WebGL 2 renderer (src/platform/web).
target_include_directories(imgui PUBLIC ${IMGUI} ${IMGUI}/misc/cpp)
# 32-bit indices: a long, densely highlighted article exceeds 64K vertices in one draw list.
# IMGUI_ENABLE_TEST_ENGINE: ImGui reports each control it draws (id, label, state) through its item
# hooks, which ui/access_panels.cpp implements to keep the panels' accessible copy (issue 17).
target_compile_definitions(imgui PUBLIC "ImDrawIdx=unsigned int" IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_ENABLE_TEST_ENGINE)
# ImGui for size (-Os): with the text-shaping libraries in every page, -O3 ImGui put a Latin page over its
# 1 MB gzip budget (tests/browser/fonts.test.mjs); ImGui's own per-frame cost is small beside drawing.
target_compile_options(imgui PRIVATE -Os)

# Fonts: Noto Sans (SIL OFL 1.1, Debian fonts-noto-core), subset to the scripts we draw so the
# page stays small. Falls back to the whole font when fonttools is missing.
set(FONT_DIR /usr/share/fonts/truetype/noto)
set(FONT_OUT ${CMAKE_BINARY_DIR}/fonts)
find_program(PYFTSUBSET pyftsubset NO_CACHE)
set(FONT_UNICODES "U+0020-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20BF,U+2100-214F,U+2190-21FF,U+2212,U+25A0-25FF,U+2600-26FF,U+FFFD")
set(FONT_FILES)
foreach(face Regular Bold)
  set(out ${FONT_OUT}/ClaimscopeSans-${face}.ttf)
  # HarfBuzz shapes with Regular (kerning, ligatures); Bold is only drawn by ImGui, which reads no layout tables.
  if(face STREQUAL Regular)
    set(features --layout-features=kern,liga)
  else()
    set(features --layout-features=)
  endif()
  if(PYFTSUBSET)
    add_custom_command(OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${FONT_OUT}
      COMMAND ${PYFTSUBSET} ${FONT_DIR}/NotoSans-${face}.ttf --unicodes=${FONT_UNICODES} ${features} --no-hinting --desubroutinize --output-file=${out}
      DEPENDS ${FONT_DIR}/NotoSans-${face}.ttf VERBATIM)
  else()
    add_custom_command(OUTPUT ${out} COMMAND ${CMAKE_COMMAND} -E copy ${FONT_DIR}/NotoSans-${face}.ttf ${out} DEPENDS ${FONT_DIR}/NotoSans-${face}.ttf)
  endif()
  list(APPEND FONT_FILES ${out})
endforeach()

# The page's first font atlas, baked for the sample article at the common pixel ratios
# (src/ui/font_atlas.h): made by the same ImGui code, built for Node, so it is the atlas the
# browser would make.
add_executable(bake_fonts src/tools/bake_fonts.cpp src/ui/font_atlas.cpp src/ui/sample_project.cpp)
target_link_libraries(bake_fonts PRIVATE claimscope_core imgui)
# One file: under Node 18+ the glue would fetch() a .wasm path and fail (docs/TOOLCHAIN.md, quirk 3).
target_link_options(bake_fonts PRIVATE -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sSINGLE_FILE=1)
set_target_properties(bake_fonts PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tools)
set(BAKED_DPRS 1)
set(BAKED_ATLASES ${FONT_OUT}/baked-atlases.bin)
add_custom_command(OUTPUT ${BAKED_ATLASES}
  COMMAND node $<TARGET_FILE:bake_fonts> ${FONT_OUT} ${SAMPLE_ARTICLE} ${BAKED_ATLASES} ${BAKED_DPRS}
  DEPENDS bake_fonts ${FONT_FILES} ${SAMPLE_ARTICLE} VERBATIM)
add_custom_target(app_fonts DEPENDS ${FONT_FILES} ${BAKED_ATLASES})

file(GLOB_RECURSE APP_SOURCES CONFIGURE_DEPENDS src/ui/*.cpp src/platform/web/*.cpp)
# Compiled once, linked twice: the normal page (app.js + app.wasm) and the one-file build.
# The files the app reads at start-up, compiled in as arrays (scripts/embed_files.mjs): no virtual file system.
set(BUNDLED_FILES_CPP ${CMAKE_BINARY_DIR}/bundled_files.cpp)
add_custom_command(OUTPUT ${BUNDLED_FILES_CPP}
  COMMAND node ${CMAKE_SOURCE_DIR}/scripts/embed_files.mjs ${BUNDLED_FILES_CPP}
    /fonts/ClaimscopeSans-Regular.ttf=${FONT_OUT}/ClaimscopeSans-Regular.ttf
    /fonts/ClaimscopeSans-Bold.ttf=${FONT_OUT}/ClaimscopeSans-Bold.ttf
    /fonts/baked-atlases.bin=${BAKED_ATLASES}
    /assets/sample-article.txt=${SAMPLE_ARTICLE}
  DEPENDS ${CMAKE_SOURCE_DIR}/scripts/embed_files.mjs ${FONT_FILES} ${BAKED_ATLASES} ${SAMPLE_ARTICLE} VERBATIM)
add_library(app_objects OBJECT ${APP_SOURCES} ${BUNDLED_FILES_CPP})
add_dependencies(app_objects app_fonts)
target_link_libraries(app_objects PUBLIC claimscope_core imgui)
# The UI and platform layers for size too: they draw and dispatch, the work that scales with a document's
# length (loading, layout, anchoring) is core's, compiled -O3.
target_compile_options(app_objects PRIVATE -Os)
# So is the core's classroom code (scoring a class, agreement, exercise files: run on a click, over
# dozens of files, never per frame or per code point): with it -O3, the Latin page passed its 1 MB gzip
# budget (tests/browser/fonts.test.mjs).
# The same for the core code that runs once per click or per page of text, never per frame of a long
# document: the accessible mirror (one window, after a scroll rests), article import from HTML/Markdown
# (one news page), the exchange formats (an export or an import is one click; the browser benchmark uses
# none of them), plain-words errors and the stored-documents list.
file(GLOB SIZE_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/core/classroom/*.cpp
     ${CMAKE_SOURCE_DIR}/src/core/access/*.cpp ${CMAKE_SOURCE_DIR}/src/core/import/*.cpp
     ${CMAKE_SOURCE_DIR}/src/core/formats/*.cpp)
list(APPEND SIZE_SOURCES ${CMAKE_SOURCE_DIR}/src/core/file/plain_problems.cpp ${CMAKE_SOURCE_DIR}/src/core/file/stored_documents.cpp
     ${CMAKE_SOURCE_DIR}/src/core/guide/guide_steps.cpp ${CMAKE_SOURCE_DIR}/src/core/text/date_format.cpp)
set_source_files_properties(${SIZE_SOURCES} PROPERTIES COMPILE_OPTIONS -Os)
target_compile_options(app_objects PRIVATE -Wall)
set(APP_LINK_OPTIONS
  -sUSE_WEBGL2=1 -sMAX_WEBGL_VERSION=2 -sMIN_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432 -sTOTAL_STACK=1048576
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString
  -sENVIRONMENT=web -sFILESYSTEM=0)
# The page's own files: shell.html -> index.html, and the JS glue in web/. Listed as link
# dependencies so that editing one of them alone re-runs the steps below that copy or inline them.
file(GLOB WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
# The service worker is written by its own step below (stamped with the build's hash), not copied.
list(FILTER WEB_FILES EXCLUDE REGEX "/sw\\.js$")
set(PAGE_FILES ${WEB_FILES} ${CMAKE_SOURCE_DIR}/shell.html ${CMAKE_SOURCE_DIR}/scripts/make_single_html.mjs
  ${CMAKE_SOURCE_DIR}/scripts/minify_js.mjs)
foreach(target app app_single)
  add_executable(${target} $<TARGET_OBJECTS:app_objects>)
  target_link_libraries(${target} PRIVATE claimscope_core imgui)
  target_link_options(${target} PRIVATE ${APP_LINK_OPTIONS})
  set_target_properties(${target} PROPERTIES SUFFIX ".js" LINK_DEPENDS "${PAGE_FILES}")
endforeach()
set_target_properties(app PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CLAIMSCOPE_SITE_DIR})
set_target_properties(app_single PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/single)
target_link_options(app_single PRIVATE -sSINGLE_FILE=1)

# claimscope.html: one file (page + glue + app with the wasm, font and sample inside) that
# works from file:// with no network — for handing out by mail or USB stick.
# claimscope-world.html: the same with every face's font inside (base64), for any script offline.
# Both carry the help as one page (docs/all.html), which Help › Documentation opens from the file itself.
set(DOCS_ONE_PAGE ${CLAIMSCOPE_SITE_DIR}/docs/all.html)
add_custom_command(TARGET app_single POST_BUILD
  COMMAND node ${CMAKE_SOURCE_DIR}/scripts/make_single_html.mjs --docs ${DOCS_ONE_PAGE} ${CMAKE_SOURCE_DIR}/shell.html
          ${CMAKE_SOURCE_DIR}/web/claimscope.js ${CMAKE_BINARY_DIR}/single/app_single.js ${CLAIMSCOPE_SITE_DIR}/claimscope.html
  COMMAND node ${CMAKE_SOURCE_DIR}/scripts/make_single_html.mjs --world ${FONTS_SITE_DIR} --docs ${DOCS_ONE_PAGE}
          ${CMAKE_SOURCE_DIR}/shell.html ${CMAKE_SOURCE_DIR}/web/claimscope.js ${CMAKE_BINARY_DIR}/single/app_single.js
          ${CLAIMSCOPE_SITE_DIR}/claimscope-world.html
  VERBATIM)
add_dependencies(app_single app web_fonts app_docs)

# The page: shell.html -> index.html, plus the JS glue in web/. claimscope.js goes out without its
# comments and indentation (Emscripten's own whitespace minifier, as for app.js): 4.5 KB less gzip in
# a page that must stay under 1 MB; web/claimscope.js stays the readable source.
add_custom_command(TARGET app POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/shell.html ${CLAIMSCOPE_SITE_DIR}/index.html
  COMMAND ${CMAKE_COMMAND} -E copy ${WEB_FILES} ${CLAIMSCOPE_SITE_DIR}/
  COMMAND node ${CMAKE_SOURCE_DIR}/scripts/minify_js.mjs ${EMSCRIPTEN_ROOT_PATH} ${CMAKE_SOURCE_DIR}/web/claimscope.js
          ${CLAIMSCOPE_SITE_DIR}/claimscope.js
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/assets/favicon.svg ${CLAIMSCOPE_SITE_DIR}/favicon.svg
  VERBATIM)

# The documentation as pages served with the app (Help › Documentation), so it opens offline.
file(GLOB DOC_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/docs/*.md ${CMAKE_SOURCE_DIR}/docs/licenses/*)
add_custom_command(OUTPUT ${CLAIMSCOPE_SITE_DIR}/docs/index.html ${CLAIMSCOPE_SITE_DIR}/docs/all.html
  COMMAND node ${CMAKE_SOURCE_DIR}/scripts/make_docs.mjs ${CMAKE_SOURCE_DIR} ${CLAIMSCOPE_SITE_DIR}/docs
  DEPENDS ${CMAKE_SOURCE_DIR}/scripts/make_docs.mjs ${DOC_SOURCES} ${CMAKE_SOURCE_DIR}/LICENSE
          ${CMAKE_SOURCE_DIR}/assets/fonts/LICENSE-Noto.txt
  VERBATIM)
add_custom_target(app_docs ALL DEPENDS ${CLAIMSCOPE_SITE_DIR}/docs/index.html)

# The service worker (offline second visit, docs/FONTS.md): web/sw.js with its cache named after a hash of the
# files it serves, so that a new build replaces what an older one cached.
add_custom_command(OUTPUT ${CLAIMSCOPE_SITE_DIR}/sw.js
  COMMAND node ${CMAKE_SOURCE_DIR}/scripts/stamp_sw.mjs ${CMAKE_SOURCE_DIR}/web/sw.js ${CLAIMSCOPE_SITE_DIR}
  DEPENDS ${CMAKE_SOURCE_DIR}/web/sw.js ${CMAKE_SOURCE_DIR}/scripts/stamp_sw.mjs app ${FETCHED_FONT_FILES}
          ${CLAIMSCOPE_SITE_DIR}/docs/index.html
          ${CMAKE_SOURCE_DIR}/shell.html ${CMAKE_SOURCE_DIR}/web/claimscope.js
  VERBATIM)
add_custom_target(service_worker ALL DEPENDS ${CLAIMSCOPE_SITE_DIR}/sw.js)
# claimscope-world.html carries the fonts, both carry the help: a new font or a changed page makes them again.
set_property(TARGET app_single APPEND PROPERTY LINK_DEPENDS ${FETCHED_FONT_FILES} ${DOCS_ONE_PAGE})
