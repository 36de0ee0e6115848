// Claimscope web platform — text fields edited by a real DOM field over the UI's (platform.h,
// begin_text_edit), and word boundaries from the browser's Intl.Segmenter. The DOM side lives in
// web/claimscope.js (Module.cs.field*); its events come back through cs_text_edit_event.
#include "core/text/text.h"
#include "platform/platform.h"
#include "platform/web/web_backend.h"
#include <cstdlib>
#include <deque>
#include <map>
#include <emscripten.h>

// clang-format off
EM_JS(void, js_field_show, (unsigned id, int multiline, int enter_steps, int replace, double x, double y, double w, double h, const char* text,
                            const char* placeholder, const char* lang, double font_px, double sample_width, double pad_x, double pad_y,
                            unsigned color, unsigned placeholder_color), {
    Module.cs.fieldShow({ id: id >>> 0, multiline: !!multiline, enterSteps: !!enter_steps, replace: !!replace, x: x, y: y, w: w, h: h, text: UTF8ToString(text),
                          placeholder: UTF8ToString(placeholder), lang: UTF8ToString(lang), fontPx: font_px, sampleWidth: sample_width,
                          padX: pad_x, padY: pad_y, color: color >>> 0, placeholderColor: placeholder_color >>> 0 });
});
EM_JS(void, js_field_hide, (), { Module.cs.fieldHide(); });
// '1'/'0' per code point: a word boundary after it (or "" without Intl.Segmenter).
EM_JS(char*, js_word_boundaries, (const char* text, const char* lang), {
    return Module.cs.toWasm(Module.cs.wordBoundaries(UTF8ToString(text), UTF8ToString(lang)));
});
// clang-format on

namespace cs::platform {

static std::deque<TextEditMessage> g_events;

void begin_text_edit(const TextEditField& f) {
    js_field_show(f.id, f.multiline, f.enter_steps, f.replace_text, f.x, f.y, f.w, f.h, f.text.c_str(), f.placeholder.c_str(),
                  f.lang.c_str(), f.font_px, f.sample_width, f.pad_x, f.pad_y, f.color, f.placeholder_color);
}
void end_text_edit() { js_field_hide(); }

std::vector<TextEditMessage> take_text_edit_events(unsigned id) {
    std::vector<TextEditMessage> out;
    for (auto it = g_events.begin(); it != g_events.end();) {
        if (it->id == id) {
            out.push_back(std::move(*it));
            it = g_events.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

// The article view asks for the same paragraph on every double-click and Ctrl+arrow: the answers
// are kept for the last few paragraphs (by language and text).
std::vector<bool> word_boundaries(std::u32string_view paragraph, const std::string& lang) {
    static std::map<std::string, std::vector<bool>> cache;
    static std::deque<std::string> order;
    const std::string utf8 = to_utf8(paragraph);
    std::string key = lang + '\x1f' + utf8;
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    char* p = js_word_boundaries(utf8.c_str(), lang.c_str());
    std::vector<bool> out;
    if (p) {
        for (const char* c = p; *c; ++c) out.push_back(*c == '1');
        std::free(p);
    }
    if (out.size() != paragraph.size()) out.clear(); // no Intl.Segmenter (or a mismatch): no answer
    if (order.size() >= 32) {
        cache.erase(order.front());
        order.pop_front();
    }
    order.push_back(key);
    cache[std::move(key)] = out;
    return out;
}

} // namespace cs::platform

extern "C" {
// kind: 0 input, 1 commit, 2 cancel, 3 tab, 4 shift+tab, 5 enter, 6 step, 7 step back (platform::TextEditEvent).
EMSCRIPTEN_KEEPALIVE void cs_text_edit_event(double id, int kind, const char* text) {
    cs::platform::g_events.push_back({(unsigned)id, (cs::platform::TextEditEvent)kind, text ? text : ""});
    cs::web::wake();
}
} // extern "C"
