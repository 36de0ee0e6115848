// Claimscope web platform — everything that talks to the browser (platform.h), via EM_JS.
// The JS side keeps state on `Module.cs` (created in web/claimscope.js before the wasm runs);
// strings come back as malloc'd UTF-8 from Module.cs.toWasm, freed by take().
#include "platform/platform.h"
#include "platform/web/bundled_files.h"
#include "platform/web/webgl_renderer.h"
#include "platform/web/web_backend.h"
#include <cstdio>
#include <cstdlib>
#include <map>
#include <emscripten.h>

// The EM_JS bodies are JavaScript: clang-format would split "===" and "=>".
// clang-format off
EM_JS(void, js_set_clipboard, (const char* text), {
    const s = UTF8ToString(text);
    Module.cs.clipboard = s;
    // Best effort: works after a user gesture (the keypress that asked for it).
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(() => {});
});

EM_JS(void, js_register_color_font, (const char* data, int size), {
    Module.cs.registerColorFont(HEAPU8.slice(data, data + size));
});
// 1 and meta = [width, height, left, top] when drawn (the pixels wait for js_read_color_glyph); 0 while
// the font loads; -1 when it cannot be drawn.
EM_JS(int, js_measure_color_glyph, (const char* text, float px, int* meta), {
    const r = Module.cs.rasterizeColorGlyph(UTF8ToString(text), px);
    if (typeof r === "number") return r;
    HEAP32.set([r.width, r.height, r.left, r.top], meta >> 2);
    return 1;
});
EM_JS(void, js_read_color_glyph, (unsigned char* out), { HEAPU8.set(Module.cs.takeColorPixels(), out); });

EM_JS(char*, js_get_clipboard, (), {
    const s = Module.cs.clipboard || "";
    return Module.cs.toWasm(s);
});

EM_JS(void, js_download, (const char* name, const char* data, int size, const char* mime), {
    const bytes = HEAPU8.slice(data, data + size);
    const blob = new Blob([bytes], { type: UTF8ToString(mime) });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});

EM_JS(void, js_open_picker, (const char* accept, int multiple), {
    Module.cs.openFilePicker(UTF8ToString(accept), !!multiple);
});

// A value arrives in pieces (js_storage_piece), then js_storage_commit stores their join and
// returns "" on success, else the reason.
EM_JS(void, js_storage_piece, (const char* data, int size), { Module.cs.addStoragePiece(UTF8ToString(data, size)); });
EM_JS(char*, js_storage_commit, (const char* key), {
    const value = Module.cs.takeStoragePieces();
    let err = "";
    try { localStorage.setItem(UTF8ToString(key), value); }
    catch (e) { err = Module.cs.storageReason(e); Module.cs.keepRefused(UTF8ToString(key), value); }
    return Module.cs.toWasm(err);
});
// The same pieces, to IndexedDB; the answer comes later through cs_bulk_saved.
EM_JS(void, js_bulk_set, (int id, const char* key), { Module.cs.bulkSet(id, UTF8ToString(key), Module.cs.takeStoragePieces()); });
// The value localStorage refused for `key` in this task, to IndexedDB: 1, or 0 when there is none.
EM_JS(int, js_bulk_set_refused, (int id, const char* key), {
    const value = Module.cs.takeRefused(UTF8ToString(key));
    if (value === null) return 0;
    Module.cs.bulkSet(id, UTF8ToString(key), value);
    return 1;
});
EM_JS(void, js_bulk_get, (int id, const char* key), { Module.cs.bulkGet(id, UTF8ToString(key)); });
EM_JS(void, js_bulk_remove, (const char* key), { Module.cs.bulkRemove(UTF8ToString(key)); });
EM_JS(void, js_bulk_clear, (), { Module.cs.bulkClear(); });

EM_JS(char*, js_storage_get, (const char* key), {
    let v = null;
    try { v = localStorage.getItem(UTF8ToString(key)); } catch (e) { v = null; }
    if (v === null) return 0;
    return Module.cs.toWasm(v);
});

