#include "ui/widgets.h"
#include "ui/access_panels.h"
#include "core/render/screen_layout.h"
#include "core/text/shaped_layout.h"
#include "platform/platform.h"
#include <imgui_internal.h>
#include <map>
#include <misc/cpp/imgui_stdlib.h>

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

bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags) {
    const ImGuiID id = ImGui::GetID(label);
    const bool open = ImGui::BeginCombo(label, preview, flags);
    note_combo(id, label, preview, open);
    return open;
}

bool combo_option(const char* label, bool chosen) {
    const bool pressed = ImGui::Selectable(label, chosen);
    if (chosen) note_chosen(ImGui::GetItemID());
    return pressed;
}

bool small_button(const char* label, bool coarse_pointer) {
    return coarse_pointer ? ImGui::Button(label) : ImGui::SmallButton(label);
}

void escape_closes_popup() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!ImGui::IsKeyPressed(ImGuiKey_Escape, false) || g.OpenPopupStack.empty()) return;
    const ImGuiWindow* top = g.OpenPopupStack.back().Window;
    if (top && !(top->Flags & ImGuiWindowFlags_Modal)) ImGui::ClosePopupToLevel(g.OpenPopupStack.Size - 1, true);
}

// ---------------------------------------------------------------------------------------------
// Text fields edited by the page (widgets.h, text_field)
// ---------------------------------------------------------------------------------------------
namespace {
struct DomEdit {
    ImGuiID id = 0;      // the field whose DOM twin is shown (0: none)
    std::string shadow;  // what ImGui's own (hidden) field holds meanwhile: it must not write back
    std::string seen;    // the shadow as last seen: ImGui changes it only with keys typed before the
                         // page's field had the focus (between the click and the frame that showed it)
    int last_frame = -1; // the frame it was last drawn in
    ImGuiID leaving = 0; // a field left with Tab, still active in ImGui until the Tab is processed
};
DomEdit g_edit;
std::map<ImGuiID, std::string> g_before; // the value each edit started from, until its end is seen

unsigned rgba(ImU32 c) { // ImGui's ABGR -> 0xRRGGBBAA
    return ((c & 0xFFu) << 24) | (((c >> 8) & 0xFFu) << 16) | (((c >> 16) & 0xFFu) << 8) | (c >> 24);
}
// ImGui drew the field's text this frame, before it knew the page would: make those vertices clear.
void clear_text_vertices(ImDrawList* dl, int from) {
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), hint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (int i = from; i < dl->VtxBuffer.Size; ++i)
        if (dl->VtxBuffer[i].col == text || dl->VtxBuffer[i].col == hint) dl->VtxBuffer[i].col &= ~IM_COL32_A_MASK;
}
// Keys or text typed but not yet seen by ImGui's widgets (queued, or held back by the backend).
bool typed_ahead(const ImGuiContext& g) {
    for (const ImGuiInputEvent& e : g.InputEventsQueue)
        if (e.Type == ImGuiInputEventType_Key || e.Type == ImGuiInputEventType_Text) return true;
    return platform::typed_input_held();
}
} // namespace

