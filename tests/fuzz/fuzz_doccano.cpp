// Fuzzes the doccano JSONL import: the line's own text as the article, and onto the article.
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view in = fuzz::bytes(data, size);
    fuzz::check_import(cs::import_as(cs::Format::Doccano, in, nullptr, fuzz::codebook()), "doccano import");
    fuzz::check_import(cs::import_as(cs::Format::Doccano, in, fuzz::article(), fuzz::codebook()),
                       "doccano import onto the article");
    return 0;
}
