// Claimscope UI — small helpers on top of ImGui.
#pragma once
#include <imgui.h>

namespace cs::ui {
// Makes the text field with this label (in the current window) active next frame, ready for
// typing. ImGui's SetKeyboardFocusHere only lands inside the current focus scope, which a
// field in a child window next to the article is not.
void request_text_focus(const char* label);
} // namespace cs::ui
