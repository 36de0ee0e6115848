// Claimscope web platform — the files built into the page's wasm (fonts, the baked atlas, the sample
// article), as a table that scripts/embed_files.mjs writes at build time (cmake/web.cmake).
#pragma once
#include <cstddef>

namespace cs::web {

struct BundledFile {
    const char* path; // as the app asks for it: "/fonts/ClaimscopeSans-Regular.ttf"
    const unsigned char* data;
    size_t size;
};
extern const BundledFile kBundledFiles[];
extern const size_t kBundledFileCount;

} // namespace cs::web