TextFieldResult text_field(const char* label, std::string* text, const TextFieldOptions& o) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID id = ImGui::GetID(label);
    TextFieldResult r;
    // What the page reported since the last frame. A blur (Commit) ends the edit at once: were it
    // left to ImGui's click handling, a frame drawn between the blur and the click would show the
    // page's field again and take back the focus, and a key pressed then (Ctrl+F) would be lost.
    bool finished = false, cancelled = false;
    int tab = 0;
    for (platform::TextEditMessage& e : platform::take_text_edit_events(id)) {
        using K = platform::TextEditEvent;
        if (e.kind == K::Cancel) {
            if (auto b = g_before.find(id); b != g_before.end()) *text = b->second;
            cancelled = true;
        } else {
            *text = std::move(e.text);
        }
        if (e.kind == K::Step || e.kind == K::StepBack) r.step = e.kind == K::Step ? 1 : -1;
        if (e.kind == K::Input || e.kind == K::Step || e.kind == K::StepBack) continue;
        finished = true;
        tab = e.kind == K::Tab ? 1 : e.kind == K::BackTab ? -1 : 0;
        r.enter = e.kind == K::Enter;
    }
    r.cancelled = cancelled;
    if (finished) {
        auto b = g_before.find(id);
        r.committed = !cancelled && (b == g_before.end() || b->second != *text);
        if (b != g_before.end()) g_before.erase(b);
        if (g_edit.id == id) g_edit.id = 0;
        if (tab) {
            g_edit.leaving = id;
            // ImGui's field is still active: the Tab moves on from it, as a Tab typed into it would.
            ImGuiIO& io = ImGui::GetIO();
            io.AddKeyEvent(ImGuiMod_Shift, tab < 0);
            io.AddKeyEvent(ImGuiKey_Tab, true);
            io.AddKeyEvent(ImGuiKey_Tab, false);
            io.AddKeyEvent(ImGuiMod_Shift, false);
        } else if (ImGui::GetActiveID() == id) {
            ImGui::ClearActiveID();
            // ImGui would write its own field's last text (the hidden shadow) back into *text on
            // the next frame (InputTextDeactivateHook): the page's value is the one that counts.
            g.InputTextDeactivatedState.ID = 0;
        }
    }
    // While the page edits it (or a Tab is leaving it), ImGui's field holds a copy and draws no text.
    const bool hidden = ImGui::GetActiveID() == id && (g_edit.id == id || g_edit.leaving == id);
    if (hidden) {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_TextDisabled, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, IM_COL32(0, 0, 0, 0));
    }
    std::string* buf = hidden ? &g_edit.shadow : text;
    // A value in a script ImGui's font lacks: ImGui draws the field and o.draw_value its text.
    const bool drawn_aside = !hidden && o.draw_value && needs_shaping(*text);
    if (drawn_aside) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int vtx_from = dl->VtxBuffer.Size;
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue;
    if (o.multiline)
        ImGui::InputTextMultiline(label, buf, o.size);
    else if (o.hint)
        ImGui::InputTextWithHint(label, o.hint, buf, flags);
    else
        ImGui::InputText(label, buf, flags);
    if (hidden) ImGui::PopStyleColor(3);
    if (drawn_aside) {
        ImGui::PopStyleColor();
        const ImRect box = g.LastItemData.NavRect;
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        dl->PushClipRect(box.Min, box.Max, true);
        o.draw_value(dl, ImVec2(box.Min.x + pad.x, box.Min.y + pad.y), box.GetWidth() - 2 * pad.x, *text);
        dl->PopClipRect();
    }
    bool replace = false;
    if (hidden && g_edit.id == id && g_edit.shadow != g_edit.seen) {
        // Keys typed into ImGui's field just before the page's took over came first: the page's own
        // typing since (appended to the value it started from) goes after them.
        const std::string& from = g_edit.seen;
        if (text->compare(0, from.size(), from) == 0) *text = g_edit.shadow + text->substr(from.size());
        g_edit.seen = g_edit.shadow;
        replace = true;
    }
    const bool active = ImGui::IsItemActive();
    const ImRect frame = g.LastItemData.NavRect; // the frame, without the label
    if (!active && g_edit.leaving == id) g_edit.leaving = 0;
    // The value the edit started from, kept from its first active frame: the edit may end (a click
    // elsewhere) before the page ever took over.
    if (active && !finished && g_edit.leaving != id) g_before.try_emplace(id, *text);
    if (active && g_edit.id != id && !finished && g_edit.leaving != id && !typed_ahead(g)) {
        // The edit starts (a click, a Tab, a focus request): the page takes over from this frame.
        // Not before ImGui's field has taken what was typed right after the click (ImGui spreads
        // queued keys over frames): the page's field would get the focus first and they'd be lost.
        g_edit.id = id;
        g_edit.shadow = g_edit.seen = *text;
        clear_text_vertices(dl, vtx_from);
        if (o.multiline && !ImGui::GetCurrentWindow()->DC.ChildWindows.empty())
            clear_text_vertices(ImGui::GetCurrentWindow()->DC.ChildWindows.back()->DrawList, 0);
    } else if (!active && !finished) {
        // ImGui left the field (a click elsewhere, another field): the edit ends with what was typed.
        if (auto b = g_before.find(id); b != g_before.end()) {
            r.committed = b->second != *text;
            g_before.erase(b);
        }
        if (g_edit.id == id) {
            platform::end_text_edit();
            g_edit.id = 0;
        }
    }
    if (g_edit.id == id) {
        g_edit.last_frame = ImGui::GetFrameCount();
        const ImGuiStyle& st = ImGui::GetStyle();
        platform::TextEditField f;
        f.id = id;
        f.x = frame.Min.x;
        f.y = frame.Min.y;
        f.w = frame.GetWidth();
        f.h = frame.GetHeight();
        f.multiline = o.multiline;
        f.enter_steps = o.enter_steps;
        f.text = *text;
        f.replace_text = replace;
        f.placeholder = o.hint ? o.hint : "";
        f.lang = o.lang;
        f.font_px = ImGui::GetFontSize();
        f.sample_width = ImGui::CalcTextSize(platform::kTextEditSample).x;
        f.pad_x = st.FramePadding.x;
        f.pad_y = st.FramePadding.y;
        f.color = rgba(ImGui::GetColorU32(ImGuiCol_Text));
        f.placeholder_color = rgba(ImGui::GetColorU32(ImGuiCol_TextDisabled));
        platform::begin_text_edit(f);
    }
    return r;
}

void text_fields_end_frame() {
    if (g_edit.id == 0 || g_edit.last_frame == ImGui::GetFrameCount()) return;
    platform::end_text_edit(); // its field was not drawn (its window closed, another project opened)
    g_before.erase(g_edit.id);
    g_edit.id = 0;
}

TouchRows::TouchRows(bool coarse_pointer) : pushed(coarse_pointer) {
    if (!pushed) return;
    const ImGuiStyle& st = ImGui::GetStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(st.ItemSpacing.x, std::max(st.ItemSpacing.y, kTouchTargetPx - ImGui::GetFontSize())));
}
TouchRows::~TouchRows() {
    if (pushed) ImGui::PopStyleVar();
}

} // namespace cs::ui
