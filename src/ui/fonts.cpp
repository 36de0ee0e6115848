// Claimscope UI — fonts. Noto Sans (SIL Open Font License 1.1, from Debian's fonts-noto-core,
// subset at build time) is embedded in the wasm. Glyphs are rasterised at CSS size × DPR and
// drawn at 1/DPR scale, so text is crisp on HiDPI screens; the atlas is rebuilt when the text
// size or the pixel ratio changes. The page's first atlas holds only what its first frame can show;
// the full one follows right after (App::want_full_fonts).
#include "ui/app.h"
#include "ui/fonts.h"
#include "core/glyph_ranges.h"
#include <fstream>
#include <iterator>
#include <map>
#include <string>

namespace cs::ui {

static const ImWchar* glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x024F,   // Basic Latin, Latin-1, Latin Extended-A/B
        0x0250, 0x02FF,   // IPA, spacing modifiers
        0x0300, 0x036F,   // combining diacritics
        0x0370, 0x03FF,   // Greek
        0x0400, 0x04FF,   // Cyrillic
        0x1E00, 0x1EFF,   // Latin Extended Additional (Vietnamese...)
        0x2000, 0x206F,   // general punctuation: dashes, curly quotes, ellipsis
        0x20A0, 0x20BF,   // currency
        0x2100, 0x214F, 0x2190, 0x21FF, 0x2212, 0x2212, 0x25A0, 0x25FF,
        0xFFFD, 0xFFFD,
        0,
    };
    return ranges;
}

// What the first frame can show: Latin-1, punctuation and the symbols the UI writes (· × → “” …,
// κ α in agreement figures), the fallback glyph, and every character of the open project (its text,
// metadata, codebook, notes and entities). See core/glyph_ranges.h for why.
static std::vector<uint16_t> first_frame_ranges(const AppState& s) {
    const Project& p = s.project();
    const ArticleMeta& m = p.doc->meta;
    std::vector<std::string_view> texts = {p.doc->text, m.title, m.url, m.outlet, m.author, m.published, p.annotator};
    for (const AnnotationType& t : p.codebook.types) texts.insert(texts.end(), {t.label, t.description});
    for (const RelationType& t : p.codebook.relation_types) texts.push_back(t.label);
    for (const Annotation& a : p.annotations) texts.insert(texts.end(), {a.note, a.entity, a.author});
    return cs::glyph_ranges(texts, {{0x20, 0xFF}, {0x2000, 0x206F}, {0x2190, 0x21FF}, {0x3B1, 0x3B1}, {0x3BA, 0x3BA}, {0xFFFD, 0xFFFD}});
}

// Each font file is read once and kept: every size and every rebuild of the atlas uses the same
// bytes (ImGui's AddFontFromFileTTF read and kept a copy per font added: 4 × ~300 KB).
static const std::string& font_file(const char* path) {
    static std::map<std::string, std::string> files;
    auto it = files.find(path);
    if (it == files.end()) {
        std::ifstream in(path, std::ios::binary);
        it = files.emplace(path, std::string(std::istreambuf_iterator<char>(in), {})).first;
    }
    return it->second;
}

static ImFont* add_font(const char* path, float css_px, float dpr, const ImWchar* ranges) {
    ImFontConfig cfg;
    cfg.OversampleH = 1;   // rasterised at device resolution already
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    cfg.FontDataOwnedByAtlas = false;   // font_file keeps it
    const std::string& data = font_file(path);
    ImFont* f = data.empty() ? nullptr
                             : ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(data.data()), (int)data.size(), css_px * dpr, &cfg, ranges);
    return f ? f : ImGui::GetIO().Fonts->AddFontDefault();
}

void build_fonts(AppState& s) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float dpr = s.dpr;
    // The ranges must outlive the build: the first set is kept in the state.
    const ImWchar* ranges = glyph_ranges();
    if (!s.fonts_full) {
        s.first_glyphs = first_frame_ranges(s);
        s.first_glyphs_doc = s.project().doc.get();
        static_assert(sizeof(ImWchar) == sizeof(uint16_t), "16-bit glyph ranges");
        ranges = reinterpret_cast<const ImWchar*>(s.first_glyphs.data());
    }
    s.ui_font = add_font("/fonts/ClaimscopeSans-Regular.ttf", 15.0f, dpr, ranges);
    s.ui_bold = add_font("/fonts/ClaimscopeSans-Bold.ttf", 15.0f, dpr, ranges);
    s.article_font = add_font("/fonts/ClaimscopeSans-Regular.ttf", s.article_font_px(), dpr, ranges);
    s.title_font = add_font("/fonts/ClaimscopeSans-Bold.ttf", s.article_font_px() * 1.45f, dpr, ranges);
    io.Fonts->Build();
    io.FontDefault = s.ui_font;
    io.FontGlobalScale = 1.0f / dpr;
    s.fonts_dirty = false;
    s.view.layout_font = -1;   // advances changed: re-wrap
}

// Advance of a code point in CSS pixels when `font` is drawn at `px`. Mirrors ImGui's own text
// renderer (no kerning; code points beyond 16 bits draw as U+FFFD) so hit-testing matches pixels.
AdvanceTable make_advance_table(ImFont* font, float px) {
    AdvanceTable t;
    const float scale = px / font->FontSize;
    t.table.resize(font->IndexAdvanceX.Size);
    for (int i = 0; i < font->IndexAdvanceX.Size; ++i) t.table[i] = font->IndexAdvanceX[i] * scale;
    t.fallback = font->FallbackAdvanceX * scale;
    const ImFontGlyph* repl = font->FindGlyphNoFallback(0xFFFD);
    t.wide = repl ? repl->AdvanceX * scale : t.fallback;
    return t;
}

} // namespace cs::ui