EM_JS(void, js_storage_remove, (const char* key), {
    try { localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

EM_JS(char*, js_storage_keys, (const char* prefix), {
    const pre = UTF8ToString(prefix); const out = [];
    try { for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); if (k.startsWith(pre)) out.push(k); } } catch (e) {}
    const s = out.sort().join('\n');
    return Module.cs.toWasm(s);
});

EM_JS(char*, js_now_iso, (), {
    // Whole seconds: "2026-11-28T01:02:03Z". (No regex here: EM_JS turns backslashes into C escapes.)
    const s = new Date().toISOString().slice(0, 19) + 'Z';
    return Module.cs.toWasm(s);
});

EM_JS(void, js_update_mirror, (const char* title, const char* json), {
    Module.cs.updateMirror(UTF8ToString(title), UTF8ToString(json));
});
EM_JS(void, js_mirror_selection, (double start, double end, double caret), {
    Module.cs.showMirrorSelection(start, end, caret);
});
EM_JS(void, js_announce, (const char* text, int alert), { Module.cs.announce(UTF8ToString(text), alert !== 0); });
EM_JS(void, js_update_panels, (const char* json), { Module.cs.updatePanels(UTF8ToString(json)); });
EM_JS(void, js_set_cursor, (const char* c), { Module.canvas.style.cursor = UTF8ToString(c); });
EM_JS(void, js_set_title, (const char* t), { document.title = UTF8ToString(t); });
EM_JS(char*, js_language, (), { return Module.cs.toWasm(navigator.language || 'en'); });
// Relative to the page, so the same origin (and, offline, the service worker's copy); no opener for it.
EM_JS(void, js_open_page, (const char* path), { Module.cs.openPage(UTF8ToString(path)); });
// clang-format on

static std::string take(char* p) {
    if (!p) return {};
    std::string s(p);
    std::free(p);
    return s;
}

namespace cs::web {
// ImGui's clipboard callbacks: the text of the last browser paste (or of our own copy).
const char* clipboard_text() {
    static std::string text;
    text = take(js_get_clipboard());
    return text.c_str();
}
} // namespace cs::web

namespace cs::platform {

void set_clipboard_text(const std::string& utf8) { js_set_clipboard(utf8.c_str()); }
void update_article_mirror(const std::string& title, const std::string& json) {
    js_update_mirror(title.c_str(), json.c_str());
}
void show_mirror_selection(size_t start, size_t end, size_t caret) {
    js_mirror_selection((double)start, (double)end, (double)caret);
}
void announce(const std::string& text, bool alert) { js_announce(text.c_str(), alert ? 1 : 0); }
void update_panel_mirror(const std::string& json) { js_update_panels(json.c_str()); }
void download_file(const std::string& name, const std::string& bytes, const std::string& mime) {
    js_download(name.c_str(), bytes.data(), (int)bytes.size(), mime.c_str());
}
void open_file_picker(const std::string& accept, bool multiple) { js_open_picker(accept.c_str(), multiple); }
static void send_pieces(const PieceWriter& write) {
    write([](std::string_view piece) { js_storage_piece(piece.data(), (int)piece.size()); });
}
bool storage_set(const std::string& key, const PieceWriter& write, std::string* error) {
    send_pieces(write);
    std::string err = take(js_storage_commit(key.c_str()));
    if (error) *error = err;
    return err.empty();
}
bool storage_set(const std::string& key, const std::string& value, std::string* error) {
    return storage_set(
        key, [&](const std::function<void(std::string_view)>& put) { put(value); }, error);
}
bool is_storage_full(const std::string& error) {
    return error.rfind("browser storage is full", 0) == 0; // web/claimscope.js storageReason
}

// Requests in flight, by id; the browser answers through cs_bulk_saved / cs_bulk_loaded.
static int g_next_request = 1;
static std::map<int, std::function<void(const std::string&)>> g_bulk_saves;
static std::map<int, std::function<void(bool, std::string_view)>> g_bulk_loads;

void bulk_storage_set(const std::string& key, const PieceWriter& write,
                      std::function<void(const std::string& error)> done) {
    const int id = g_next_request++;
    g_bulk_saves[id] = std::move(done);
    if (js_bulk_set_refused(id, key.c_str())) return;
    send_pieces(write);
    js_bulk_set(id, key.c_str());
}
void bulk_storage_get(const std::string& key, std::function<void(bool found, std::string_view value)> done) {
    const int id = g_next_request++;
    g_bulk_loads[id] = std::move(done);
    js_bulk_get(id, key.c_str());
}
void bulk_storage_remove(const std::string& key) { js_bulk_remove(key.c_str()); }
void bulk_storage_clear() { js_bulk_clear(); }

bool storage_get(const std::string& key, std::string* value) {
    char* p = js_storage_get(key.c_str());
    if (!p) return false;
    *value = take(p);
    return true;
}
void storage_remove(const std::string& key) { js_storage_remove(key.c_str()); }
std::string storage_keys(const std::string& prefix) { return take(js_storage_keys(prefix.c_str())); }
std::string now_iso8601() { return take(js_now_iso()); }

std::string read_bundled_file(const std::string& path) {
    for (size_t i = 0; i < web::kBundledFileCount; ++i)
        if (path == web::kBundledFiles[i].path)
            return std::string((const char*)web::kBundledFiles[i].data, web::kBundledFiles[i].size);
    return {};
}
double now_ms() { return emscripten_get_now(); }
void request_redraw(int frames) { web::wake(frames); }

uintptr_t create_coverage_texture(int width, int height) { return web::renderer_create_coverage_texture(width, height); }

void update_coverage_texture(uintptr_t texture, int x, int y, int w, int h, const unsigned char* pixels) {
    web::renderer_update_coverage_texture(texture, x, y, w, h, pixels);
}

uintptr_t create_color_texture(int width, int height) { return web::renderer_create_color_texture(width, height); }

void update_color_texture(uintptr_t texture, int x, int y, int w, int h, const unsigned char* rgba) {
    web::renderer_update_color_texture(texture, x, y, w, h, rgba);
}

void register_color_font(std::string_view bytes) { js_register_color_font(bytes.data(), (int)bytes.size()); }

ColorGlyphResult rasterize_color_glyph(std::string_view text, float device_px, ColorGlyphImage* out) {
    const std::string t(text);
    int meta[4] = {};
    const int got = js_measure_color_glyph(t.c_str(), device_px, meta);
    if (got <= 0) return got == 0 ? ColorGlyphResult::NotReady : ColorGlyphResult::Failed;
    out->width = meta[0];
    out->height = meta[1];
    out->left = meta[2];
    out->top = meta[3];
    out->rgba.resize((size_t)out->width * out->height * 4);
    js_read_color_glyph(out->rgba.data());
    return ColorGlyphResult::Drawn;
}
void redraw_at(double when_ms) { web::wake_at(when_ms); }
void set_cursor(const char* css_cursor) { js_set_cursor(css_cursor); }
void set_page_title(const std::string& title) { js_set_title(title.c_str()); }
std::string language() {
    static const std::string lang = take(js_language()); // read once: it does not change under a page
    return lang;
}
void open_app_page(const std::string& path) { js_open_page(path.c_str()); }

} // namespace cs::platform

extern "C" {
// The colour font is ready (or failed): glyphs drawn as boxes meanwhile are drawn again.
EMSCRIPTEN_KEEPALIVE void cs_color_font_ready() { cs::web::wake(); }

EMSCRIPTEN_KEEPALIVE void cs_bulk_saved(int id, const char* error) {
    auto it = cs::platform::g_bulk_saves.find(id);
    if (it == cs::platform::g_bulk_saves.end()) return;
    auto done = std::move(it->second);
    cs::platform::g_bulk_saves.erase(it);
    done(error ? error : "");
    cs::web::wake();
}
EMSCRIPTEN_KEEPALIVE void cs_bulk_loaded(int id, int found, const char* value) {
    auto it = cs::platform::g_bulk_loads.find(id);
    if (it == cs::platform::g_bulk_loads.end()) return;
    auto done = std::move(it->second);
    cs::platform::g_bulk_loads.erase(it);
    done(found != 0, value ? std::string_view(value) : std::string_view());
    cs::web::wake();
}
} // extern "C"
