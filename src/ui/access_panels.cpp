// Claimscope UI — the panels' accessible copy: see access_panels.h.
//
// Index
// - ImGui's item hooks: what was drawn this frame
// - Regions: which landmark a control belongs to
// - Frame: send when changed, outline the focused control, press the activated one
#include "ui/access_panels.h"
#include "core/access/panel_mirror.h"
#include "core/render/palette.h"
#include "platform/platform.h"
#include <imgui_internal.h>
#include <algorithm>
#include <unordered_map>

namespace cs::ui {
namespace {

struct Seen {
    ImGuiID id = 0;
    std::string label;
    uint32_t flags = 0;
    ImGuiWindow* window = nullptr;
    bool menu_layer = false; // in the main window's menu bar
    ImRect rect;
    bool visible = true;
    ImGuiID group = 0; // a tab's tab bar
    int value = 0, value_min = 0, value_max = 0; // a splitter's width and range
    bool sizes_left = false;                      // ... and whether it sizes the left panel (else the right)
};
std::vector<Seen> g_items;                     // this frame's labelled controls, in drawing order
std::unordered_map<ImGuiID, size_t> g_index;   // id -> g_items
std::unordered_map<ImGuiID, ImRect> g_rects;   // every item's rectangle (ItemAdd), for controls that
                                               // report their info after another item was added
std::string g_combo_label;                     // the open combo's words: the name of its list
std::unordered_map<ImGuiID, int> g_steps;      // splitter id -> arrow steps from the page, not yet applied
ImGuiID g_focus = 0;                           // the page's focused element stands for this control
ImGuiID g_press = 0;                           // ... and this one is to be pressed once in sight
int g_press_tries = 0;
uint64_t g_sent = 0;
bool g_ever_sent = false;

void record(ImGuiContext* ctx, ImGuiWindow* window, ImGuiID id, const char* label, uint32_t flags, ImGuiID group = 0) {
    const ImGuiLastItemData& last = ctx->LastItemData;
    const bool is_last = last.ID == id;
    auto [it, fresh] = g_index.try_emplace(id, g_items.size());
    if (fresh) g_items.push_back(Seen{});
    Seen& s = g_items[it->second];
    s.id = id;
    // A menu item reports twice (its Selectable, then itself, ticked or not): the last report wins,
    // but a label of words is never replaced by an id-only one.
    std::string words = panel_label(label ? label : "");
    if (!words.empty() || s.label.empty()) s.label = std::move(words);
    s.flags = flags;
    s.group = group;
    s.window = window;
    s.menu_layer = window && window->DC.NavLayerCurrent == ImGuiNavLayer_Menu;
    if (is_last) {
        s.rect = last.Rect;
        s.visible = (last.StatusFlags & ImGuiItemStatusFlags_Visible) != 0;
        if (last.InFlags & ImGuiItemFlags_Disabled) s.flags |= kPanelDisabled;
    } else if (auto r = g_rects.find(id); r != g_rects.end()) {
        s.rect = r->second;
        s.visible = window && window->ClipRect.Overlaps(s.rect);
    }
}

} // namespace
} // namespace cs::ui

// ---------------------------------------------------------------------------------------------
// ImGui's item hooks (declared in imgui_internal.h under IMGUI_ENABLE_TEST_ENGINE)
// ---------------------------------------------------------------------------------------------
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    if (id != 0) cs::ui::g_rects[id] = bb;
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    // A window reports itself too (a child's scrolling surface): it is a landmark, not a control.
    if (id == 0 || !ctx->CurrentWindow || ImGui::FindWindowByID(id)) return;
    uint32_t f = 0;
    ImGuiID group = 0;
    if (flags & ImGuiItemStatusFlags_Checkable) f |= cs::kPanelCheckable;
    if (flags & ImGuiItemStatusFlags_Checked) f |= cs::kPanelChecked;
    if (flags & ImGuiItemStatusFlags_Inputable) f |= cs::kPanelInputable;
    if (flags & ImGuiItemStatusFlags_Openable) f |= cs::kPanelOpenable;
    if (flags & ImGuiItemStatusFlags_Opened) f |= cs::kPanelOpened;
    if (ImGuiTabBar* bar = ctx->CurrentTabBar; bar && ImGui::TabBarFindTabByID(bar, id)) {
        f |= cs::kPanelTab;
        if (bar->SelectedTabId == id) f |= cs::kPanelSelected;
        group = bar->ID;
    }
    cs::ui::record(ctx, ctx->CurrentWindow, id, label, f, group);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace cs::ui {

void note_combo(unsigned id, const char* label, const char* preview, bool open) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    std::string words = panel_label(label);
    if (words.empty()) words = preview ? preview : "";
    if (open) g_combo_label = words;
    // Called after BeginCombo, which may have begun the list's window: the combo is in its parent.
    ImGuiWindow* w = ctx->CurrentWindow;
    if (open && w && (w->Flags & ImGuiWindowFlags_Popup) && w->ParentWindow) w = w->ParentWindow;
    record(ctx, w, id, words.c_str(), kPanelOpenable | (open ? kPanelOpened : 0));
}

