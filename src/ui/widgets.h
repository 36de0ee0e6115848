// Claimscope UI — small helpers on top of ImGui.
#pragma once
#include <imgui.h>
#include <functional>
#include <string>

namespace cs::ui {
// Makes the text field with this label (in the current window) active next frame, ready for
// typing. ImGui's SetKeyboardFocusHere only lands inside the current focus scope, which a
// field in a child window next to the article is not.
void request_text_focus(const char* label);

// A child window that shows text on a page of the theme's article colour (the article, the class
// heatmap). Its corners are square: the renderer then clears the page instead of drawing it
// (src/core/render/draw_plan.h), which is most of a frame's pixels. Pair with end_page().
bool begin_page(const char* id, ImU32 background, ImGuiChildFlags flags = ImGuiChildFlags_None,
                ImGuiWindowFlags window_flags = 0);
void end_page();

// Begins the modal dialog `name`, centred, while `wanted` (opening it if it is not open yet), like
// BeginPopupModal. A modal left open after its state went away (another project opened) is closed
// here: an open modal that is no longer submitted would block every click.
bool begin_modal(const char* name, bool wanted, bool* open = nullptr, ImGuiWindowFlags flags = 0);

// Escape closes the topmost menu, drop-down or context menu, as ImGui does only with keyboard
// navigation on (which would take the arrow keys from the article). Call once per frame, after the
// views, so that the same Escape is not also taken as "clear the selection".
void escape_closes_popup();
// ImGui::BeginCombo, reported to the panels' accessible copy as a control that opens a list (named by
// its label, or its preview when the label is an id only): this ImGui reports no item info for combos.
bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags = 0);

// A small button set in a line of text (a filter chip, a ×, "Copy details"): ImGui's SmallButton, or a
// whole frame (44 px tall) on a coarse pointer, where a finger must hit it.
// An option of a combo's list (ImGui::Selectable) that tells the panels' copy which one is chosen
// (aria-selected): ImGui does not report a Selectable's state.
bool combo_option(const char* label, bool chosen);
bool small_button(const char* label, bool coarse_pointer);

// Rows of a menu or popup 44 px apart on a coarse pointer (a finger): ImGui makes a menu item as tall as
// its text plus the item spacing, so the spacing is raised for the scope of this object.
struct TouchRows {
    explicit TouchRows(bool coarse_pointer);
    ~TouchRows();
    TouchRows(const TouchRows&) = delete;
    TouchRows& operator=(const TouchRows&) = delete;
    bool pushed = false;
};

// A text field that, while it is edited, is a real DOM field of the page lying exactly over it
// (platform::begin_text_edit): the browser shapes and orders the text (Arabic, RTL runs), runs the
// IME, spell-checks and speaks it. ImGui draws the frame, the page the text (never both). It edits
// `*text` live; the result says when an edit ended with a changed value (commit it then: one undo
// step per edit, like ImGui::IsItemDeactivatedAfterEdit). Escape puts back the value from before the
// edit; Tab / Shift+Tab move to the next / previous field. The field is the last item afterwards.
struct TextFieldOptions {
    const char* hint = nullptr; // placeholder (single-line fields)
    bool multiline = false;     // a <textarea>: Enter makes a new line
    ImVec2 size = ImVec2(0, 0); // multiline only (as InputTextMultiline's)
    std::string lang;           // BCP 47 language of the text (the article's), "" if unknown
    bool enter_steps = false;   // single-line: Enter / Shift+Enter (and F3) step, the edit goes on (Find)
    // Draws a value that ImGui's font cannot (needs_shaping) while the page is not editing it, with
    // its top-left at `pos` and `width` wide (user_text_field in user_text.h sets it).
    std::function<void(ImDrawList*, ImVec2 pos, float width, const std::string& value)> draw_value;
};
struct TextFieldResult {
    bool committed = false; // the edit ended and the value changed
    bool enter = false;     // ... ended with Enter (single-line)
    bool cancelled = false; // ... ended with Escape: the value is back to what it was
    int step = 0;           // +1 / -1: Enter / Shift+Enter in a field with enter_steps
};
TextFieldResult text_field(const char* label, std::string* text, const TextFieldOptions& options = {});
// Once per frame, after the views: hides the DOM field of a text field that was not drawn this frame.
void text_fields_end_frame();

} // namespace cs::ui
