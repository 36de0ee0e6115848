// Claimscope web platform — one background round of the file reader/writer after start, so the
// first file a person opens runs optimised code (see warm_up.cpp for why).
#pragma once

namespace cs::web {
void schedule_warm_up();
} // namespace cs::web
