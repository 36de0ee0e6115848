// Claimscope — what the UI may ask of the platform. The UI includes only this header; the web
// backend (src/platform/web/) implements it. Nothing here knows about ImGui.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cs::platform {

// Clipboard: the browser's system clipboard (not a private one).
void set_clipboard_text(const std::string& utf8);

// Downloads a file to the user's machine (a Blob + <a download>).
void download_file(const std::string& file_name, const std::string& bytes, const std::string& mime);

// Opens the browser's file picker; each chosen file arrives through the file-drop path
// (App::on_files) exactly like a dropped file. `accept` is an <input accept> string.
void open_file_picker(const std::string& accept, bool multiple);

// Persistent key/value storage (localStorage). set returns false with a reason on failure
// (quota exceeded, storage disabled) so the UI can show it at once.
bool storage_set(const std::string& key, const std::string& value, std::string* error);
// The same for a value written in pieces: `write` calls `put` with each piece in order, each valid
// UTF-8 on its own. The browser joins them, so a large value (a 1M-character project is 7 MB)
// never sits in wasm memory as one string, whose memory would stay with the page.
using PieceWriter = std::function<void(const std::function<void(std::string_view)>& put)>;
bool storage_set(const std::string& key, const PieceWriter& write, std::string* error);
bool storage_get(const std::string& key, std::string* value);
// The reason storage_set gives when localStorage is over its quota.
bool is_storage_full(const std::string& error);
// Bulk storage (IndexedDB) for values over localStorage's quota. Asynchronous: `done` runs later,
// from a browser task, with "" or the reason the write failed / whether the key was found.
// Called in the same task as a storage_set of the same key that found storage full, it stores the
// value that set was refused and does not call `write` again (a 7 MB project takes ~150 ms to write).
void bulk_storage_set(const std::string& key, const PieceWriter& write,
                      std::function<void(const std::string& error)> done);
// `value` lives only during the call (read it, don't keep it).
void bulk_storage_get(const std::string& key, std::function<void(bool found, std::string_view value)> done);
void bulk_storage_remove(const std::string& key);
void bulk_storage_clear(); // every value in bulk storage
void storage_remove(const std::string& key);
std::string storage_keys(const std::string& prefix); // newline-separated

std::string now_iso8601(); // UTC, seconds precision

// A file that ships with the app (fonts, the sample article, the baked font atlas), whole; empty
// when it is missing. In the page they are embedded in the wasm, under /fonts and /assets.
std::string read_bundled_file(const std::string& path);

// A coverage texture (one byte per texel, drawn in the vertex colour like the font atlas) that the
// UI fills itself: the glyph atlas of shaped text (ui/glyph_atlas.h). The value is an ImTextureID.
uintptr_t create_coverage_texture(int width, int height);
// Replaces the texels [x, x + w) × [y, y + h) with `pixels` (w × h bytes, rows top to bottom).
void update_coverage_texture(uintptr_t texture, int x, int y, int w, int h, const unsigned char* pixels);
// The same for a colour texture: four bytes per texel (RGBA, not premultiplied), drawn in its own
// colours with the vertex colour's alpha (colour emoji).
uintptr_t create_color_texture(int width, int height);
void update_color_texture(uintptr_t texture, int x, int y, int w, int h, const unsigned char* rgba);

// Colour glyphs (emoji) are drawn by the browser: the emoji font's glyphs are PNG bitmaps (CBDT),
// which stb_truetype cannot read. register_color_font hands the browser the font file (it loads
// it asynchronously and wakes the app when it is ready); rasterize_color_glyph draws `text` (one
// cluster) at `device_px` pixels per em.
void register_color_font(std::string_view bytes);
struct ColorGlyphImage {
    int width = 0, height = 0;
    int left = 0, top = 0;            // of the image from the pen on the baseline, device pixels (y down)
    std::vector<unsigned char> rgba; // width × height × 4
};
enum class ColorGlyphResult { Drawn, NotReady, Failed };
ColorGlyphResult rasterize_color_glyph(std::string_view text, float device_px, ColorGlyphImage* out);

// A file served beside the app (a path relative to the page, e.g. "fonts/NotoSansArabic-Regular.ttf"),
// fetched from the page's own origin only (the one-file world build answers from the data it carries).
// `done` runs later, from a browser task: ok with the file's bytes, valid only during the call, or not
// ok with the reason ("HTTP 404", "network error", ...). While it loads, the page shows its progress in a
// status line over the canvas; a failure is shown there too, without stopping the app.
void fetch_app_file(const std::string& path,
                    std::function<void(bool ok, std::string_view bytes, const std::string& error)> done);
// What that status line calls a font file: the script it draws ("Arabic"), as in "Loading fonts for
// Arabic… 45%" and "Could not load the Arabic font (HTTP 404): text in that script is drawn as boxes".
void describe_font_file(const std::string& path, const std::string& script);

