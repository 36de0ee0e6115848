// Claimscope core — a count with its noun, for messages: "1 link", "2 links", "0 annotations".
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace cs {

// `n` and the noun: singular for exactly one, else `plural` (by default the singular + "s").
std::string count_noun(size_t n, std::string_view singular, std::string_view plural = {});

} // namespace cs
