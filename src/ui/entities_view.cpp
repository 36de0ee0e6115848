// Claimscope UI — actors and sources grouped by entity name, with mention counts. Clicking an
// entity cycles through its mentions in the text.
#include "ui/panels.h"
#include "ui/theme.h"
#include "ui/tooltip.h"
#include <map>

namespace cs::ui {

void draw_entities(AppState& s) {
    const Project& p = s.project();
    static std::map<std::string, size_t> cursor;   // entity key -> next mention to show
    for (const AnnotationType& t : p.codebook.types) {
        if (!t.has_entity) continue;
        std::map<std::string, std::vector<int>> groups;   // sorted by name: stable, diff-friendly
        for (size_t i = 0; i < p.annotations.size(); ++i) {
            const Annotation& a = p.annotations[i];
            if (a.type == t.id) groups[a.entity.empty() ? "(no entity) " + short_quote(a.exact, 30) : a.entity].push_back((int)i);
        }
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(type_color(t.color)));
        bool open = ImGui::CollapsingHeader((t.label + "s  (" + std::to_string(groups.size()) + ")").c_str(), ImGuiTreeNodeFlags_DefaultOpen);
        ImGui::PopStyleColor();
        if (!open) continue;
        for (const auto& [name, idx] : groups) {
            std::string key = t.id + "/" + name;
            std::string label = name + "  ×" + std::to_string(idx.size());
            if (ImGui::Selectable(label.c_str())) {
                size_t& k = cursor[key];
                k %= idx.size();
                s.select(p.annotations[idx[k]].id, true);
                ++k;
            }
            ImGui::SetItemTooltip("Click to step through the %d mention(s)", (int)idx.size());
        }
    }
}

} // namespace cs::ui
