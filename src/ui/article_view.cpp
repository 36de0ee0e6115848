// Claimscope UI — the article view (see article_view.h).
//
// Index
// - Geometry and layout cache
// - Selection helpers and tagging
// - Drawing: header, highlights, text, marks, selection, caret, connectors
// - Mouse: click, drag (word-snapped; Alt = by character), double/triple click, Shift+click,
//          click-cycling through overlapping annotations, pick mode, context menu
// - Keyboard: caret movement, Shift-extend, type shortcuts, Delete, Escape
#include "ui/article_view.h"
#include "core/text/date_format.h"
#include "core/text/text.h"
#include "core/text/words.h"
#include "platform/platform.h"
#include "ui/access_mirror.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/tooltip.h"
#include "ui/touch.h"
#include "ui/widgets.h"
#include "ui/user_text.h"
#include <algorithm>
#include <cmath>

namespace cs::ui {

// ---------------------------------------------------------------------------------------------
// Geometry and layout cache
// ---------------------------------------------------------------------------------------------
static float line_height(const AppState& s) { return std::round(s.article_font_px() * 1.6f); }

// The article's em in CSS px: ImGui's size is the font's ascent-to-descent height, a shaped line
// must match the glyphs it sits beside.
float article_em_px(const AppState& s) {
    return s.article_font_px() * s.shaped.atlas.em_per_pixel_height(FontFace::Latin);
}

static LayoutParams layout_params(const AppState& s, float wrap_width) {
    LayoutParams p;
    p.wrap_width = wrap_width;
    p.line_height = line_height(s);
    p.paragraph_gap = std::round(s.article_font_px() * 0.9f);
    p.font_px = article_em_px(s);
    p.lazy_shaping = true; // the view shapes what it is about to show (draw_article_view)
    return p;
}

static void build_layout(Layout& layout, const AppState& s, const Document& doc, const LayoutParams& p,
                         const ShapingFonts* fonts) {
    const AdvanceTable* table = &s.view.advance;
    layout.build(doc, p, [table](uint32_t cp) { return (*table)(cp); }, fonts);
}

void ensure_layout(AppState& s, float wrap_width) {
    ArticleViewState& v = s.view;
    float px = s.article_font_px();
    // A new document asks for the faces it needs; each one that arrives redoes the layout.
    if (v.layout_doc != &s.doc()) request_faces_for(s.shaped, s.doc().text);
    refresh_faces(s.shaped);
    if (v.layout_doc == &s.doc() && v.layout_width == wrap_width && v.layout_font == px &&
        v.layout_faces == s.shaped.set.generation)
        return;
    double t0 = platform::now_ms();
    v.advance = make_advance_table(s.article_font, px);
    build_layout(v.layout, s, s.doc(), layout_params(s, wrap_width), &s.shaped.set);
    v.layout_doc = &s.doc();
    v.layout_width = wrap_width;
    v.layout_font = px;
    v.layout_faces = s.shaped.set.generation;
    v.last_wrap_ms = platform::now_ms() - t0;
}

// A line of each script the faces hold: Arabic, Hebrew, Devanagari, Bengali, Thai, Chinese, Japanese,
// Korean, emoji, combining marks.
static const char kWorldSample[] =
    "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x85\xD8\xAA\xD8\xAD\xD8\xAF\xD8\xAB 450 UNHCR.\n\n"
    "\xD7\x94\xD7\x93\xD7\x95\xD7\x91\xD7\xA8 \xD7\x90\xD7\x9E\xD7\xA8.\n\n"
    "\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xB5\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA4\xBE "
    "\xE0\xA6\xAE\xE0\xA7\x81\xE0\xA6\x96\xE0\xA6\xAA\xE0\xA6\xBE\xE0\xA6\xA4\xE0\xA7\x8D\xE0\xA6\xB0\n\n"
    "\xE0\xB9\x82\xE0\xB8\x86\xE0\xB8\xA9\xE0\xB8\x81\xE0\xB8\x81\xE0\xB8\xA5\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB8\xA7\n\n"
    "\xE5\x8F\x91\xE8\xA8\x80\xE4\xBA\xBA\xE8\xAF\xB4\xEF\xBC\x9A\xE3\x80\x8C\xE5\xA0\xB1\xE9\x81\x93\xE5\xAE\x98"
    "\xE3\x81\xAF\xE3\x80\x82\xE3\x80\x8D \xEB\x8C\x80\xEB\xB3\x80\xEC\x9D\xB8\n\n"
    "Vi\xE1\xBB\x87t a\xCC\x88 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 "
    "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD";

void warm_up_layout(const AppState& s, int rounds) {
    if (!s.view.layout_doc) return; // nothing laid out yet: no font metrics to use
    Layout scratch;
    for (int i = 0; i < rounds; i++)
        build_layout(scratch, s, s.doc(), layout_params(s, s.view.layout_width - (float)(i % 7) * 13.0f), nullptr);
    // The shaping path too (HarfBuzz's shapers, bidi, UAX #14 and grapheme breaks): the first article
    // beyond Latin would otherwise run it in the browser's first, slow compile and pay for that
    // compile in its first frame (bench/notes.md, seventh round). Shaped with the faces at hand, the
    // embedded Latin one at least, as the first frame of such an article is before its faces arrive.
    const Document world = make_document(kWorldSample, ArticleMeta{});
    for (int i = 0; i < 4; i++) {
        Layout shaped;
        LayoutParams p = layout_params(s, s.view.layout_width - (float)i * 17.0f);
        p.lazy_shaping = false;
        build_layout(shaped, s, world, p, &s.shaped.set);
    }
}

std::vector<Rect> article_screen_rects(const AppState& s, size_t start, size_t end) {
    std::vector<Rect> out = s.view.layout.rects(start, end);
    for (Rect& r : out) {
        r.x += s.view.text_origin.x;
        r.y += s.view.text_origin.y;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Selection helpers and tagging
// ---------------------------------------------------------------------------------------------
Span selection_span(const AppState& s) {
    size_t a = std::min(s.view.anchor, s.view.caret), b = std::max(s.view.anchor, s.view.caret);
    return Span{(uint32_t)a, (uint32_t)b};
}

void set_selection(AppState& s, size_t anchor, size_t caret) {
    size_t n = s.doc().size();
    s.view.anchor = std::min(anchor, n);
    s.view.caret = std::min(caret, n);
    s.view.caret_goal_x = -1;
}

std::string tag_selection(AppState& s, const std::string& type) {
    const Span sp = trim_space(s.doc(), selection_span(s));
    if (sp.empty()) {
        s.notify("Select some text first, then choose a type.");
        return {};
    }
    auto id = s.editor.add_annotation(type, sp);
    if (!id) {
        s.notify("Could not create the annotation.");
        return {};
    }
    set_selection(s, sp.end, sp.end);
    s.select(*id);
    s.notify(added_announcement(s.project(), *s.project().find(*id)));
    return *id;
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------
static void draw_header(AppState& s, ImDrawList* dl, ImVec2 origin, float width, float* height) {
    const ArticleMeta& m = s.doc().meta;
    const ArticleColors& c = article_colors(s.settings.theme);
    float y = origin.y;
    if (!m.title.empty()) {
        float px = s.article_font_px() * 1.45f;
        y += draw_user_text(s, dl, ImVec2(origin.x, y), m.title, width, s.title_font, px, c.text) + px * 0.35f;
    }
    std::string meta;
    auto add = [&](const std::string& v) {
        if (!v.empty()) {
            if (!meta.empty()) meta += "  ·  ";
            meta += v;
        }
    };
    add(m.outlet);
    add(m.author);
    // In the reader's language: "21 February 2019", not the page's "2019-02-21T08:00:08.000Z".
    add(m.published.empty() ? "" : "published " + format_date_for_locale(m.published, platform::language()));
    add(m.url);
    if (!meta.empty()) { y += draw_user_text(s, dl, ImVec2(origin.x, y), meta, width, s.ui_font, 14.0f, c.muted); }
    if (y > origin.y) {
        y += 10;
        dl->AddLine(ImVec2(origin.x, y), ImVec2(origin.x + width, y), (c.muted & 0x00FFFFFF) | 0x50000000, 1.0f);
        y += 16;
    }
    *height = y - origin.y;
}

static void dotted_line(ImDrawList* dl, float x0, float x1, float y, ImU32 col, float t) {
    for (float x = x0; x < x1; x += t * 2.5f)
        dl->AddRectFilled(ImVec2(x, y), ImVec2(std::min(x + t * 1.2f, x1), y + t), col);
}

struct MarkCtx {
    AppState& s;
    ImDrawList* dl;
    ImVec2 o; // screen position of layout (0,0)
    size_t vis_a, vis_b;
};

// Fills behind the text: Highlight types, find matches, selection.
static void draw_fills(MarkCtx& m) {
    const ArticleColors& c = article_colors(m.s.settings.theme);
    const Codebook& cb = m.s.project().codebook;
    const float lh = line_height(m.s);
    for_each_overlapping(m.s.project(), m.s.index, m.vis_a, m.vis_b, [&](int, const Annotation& a) {
        const AnnotationType* t = cb.find_type(a.type);
        if (!t || t->style != DrawStyle::Highlight) return;
        bool sel = a.id == m.s.selected_id;
        for (const Rect& r :
             m.s.view.layout.rects(std::max<size_t>(a.span.start, m.vis_a), std::min<size_t>(a.span.end, m.vis_b)))
            m.dl->AddRectFilled(
                ImVec2(m.o.x + r.x, m.o.y + r.y + 1), ImVec2(m.o.x + r.x + r.w, m.o.y + r.y + lh - 1),
                type_color(t->color, sel ? std::min(1.0f, c.highlight_alpha * 1.8f) : c.highlight_alpha), 2.0f);
    });
    const FindState& f = m.s.find;
    if (f.open)
        for (size_t i = 0; i < f.matches.size(); ++i) {
            const Span& sp = f.matches[i];
            if (sp.end <= m.vis_a || sp.start >= m.vis_b) continue;
            for (const Rect& r : m.s.view.layout.rects(sp.start, sp.end))
                m.dl->AddRectFilled(ImVec2(m.o.x + r.x, m.o.y + r.y), ImVec2(m.o.x + r.x + r.w, m.o.y + r.y + r.h),
                                    (int)i == f.current ? c.find_current : c.find_match, 2.0f);
        }
    Span sel = selection_span(m.s);
    if (!sel.empty())
        for (const Rect& r :
             m.s.view.layout.rects(std::max<size_t>(sel.start, m.vis_a), std::min<size_t>(sel.end, m.vis_b)))
            m.dl->AddRectFilled(ImVec2(m.o.x + r.x, m.o.y + r.y), ImVec2(m.o.x + r.x + r.w, m.o.y + r.y + r.h),
                                c.selection);
}

// Over the text: underlines, dotted underlines and boxes, told apart by shape not only colour;
// the selected annotation and those it links to are drawn heavier.
static void draw_marks(MarkCtx& m, const std::vector<std::string>& related) {
    const Codebook& cb = m.s.project().codebook;
    const ArticleColors& c = article_colors(m.s.settings.theme);
    const float lh = line_height(m.s);
    const float px = m.s.article_font_px();
    const bool flashing = !m.s.view.flash_id.empty() && platform::now_ms() < m.s.view.flash_until;
    for_each_overlapping(m.s.project(), m.s.index, m.vis_a, m.vis_b, [&](int i, const Annotation& a) {
        const AnnotationType* t = cb.find_type(a.type);
        if (!t) return;
        bool sel = a.id == m.s.selected_id;
        bool rel = std::find(related.begin(), related.end(), a.id) != related.end();
        bool flash = flashing && a.id == m.s.view.flash_id;
        float thick = sel || rel ? 2.5f : 1.5f;
        ImU32 col = type_color(t->color, 1.0f);
        int lane = m.s.index.lanes[i];
        auto rects =
            m.s.view.layout.rects(std::max<size_t>(a.span.start, m.vis_a), std::min<size_t>(a.span.end, m.vis_b));
        for (const Rect& r : rects) {
            float x0 = m.o.x + r.x, x1 = x0 + r.w, top = m.o.y + r.y, bottom = top + lh;
            switch (t->style) {
                case DrawStyle::Highlight:
                    if (sel || rel) m.dl->AddRect(ImVec2(x0 - 1, top), ImVec2(x1 + 1, bottom), col, 2.0f, 0, 2.0f);
                    break;
                case DrawStyle::Underline: {
                    float y = top + px * 1.32f + lane * 3.5f;
                    m.dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + thick), col);
                    break;
                }
                case DrawStyle::DottedUnderline: {
                    float y = top + px * 1.32f + lane * 3.5f;
                    dotted_line(m.dl, x0, x1, y, col, thick + 0.5f);
                    break;
                }
                case DrawStyle::Box: {
                    float inset = 1.0f + lane * 2.5f;
                    m.dl->AddRect(ImVec2(x0 - 1 + inset * 0.3f, top + inset),
                                  ImVec2(x1 + 1 - inset * 0.3f, bottom - inset), col, 3.0f, 0, thick);
                    break;
                }
            }
            if (flash) m.dl->AddRect(ImVec2(x0 - 3, top - 1), ImVec2(x1 + 3, bottom + 1), c.flash, 4.0f, 0, 3.0f);
        }
    });
    if (flashing) platform::request_redraw(2);
}

// Connectors from the selected annotation to the annotations it is related to: a curve through
// the left margin and a label, so "said by" and "according to" are visible in the text.
static void draw_connectors(MarkCtx& m, float margin_x) {
    if (m.s.selected_id.empty()) return;
    const Project& p = m.s.project();
    const Annotation* sel = p.find(m.s.selected_id);
    if (!sel || sel->anchor == AnchorStatus::Orphaned) return;
    const ArticleColors& c = article_colors(m.s.settings.theme);
    const float lh = line_height(m.s);
    int k = 0;
    for (const Relation& r : p.relations) {
        if (r.from != sel->id && r.to != sel->id) continue;
        const Annotation* other = p.find(r.from == sel->id ? r.to : r.from);
        if (!other || other->anchor == AnchorStatus::Orphaned) continue;
        const Layout& L = m.s.view.layout;
        auto pos = [&](const Annotation& a) {
            size_t li = L.line_of_cp(a.span.start);
            return ImVec2(m.o.x + L.x_of_cp(li, a.span.start), m.o.y + L.lines()[li].y + lh * 0.5f);
        };
        ImVec2 p0 = pos(*sel), p1 = pos(*other);
        float mx = margin_x - 10 - 9.0f * (k % 3);
        const RelationType* rt = p.codebook.find_relation_type(r.type);
        const AnnotationType* ot = p.codebook.find_type(other->type);
        ImU32 col = ot ? type_color(ot->color, 0.9f) : c.connector;
        m.dl->AddBezierCubic(p0, ImVec2(mx, p0.y), ImVec2(mx, p1.y), p1, col, 2.0f);
        m.dl->AddCircleFilled(p1, 3.5f, col);
        m.dl->AddCircleFilled(p0, 3.5f, col);
        std::string label = rt ? rt->label : r.type;
        ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        ImVec2 lp(p1.x, p1.y - lh * 0.5f - ts.y - 1);
        m.dl->AddRectFilled(ImVec2(lp.x - 3, lp.y - 1), ImVec2(lp.x + ts.x + 3, lp.y + ts.y + 1), col, 3.0f);
        m.dl->AddText(lp, IM_COL32(255, 255, 255, 255), label.c_str());
        ++k;
    }
}

// ---------------------------------------------------------------------------------------------
// Mouse
// ---------------------------------------------------------------------------------------------
// Words as the browser's Intl.Segmenter finds them (dictionary words in Chinese, Japanese, Thai).
static WordBreaker browser_words(const AppState& s) {
    return [&s](std::u32string_view p) { return platform::word_boundaries(p, s.doc().meta.language); };
}

static Span unit_at(const AppState& s, size_t cp, int unit) {
    if (unit == 3) return sentence_at(s.doc(), cp);
    return word_span_at(s.doc(), cp, browser_words(s)); // a double-click, or a drag by words
}

// Extends the selection from the press point to `cur`, by whole words (default), whole
// sentences (after a triple click) or characters (Alt held).
static void drag_select(AppState& s, size_t cur, bool by_char) {
    ArticleViewState& v = s.view;
    size_t n = s.doc().size();
    if (by_char && v.drag_unit == 0) {
        v.anchor = v.press_cp;
        v.caret = cur;
        return;
    }
    Span origin = v.drag_origin;
    if (origin.empty()) origin = Span{(uint32_t)v.press_cp, (uint32_t)v.press_cp};
    if (cur >= origin.start) {
        size_t e = cur > 0 && cur > origin.end ? unit_at(s, cur - 1, v.drag_unit).end : origin.end;
        v.anchor = origin.start;
        v.caret = std::min(std::max(e, (size_t)origin.end), n);
    } else {
        Span u = unit_at(s, cur, v.drag_unit);
        v.anchor = origin.end;
        v.caret = u.start;
    }
}

void extend_selection_by_words(AppState& s, size_t fixed, size_t cp) {
    ArticleViewState& v = s.view;
    v.drag_unit = 2;
    v.press_cp = fixed;
    v.drag_origin = Span{(uint32_t)fixed, (uint32_t)fixed};
    drag_select(s, cp, false);
    // A handle held over a gap stops at the word before it (after it, for the start), as on a phone.
    const Span t = without_edge_spaces(s.doc(), selection_span(s));
    if (v.anchor <= v.caret) v.caret = std::max<size_t>(t.end, v.anchor);
    else v.caret = std::min<size_t>(t.start, v.anchor);
}

static void select_at_click(AppState& s, size_t cp) {
    std::vector<int> here = annotations_at(s.project(), s.index, cp);
    ArticleViewState& v = s.view;
    if (here.empty()) {
        s.select("");
        v.last_click_cp = -1;
        return;
    }
    const auto& anns = s.project().annotations;
    // Clicking again at the same place cycles through the annotations stacked there.
    bool again = v.last_click_cp >= 0 && !s.selected_id.empty() &&
                 std::any_of(here.begin(), here.end(), [&](int i) { return anns[i].id == s.selected_id; });
    v.cycle_index = again ? (v.cycle_index + 1) % (int)here.size() : 0;
    v.last_click_cp = (long)cp;
    s.select(anns[here[v.cycle_index]].id);
}

static void finish_pick(AppState& s, size_t cp) {
    const Project& p = s.project();
    const RelationType* rt = p.codebook.find_relation_type(s.pick_relation);
    std::vector<int> here = annotations_at(s.project(), s.index, cp);
    for (int i : here) {
        const Annotation& a = p.annotations[i];
        if (rt && a.type == rt->to_type) {
            if (auto rid = s.editor.add_relation(rt->id, s.selected_id, a.id))
                s.notify(linked_announcement(s.project(), *s.project().find_relation(*rid)));
            s.pick_relation.clear();
            return;
        }
    }
    const AnnotationType* want = rt ? p.codebook.find_type(rt->to_type) : nullptr;
    s.notify(std::string("Click a highlighted ") + (want ? want->label : "annotation") +
             " (or move the caret onto it and press Enter) to link it, or press Esc.");
}

// The article's context menu: by the mouse (right-click) or the keyboard (Shift+F10, the Menu key).
// From the keyboard, Up/Down move a focus ring over the items and Enter chooses; Escape closes it
// (escape_closes_popup) and the keyboard stays with the article.
static void context_menu(AppState& s) {
    ArticleViewState& v = s.view;
    if (v.menu_at_caret) { // opened by the keyboard this frame: at the caret, not the mouse
        v.menu_at_caret = false;
        const Layout& L = v.layout;
        if (!L.empty()) {
            const size_t li = L.line_of_cp(v.caret);
            ImGui::SetNextWindowPos(
                ImVec2(v.text_origin.x + L.x_of_cp(li, v.caret), v.text_origin.y + L.lines()[li].y + line_height(s)));
        }
    }
    if (!ImGui::BeginPopup("article_context")) return;
    const bool keys = v.menu_key >= 0;
    bool enter = false;
    if (keys && v.menu_items > 0) {
        if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) v.menu_key = (v.menu_key + 1) % v.menu_items;
        if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) v.menu_key = (v.menu_key + v.menu_items - 1) % v.menu_items;
        enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false) ||
                ImGui::IsKeyPressed(ImGuiKey_Space, false);
    }
    int count = 0;
    // A menu item; the one the keyboard is on gets a 2-px focus ring in the text colour (WCAG 2.4.7, 2.4.13).
    auto item = [&](const std::string& label, const char* shortcut, const std::string& mark) {
        const int i = count++;
        bool chosen = ImGui::MenuItem(label.c_str(), shortcut);
        s.mark(mark, label);
        if (keys && i == v.menu_key) {
            ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                                ImGui::GetColorU32(ImGuiCol_Text), 2.0f, 0, 2.0f);
            s.mark("context/focus", label);
            if (enter) {
                chosen = true;
                ImGui::CloseCurrentPopup();
            }
        }
        return chosen;
    };
    const Project& p = s.project();
    Span sel = selection_span(s);
    if (!sel.empty()) {
        ImGui::TextDisabled("Tag selection as");
        for (const AnnotationType& t : p.codebook.types) {
            std::string label = t.label + (t.shortcut.empty() ? "" : "   (" + t.shortcut + ")");
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(type_color(t.color)));
            ImGui::Bullet();
            ImGui::PopStyleColor();
            ImGui::SameLine();
            if (item(label, nullptr, "context/" + t.id)) tag_selection(s, t.id);
        }
        ImGui::Separator();
        if (item("Copy", "Ctrl+C", "context/copy")) platform::set_clipboard_text(s.doc().slice(sel));
    }
    if (const Annotation* a = p.find(s.selected_id)) {
        if (!sel.empty()) ImGui::Separator();
        const AnnotationType* t = p.codebook.find_type(a->type);
        ImGui::TextDisabled("%s: %.40s", t ? t->label.c_str() : a->type.c_str(), a->exact.c_str());
        for (const RelationType& rt : p.codebook.relation_types)
            if (rt.from_type == a->type &&
                item("Link " + rt.label + "\xE2\x80\xA6", nullptr, "context/link/" + rt.id)) {
                s.pick_relation = rt.id;
                const AnnotationType* want = p.codebook.find_type(rt.to_type);
                s.notify(std::string("Linking: click a highlighted ") + (want ? want->label : "annotation") +
                         ", or move the caret onto it and press Enter. Esc cancels.");
            }
        if (item("Delete annotation", "Del", "context/delete")) {
            s.editor.delete_annotation(a->id);
            s.select("");
        }
    }
    v.menu_items = count;
    ImGui::EndPopup();
}

