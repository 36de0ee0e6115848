// Claimscope core — the panels as assistive technology reads them: menus, toolbar, lists, inspector,
// dialogs, each control with its role, name and state (issue 17).
//
// The canvas is an image to a screen reader and has no focusable parts. The page keeps a DOM copy of
// the controls the app drew in its last frame (web/claimscope.js): one landmark per region (the menu
// bar, the toolbar, each panel, an open menu or dialog), a real focusable element per control. Tab
// moves through them, a screen reader names them, and activating one presses the control it stands
// for. The UI layer (ui/access_panels.cpp) reports what ImGui drew; this file decides what the copy
// says and when it has changed.
//
// Index
// - PanelFlags, RegionKind, PanelItem, PanelRegion
// - panel_label: the words of an ImGui label
// - panel_role / region_role: ARIA roles
// - panels_signature: has anything a reader hears changed?
// - panels_json: the form the page reads
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// What ImGui says about a control (its item status flags), and where it is.
enum PanelFlags : uint32_t {
    kPanelCheckable = 1u << 0, // a checkbox, a menu item with a tick
    kPanelChecked = 1u << 1,
    kPanelInputable = 1u << 2, // a text field
    kPanelOpenable = 1u << 3,  // opens a menu or a list (a menu, a combo)
    kPanelOpened = 1u << 4,
    kPanelDisabled = 1u << 5,
    kPanelTab = 1u << 6, // a tab of a tab bar
    kPanelSelected = 1u << 7,
    kPanelSplitter = 1u << 8, // a splitter between panels: a separator moved by arrow keys
    kPanelText = 1u << 9,     // not a control: words the panel shows beside its controls (read, not focused)
    kPanelHeading = 1u << 10, // ... a heading among them ("said by")
};

enum class RegionKind { MenuBar, Toolbar, Panel, Menu, ListBox, Dialog };

struct PanelItem {
    uint32_t id = 0;   // ImGui's id: stable from frame to frame, so the page keeps the element (and focus)
    std::string label; // already in words (panel_label)
    uint32_t flags = 0;
    uint32_t group = 0; // a tab's tab bar: its tabs are one tab list, though the open tab's panel is drawn between them
    int value = 0, value_min = 0, value_max = 0; // a splitter: the width of the panel it sizes, in CSS px
};
struct PanelRegion {
    std::string name; // "Toolbar", "Inspector", a dialog's title
    RegionKind kind = RegionKind::Panel;
    bool modal = false;
    std::vector<PanelItem> items;
};

// The words of an ImGui label: the text before "##" (what follows is only an id), and "" for a label
// that is all id ("##bar_claim", "###x"). Trailing "…" and spaces are kept: they are read as they show.
std::string panel_label(std::string_view imgui_label);

// The ARIA role of a control in a region of `kind`: menuitem / menuitemcheckbox in menus and the menu
// bar, option in a list, tab, textbox, checkbox, combobox (opens a list), button.
const char* panel_role(RegionKind kind, uint32_t flags);
// The ARIA role of a region: menubar, toolbar, region, menu, listbox, dialog (alertdialog for none).
const char* region_role(RegionKind kind);

// A hash of everything the page shows (regions, ids, words, roles, states), not where controls are:
// the page is rebuilt only when it changes, never for a scroll or a resize.
uint64_t panels_signature(const std::vector<PanelRegion>& regions);

// {"regions":[{"name","role","modal","items":[{"id","role","name","checked","expanded","selected",
// "disabled","popup"}]}]}: states only where the role has them. User text (a note's first words, an
// entity's name) is data in a JSON string, never markup: the page puts it in attributes and text nodes.
std::string panels_json(const std::vector<PanelRegion>& regions);

} // namespace cs
