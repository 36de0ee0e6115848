#include "ui/tooltip.h"
#include "core/text/shaped_layout.h"
#include "core/text/text.h"
#include "ui/theme.h"
#include "ui/user_text.h"

namespace cs::ui {

std::string type_label(const Project& p, const std::string& type_id) {
    const AnnotationType* t = p.codebook.find_type(type_id);
    return t ? t->label : type_id;
}

std::string short_quote(const std::string& text, size_t max_cp) {
    std::u32string cps = to_u32(text);
    for (char32_t& c : cps)
        if (c == '\n' || c == '\t') c = ' ';
    if (cps.size() <= max_cp) return to_utf8(cps);
    return to_utf8(cps.substr(0, max_cp)) + "…";
}

std::string describe_annotation(const Project& p, const Annotation& a) {
    (void)p;
    if (!a.entity.empty()) return a.entity;
    return "“" + short_quote(a.exact, 40) + "”";
}

std::string describe_with_quote(const Annotation& a, size_t max_cp) {
    const std::string quote = "“" + isolate(short_quote(a.exact, max_cp)) + "”";
    return a.entity.empty() ? quote : isolate(a.entity) + "  " + quote;
}

void annotation_tooltip(AppState& s, const std::vector<int>& indices) {
    const Project& p = s.project();
    ImGui::BeginTooltip();
    // Text the article or a user wrote may need shaping (user_text.h): it wraps at this width, as
    // ImGui's own text does, since a tooltip takes its size from its content.
    const float wrap = ImGui::GetFontSize() * 24;
    ImGui::PushTextWrapPos(wrap);
    bool first = true;
    for (int i : indices) {
        const Annotation& a = p.annotations[i];
        const AnnotationType* t = p.codebook.find_type(a.type);
        if (!first) ImGui::Separator();
        first = false;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(type_color(t ? t->color : 0x777777)));
        ImGui::PushFont(s.ui_bold);
        ImGui::TextUnformatted(t ? t->label.c_str() : a.type.c_str());
        ImGui::PopFont();
        ImGui::PopStyleColor();
        if (!a.entity.empty()) {
            ImGui::SameLine();
            user_text(s, "· " + isolate(a.entity), 0, wrap);
        }
        const std::string quote = "“" + short_quote(a.exact, 80) + "”";
        user_text(s, quote, ImGui::GetColorU32(ImGuiCol_TextDisabled), wrap);
        s.mark("hovercard/quote", quote);
        for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it) {
            std::string v = it->is_string() ? it->get<std::string>() : it->dump();
            user_text(s, isolate(it.key()) + ": " + isolate(v), 0, wrap);
        }
        if (!a.note.empty()) user_text(s, "Note: " + isolate(short_quote(a.note, 160)), 0, wrap);
        // Drawn every frame the card is up: only the relations of this annotation are looked at
        // further (a 10k-annotation file has thousands).
        for (const Relation& r : p.relations) {
            const bool outgoing = r.from == a.id;
            if (!outgoing && r.to != a.id) continue;
            const Annotation* other = p.find(outgoing ? r.to : r.from);
            if (!other) continue;
            const RelationType* rt = p.codebook.find_relation_type(r.type);
            const std::string& label = rt ? rt->label : r.type;
            if (outgoing)
                user_text(s, label + " " + isolate(describe_annotation(p, *other)), 0, wrap);
            else
                user_text(s, "is '" + label + "' of " + isolate(describe_annotation(p, *other)), 0, wrap);
        }
    }
    if (indices.size() > 1)
        ImGui::TextDisabled("Click again to cycle through the %d annotations here.", (int)indices.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace cs::ui
