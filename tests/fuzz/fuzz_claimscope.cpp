// Fuzzes the Claimscope file reader (load_project): any bytes are loaded or refused without a crash,
// and a loaded project saves to a file that loads again to the same bytes. The same bytes go through
// route_file first, as every opened file does (its sniffing reads the first bytes of anything).
#include "fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const cs::FileRoute route = cs::route_file("work.claimscope.json", fuzz::bytes(data, size));
    fuzz::require(route.kind != cs::FileKind::Unreadable || !route.why.empty(), "route_file",
                  "a file refused without a reason");
    const cs::LoadResult r = cs::load_project(fuzz::bytes(data, size));
    if (r.ok) fuzz::check_saves_and_reloads(r.project, "load_project");
    return 0;
}
