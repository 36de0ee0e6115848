#include "ui/widgets.h"
#include <imgui_internal.h>

namespace cs::ui {

void request_text_focus(const char* label) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.NavNextActivateId = ImGui::GetID(label);
    g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
}

bool begin_page(const char* id, ImU32 background, ImGuiChildFlags flags, ImGuiWindowFlags window_flags) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, background);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f); // read by BeginChild only
    const bool visible = ImGui::BeginChild(id, ImVec2(0, 0), flags, window_flags);
    ImGui::PopStyleVar();
    return visible;
}

void end_page() {
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

} // namespace cs::ui