static void handle_mouse(AppState& s, const ImVec2& o, bool hovered) {
    ImGuiIO& io = ImGui::GetIO();
    ArticleViewState& v = s.view;
    const Layout& L = v.layout;
    ImVec2 mp = io.MousePos;
    float lx = mp.x - o.x, ly = mp.y - o.y;

    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        size_t cp = L.hit_test(lx, ly);
        v.focused = true;
        v.touch_ui = io.MouseSource == ImGuiMouseSource_TouchScreen; // a finger's selection gets handles
        v.press_pos = mp;
        v.press_cp = cp;
        v.caret_visible = true;
        int clicks = io.MouseClickedCount[0];
        v.last_click_count = clicks;
        if (clicks >= 2) {
            long ch = L.char_at(lx, ly);
            size_t at = ch >= 0 ? (size_t)ch : (cp > 0 ? cp - 1 : 0);
            v.drag_unit = clicks >= 3 ? 3 : 2;
            v.drag_origin = unit_at(s, at, v.drag_unit);
            v.anchor = v.drag_origin.start;
            v.caret = v.drag_origin.end;
            v.drag = DragMode::Selecting;
        } else if (io.KeyShift) {
            v.drag_unit = 0;
            v.drag_origin = Span{(uint32_t)v.anchor, (uint32_t)v.anchor};
            v.press_cp = v.anchor;
            v.caret = cp;
            v.drag = DragMode::Selecting;
        } else {
            v.drag_unit = 0;
            long ch = L.char_at(lx, ly);
            v.drag_origin = io.KeyAlt || ch < 0 ? Span{(uint32_t)cp, (uint32_t)cp} : unit_at(s, (size_t)ch, 0);
            if (!io.KeyAlt && ch >= 0 && !is_word_char(s.doc().index.cp_at((size_t)ch)))
                v.drag_origin = Span{(uint32_t)cp, (uint32_t)cp};
            v.drag = DragMode::Pending;
        }
    }
    if (v.drag != DragMode::None && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        if (v.drag == DragMode::Pending) {
            float dx = mp.x - v.press_pos.x, dy = mp.y - v.press_pos.y;
            if (dx * dx + dy * dy > 9) v.drag = DragMode::Selecting;
        }
        if (v.drag == DragMode::Selecting) {
            drag_select(s, L.hit_test(lx, ly), io.KeyAlt);
            // Auto-scroll when dragging past the view's edges.
            float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
            if (mp.y < top + 10) ImGui::SetScrollY(ImGui::GetScrollY() - std::min(40.0f, top + 10 - mp.y));
            if (mp.y > bottom - 10) ImGui::SetScrollY(ImGui::GetScrollY() + std::min(40.0f, mp.y - bottom + 10));
            platform::request_redraw(2);
        }
    }
    if (v.drag != DragMode::None && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        if (v.drag == DragMode::Pending) {
            long ch = L.char_at(lx, ly);
            set_selection(s, v.press_cp, v.press_cp);
            if (!s.pick_relation.empty()) {
                if (ch >= 0) finish_pick(s, (size_t)ch);
            } else if (ch >= 0)
                select_at_click(s, (size_t)ch);
            else
                s.select("");
        }
        v.drag = DragMode::None;
    }
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
        long ch = L.char_at(lx, ly);
        Span sel = selection_span(s);
        bool inside_sel = ch >= 0 && (size_t)ch >= sel.start && (size_t)ch < sel.end;
        if (!inside_sel && ch >= 0) {
            set_selection(s, v.caret, v.caret);
            std::vector<int> here = annotations_at(s.project(), s.index, (size_t)ch);
            if (!here.empty()) s.select(s.project().annotations[here[0]].id);
        }
        v.menu_key = -1; // the mouse's menu: no keyboard focus ring
        ImGui::OpenPopup("article_context");
    }
    if (hovered && v.drag == DragMode::None && !ImGui::IsPopupOpen("article_context")) {
        long ch = L.char_at(lx, ly);
        if (ch >= 0) {
            std::vector<int> here = annotations_at(s.project(), s.index, (size_t)ch);
            if (!here.empty()) annotation_tooltip(s, here);
        }
        ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    }
}

