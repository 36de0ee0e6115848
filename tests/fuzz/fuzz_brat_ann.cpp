// Fuzzes the brat .ann import onto the article (a .ann always needs its text).
#include "fuzz.h"
#include "core/formats/brat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzz::check_import(cs::import_brat(fuzz::bytes(data, size), fuzz::article(), fuzz::codebook()), "brat import");
    return 0;
}
