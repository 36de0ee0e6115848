// Claimscope UI — the font atlas (see font_atlas.h for why atlases are baked).
//
// Index:
//   - Keys: what a build depends on
//   - Fonts and glyph ranges
//   - The file of baked atlases: writing, reading
//   - The builder: a baked atlas when one matches, stb_truetype otherwise
//   - Building the UI's fonts
#include "ui/font_atlas.h"
#include "core/text/glyph_ranges.h"
#include "platform/platform.h"
#include <imgui_internal.h>
#include <cstdio>
#include <cstring>
#include <map>
#include <string_view>

namespace cs::ui {

// ---------------------------------------------------------------------------------------------
// Keys: what a build depends on
// ---------------------------------------------------------------------------------------------
namespace {

struct Fnv {
    uint64_t h = 1469598103934665603ull;
    void bytes(const void* p, size_t n) {
        const auto* b = static_cast<const unsigned char*>(p);
        for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
    }
    template <typename T>
    void pod(const T& v) {
        bytes(&v, sizeof v);
    }
    // Eight bytes a step: for whole files.
    void words(const std::string& data) {
        size_t i = 0;
        for (; i + 8 <= data.size(); i += 8) {
            uint64_t w;
            std::memcpy(&w, data.data() + i, 8);
            h = (h ^ w) * 1099511628211ull;
        }
        bytes(data.data() + i, data.size() - i);
    }
};

// Everything the stb_truetype builder reads, before it starts (it truncates the sizes).
uint64_t atlas_key(const ImFontAtlas& atlas) {
    Fnv f;
    f.pod(IMGUI_VERSION_NUM);
    f.pod(atlas.Flags);
    f.pod(atlas.TexDesiredWidth);
    f.pod(atlas.TexGlyphPadding);
    f.pod(atlas.ConfigData.Size);
    for (const ImFontConfig& c : atlas.ConfigData) {
        f.bytes(c.Name, sizeof c.Name); // the font file's name and content hash (add_font)
        f.pod(c.FontDataSize);
        f.pod(c.FontNo);
        f.pod(c.SizePixels);
        f.pod(c.OversampleH);
        f.pod(c.OversampleV);
        f.pod(c.PixelSnapH);
        f.pod(c.GlyphExtraSpacing);
        f.pod(c.GlyphOffset);
        f.pod(c.GlyphMinAdvanceX);
        f.pod(c.GlyphMaxAdvanceX);
        f.pod(c.MergeMode);
        f.pod(c.RasterizerMultiply);
        f.pod(c.RasterizerDensity);
        f.pod(c.EllipsisChar);
        for (const ImWchar* r = c.GlyphRanges; r && *r; ++r) f.pod(*r);
        f.pod(ImWchar(0));
    }
    return f.h;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Fonts and glyph ranges
// ---------------------------------------------------------------------------------------------
const ImWchar* all_glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x024F, // Basic Latin, Latin-1, Latin Extended-A/B
        0x0250, 0x02FF, // IPA, spacing modifiers
        0x0300, 0x036F, // combining diacritics
        0x0370, 0x03FF, // Greek
        0x0400, 0x04FF, // Cyrillic
        0x1E00, 0x1EFF, // Latin Extended Additional (Vietnamese...)
        0x2000, 0x206F, // general punctuation: dashes, curly quotes, ellipsis
        0x20A0, 0x20BF, // currency
        0x2100, 0x214F, 0x2190, 0x21FF, 0x2212, 0x2212, 0x25A0, 0x25FF, 0xFFFD, 0xFFFD, 0,
    };
    return ranges;
}

std::vector<uint16_t> first_frame_ranges(const Project& p) {
    const ArticleMeta& m = p.doc->meta;
    std::vector<std::string_view> texts = {p.doc->text, m.title, m.url, m.outlet, m.author, m.published, p.annotator};
    for (const AnnotationType& t : p.codebook.types) texts.insert(texts.end(), {t.label, t.description});
    for (const RelationType& t : p.codebook.relation_types) texts.push_back(t.label);
    for (const Annotation& a : p.annotations) texts.insert(texts.end(), {a.note, a.entity, a.author});
    // The symbols the UI writes: · × → “” … and κ α in agreement figures; U+FFFD, the fallback.
    return cs::glyph_ranges(
        texts, {{0x20, 0xFF}, {0x2000, 0x206F}, {0x2190, 0x21FF}, {0x3B1, 0x3B1}, {0x3BA, 0x3BA}, {0xFFFD, 0xFFFD}});
}

// Each font file is read once and kept, with a name for ImGui that holds a hash of its content
// (atlas keys tell fonts apart by it: ImGui copies the bytes into every font it adds).
struct FontFile {
    std::string data;
    char name[40] = {};
};
static const FontFile& font_file(const std::string& path) {
    static std::map<std::string, FontFile> files;
    auto it = files.find(path);
    if (it == files.end()) {
        FontFile f;
        f.data = platform::read_bundled_file(path);
        Fnv hash;
        hash.words(f.data);
        const std::string base = path.substr(path.find_last_of('/') + 1);
        std::snprintf(f.name, sizeof f.name, "%.22s %016llx", base.c_str(), (unsigned long long)hash.h);
        it = files.emplace(path, std::move(f)).first;
    }
    return it->second;
}

static ImFont* add_font(ImFontAtlas& atlas, const std::string& path, float css_px, float dpr, const ImWchar* ranges) {
    ImFontConfig cfg;
    cfg.OversampleH = 1; // rasterised at device resolution already
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    cfg.FontDataOwnedByAtlas = false; // font_file keeps the file (ImGui copies it into the atlas)
    const FontFile& file = font_file(path);
    std::memcpy(cfg.Name, file.name, sizeof cfg.Name);
    ImFont* f = file.data.empty() ? nullptr
                                  : atlas.AddFontFromMemoryTTF(const_cast<char*>(file.data.data()),
                                                               (int)file.data.size(), css_px * dpr, &cfg, ranges);
    return f ? f : atlas.AddFontDefault();
}

// ---------------------------------------------------------------------------------------------
// The file of baked atlases: writing, reading
// ---------------------------------------------------------------------------------------------
namespace {

constexpr std::string_view kMagic = "CSATLAS1";

struct Writer {
    std::string out;
    template <typename T>
    void pod(const T& v) {
        out.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
};

struct BakedGlyph {
    uint32_t codepoint;
    float x0, y0, x1, y1, u0, v0, u1, v1, advance;
};
struct BakedFont {
    float ascent = 0, descent = 0;
    std::vector<BakedGlyph> glyphs;
};
struct BakedAtlas {
    uint64_t key = 0;
    int32_t width = 0, height = 0;
    std::vector<std::pair<uint16_t, uint16_t>> rects; // custom rectangles' X, Y
    std::vector<BakedFont> fonts;
    std::string_view rows; // width × (rows used) bytes, in the file
};

// Little-endian fields in order, never past the end (wasm and the build machine are both little-endian).
class Reader {
public:
    explicit Reader(std::string_view s) : s_(s) {}
    template <typename T>
    bool pod(T& v) {
        if (s_.size() - pos_ < sizeof v) return false;
        std::memcpy(&v, s_.data() + pos_, sizeof v);
        pos_ += sizeof v;
        return true;
    }
    bool bytes(size_t n, std::string_view& v) {
        if (s_.size() - pos_ < n) return false;
        v = s_.substr(pos_, n);
        pos_ += n;
        return true;
    }
    bool done() const { return pos_ == s_.size(); }

private:
    std::string_view s_;
    size_t pos_ = 0;
};

// Reads `file` into atlases: an empty string when it is well formed, else what is wrong.
std::string read_baked(std::string_view file, std::vector<BakedAtlas>& out) {
    if (file.substr(0, kMagic.size()) != kMagic) return "it does not start with " + std::string(kMagic);
    Reader r(file.substr(kMagic.size()));
    uint32_t entries = 0;
    if (!r.pod(entries)) return "it ends before its entry count";
    for (uint32_t e = 0; e < entries; ++e) {
        BakedAtlas a;
        uint32_t rows = 0, nrects = 0, nfonts = 0;
        if (!r.pod(a.key) || !r.pod(a.width) || !r.pod(a.height) || !r.pod(rows))
            return "entry " + std::to_string(e) + " ends in its header";
        if (a.width <= 0 || a.height <= 0 || a.width > 8192 || a.height > 32768 || rows > (uint32_t)a.height)
            return "entry " + std::to_string(e) + " has a texture of " + std::to_string(a.width) + " x " +
                   std::to_string(a.height);
        if (!r.pod(nrects) || nrects > 64) return "entry " + std::to_string(e) + ": bad custom rectangle count";
        a.rects.resize(nrects);
        for (auto& [x, y] : a.rects)
            if (!r.pod(x) || !r.pod(y)) return "entry " + std::to_string(e) + " ends in its custom rectangles";
        if (!r.pod(nfonts) || nfonts > 64) return "entry " + std::to_string(e) + ": bad font count";
        a.fonts.resize(nfonts);
        for (BakedFont& f : a.fonts) {
            uint32_t nglyphs = 0;
            if (!r.pod(f.ascent) || !r.pod(f.descent) || !r.pod(nglyphs) || nglyphs > 0x10000)
                return "entry " + std::to_string(e) + ": bad font header";
            f.glyphs.resize(nglyphs);
            for (BakedGlyph& g : f.glyphs)
                if (!r.pod(g)) return "entry " + std::to_string(e) + " ends in its glyphs";
        }
        if (!r.bytes((size_t)a.width * rows, a.rows)) return "entry " + std::to_string(e) + " ends in its texture";
        out.push_back(std::move(a));
    }
    if (!r.done()) return "it has bytes after its last entry";
    return "";
}

std::string g_file; // the baked atlases' file; BakedAtlas::rows point into it
std::vector<BakedAtlas> g_baked;
bool g_last_baked = false;
uint64_t g_last_key = 0; // of the last build's inputs, for bake_atlas_entry

// ---------------------------------------------------------------------------------------------
// The builder: a baked atlas when one matches, stb_truetype otherwise
// ---------------------------------------------------------------------------------------------
// Does what the stb_truetype builder does (imgui_draw.cpp, ImFontAtlasBuildWithStbTruetype) with
// the recorded results in place of packing and rasterising; ImGui's own ImFontAtlasBuildFinish
// then makes the lookup tables and the white pixel and line UVs as after any build.
bool replay(ImFontAtlas* atlas, const BakedAtlas& b) {
    ImFontAtlasBuildInit(atlas); // registers the custom rectangles (also done by stb_truetype's builder)
    if ((int)b.rects.size() != atlas->CustomRects.Size || (int)b.fonts.size() != atlas->ConfigData.Size) return false;
    for (const ImFontConfig& c : atlas->ConfigData)
        if (c.MergeMode) return false;
    atlas->TexID = (ImTextureID)NULL;
    atlas->ClearTexData();
    atlas->TexWidth = b.width;
    atlas->TexHeight = b.height;
    atlas->TexUvScale = ImVec2(1.0f / b.width, 1.0f / b.height);
    atlas->TexUvWhitePixel = ImVec2(0.0f, 0.0f);
    const size_t size = (size_t)b.width * b.height;
    atlas->TexPixelsAlpha8 = (unsigned char*)IM_ALLOC(size);
    std::memcpy(atlas->TexPixelsAlpha8, b.rows.data(), b.rows.size());
    std::memset(atlas->TexPixelsAlpha8 + b.rows.size(), 0, size - b.rows.size());
    for (int i = 0; i < atlas->CustomRects.Size; ++i) {
        atlas->CustomRects[i].X = b.rects[i].first;
        atlas->CustomRects[i].Y = b.rects[i].second;
    }
    for (int i = 0; i < atlas->ConfigData.Size; ++i) {
        ImFontConfig& cfg = atlas->ConfigData[i];
        ImFontAtlasBuildSetupFont(atlas, cfg.DstFont, &cfg, b.fonts[i].ascent, b.fonts[i].descent);
        for (const BakedGlyph& g : b.fonts[i].glyphs)
            cfg.DstFont->AddGlyph(&cfg, (ImWchar)g.codepoint, g.x0, g.y0, g.x1, g.y1, g.u0, g.v0, g.u1, g.v1,
                                  g.advance);
    }
    ImFontAtlasBuildFinish(atlas);
    return true;
}

bool build(ImFontAtlas* atlas) {
    g_last_baked = false;
    g_last_key = atlas_key(*atlas);
    for (const BakedAtlas& b : g_baked)
        if (b.key == g_last_key && replay(atlas, b)) return g_last_baked = true;
    return ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(atlas);
}

} // namespace

std::string bake_atlas_entry(const ImFontAtlas& atlas) {
    IM_ASSERT(atlas.TexPixelsAlpha8 && "bake before the texture data is cleared");
    Writer w;
    int rows = 0;
    for (int y = atlas.TexHeight - 1; y >= 0 && rows == 0; --y)
        for (int x = 0; x < atlas.TexWidth; ++x)
            if (atlas.TexPixelsAlpha8[(size_t)y * atlas.TexWidth + x]) {
                rows = y + 1;
                break;
            }
    w.pod(g_last_key); // the key of the inputs, taken before the build truncated the sizes
    w.pod(int32_t(atlas.TexWidth));
    w.pod(int32_t(atlas.TexHeight));
    w.pod(uint32_t(rows));
    w.pod(uint32_t(atlas.CustomRects.Size));
    for (const ImFontAtlasCustomRect& r : atlas.CustomRects) {
        w.pod(uint16_t(r.X));
        w.pod(uint16_t(r.Y));
    }
    w.pod(uint32_t(atlas.Fonts.Size));
    for (const ImFont* f : atlas.Fonts) {
        w.pod(f->Ascent);
        w.pod(f->Descent);
        // The tab glyph is not from the font: ImFont::BuildLookupTable adds it after every build.
        uint32_t n = 0;
        for (const ImFontGlyph& g : f->Glyphs) n += g.Codepoint != '\t';
        w.pod(n);
        for (const ImFontGlyph& g : f->Glyphs)
            if (g.Codepoint != '\t')
                w.pod(BakedGlyph{g.Codepoint, g.X0, g.Y0, g.X1, g.Y1, g.U0, g.V0, g.U1, g.V1, g.AdvanceX});
    }
    w.out.append(reinterpret_cast<const char*>(atlas.TexPixelsAlpha8), (size_t)atlas.TexWidth * rows);
    return w.out;
}

std::string baked_atlas_file(const std::vector<std::string>& entries) {
    Writer w;
    w.out = kMagic;
    w.pod(uint32_t(entries.size()));
    for (const std::string& e : entries) w.out += e;
    return w.out;
}

std::string use_baked_atlases(std::string file) {
    g_baked.clear();
    g_file = std::move(file);
    if (g_file.empty()) return "";
    std::vector<BakedAtlas> atlases;
    std::string problem = read_baked(g_file, atlases);
    if (problem.empty())
        g_baked = std::move(atlases);
    else
        g_file.clear();
    return problem;
}

bool last_atlas_was_baked() { return g_last_baked; }

// ---------------------------------------------------------------------------------------------
// Building the UI's fonts
// ---------------------------------------------------------------------------------------------
UiFonts build_ui_fonts(ImFontAtlas& atlas, const std::string& font_dir, const FontSizes& z, const ImWchar* ranges) {
    atlas.Clear();
    static const ImFontBuilderIO builder = {build};
    atlas.FontBuilderIO = &builder;
    UiFonts f;
    f.ui = add_font(atlas, font_dir + "/ClaimscopeSans-Regular.ttf", z.ui_px, z.dpr, ranges);
    f.bold = add_font(atlas, font_dir + "/ClaimscopeSans-Bold.ttf", z.ui_px, z.dpr, ranges);
    f.article = add_font(atlas, font_dir + "/ClaimscopeSans-Regular.ttf", z.article_px, z.dpr, ranges);
    f.title = add_font(atlas, font_dir + "/ClaimscopeSans-Bold.ttf", z.article_px * 1.45f, z.dpr, ranges);
    atlas.Build();
    return f;
}

} // namespace cs::ui
