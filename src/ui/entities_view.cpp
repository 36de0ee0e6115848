// Claimscope UI — actors and sources grouped by entity name, with mention counts. Clicking an
// entity cycles through its mentions in the text.
#include "ui/panels.h"
#include "ui/theme.h"
#include "ui/tooltip.h"
#include "ui/user_text.h"
#include <map>

namespace cs::ui {

using Groups = EntitiesUi::Groups;

// Grouped once per change of the annotations, not per frame.
static const std::map<std::string, Groups>& entity_groups(AppState& s) {
    EntitiesUi& e = s.entities;
    if (e.revision == s.editor.revision()) return e.by_type;
    e.revision = s.editor.revision();
    e.by_type.clear();
    const Project& p = s.project();
    for (size_t i = 0; i < p.annotations.size(); ++i) {
        const Annotation& a = p.annotations[i];
        e.by_type[a.type][a.entity.empty() ? "(no entity) " + short_quote(a.exact, 30) : a.entity].push_back((int)i);
    }
    return e.by_type;
}

void draw_entities(AppState& s) {
    const Project& p = s.project();
    const auto& by_type = entity_groups(s);
    const Groups none;
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
            if (user_selectable(s, "##entity", label, false)) {
                size_t& k = s.entities.cursor[key];
                k %= idx.size();
                s.select(p.annotations[idx[k]].id, true);
                ++k;
            }
            ImGui::SetItemTooltip("Click to step through the %d mention(s)", (int)idx.size());
        }
    }
}

} // namespace cs::ui
