// Claimscope UI — actors and sources grouped by entity name, with mention counts. Clicking an
// entity cycles through its mentions in the text.
#include "ui/panels.h"
#include "ui/theme.h"
#include "ui/tooltip.h"
#include <map>

namespace cs::ui {

using Groups = std::map<std::string, std::vector<int>>; // entity name -> mentions, sorted by name

// Grouped once per change of the annotations, not per frame.
static const std::map<std::string, Groups>& entity_groups(const AppState& s) {
    static uint64_t revision = ~0ull;
    static std::map<std::string, Groups> by_type;
    if (revision == s.editor.revision()) return by_type;
    revision = s.editor.revision();
    by_type.clear();
    const Project& p = s.project();
    for (size_t i = 0; i < p.annotations.size(); ++i) {
        const Annotation& a = p.annotations[i];
        by_type[a.type][a.entity.empty() ? "(no entity) " + short_quote(a.exact, 30) : a.entity].push_back((int)i);
    }
    return by_type;
}

void draw_entities(AppState& s) {
    const Project& p = s.project();
    static std::map<std::string, size_t> cursor; // entity key -> next mention to show
    const auto& by_type = entity_groups(s);
    static const Groups none;
    for (const AnnotationType& t : p.codebook.types) {
        if (!t.has_entity) continue;
        auto found = by_type.find(t.id);
        const Groups& groups = found == by_type.end() ? none : found->second;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(type_color(t.color)));
        bool open = ImGui::CollapsingHeader((t.label + "s  (" + std::to_string(groups.size()) + ")").c_str(),
                                            ImGuiTreeNodeFlags_DefaultOpen);
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
