// Fuzzes the brat .zip import: the archive's own .txt as the article, and onto the article.
#include "fuzz.h"
#include "core/formats/brat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view in = fuzz::bytes(data, size);
    fuzz::check_import(cs::import_brat_zip(in, nullptr, fuzz::codebook()), "brat zip import");
    fuzz::check_import(cs::import_brat_zip(in, fuzz::article(), fuzz::codebook()), "brat zip import onto the article");
    return 0;
}