int note_splitter(unsigned id, const std::string& words, bool sizes_left, int value, int min, int max) {
    if (auto it = g_index.find(id); it != g_index.end()) {
        Seen& c = g_items[it->second];
        c.label = words;
        c.flags |= kPanelSplitter;
        c.sizes_left = sizes_left;
        c.value = value;
        c.value_min = min;
        c.value_max = max;
    }
    const auto step = g_steps.find(id);
    if (step == g_steps.end()) return 0;
    const int n = step->second;
    g_steps.erase(step);
    return n;
}

void step_panel_control(unsigned id, int steps) { g_steps[id] += steps; }

void panel_text(const std::string& words, bool heading) {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    ImGuiWindow* w = ctx->CurrentWindow;
    if (!w || words.empty()) return;
    const ImGuiID id = w->GetID(("##cs_text:" + words).c_str());
    record(ctx, w, id, nullptr, kPanelText | (heading ? kPanelHeading : 0));
    g_items[g_index[id]].label = words; // the words as they are: a quote may hold "##"
}

void note_chosen(unsigned id) {
    if (auto it = g_index.find(id); it != g_index.end()) g_items[it->second].flags |= kPanelSelected;
}

void name_panel_control(unsigned id, const std::string& words, bool replace) {
    if (auto it = g_index.find(id); it != g_index.end() && (replace || g_items[it->second].label.empty()))
        g_items[it->second].label = words;
}

