// Claimscope web platform — DOM KeyboardEvent.code -> ImGuiKey. `code` names the physical key,
// so shortcuts work on any keyboard layout; text comes separately through `input` events.
#include "platform/web/keymap.h"
#include <cstdlib>
#include <cstring>

namespace cs::web {

ImGuiKey key_from_dom_code(const char* code) {
    if (!code || !*code) return ImGuiKey_None;
    if (!std::strncmp(code, "Key", 3) && code[3] >= 'A' && code[3] <= 'Z' && !code[4])
        return (ImGuiKey)(ImGuiKey_A + (code[3] - 'A'));
    if (!std::strncmp(code, "Digit", 5) && code[5] >= '0' && code[5] <= '9' && !code[6])
        return (ImGuiKey)(ImGuiKey_0 + (code[5] - '0'));
    if (code[0] == 'F' && code[1] >= '1' && code[1] <= '9') {
        int n = atoi(code + 1);
        if (n >= 1 && n <= 12) return (ImGuiKey)(ImGuiKey_F1 + n - 1);
    }
    struct Pair {
        const char* code;
        ImGuiKey key;
    };
    static const Pair table[] = {
        {"Tab", ImGuiKey_Tab},
        {"ArrowLeft", ImGuiKey_LeftArrow},
        {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow},
        {"ArrowDown", ImGuiKey_DownArrow},
        {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown},
        {"Home", ImGuiKey_Home},
        {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert},
        {"Delete", ImGuiKey_Delete},
        {"Backspace", ImGuiKey_Backspace},
        {"Space", ImGuiKey_Space},
        {"Enter", ImGuiKey_Enter},
        {"NumpadEnter", ImGuiKey_KeypadEnter},
        {"Escape", ImGuiKey_Escape},
        {"ControlLeft", ImGuiKey_LeftCtrl},
        {"ControlRight", ImGuiKey_RightCtrl},
        {"ShiftLeft", ImGuiKey_LeftShift},
        {"ShiftRight", ImGuiKey_RightShift},
        {"AltLeft", ImGuiKey_LeftAlt},
        {"AltRight", ImGuiKey_RightAlt},
        {"MetaLeft", ImGuiKey_LeftSuper},
        {"MetaRight", ImGuiKey_RightSuper},
        {"Minus", ImGuiKey_Minus},
        {"Equal", ImGuiKey_Equal},
        {"BracketLeft", ImGuiKey_LeftBracket},
        {"BracketRight", ImGuiKey_RightBracket},
        {"Backslash", ImGuiKey_Backslash},
        {"Semicolon", ImGuiKey_Semicolon},
        {"Quote", ImGuiKey_Apostrophe},
        {"Backquote", ImGuiKey_GraveAccent},
        {"Comma", ImGuiKey_Comma},
        {"Period", ImGuiKey_Period},
        {"Slash", ImGuiKey_Slash},
        {"NumpadAdd", ImGuiKey_KeypadAdd},
        {"NumpadSubtract", ImGuiKey_KeypadSubtract},
        {"ContextMenu", ImGuiKey_Menu},
    };
    for (const Pair& p : table)
        if (!std::strcmp(code, p.code)) return p.key;
    return ImGuiKey_None;
}

} // namespace cs::web
