# The fonts fetched on demand (docs/FONTS.md): every face of src/core/text/font_faces.inc except Latin (embedded
# in the wasm, see web.cmake), subset from Debian's Noto packages to the face's ranges with fontTools' pyftsubset
# and written beside app.wasm as ${CLAIMSCOPE_SITE_DIR}/fonts/<served file>. Included by cmake/web.cmake.
#
# Gives: FETCHED_FONT_FILES (the outputs), target web_fonts (all of them + the license), FONTS_SITE_DIR.
set(CLAIMSCOPE_FONT_SOURCE_DIR /usr/share/fonts CACHE PATH "Where the Noto fonts are (Debian: fonts-noto-core, -cjk, -color-emoji)")
set(FONTS_SITE_DIR ${CLAIMSCOPE_SITE_DIR}/fonts)
set(FONT_FACES_INC ${CMAKE_SOURCE_DIR}/src/core/text/font_faces.inc)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${FONT_FACES_INC})
find_program(PYFTSUBSET pyftsubset NO_CACHE)
if(NOT PYFTSUBSET)
  # The whole fonts would be far too big to serve (the CJK collection is 19 MB): without fontTools the app is
  # built without them, and says so when a text needs one.
  message(WARNING "fonts: pyftsubset (fontTools) not found: only Latin is built (run scripts/setup.sh, or install fonttools)")
endif()

# The collection index of a named font in a .ttc: Debian's NotoSansCJK-Regular.ttc holds JP, KR, SC, TC, HK
# (and their Mono variants); its first font is the Japanese one. Asked of fontTools with pyftsubset's own
# interpreter (its #! line), so no other Python needs fontTools.
function(ttc_font_number ttc family out)
  file(STRINGS ${PYFTSUBSET} shebang LIMIT_COUNT 1)
  string(REGEX REPLACE "^#! *([^ ]+).*" "\\1" py "${shebang}")
  execute_process(
    COMMAND ${py} -c "import sys\nfrom fontTools.ttLib import TTCollection\nc = TTCollection(sys.argv[1], lazy=True)\nprint([f['name'].getDebugName(1) for f in c.fonts].index(sys.argv[2]))"
            ${ttc} ${family}
    OUTPUT_VARIABLE n OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc ERROR_QUIET)
  if(NOT rc EQUAL 0 OR NOT n MATCHES "^[0-9]+$")
    message(WARNING "fonts: no font named '${family}' in ${ttc}: using its first font")
    set(n 0)
  endif()
  set(${out} ${n} PARENT_SCOPE)
endfunction()

file(STRINGS ${FONT_FACES_INC} FACE_LINES REGEX "^FACE\\(")
set(FETCHED_FONT_FILES)
foreach(line IN LISTS FACE_LINES)
  if(NOT line MATCHES "^FACE\\(([A-Za-z0-9_]+), *\"([^\"]+)\", *\"([^\"]+)\", *\"([^\"]+)\"\\)")
    message(FATAL_ERROR "fonts: cannot read this line of ${FONT_FACES_INC}:\n${line}")
  endif()
  set(face ${CMAKE_MATCH_1})
  set(served ${CMAKE_MATCH_2})
  set(source ${CLAIMSCOPE_FONT_SOURCE_DIR}/${CMAKE_MATCH_3})
  set(ranges ${CMAKE_MATCH_4})
  if(face STREQUAL "Latin" OR NOT PYFTSUBSET)
    continue() # Latin: embedded in the wasm (web.cmake)
  endif()
  if(NOT EXISTS ${source})
    # The app still runs: text in that script is drawn as boxes, and the page says the font did not load.
    message(WARNING "fonts: ${source} not found: the ${face} face is not built (run scripts/setup.sh)")
    continue()
  endif()
  set(extra)
  if(source MATCHES "\\.ttc$")
    # Simplified Chinese: the largest group of readers among the collection's regional variants (docs/FONTS.md).
    ttc_font_number(${source} "Noto Sans CJK SC" number)
    set(extra --font-number=${number})
    message(STATUS "fonts: ${face} from ${source}, font number ${number} (Noto Sans CJK SC)")
  endif()
  set(out ${FONTS_SITE_DIR}/${served})
  # Every layout feature (shaping needs them: joining forms, conjuncts, marks, vertical forms), no hinting
  # (the atlas is rasterised unhinted). Colour emoji keep their CBDT/CBLC bitmaps: pyftsubset subsets them too.
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${FONTS_SITE_DIR}
    COMMAND ${PYFTSUBSET} ${source} ${extra} --unicodes=${ranges} --layout-features=* --no-hinting
            --output-file=${out}
    DEPENDS ${source} ${FONT_FACES_INC}
    COMMENT "Subsetting the ${face} font -> fonts/${served}"
    VERBATIM)
  list(APPEND FETCHED_FONT_FILES ${out})
endforeach()

# The fonts' license travels with them.
set(FONTS_LICENSE ${FONTS_SITE_DIR}/LICENSE-Noto.txt)
add_custom_command(OUTPUT ${FONTS_LICENSE}
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/assets/fonts/LICENSE-Noto.txt ${FONTS_LICENSE}
  DEPENDS ${CMAKE_SOURCE_DIR}/assets/fonts/LICENSE-Noto.txt VERBATIM)
# Every served font's size, raw and gzip (the numbers in docs/FONTS.md): printed when a font changes, and
# kept in font-sizes.md of the build folder.
set(FONT_SIZES ${CMAKE_BINARY_DIR}/font-sizes.md)
add_custom_command(OUTPUT ${FONT_SIZES}
  COMMAND node ${CMAKE_SOURCE_DIR}/scripts/font_sizes.mjs ${FONTS_SITE_DIR} ${FONT_SIZES}
  DEPENDS ${FETCHED_FONT_FILES} ${CMAKE_SOURCE_DIR}/scripts/font_sizes.mjs VERBATIM)
add_custom_target(web_fonts ALL DEPENDS ${FETCHED_FONT_FILES} ${FONTS_LICENSE} ${FONT_SIZES})