// ---------------------------------------------------------------------------------------------
// Keyboard
// ---------------------------------------------------------------------------------------------
static void move_caret(AppState& s, size_t to, bool extend, bool keep_goal = false) {
    ArticleViewState& v = s.view;
    to = std::min(to, s.doc().size());
    v.caret = to;
    if (!extend) v.anchor = to;
    if (!keep_goal) v.caret_goal_x = -1;
    v.caret_visible = true;
    v.scroll_to_cp = to;
    v.scroll_center = false;
}

static void handle_keys(AppState& s) {
    ImGuiIO& io = ImGui::GetIO();
    ArticleViewState& v = s.view;
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    const Document& d = s.doc();
    const Layout& L = v.layout;
    const bool ctrl = io.KeyCtrl, shift = io.KeyShift;
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(k, true); };

    if (pressed(ImGuiKey_LeftArrow)) {
        Span sel = selection_span(s);
        if (!shift && !sel.empty())
            move_caret(s, sel.start, false);
        else
            move_caret(s, ctrl ? prev_word_start(d, v.caret, browser_words(s)) : (v.caret > 0 ? v.caret - 1 : 0),
                       shift);
    }
    if (pressed(ImGuiKey_RightArrow)) {
        Span sel = selection_span(s);
        if (!shift && !sel.empty())
            move_caret(s, sel.end, false);
        else if (ctrl) {
            // Ctrl+Shift+Right selects to the end of the next word (not the space after it), so
            // pressing it twice from before "United Nations" selects exactly those two words.
            size_t to =
                shift ? next_word_end(d, v.caret, browser_words(s)) : next_word_start(d, v.caret, browser_words(s));
            move_caret(s, to, shift);
        } else
            move_caret(s, v.caret + 1, shift);
    }
    if ((pressed(ImGuiKey_UpArrow) || pressed(ImGuiKey_DownArrow)) && !L.empty()) {
        size_t li = L.line_of_cp(v.caret);
        if (v.caret_goal_x < 0) v.caret_goal_x = L.x_of_cp(li, v.caret);
        bool up = ImGui::IsKeyPressed(ImGuiKey_UpArrow);
        if (up && li > 0)
            --li;
        else if (!up && li + 1 < L.lines().size())
            ++li;
        move_caret(s, L.hit_test(v.caret_goal_x, L.lines()[li].y + 1), shift, true);
    }
    if (pressed(ImGuiKey_Home)) move_caret(s, ctrl || L.empty() ? 0 : L.lines()[L.line_of_cp(v.caret)].start, shift);
    if (pressed(ImGuiKey_End))
        move_caret(s, ctrl || L.empty() ? d.size() : L.lines()[L.line_of_cp(v.caret)].end, shift);
    if ((pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_PageUp)) && !L.empty()) {
        float dir = ImGui::IsKeyPressed(ImGuiKey_PageDown) ? 1.0f : -1.0f;
        float page = std::max(50.0f, v.view_height - line_height(s) * 2);
        ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + dir * page, 0.0f, ImGui::GetScrollMaxY()));
        size_t li = L.line_of_cp(v.caret);
        float x = L.x_of_cp(li, v.caret);
        v.caret = L.hit_test(x, L.lines()[li].y + dir * page + 1);
        if (!shift) v.anchor = v.caret;
    }
    if (!ctrl && !io.KeyAlt) {
        // Shortcuts are one letter or digit (check_codebook); the codebook says which type a key tags.
        for (const char* c = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"; *c; ++c) {
            const ImGuiKey key = ImGuiKey(*c >= 'A' ? ImGuiKey_A + (*c - 'A') : ImGuiKey_0 + (*c - '0'));
            if (!ImGui::IsKeyPressed(key, false)) continue;
            if (const AnnotationType* t = s.project().codebook.find_type_by_shortcut(*c)) tag_selection(s, t->id);
        }
    }
    // The context menu from the keyboard, at the caret.
    if ((ImGui::IsKeyPressed(ImGuiKey_F10, false) && shift) || ImGui::IsKeyPressed(ImGuiKey_Menu, false)) {
        // Its annotation actions are for the annotation the keys are on (core: annotation_for_keys).
        const Project& p = s.project();
        const int at = annotation_for_keys(p, s.index, selection_span(s), v.caret, p.index_of(s.selected_id));
        if (at >= 0 && p.annotations[size_t(at)].id != s.selected_id) s.select(p.annotations[size_t(at)].id);
        v.menu_key = 0;
        v.menu_at_caret = true;
        ImGui::OpenPopup("article_context");
    }
    // Linking: Enter picks the annotation at the selection (or the caret) as the link's other end.
    if (!s.pick_relation.empty() &&
        (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false))) {
        const Span sel = selection_span(s);
        finish_pick(s, sel.empty() ? v.caret : sel.start);
    }
    // F2: write the note of the selected annotation (the inspector's note field takes the keyboard).
    if (ImGui::IsKeyPressed(ImGuiKey_F2, false) && !s.selected_id.empty()) s.inspector.focus_note = true;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        if (!s.pick_relation.empty())
            s.pick_relation.clear();
        else if (!selection_span(s).empty())
            set_selection(s, v.caret, v.caret);
        else
            s.select("");
    }
    if ((ImGui::IsKeyPressed(ImGuiKey_Delete, false) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) &&
        !s.selected_id.empty()) {
        if (s.editor.delete_annotation(s.selected_id)) {
            s.notify("Deleted the annotation (Ctrl+Z to undo)");
            s.select("");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The view
// ---------------------------------------------------------------------------------------------
void draw_article_view(AppState& s) {
    ArticleViewState& v = s.view;
    const ArticleColors& c = article_colors(s.settings.theme);
    begin_page("article", c.background, ImGuiChildFlags_None, ImGuiWindowFlags_NoMove);
    {
        const ImVec2 p = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        s.ui_rects["article"] = ImVec4(p.x, p.y, p.x + size.x, p.y + size.y); // the page, for tests and embedders
    }
    refresh_annotation_index(s.index, s.project(), s.editor.revision());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float px = s.article_font_px();
    // A comfortable measure: about 70 characters per line, never wider than the view.
    // A phone's screen is the page: a narrow margin, so the measure is not halved.
    const float margin = s.panes.layout == ScreenLayout::Narrow ? 16.0f : std::max(48.0f, px * 2.2f);
    const float column = std::max(120.0f, std::min(avail - 2 * margin, px * 36.0f));
    const float left = std::max(margin, (avail - column) * 0.5f);
    ensure_layout(s, column);

    const ImVec2 win = ImGui::GetCursorScreenPos();
    float header_h = 0;
    draw_header(s, dl, ImVec2(win.x + left, win.y + 28), column, &header_h);
    ImVec2 o(win.x + left, win.y + 28 + header_h);
    const float clip_top = ImGui::GetWindowPos().y, clip_bottom = clip_top + ImGui::GetWindowHeight();
    shape_near_view(v.layout, &o);
    v.text_origin = o;
    const Layout& L = v.layout;
    ImGui::Dummy(ImVec2(avail, 28 + header_h + L.height() + 80));

    // Visible lines only.
    v.view_height = ImGui::GetWindowHeight();
    v.scroll_y = ImGui::GetScrollY();
    size_t first = L.line_at_y(clip_top - o.y);
    size_t last = L.line_at_y(clip_bottom - o.y);
    if (!L.empty()) sync_article_mirror(s, L.lines()[first].start, L.lines()[last].end);
    if (!L.empty()) {
        MarkCtx m{s, dl, o, L.lines()[first].start, L.lines()[last].end + 1};
        draw_fills(m);
        LineStyle style;
        style.font = s.article_font;
        style.px = px;
        style.em_px = article_em_px(s); // once per frame, not per line
        style.dpr = s.dpr;
        style.text_top = (line_height(s) - px * 1.36f) * 0.5f;
        draw_layout_lines(s.shaped, dl, L, s.doc().text, first, last, o, style, c.text);
        std::vector<std::string> related;
        for (const Relation& r : s.project().relations) {
            if (r.from == s.selected_id) related.push_back(r.to);
            if (r.to == s.selected_id) related.push_back(r.from);
        }
        draw_marks(m, related);
        draw_connectors(m, o.x);
        draw_touch_selection(s, line_height(s));
        // Caret
        if (v.caret_visible && selection_span(s).empty()) {
            size_t li = L.line_of_cp(v.caret);
            float x = o.x + L.x_of_cp(li, v.caret), y = o.y + L.lines()[li].y;
            dl->AddRectFilled(ImVec2(x - 0.5f, y + 2), ImVec2(x + 1.0f, y + line_height(s) - 2), c.caret);
        }
    }

    bool hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_None);
    handle_mouse(s, o, hovered);
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || v.focused) handle_keys(s);
    context_menu(s);

    if (v.scroll_to_cp && !L.empty()) {
        const LayoutLine& ln = L.lines()[L.line_of_cp(*v.scroll_to_cp)];
        float y = o.y - win.y + ln.y; // content coordinates
        float top = ImGui::GetScrollY(), h = ImGui::GetWindowHeight();
        if (v.scroll_to_screen_y)
            ImGui::SetScrollY(
                std::max(0.0f, y - (*v.scroll_to_screen_y - ImGui::GetWindowPos().y - line_height(s) * 0.5f)));
        else if (v.scroll_center)
            ImGui::SetScrollY(std::max(0.0f, y - h * 0.4f));
        else if (y < top + 8)
            ImGui::SetScrollY(std::max(0.0f, y - 8));
        else if (y + line_height(s) > top + h - 8)
            ImGui::SetScrollY(y + line_height(s) - h + 8);
        v.scroll_to_cp.reset();
        v.scroll_to_screen_y.reset();
        platform::request_redraw(2);
    }
    end_page();
}

} // namespace cs::ui
