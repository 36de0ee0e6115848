// The panels' accessible copy (core/access/panel_mirror.h): the words of ImGui labels, the ARIA roles
// and states a screen reader hears, the JSON the page builds elements from, and when it has changed.
#include "core/access/panel_mirror.h"
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

using namespace cs;

TEST_CASE("panel_label keeps the words of an ImGui label, not its id") {
    CHECK(panel_label("Save") == "Save");
    CHECK(panel_label("Pick in text##said_by") == "Pick in text");
    CHECK(panel_label("Add Actor…##add") == "Add Actor…");
    CHECK(panel_label("##bar_claim").empty());
    CHECK(panel_label("###x").empty());
    CHECK(panel_label("Getting started##guide") == "Getting started");
}

TEST_CASE("panel_role: what each control is, by region and by what ImGui says of it") {
    CHECK(std::string(panel_role(RegionKind::MenuBar, kPanelOpenable)) == "menuitem");
    CHECK(std::string(panel_role(RegionKind::Menu, kPanelCheckable)) == "menuitem");
    CHECK(std::string(panel_role(RegionKind::Menu, kPanelCheckable | kPanelChecked)) == "menuitemcheckbox");
    CHECK(std::string(panel_role(RegionKind::Menu, kPanelOpenable)) == "menuitem"); // a submenu
    CHECK(std::string(panel_role(RegionKind::ListBox, 0)) == "option");
    CHECK(std::string(panel_role(RegionKind::Panel, kPanelTab | kPanelSelected)) == "tab");
    CHECK(std::string(panel_role(RegionKind::Panel, kPanelInputable)) == "textbox");
    CHECK(std::string(panel_role(RegionKind::Dialog, kPanelCheckable)) == "checkbox");
    CHECK(std::string(panel_role(RegionKind::Panel, kPanelOpenable)) == "combobox");
    CHECK(std::string(panel_role(RegionKind::Panel, kPanelSplitter)) == "separator");
    CHECK(std::string(panel_role(RegionKind::Panel, kPanelText)) == "paragraph");
    CHECK(std::string(panel_role(RegionKind::Panel, kPanelText | kPanelHeading)) == "heading");
    CHECK(std::string(panel_role(RegionKind::Toolbar, 0)) == "button");
    CHECK(std::string(region_role(RegionKind::MenuBar)) == "menubar");
    CHECK(std::string(region_role(RegionKind::Panel)) == "region");
    CHECK(std::string(region_role(RegionKind::Dialog)) == "dialog");
}

