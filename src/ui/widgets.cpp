#include "ui/widgets.h"
#include <imgui_internal.h>

namespace cs::ui {

void request_text_focus(const char* label) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.NavNextActivateId = ImGui::GetID(label);
    g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
}

} // namespace cs::ui
