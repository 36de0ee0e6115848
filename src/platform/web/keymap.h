#pragma once
#include <imgui.h>

namespace cs::web {
ImGuiKey key_from_dom_code(const char* code);
}
