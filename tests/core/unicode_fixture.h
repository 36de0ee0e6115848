// Shared by test_bidi.cpp and test_segment.cpp: reading Unicode's conformance files (tests/data/unicode/, copied
// unmodified from Debian's unicode-data; see the README there).
#pragma once
#include <catch2/catch_test_macros.hpp>

#include <cstdint>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace cs_test {

inline std::string unicode_file(const char* name) {
    return std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/unicode/" + name;
}

// Calls `each` with every line that is not blank or a comment, its trailing comment cut off; returns how many.
inline size_t for_each_data_line(const std::string& path,
                                 const std::function<void(size_t line_no, const std::string& line)>& each) {
    std::ifstream f(path);
    REQUIRE(f.good());
    std::string line;
    size_t line_no = 0, count = 0;
    while (std::getline(f, line)) {
        line_no++;
        line = line.substr(0, line.find('#'));
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        each(line_no, line);
        count++;
    }
    return count;
}

// Whitespace-separated numbers in base 10 or 16.
inline std::vector<uint32_t> parse_numbers(const std::string& s, int base) {
    std::vector<uint32_t> out;
    std::istringstream in(s);
    std::string word;
    while (in >> word) out.push_back((uint32_t)std::stoul(word, nullptr, base));
    return out;
}

} // namespace cs_test