TEST_CASE("panels_json: regions and controls with their states, user text as data") {
    std::vector<PanelRegion> regions = {
        {"Menu bar", RegionKind::MenuBar, false, {{1, "File", kPanelOpenable | kPanelOpened}}},
        {"File", RegionKind::Menu, false,
         {{2, "Open…", kPanelCheckable}, {3, "Dark theme", kPanelCheckable | kPanelChecked},
          {4, "Export", kPanelOpenable}}},
        {"Inspector", RegionKind::Panel, false,
         {{5, "Type", kPanelOpenable}, {6, "Check-worthy", kPanelCheckable}, {7, "Note", kPanelInputable},
          {8, "Lists", kPanelTab | kPanelSelected}, {9, "Delete", kPanelDisabled},
          {10, "<b>\"Balkhi\"</b>", 0}}},
        {"Save as", RegionKind::Dialog, true, {}},
        {"Type", RegionKind::ListBox, false, {{11, "Claim", kPanelSelected}, {12, "Actor", 0}}},
        {"Side panel", RegionKind::Panel, false, {{13, "Lists", kPanelTab | kPanelSelected, 77}, {14, "Filter", kPanelInputable, 0}, {15, "Inspector", kPanelTab, 77}}},
        {"Panes", RegionKind::Panel, false, {{16, "Lists width", kPanelSplitter, 0, 320, 160, 600}}},
    };
    const auto j = nlohmann::json::parse(panels_json(regions));
    const auto& r = j["regions"];
    REQUIRE(r.size() == 7);
    // A splitter is a separator with the width it sets as its value.
    CHECK(r[6]["items"][0] == nlohmann::json({{"id", 16}, {"role", "separator"}, {"name", "Lists width"}, {"value", 320}, {"min", 160}, {"max", 600}}));
    // Tabs name their tab bar: the page makes one tab list of them, the open tab's controls after it.
    CHECK(r[5]["items"][0] == nlohmann::json({{"id", 13}, {"role", "tab"}, {"name", "Lists"}, {"selected", true}, {"group", 77}}));
    CHECK(r[5]["items"][2]["group"] == 77);
    CHECK_FALSE(r[5]["items"][1].contains("group"));
    // A combo's list says which option is the chosen one.
    CHECK(r[4]["items"][0] == nlohmann::json({{"id", 11}, {"role", "option"}, {"name", "Claim"}, {"selected", true}}));
    CHECK(r[4]["items"][1] == nlohmann::json({{"id", 12}, {"role", "option"}, {"name", "Actor"}, {"selected", false}}));
    CHECK(r[0]["role"] == "menubar");
    CHECK(r[0]["items"][0] == nlohmann::json({{"id", 1}, {"role", "menuitem"}, {"name", "File"}, {"expanded", true}, {"popup", "menu"}}));
    CHECK(r[1]["role"] == "menu");
    CHECK(r[1]["items"][0] == nlohmann::json({{"id", 2}, {"role", "menuitem"}, {"name", "Open…"}}));
    CHECK(r[1]["items"][1] == nlohmann::json({{"id", 3}, {"role", "menuitemcheckbox"}, {"name", "Dark theme"}, {"checked", true}}));
    CHECK(r[1]["items"][2]["popup"] == "menu");
    CHECK(r[1]["items"][2]["expanded"] == false);
    const auto& ins = r[2]["items"];
    CHECK(ins[0] == nlohmann::json({{"id", 5}, {"role", "combobox"}, {"name", "Type"}, {"expanded", false}, {"popup", "listbox"}}));
    CHECK(ins[1] == nlohmann::json({{"id", 6}, {"role", "checkbox"}, {"name", "Check-worthy"}, {"checked", false}}));
    CHECK(ins[2] == nlohmann::json({{"id", 7}, {"role", "textbox"}, {"name", "Note"}}));
    CHECK(ins[3] == nlohmann::json({{"id", 8}, {"role", "tab"}, {"name", "Lists"}, {"selected", true}}));
    CHECK(ins[4] == nlohmann::json({{"id", 9}, {"role", "button"}, {"name", "Delete"}, {"disabled", true}}));
    CHECK(ins[5]["name"] == "<b>\"Balkhi\"</b>"); // the words as they are: the page never parses them as markup
    CHECK(r[3] == nlohmann::json({{"name", "Save as"}, {"role", "dialog"}, {"modal", true}, {"items", nlohmann::json::array()}}));
    // Invalid UTF-8 in a label (cut mid-character) is replaced, not an exception.
    CHECK_NOTHROW(panels_json({{"x", RegionKind::Panel, false, {{1, std::string("ab\xe2\x80", 4), 0}}}}));
}

TEST_CASE("panels_signature changes with what a reader hears, and only then") {
    std::vector<PanelRegion> a = {{"Toolbar", RegionKind::Toolbar, false, {{1, "Undo", kPanelDisabled}, {2, "Save", 0}}}};
    const uint64_t base = panels_signature(a);
    CHECK(panels_signature(a) == base);
    auto b = a;
    b[0].items[0].flags = 0; // Undo enabled
    CHECK(panels_signature(b) != base);
    b = a;
    b[0].items[1].label = "Save…";
    CHECK(panels_signature(b) != base);
    b = a;
    b[0].name = "Tools";
    CHECK(panels_signature(b) != base);
    b = a;
    b[0].items.pop_back();
    CHECK(panels_signature(b) != base);
    b = a;
    b[0].items[1].value = 320; // a splitter moved: its new width is said
    CHECK(panels_signature(b) != base);
    // Field boundaries count: "ab" + "c" is not "a" + "bc".
    std::vector<PanelRegion> x = {{"ab", RegionKind::Panel, false, {{1, "c", 0}}}};
    std::vector<PanelRegion> y = {{"a", RegionKind::Panel, false, {{1, "bc", 0}}}};
    CHECK(panels_signature(x) != panels_signature(y));
}
