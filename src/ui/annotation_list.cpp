// Claimscope UI — the left panel: the annotations list (filter by type, text search, counts
// per type, sorted by position; click scrolls to the annotation and flashes it), orphans, and
// the entities view in a second tab.
#include "core/text/shaped_layout.h"
#include "core/text/case_fold.h"
#include "ui/panels.h"
#include "ui/theme.h"
#include "ui/tooltip.h"
#include "ui/user_text.h"
#include <map>
#include <set>

namespace cs::ui {

static bool passes(const ListFilter& f, const Annotation& a) {
    if (f.hidden_types.count(a.type)) return false;
    return contains_folded(a.exact, f.search) || contains_folded(a.entity, f.search) ||
           contains_folded(a.note, f.search);
}

static const ListCache& list_rows(AppState& s) {
    const Project& p = s.project();
    ListCache& c = s.list.cache;
    if (c.revision == s.editor.revision() && c.filter == s.list.filter) return c;
    c.revision = s.editor.revision();
    c.filter = s.list.filter;
    c.counts.clear();
    c.rows.clear();
    for (size_t i = 0; i < p.annotations.size(); ++i) {
        ++c.counts[p.annotations[i].type];
        if (passes(c.filter, p.annotations[i])) c.rows.push_back((int)i);
    }
    return c;
}

void draw_annotation_list(AppState& s) {
    const Project& p = s.project();
    const ListCache& cache = list_rows(s);
    // Type filter chips with counts.
    for (const AnnotationType& t : p.codebook.types) {
        auto count = cache.counts.find(t.id);
        size_t n = count == cache.counts.end() ? 0 : count->second;
        bool shown = !s.list.filter.hidden_types.count(t.id);
        ImGui::PushID(t.id.c_str());
        ImVec4 col = ImGui::ColorConvertU32ToFloat4(type_color(t.color, shown ? 0.85f : 0.2f));
        ImGui::PushStyleColor(ImGuiCol_Button, col);
        ImGui::PushStyleColor(ImGuiCol_Text,
                              shown ? ImVec4(1, 1, 1, 1) : ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        std::string label = t.label + " " + std::to_string(n);
        if (small_button(label.c_str(), s.panes.coarse_pointer)) {
            if (shown)
                s.list.filter.hidden_types.insert(t.id);
            else
                s.list.filter.hidden_types.erase(t.id);
        }
        s.mark("list/type/" + t.id);
        ImGui::PopStyleColor(2);
        ImGui::SetItemTooltip(shown ? "Click to hide %ss from the list" : "Click to show %ss", t.label.c_str());
        ImGui::PopID();
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::SetNextItemWidth(-1);
    user_text_field(s, "##search", &s.list.filter.search, {"filter: quote, entity or note", false, {}, s.doc().meta.language});
    s.mark("list/search", "Filter the annotations");

    const std::vector<int>& rows = list_rows(s).rows;
    ImGui::TextDisabled("%d of %d shown", (int)rows.size(), (int)p.annotations.size());
    s.list_shown = (int)rows.size();
    ImGui::BeginChild("list_rows");
    ImGuiListClipper clip; // 10,000 annotations: draw only the visible rows
    clip.Begin((int)rows.size());
    while (clip.Step())
        for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
            const Annotation& a = p.annotations[rows[r]];
            const AnnotationType* t = p.codebook.find_type(a.type);
            ImGui::PushID(a.id.c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(type_color(t ? t->color : 0x777777)));
            ImGui::TextUnformatted(t ? t->label.substr(0, 1).c_str() : "?");
            ImGui::PopStyleColor();
            ImGui::SameLine();
            std::string text = (a.anchor == AnchorStatus::Orphaned ? "[orphaned] " : "") +
                               (a.entity.empty() ? "" : isolate(a.entity) + ": ") + "“" +
                               isolate(short_quote(a.exact, 60)) + "”";
            if (user_selectable(s, "##row", text, a.id == s.selected_id)) s.select(a.id, true);
            s.mark("list/row/" + std::to_string(r));
            ImGui::PopID();
        }
    ImGui::EndChild();
}

nlohmann::json list_state_json(const AppState& s) {
    return {{"hiddenTypes", s.list.filter.hidden_types}, {"search", s.list.filter.search}};
}

void draw_left_panel(AppState& s) {
    if (ImGui::BeginTabBar("left_tabs")) {
        if (ImGui::BeginTabItem("Annotations")) {
            draw_annotation_list(s);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Entities")) {
            draw_entities(s);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

} // namespace cs::ui
