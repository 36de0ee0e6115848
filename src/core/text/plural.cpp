#include "core/text/plural.h"

namespace cs {

std::string count_noun(size_t n, std::string_view singular, std::string_view plural) {
    std::string out = std::to_string(n) + " ";
    if (n == 1)
        out += singular;
    else if (plural.empty())
        out.append(singular).append("s");
    else
        out += plural;
    return out;
}

} // namespace cs
