# Fuzzing targets (CLAIMSCOPE_FUZZ, preset "fuzz"): one libFuzzer harness per reader, from
# tests/fuzz/fuzz_*.cpp, each an executable fuzz_<name>. scripts/fuzz.sh builds and runs them.
# The core is instrumented for coverage (fuzzer-no-link) and checked by ASan and UBSan; any report
# aborts, so that libFuzzer keeps the input that caused it. The preset builds without NDEBUG: the
# assertions of nlohmann_json (JSON_ASSERT) then catch misuse such as operator[] on a missing key.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "CLAIMSCOPE_FUZZ needs clang (libFuzzer): use the fuzz preset (clang++-14)")
endif()
set(FUZZ_CHECKS -fno-sanitize-recover=all -fno-omit-frame-pointer)
target_compile_options(claimscope_core PRIVATE -fsanitize=fuzzer-no-link,address,undefined ${FUZZ_CHECKS})

file(GLOB FUZZ_SOURCES CONFIGURE_DEPENDS tests/fuzz/fuzz_*.cpp)
foreach(src ${FUZZ_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_link_libraries(${name} PRIVATE claimscope_core)
  target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined ${FUZZ_CHECKS})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
endforeach()
