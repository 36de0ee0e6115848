#pragma once
#include "ui/app.h"
#include <vector>

namespace cs::ui {

void build_fonts(AppState& s);

} // namespace cs::ui