double now_ms();                     // monotonic, for timing
void request_redraw(int frames = 3); // keep rendering for a few frames (animations)
void redraw_at(double when_ms);      // one frame at now_ms() == when_ms (a timer, not frames till then)
void set_cursor(const char* css_cursor);
void set_page_title(const std::string& title);
// The reader's language (navigator.language, a BCP 47 tag such as "fr-FR"): dates are written in it.
std::string language();
// Opens a page served with the app (a path relative to the page, e.g. "help.html") in a new tab.
void open_app_page(const std::string& path);

// ---- Accessibility (issue 17) -----------------------------------------------------------------
// The page's DOM copy of the article that screen readers read (web/claimscope.js): `json` is
// core/access/article_mirror.h's mirror_json of the paragraphs around the reading position. Replaces
// the copy whole; the UI calls it only when the window or the project changed. A selection the user
// makes in the copy comes back as set_selection (js_api.cpp, cs_mirror_select).
void update_article_mirror(const std::string& title, const std::string& json);
// The app's selection [start, end) and caret (code points) shown in the copy: the selected text marked
// as selected, the caret's paragraph as the current location. Sent when they change, except when the
// change came from the copy itself (the page's own selection shows it there already).
void show_mirror_selection(size_t start, size_t end, size_t caret);
// Says `text` through the page's live region: polite (role=status), or at once for errors (role=alert).
void announce(const std::string& text, bool alert = false);
// The page's DOM copy of the panels' controls (ui/access_panels.h): `json` is core/access/panel_mirror.h's
// panels_json. Sent only when what it says changed. A control of the copy that gets the keyboard or is
// activated comes back through js_api.cpp (cs_panel_focus, cs_panel_activate).
void update_panel_mirror(const std::string& json);
// A click of the primary button at (x, y) (CSS px), as the mouse makes one: how activating a control of
// the panels' copy presses the control. The keyboard stays where it is.
void press_at(float x, float y);

// ---- Text fields edited by the browser (issue 15) -------------------------------------------
// While one of the UI's text fields is edited, a real <textarea> / <input> of the page lies exactly
// over it, so the browser shapes and orders the text (Arabic, RTL runs), runs the IME, spell-checks
// and tells screen readers. One at a time. The UI draws the field's frame; the page draws the text.
inline constexpr const char* kTextEditSample = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ";
struct TextEditField {
    unsigned id = 0;                          // the UI's id of the field: a new id starts a new edit
    float x = 0, y = 0, w = 0, h = 0;         // the field's frame, CSS px relative to the canvas
    bool multiline = false;                   // <textarea> (Enter makes a new line) or <input>
    bool enter_steps = false;                 // single-line: Enter / Shift+Enter report Step / StepBack and the edit goes on
    std::string text;                         // the value when the edit starts (ignored while the same id goes on)
    bool replace_text = false;                // ... unless this is set: then the field's value becomes `text`
    std::string placeholder, lang;            // lang: BCP 47 of the article ("" = none)
    float font_px = 14, pad_x = 4, pad_y = 3; // font_px: the UI's line height (ImGui's font size)
    // How wide the UI draws kTextEditSample: the page scales its font to the same width (its em
    // is not ImGui's "size", which is ascent + descent). 0: font_px is used as the CSS size.
    float sample_width = 0;
    unsigned color = 0, placeholder_color = 0; // 0xRRGGBBAA
};
// Shows the field (or moves it, when the same id is already shown) and gives it the focus.
void begin_text_edit(const TextEditField& field);
void end_text_edit(); // hides it; the keyboard goes back to the canvas
enum class TextEditEvent {
    Input,   // the value changed (never mid-composition)
    Commit,  // finished: focus left, or Enter in a single-line field
    Cancel,  // Escape: the UI restores the value it had before the edit
    Tab,     // Tab: finished, move to the next field
    BackTab, // Shift+Tab: finished, move to the previous field
    Enter,   // Enter in a single-line field: finished
    Step,    // Enter in a field with enter_steps (Find: next match); the edit goes on
    StepBack, // Shift+Enter there (previous match)
};
struct TextEditMessage {
    unsigned id;
    TextEditEvent kind;
    std::string text; // the field's value
};
// Events of field `id` since the last call, in order (events of other fields stay queued).
std::vector<TextEditMessage> take_text_edit_events(unsigned id);
// Keys or text typed on the canvas that the backend holds back (behind a press that ImGui must
// see first) and has not yet given to ImGui. A field activated by that press owns them.
bool typed_input_held();

// Word boundaries of one paragraph as the browser's Intl.Segmenter(lang, {granularity: "word"}) finds
// them (dictionary words in Chinese, Japanese, Thai...), in word_boundaries' form (core/text/segment.h):
// [i] = a boundary after paragraph[i]. Empty when the browser has no Intl.Segmenter. Cached per paragraph.
std::vector<bool> word_boundaries(std::u32string_view paragraph, const std::string& lang);

} // namespace cs::platform
