# Native targets: tests, CLI, benchmarks.
enable_testing()

find_package(Catch2 3 REQUIRED)
file(GLOB_RECURSE TEST_SOURCES CONFIGURE_DEPENDS tests/core/*.cpp)
add_executable(claimscope_tests ${TEST_SOURCES})
target_link_libraries(claimscope_tests PRIVATE claimscope_core Catch2::Catch2WithMain)
target_compile_definitions(claimscope_tests PRIVATE
  CLAIMSCOPE_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
include(Catch)
catch_discover_tests(claimscope_tests DISCOVERY_MODE PRE_TEST)

file(GLOB_RECURSE CLI_SOURCES CONFIGURE_DEPENDS src/cli/*.cpp)
if(CLI_SOURCES)
  add_executable(claimscope ${CLI_SOURCES})
  target_link_libraries(claimscope PRIVATE claimscope_core)
  target_compile_definitions(claimscope PRIVATE CLAIMSCOPE_CLI_VERSION="${PROJECT_VERSION}")
  add_test(NAME cli COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/run.sh $<TARGET_FILE:claimscope> ${CMAKE_SOURCE_DIR})
endif()

find_package(benchmark QUIET)
file(GLOB BENCH_SOURCES CONFIGURE_DEPENDS bench/*.cpp)
if(benchmark_FOUND AND BENCH_SOURCES)
  add_executable(claimscope_bench ${BENCH_SOURCES})
  target_link_libraries(claimscope_bench PRIVATE claimscope_core benchmark::benchmark)
  target_compile_definitions(claimscope_bench PRIVATE CLAIMSCOPE_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
endif()
