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

bool begin_modal(const char* name, bool wanted, bool* open, ImGuiWindowFlags flags) {
    if (wanted && !ImGui::IsPopupOpen(name)) ImGui::OpenPopup(name);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(name, open, flags)) return false;
    if (wanted) return true;
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return false;
}

void escape_closes_popup() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!ImGui::IsKeyPressed(ImGuiKey_Escape, false) || g.OpenPopupStack.empty()) return;
    const ImGuiWindow* top = g.OpenPopupStack.back().Window;
    if (top && !(top->Flags & ImGuiWindowFlags_Modal)) ImGui::ClosePopupToLevel(g.OpenPopupStack.Size - 1, true);
}

} // namespace cs::ui