// ---------------------------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------------------------
namespace {

struct Where {
    RegionKind kind = RegionKind::Panel;
    std::string name;
    int order = 0;  // landmarks in the order Tab visits them
    bool skip = false;
};

// A child window's own name: ImGui names it "Parent/name_1234ABCD".
std::string_view child_name(const ImGuiWindow* w) {
    std::string_view n = w->Name;
    if (size_t slash = n.rfind('/'); slash != std::string_view::npos) n.remove_prefix(slash + 1);
    if (size_t under = n.rfind('_'); under != std::string_view::npos) n = n.substr(0, under);
    return n;
}

// The words a popup is known by: the menu that opened it (its popup id is the menu item's id), or
// what it is.
std::string popup_name(const ImGuiWindow* root) {
    for (const ImGuiPopupData& p : GImGui->OpenPopupStack)
        if (p.Window == root)
            if (auto it = g_index.find(p.PopupId); it != g_index.end() && !g_items[it->second].label.empty())
                return g_items[it->second].label;
    const std::string_view n = root->Name;
    if (n == "article_context") return "Annotate";
    if (n == "toolbar_menu") return "Tools";
    const std::string words = panel_label(n);
    return words.empty() ? "Menu" : words;
}

Where region_of(const AppState& s, const Seen& it) {
    const ImGuiWindow* root = it.window->RootWindow;
    if (root->Flags & ImGuiWindowFlags_Tooltip) return {RegionKind::Panel, "", 0, true};
    if (root->Flags & ImGuiWindowFlags_Modal) {
        std::string title = panel_label(root->Name);
        if (title.empty() && !s.messages.empty()) title = s.messages.front().title;
        return {RegionKind::Dialog, title.empty() ? "Message" : title, 9};
    }
    if (root->Flags & ImGuiWindowFlags_Popup) {
        if (std::string_view(root->Name).rfind("##Combo", 0) == 0)
            return {RegionKind::ListBox, g_combo_label.empty() ? "List" : g_combo_label, 8};
        return {RegionKind::Menu, popup_name(root), 8};
    }
    if (std::string_view(root->Name) != "Claimscope") { // a window of its own
        const std::string_view n = root->Name;
        if (n == "##type_bar") return {RegionKind::Toolbar, "Tag the selection", 6};
        if (n == "##entity_completion") return {RegionKind::ListBox, "Suggestions", 8};
        const std::string title = panel_label(n);
        return {RegionKind::Panel, title.empty() ? "Panel" : title, 7};
    }
    if (it.menu_layer) return {RegionKind::MenuBar, "Menu bar", 0};
    const bool wide = s.panes.layout == ScreenLayout::Wide;
    // A splitter is drawn between the panes: it belongs with the panel it sizes.
    if (it.flags & kPanelSplitter)
        return it.sizes_left ? Where{RegionKind::Panel, "Lists", 3} : Where{RegionKind::Panel, wide ? "Inspector" : "Side panel", 4};
    for (const ImGuiWindow* w = it.window; w && w != root; w = w->ParentWindow) {
        const std::string_view n = child_name(w);
        if (n == "center") return {RegionKind::Panel, "Find", 2};
        if (n == "side_body") return {RegionKind::Panel, s.panes.side_tab == 0 ? "Lists" : "Inspector", 5};
        if (n == "left") return {RegionKind::Panel, "Lists", 3};
        if (n == "right") return {RegionKind::Panel, wide ? "Inspector" : "Side panel", 4};
        if (n == "sheet") return {RegionKind::Panel, "Side panel", 4};
    }
    return {RegionKind::Toolbar, "Toolbar", 1};
}

// Where the page should look for control `id` this frame: its window, rectangle, and whether it shows.
const Seen* seen(ImGuiID id) {
    auto it = g_index.find(id);
    return it == g_index.end() ? nullptr : &g_items[it->second];
}

// A control out of its panel's sight (scrolled away) is scrolled to: the keyboard's focus is never hidden
// (WCAG 2.4.11), and a press lands on the control, not on what covers its place.
void scroll_into_sight(const Seen& c) {
    ImGuiWindow* w = c.window;
    if (!w || c.visible) return;
    const float local_y = c.rect.GetCenter().y - w->Pos.y;
    ImGui::SetScrollFromPosY(w, local_y, 0.5f);
    platform::request_redraw(3);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Frame
// ---------------------------------------------------------------------------------------------
void panels_begin_frame() {
    g_items.clear();
    g_index.clear();
    g_rects.clear();
    GImGui->TestEngineHookItems = true;
}

void panels_end_frame(AppState& s) {
    // Regions in Tab's order, each control once, in drawing order within its region.
    struct Keyed {
        Where where;
        PanelRegion region;
    };
    std::vector<Keyed> regions;
    for (const Seen& it : g_items) {
        if (it.label.empty() || !it.window) continue; // an id only: a splitter, a grip, a drawn surface
        Where w = region_of(s, it);
        if (w.skip) continue;
        auto r = std::find_if(regions.begin(), regions.end(),
                              [&](const Keyed& k) { return k.where.name == w.name && k.where.kind == w.kind; });
        if (r == regions.end()) {
            PanelRegion pr{w.name, w.kind, w.kind == RegionKind::Dialog, {}};
            regions.push_back({std::move(w), std::move(pr)});
            r = regions.end() - 1;
        }
        r->region.items.push_back({it.id, it.label, it.flags, it.group, it.value, it.value_min, it.value_max});
    }
    std::stable_sort(regions.begin(), regions.end(), [](const Keyed& a, const Keyed& b) { return a.where.order < b.where.order; });
    std::vector<PanelRegion> out;
    out.reserve(regions.size());
    for (Keyed& k : regions) out.push_back(std::move(k.region));
    const uint64_t sig = panels_signature(out);
    if (!g_ever_sent || sig != g_sent) {
        g_ever_sent = true;
        g_sent = sig;
        platform::update_panel_mirror(panels_json(out));
    }

    // The focused control: in sight, outlined 2 px in the theme's focus colour (3:1 against its ground).
    if (const Seen* f = g_focus ? seen(g_focus) : nullptr) {
        scroll_into_sight(*f);
        const uint32_t c = palette(s.settings.theme).focus_ring;
        ImGui::GetForegroundDrawList()->AddRect(ImVec2(f->rect.Min.x - 2, f->rect.Min.y - 2),
                                                ImVec2(f->rect.Max.x + 2, f->rect.Max.y + 2),
                                                IM_COL32(c >> 16, (c >> 8) & 0xff, c & 0xff, 255), 3.0f, 0, 2.0f);
    }
    // The activated control: pressed once in sight (a few frames at most: then it has gone).
    if (g_press) {
        const Seen* p = seen(g_press);
        if (p && p->visible) {
            platform::press_at(p->rect.GetCenter().x, p->rect.GetCenter().y);
            g_press = 0;
        } else if (p && g_press_tries-- > 0) {
            scroll_into_sight(*p);
        } else {
            g_press = 0;
        }
    }
}

void focus_panel_control(unsigned id) {
    g_focus = id;
    platform::request_redraw(2);
}

void activate_panel_control(unsigned id) {
    g_press = id;
    g_press_tries = 4;
    platform::request_redraw(3);
}

} // namespace cs::ui
