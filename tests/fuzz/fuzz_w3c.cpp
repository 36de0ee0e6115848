// Fuzzes the W3C Web Annotation import, onto the article (as the page imports) and with none (as
// `claimscope convert` does without --article).
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view in = fuzz::bytes(data, size);
    fuzz::check_import(cs::import_as(cs::Format::W3C, in, fuzz::article(), fuzz::codebook()), "W3C import");
    fuzz::check_import(cs::import_as(cs::Format::W3C, in, nullptr, fuzz::codebook()), "W3C import, no article");
    return 0;
}
