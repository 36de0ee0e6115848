// Fuzzes the Claimscope file reader (load_project): any bytes are loaded or refused without a crash,
// and a loaded project saves to a file that loads again to the same bytes.
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const cs::LoadResult r = cs::load_project(fuzz::bytes(data, size));
    if (r.ok) fuzz::check_saves_and_reloads(r.project, "load_project");
    return 0;
}
