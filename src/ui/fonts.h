#pragma once
#include "ui/app.h"
#include <vector>

namespace cs::ui {

void build_fonts(AppState& s);

struct AdvanceTable {
    std::vector<float> table; // indexed by code point (BMP part the font covers)
    float fallback = 0, wide = 0;
    float operator()(uint32_t cp) const {
        if (cp > 0xFFFF) return wide;
        return cp < table.size() && table[cp] >= 0 ? table[cp] : fallback;
    }
};
AdvanceTable make_advance_table(ImFont* font, float px);

} // namespace cs::ui
