// Claimscope UI — the inspector: everything about the selected annotation. Type (changeable),
// quote, codebook attributes, entity with completion, note, relations (pick from a list or
// click a highlight in pick mode), delete.
#include "core/text/shaped_layout.h"
#include "core/model/stats.h"
#include "platform/platform.h"
#include "ui/access_panels.h"
#include "ui/panels.h"
#include "ui/theme.h"
#include "ui/tooltip.h"
#include "ui/widgets.h"
#include "ui/user_text.h"
#include <algorithm>
#include <map>
#include <misc/cpp/imgui_stdlib.h>
#include <set>

namespace cs::ui {

// Text fields edit a copy (FieldEdit, view_state.h) that follows the model only when the model
// itself changed: undo, redo, another annotation selected.
static void sync(FieldEdit& f, const std::string& model) {
    if (f.model != model) f.text = model;
    f.model = model;
}

static void sync_buffers(InspectorUi& ui, const Annotation& a) {
    if (ui.id != a.id) ui = InspectorUi{}; // another annotation: every field starts from the model
    ui.id = a.id;
    sync(ui.entity, a.entity);
    sync(ui.note, a.note);
}

static void attributes(AppState& s, const Annotation& a, const AnnotationType& t) {
    for (const AttributeDef& def : t.attributes) {
        ImGui::PushID(def.id.c_str());
        const nlohmann::json* v = a.attributes.contains(def.id) ? &a.attributes[def.id] : nullptr;
        switch (def.kind) {
            case AttrKind::Enum: {
                std::string cur = v && v->is_string() ? v->get<std::string>() : "";
                if (begin_combo(def.label.c_str(), cur.empty() ? "—" : cur.c_str())) {
                    {
                        TouchRows rows(s.panes.coarse_pointer);
                        if (combo_option("—", cur.empty())) s.editor.set_attribute(a.id, def.id, nullptr);
                        for (const std::string& opt : def.options)
                            if (combo_option(opt.c_str(), opt == cur)) s.editor.set_attribute(a.id, def.id, opt);
                    }
                    ImGui::EndCombo();
                }
                break;
            }
            case AttrKind::Bool: {
                bool b = v && v->is_boolean() && v->get<bool>();
                if (ImGui::Checkbox(def.label.c_str(), &b)) s.editor.set_attribute(a.id, def.id, b);
                break;
            }
            case AttrKind::Text: {
                FieldEdit& f = s.inspector.text_attributes[def.id]; // each its own copy
                sync(f, v && v->is_string() ? v->get<std::string>() : "");
                const TextFieldResult r =
                    user_text_field(s, def.label.c_str(), &f.text, {nullptr, false, {}, s.doc().meta.language});
                s.mark("inspector/attr/" + def.id);
                if (r.committed) s.editor.set_attribute(a.id, def.id, f.text);
                break;
            }
        }
        ImGui::PopID();
    }
}

// The suggestions under the field; true when one was chosen (then it is the entity).
static bool completion_list(AppState& s, const Annotation& a, ImVec2 below, float width) {
    InspectorUi& ui = s.inspector;
    std::vector<std::string> hits = entity_suggestions(s.project(), a.type, ui.entity.text);
    if (hits.empty()) return false;
    ImGui::SetNextWindowPos(below);
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::Begin("##entity_completion", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                     ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ui.completion_hovered = ImGui::IsWindowHovered();
    bool chose = false;
    for (size_t i = 0; i < hits.size(); ++i) {
        bool chosen = user_selectable(s, "##suggestion", hits[i], false);
        s.mark("inspector/entity/suggestion/" + std::to_string(i), hits[i]);
        if (chosen) {
            chose = true;
            ui.entity.text = hits[i];
            s.editor.set_entity(a.id, hits[i]);
        }
    }
    ImGui::End();
    return chose;
}

static void entity_field(AppState& s, const Annotation& a) {
    InspectorUi& ui = s.inspector;
    const TextFieldResult r =
        user_text_field(s, "Entity", &ui.entity.text, {"who or what this refers to", false, {}, s.doc().meta.language});
    s.mark("inspector/entity");
    const bool active = ImGui::IsItemActive();
    const ImVec2 below(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y);
    const float width = ImGui::GetItemRectSize().x;
    if (r.committed) ui.entity_unsaved = true;
    ImGui::SetItemTooltip("Mentions with the same entity name are grouped (\"Balkhi\", \"he\" → Abdul Qahar Balkhi)");
    // Pressing a suggestion takes the focus from the field before the suggestion sees its click
    // (on release): the list stays up until the button is up, and the typed text waits for it.
    const bool pressing_list = ui.completion_hovered && (ImGui::IsMouseDown(ImGuiMouseButton_Left) ||
                                                         ImGui::IsMouseReleased(ImGuiMouseButton_Left));
    ui.completing = active || (ui.completing && pressing_list);
    ui.completion_hovered = false;
    if (ui.completing && completion_list(s, a, below, width)) {
        ui.completing = ui.entity_unsaved = false;
        return;
    }
    if (ui.entity_unsaved && !ui.completing) {
        s.editor.set_entity(a.id, ui.entity.text);
        ui.entity_unsaved = false;
    }
}

static void relations(AppState& s, const Annotation& a) {
    const Project& p = s.project();
    for (const RelationType& rt : p.codebook.relation_types) {
        bool outgoing = rt.from_type == a.type, incoming = rt.to_type == a.type;
        if (!outgoing && !incoming) continue;
        ImGui::PushID(rt.id.c_str());
        const std::string heading = outgoing ? rt.label : type_label(p, rt.from_type) + "s " + rt.label + " this";
        ImGui::SeparatorText(heading.c_str());
        panel_text(heading, true);
        for (const Relation& r : p.relations) {
            if (r.type != rt.id || (outgoing ? r.from : r.to) != a.id) continue;
            const Annotation* other = p.find(outgoing ? r.to : r.from);
            if (!other) continue;
            ImGui::PushID(r.id.c_str());
            const std::string other_words = describe_annotation(p, *other);
            if (small_button("x", s.panes.coarse_pointer)) s.editor.delete_relation(r.id);
            name_panel_control(ImGui::GetItemID(), "Remove link: " + rt.label + " " + other_words, true);
            ImGui::SetItemTooltip("Remove this link");
            ImGui::SameLine();
            if (user_selectable(s, "##other", other_words, false)) s.select(other->id, true);
            ImGui::PopID();
        }
        if (outgoing) {
            const std::string target_label = type_label(p, rt.to_type);
            bool adding =
                begin_combo("##add", ("Add " + target_label + "…").c_str(), ImGuiComboFlags_HeightLarge);
            s.mark("inspector/add/" + rt.id);
            if (adding) {
                {
                    TouchRows rows(s.panes.coarse_pointer);
                    int row = 0;
                    for (const Annotation& o : p.annotations) {
                        if (o.type != rt.to_type) continue;
                        bool linked = std::any_of(p.relations.begin(), p.relations.end(), [&](const Relation& r) {
                            return r.type == rt.id && r.from == a.id && r.to == o.id;
                        });
                        if (linked) continue;
                        ImGui::PushID(o.id.c_str());
                        const std::string label = describe_with_quote(o, 30);
                        bool chosen = user_selectable(s, "##target", label, false);
                        s.mark("inspector/add/" + rt.id + "/" + std::to_string(row++), label);
                        if (chosen)
                            if (auto rid = s.editor.add_relation(rt.id, a.id, o.id))
                                s.notify(linked_announcement(s.project(), *s.project().find_relation(*rid)));
                        ImGui::PopID();
                    }
                }
                ImGui::EndCombo();
            }
            ImGui::SameLine();
            bool picking = s.pick_relation == rt.id;
            const char* pick = picking ? "Picking…" : "Pick in text";
            if (ImGui::Button(pick)) s.pick_relation = picking ? "" : rt.id;
            s.mark("inspector/pick/" + rt.id);
            name_panel_control(ImGui::GetItemID(), std::string(pick) + " (" + rt.label + ")", true);
            ImGui::SetItemTooltip("Then click a highlighted %s in the article", target_label.c_str());
        }
        ImGui::PopID();
    }
}

void draw_inspector(AppState& s) {
    const Project& p = s.project();
    ImGui::PushFont(s.ui_bold);
    ImGui::TextUnformatted("Inspector");
    ImGui::PopFont();
    const Annotation* a = p.find(s.selected_id);
    if (!a) {
        static const char* kHint[] = {
            "No annotation selected.",
            "Select text in the article, then press C (claim), A (actor) or S (source), use the toolbar, or right-click.",
            "Click a highlight to inspect it; click again to cycle through overlapping ones."};
        ImGui::TextDisabled("%s", kHint[0]);
        ImGui::Spacing();
        ImGui::TextWrapped("%s", kHint[1]);
        ImGui::TextWrapped("%s", kHint[2]);
        for (const char* line : kHint) panel_text(line);
        return;
    }
    sync_buffers(s.inspector, *a);
    const AnnotationType* t = p.codebook.find_type(a->type);
    ImGui::PushItemWidth(-90);
    bool type_open = begin_combo("Type", t ? t->label.c_str() : a->type.c_str());
    s.mark("inspector/type");
    if (type_open) {
        {
            TouchRows rows(s.panes.coarse_pointer);
            for (const AnnotationType& ty : p.codebook.types) {
                if (combo_option(ty.label.c_str(), ty.id == a->type)) s.editor.set_type(a->id, ty.id);
                s.mark("inspector/type/" + ty.id);
            }
        }
        ImGui::EndCombo();
    }
    if (a->anchor != AnchorStatus::Exact) {
        const char* what = a->anchor == AnchorStatus::Orphaned ? "Orphaned: its text was not found in this article."
                           : a->anchor == AnchorStatus::Fuzzy
                               ? "Re-anchored approximately (fuzzy match): check the span."
                               : "Re-anchored: the text moved.";
        ImGui::TextColored(ImVec4(0.85f, 0.45f, 0.05f, 1), "%s", what);
        panel_text(what);
    }
    const std::string quote = "“" + short_quote(a->exact, 400) + "”";
    user_text(s, quote, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    panel_text(quote);
    if (a->anchor != AnchorStatus::Orphaned) ImGui::TextDisabled("characters %u–%u", a->span.start, a->span.end);
    if (t && t->has_entity) entity_field(s, *a);
    if (t) attributes(s, *a, *t);
    ImGui::TextUnformatted("Note");
    if (s.inspector.focus_note) {
        request_text_focus("##note");
        platform::request_redraw(2);
    }
    const TextFieldResult note =
        user_text_field(s, "##note", &s.inspector.note.text,
                        {nullptr, true, ImVec2(-1, ImGui::GetTextLineHeight() * 5), s.doc().meta.language});
    if (ImGui::IsItemActive()) s.inspector.focus_note = false;
    s.mark("inspector/note", "Note");
    if (note.committed) {
        const bool changed = s.inspector.note.text != a->note;
        s.editor.set_note(a->id, s.inspector.note.text);
        if (changed) s.notify("Note saved");
    }
    ImGui::PopItemWidth();
    relations(s, *a);
    ImGui::Spacing();
    ImGui::Separator();
    if (ImGui::Button("Delete annotation")) {
        s.editor.delete_annotation(a->id);
        s.select("");
    }
    s.mark("inspector/delete");
    ImGui::SetItemTooltip("Del — also removes its links (Ctrl+Z brings both back)");
    if (!a->author.empty() || !a->modified.empty())
        user_text(s, isolate(a->author) + " · " + a->modified, ImGui::GetColorU32(ImGuiCol_TextDisabled));
}

} // namespace cs::ui
