// Claimscope core — the panels' accessible copy: see panel_mirror.h.
#include "core/access/panel_mirror.h"
#include <nlohmann/json.hpp>

namespace cs {

std::string panel_label(std::string_view imgui_label) {
    const size_t hashes = imgui_label.find("##");
    std::string_view words = imgui_label.substr(0, hashes);
    while (!words.empty() && words.front() == ' ') words.remove_prefix(1);
    return std::string(words);
}

const char* panel_role(RegionKind kind, uint32_t flags) {
    if (flags & kPanelHeading) return "heading";
    if (flags & kPanelText) return "paragraph";
    if (kind == RegionKind::MenuBar) return "menuitem";
    if (kind == RegionKind::Menu) {
        // Every ImGui menu item is "checkable"; a tick shown is what makes it a checkbox to a reader.
        if (!(flags & kPanelOpenable) && (flags & kPanelChecked)) return "menuitemcheckbox";
        return "menuitem";
    }
    if (kind == RegionKind::ListBox) return "option";
    if (flags & kPanelSplitter) return "separator";
    if (flags & kPanelTab) return "tab";
    if (flags & kPanelInputable) return "textbox";
    if (flags & kPanelCheckable) return "checkbox";
    if (flags & kPanelOpenable) return "combobox";
    return "button";
}

const char* region_role(RegionKind kind) {
    switch (kind) {
        case RegionKind::MenuBar: return "menubar";
        case RegionKind::Toolbar: return "toolbar";
        case RegionKind::Menu: return "menu";
        case RegionKind::ListBox: return "listbox";
        case RegionKind::Dialog: return "dialog";
        case RegionKind::Panel: break;
    }
    return "region";
}

// FNV-1a, over the words and numbers in order (a separator between fields: "ab"+"c" is not "a"+"bc").
static void mix(uint64_t& h, std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;
}
static void mix(uint64_t& h, uint64_t v) {
    for (int i = 0; i < 8; ++i) h = (h ^ ((v >> (8 * i)) & 0xff)) * 1099511628211ull;
}

uint64_t panels_signature(const std::vector<PanelRegion>& regions) {
    uint64_t h = 14695981039346656037ull;
    for (const PanelRegion& r : regions) {
        mix(h, r.name);
        mix(h, (uint64_t)r.kind * 2 + (r.modal ? 1 : 0));
        for (const PanelItem& it : r.items) {
            mix(h, it.id);
            mix(h, it.label);
            mix(h, it.flags);
            mix(h, it.group);
            mix(h, (uint64_t)(int64_t)it.value);
        }
    }
    return h;
}

std::string panels_json(const std::vector<PanelRegion>& regions) {
    nlohmann::json out = nlohmann::json::array();
    for (const PanelRegion& r : regions) {
        nlohmann::json items = nlohmann::json::array();
        for (const PanelItem& it : r.items) {
            const std::string role = panel_role(r.kind, it.flags);
            nlohmann::json j = {{"id", it.id}, {"role", role}, {"name", it.label}};
            if (role == "checkbox" || role == "menuitemcheckbox") j["checked"] = (it.flags & kPanelChecked) != 0;
            if (role == "combobox" || (it.flags & kPanelOpenable)) j["expanded"] = (it.flags & kPanelOpened) != 0;
            if (role == "combobox" || ((r.kind == RegionKind::Menu || r.kind == RegionKind::MenuBar) &&
                                       (it.flags & kPanelOpenable)))
                j["popup"] = role == "combobox" ? "listbox" : "menu";
            if (role == "tab" || role == "option") j["selected"] = (it.flags & kPanelSelected) != 0;
            if (role == "tab" && it.group) j["group"] = it.group;
            if (role == "separator") {
                j["value"] = it.value;
                j["min"] = it.value_min;
                j["max"] = it.value_max;
            }
            if (it.flags & kPanelDisabled) j["disabled"] = true;
            items.push_back(std::move(j));
        }
        out.push_back({{"name", r.name}, {"role", region_role(r.kind)}, {"modal", r.modal}, {"items", std::move(items)}});
    }
    return nlohmann::json{{"regions", std::move(out)}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace cs
