// Claimscope UI — classroom, the teacher's class view: a full-screen overlay over the editor
// with the key chooser, one sortable row per student, agreement among the students, the
// flagged files and the article heatmap (+ gradebook CSV). All numbers come from compare_class,
// the same code as `claimscope compare`.
//
// Index
// - State; which file is the key
// - Students table (sortable)
// - Agreement, flagged files
// - Heatmap (own layout of the class's article, which need not be the open one)
// - The overlay window; JS state
#include "core/classroom/class_report.h"
#include "core/file/file_format.h"
#include "core/text/case_fold.h"
#include "core/text/plural.h"
#include "core/text/shaped_layout.h"
#include "platform/platform.h"
#include "ui/article_view.h"
#include "ui/classroom.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/user_text.h"
#include "ui/widgets.h"
#include <algorithm>
#include <cmath>

namespace cs::ui {

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------
static void compute(ReviewUi& rv) {
    rv.have_report = false;
    rv.token = -1;
    rv.layout_width = -1;
    if (rv.key < 0) return;
    LoadResult kr = load_project(rv.files[rv.key].bytes);
    if (!kr.ok) {
        rv.report = ClassReport{};
        rv.report.errors = kr.errors;
        rv.have_report = true;
        return;
    }
    rv.key_project = std::move(kr.project);
    std::vector<std::pair<std::string, std::string>> students;
    for (int i = 0; i < (int)rv.files.size(); ++i)
        if (i != rv.key) students.emplace_back(rv.files[i].name, rv.files[i].bytes);
    rv.report = compare_class(rv.key_project, students);
    rv.have_report = true;
    rv.order.clear();
    for (int i = 0; i < (int)rv.report.rows.size(); ++i) rv.order.push_back(i);
    rv.heat_type = std::clamp(rv.heat_type, 0, std::max(0, (int)rv.report.types.size() - 1));
}

// The key: the exercise file (an exercise block without a student), else the one file whose
// name says "key"; otherwise the teacher picks it in the view.
void review_open(AppState& s, std::vector<IncomingFile> files) {
    ReviewUi& rv = s.review;
    rv = ReviewUi{};
    rv.files = std::move(files);
    std::vector<std::pair<std::string_view, std::string_view>> named_bytes;
    for (const IncomingFile& f : rv.files) named_bytes.emplace_back(f.name, f.bytes);
    const KeyGuess guess = guess_answer_key(named_bytes);
    rv.key = guess.index;
    rv.key_reason = guess.reason;
    rv.open = true;
    rv.focus = true;
    compute(rv);
    s.view.focused = false; // type shortcuts must not tag the hidden article
    s.notify("Class review: " + std::to_string(rv.files.size()) + " files");
}

static void key_chooser(ReviewUi& rv, bool coarse_pointer) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Answer key:");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(320);
    const char* preview = rv.key >= 0 ? rv.files[rv.key].name.c_str() : "(choose the key file)";
    if (begin_combo("##key", preview)) {
        {
            TouchRows rows(coarse_pointer);
            for (int i = 0; i < (int)rv.files.size(); ++i)
                if (combo_option(rv.files[i].name.c_str(), i == rv.key) && i != rv.key) {
                    rv.key = i;
                    rv.key_reason = "chosen by you";
                    compute(rv);
                }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (rv.key >= 0)
        ImGui::TextDisabled("(%s; every other file is a student's)", rv.key_reason.c_str());
    else
        ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1),
                           "Which file is the teacher's key (or the exercise file)? None is called \"key\".");
}

// ---------------------------------------------------------------------------------------------
// Students table
// ---------------------------------------------------------------------------------------------
static const Score* column_score(const ReviewUi& rv, const StudentRow& r, int col, int ntypes) {
    if (col >= 1 && col <= ntypes) {
        const std::string& type = rv.report.types[col - 1];
        for (const TypeScore& ts : r.result.per_type)
            if (ts.type == type) return &ts.score;
        return nullptr;
    }
    if (col == ntypes + 1) return &r.result.relation_score;
    if (col == ntypes + 2) return &r.result.overall;
    return nullptr;
}

static void sort_rows(ReviewUi& rv, ImGuiTableSortSpecs* specs, int ntypes) {
    if (!specs || !specs->SpecsDirty || specs->SpecsCount == 0) return;
    const ImGuiTableColumnSortSpecs& c = specs->Specs[0];
    const auto& rows = rv.report.rows;
    auto key = [&](int i) -> double {
        if (c.ColumnIndex == ntypes + 3) return rows[i].result.percent;
        const Score* sc = column_score(rv, rows[i], c.ColumnIndex, ntypes);
        return sc ? sc->f1 : 0;
    };
    std::stable_sort(rv.order.begin(), rv.order.end(), [&](int a, int b) {
        bool less = c.ColumnIndex == 0 ? fold_case(rows[a].name) < fold_case(rows[b].name) : key(a) < key(b);
        bool greater = c.ColumnIndex == 0 ? fold_case(rows[b].name) < fold_case(rows[a].name) : key(b) < key(a);
        return c.SortDirection == ImGuiSortDirection_Ascending ? less : greater;
    });
    specs->SpecsDirty = false;
}

static void students_table(AppState& s) {
    ReviewUi& rv = s.review;
    const ClassReport& r = rv.report;
    const int nt = (int)r.types.size();
    const int ncol = nt + 5;
    ImGui::TextDisabled("Precision / recall / F1 against the key (%s, %s). Click a header to sort.",
                        count_noun(r.key_annotations, "annotation").c_str(),
                        count_noun(r.key_relations, "link").c_str());
    float h = std::min(ImGui::GetTextLineHeightWithSpacing() * (r.rows.size() + 1.5f) + 8, 260.0f);
    if (!ImGui::BeginTable("students", ncol,
                           ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                               ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit,
                           ImVec2(0, h)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Student", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthStretch);
    for (int t = 0; t < nt; ++t)
        ImGui::TableSetupColumn((r.type_labels[t] + " P / R / F1").c_str(), ImGuiTableColumnFlags_PreferSortDescending);
    ImGui::TableSetupColumn("Links P / R / F1", ImGuiTableColumnFlags_PreferSortDescending);
    ImGui::TableSetupColumn("Overall P / R / F1", ImGuiTableColumnFlags_PreferSortDescending);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_PreferSortDescending);
    ImGui::TableSetupColumn("Flags", ImGuiTableColumnFlags_NoSort);
    // Headers one by one, so browser tests can click them.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < ncol; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TableHeader(ImGui::TableGetColumnName(c));
        s.mark("review/sort/" + std::to_string(c));
    }
    sort_rows(rv, ImGui::TableGetSortSpecs(), nt);
    for (int i : rv.order) {
        const StudentRow& row = r.rows[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        user_text_line(s, row.name);
        ImGui::SetItemTooltip("%s", row.file.c_str());
        for (int c = 1; c <= nt + 2; ++c) {
            ImGui::TableNextColumn();
            if (const Score* sc = column_score(rv, row, c, nt))
                ImGui::Text("%.2f / %.2f / %.2f", sc->precision, sc->recall, sc->f1);
            else
                ImGui::TextDisabled("-");
        }
        ImGui::TableNextColumn();
        const ItemCounts n = count_items(row.result);
        ImGui::Text("%d %%", row.result.percent);
        ImGui::SameLine();
        ImGui::TextDisabled("%zu found, %zu missed, %zu extra \xC2\xB7 %s", n.found, n.missed + n.wrong_type, n.extra,
                            count_noun(row.checks.size(), "self-check").c_str());
        ImGui::SetItemTooltip("Found: the key's items the student marked with the right type. Missed: the key's "
                              "items not marked, or marked with another type (%zu). Extra: marks that are not in "
                              "the key.",
                              n.wrong_type);
        ImGui::TableNextColumn();
        std::string flags;
        for (FlagKind k : row.flags) flags += std::string(flags.empty() ? "" : ", ") + to_string(k);
        ImGui::TextColored(ImVec4(0.75f, 0.45f, 0, 1), "%s", flags.c_str());
    }
    ImGui::EndTable();
}

// ---------------------------------------------------------------------------------------------
// Agreement, flagged files
// ---------------------------------------------------------------------------------------------
static void agreement_table(AppState& s, const ReviewUi& rv) {
    const Agreement& a = rv.report.agreement;
    const std::string words = agreement_sentence(a, rv.report.type_labels);
    if (!words.empty()) {
        ImGui::TextUnformatted(words.c_str());
        s.mark("review/agreement-words", words);
        ImGui::SameLine();
    }
    if (small_button("How to read this", s.panes.coarse_pointer)) ImGui::OpenPopup("##how-to-read");
    s.mark("review/how-to-read");
    if (ImGui::BeginPopup("##how-to-read")) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
        ImGui::TextWrapped("Agreement says whether the students marked the same words, whatever the key says. "
                           "Every word of the article counts, marked or not, and chance agreement is taken out.");
        ImGui::TextWrapped("Both numbers read the same way: 1 means every student marked exactly the same words; 0 "
                           "means no more agreement than chance; below 0, less. From 0.8 students agree almost "
                           "fully, from 0.6 mostly, from 0.4 partly, from 0.2 a little; below that they hardly agree.");
        ImGui::TextWrapped("Low agreement on a type is a topic for the next lesson (what counts as a source?), "
                           "not a grade. n/a: it cannot be said, for example when nobody marked any actor.");
        ImGui::PopTextWrapPos();
        ImGui::EndPopup();
    }
    ImGui::TextDisabled(
        "Agreement among the %d students over %d word tokens (the key is not a rater; n/a = undefined):", (int)a.raters,
        (int)a.units);
    if (!ImGui::BeginTable("agreement", 3,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit))
        return;
    ImGui::TableSetupColumn("Type");
    ImGui::TableSetupColumn("Fleiss' \xCE\xBA");        // κ
    ImGui::TableSetupColumn("Krippendorff's \xCE\xB1"); // α
    ImGui::TableHeadersRow();
    auto row = [](const std::string& label, const std::optional<double>& k, const std::optional<double>& al) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_optional(k).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_optional(al).c_str());
    };
    for (size_t i = 0; i < a.per_type.size(); ++i)
        row(i < rv.report.type_labels.size() ? rv.report.type_labels[i] : a.per_type[i].type, a.per_type[i].kappa,
            a.per_type[i].alpha);
    row("All types", a.kappa_all, a.alpha_all);
    ImGui::EndTable();
}

static const char* flag_text(FlagKind k) {
    switch (k) {
        case FlagKind::Unreadable: return "unreadable (left out)";
        case FlagKind::OtherArticle: return "another article (left out)";
        case FlagKind::DuplicateName: return "duplicate name (kept)";
        case FlagKind::NoName: return "no student name (kept)";
        case FlagKind::EditedChecks: return "self-check record edited (kept)";
    }
    return "";
}

static void flagged_list(const ReviewUi& rv) {
    if (rv.report.flagged.empty()) {
        ImGui::TextDisabled("No flagged files.");
        return;
    }
    ImGui::TextColored(ImVec4(0.8f, 0.3f, 0.1f, 1), "Flagged files (%d):", (int)rv.report.flagged.size());
    for (const FlaggedFile& f : rv.report.flagged) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s: %s%s%s", f.file.c_str(), flag_text(f.kind), f.message.empty() ? "" : " — ",
                           f.message.c_str());
    }
}

// ---------------------------------------------------------------------------------------------
// Heatmap
// ---------------------------------------------------------------------------------------------
static int token_at_cp(const ReviewUi& rv, long cp) {
    const std::vector<Span>& tok = rv.report.heatmap.tokens;
    if (cp < 0) return -1;
    auto it =
        std::upper_bound(tok.begin(), tok.end(), (uint32_t)cp, [](uint32_t v, const Span& sp) { return v < sp.start; });
    if (it == tok.begin()) return -1;
    --it;
    return (uint32_t)cp < it->end ? (int)(it - tok.begin()) : -1;
}

static void heatmap_legend(AppState& s, uint32_t color) {
    const ReviewUi& rv = s.review;
    const int n = (int)rv.report.rows.size();
    ImGui::TextDisabled("Shading: how many of the %d students marked the word;", n);
    ImGui::SameLine();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int k = 1; k <= n; ++k) {
        ImVec2 p = ImGui::GetCursorScreenPos();
        float w = ImGui::CalcTextSize("00").x + 8, hgt = ImGui::GetTextLineHeight();
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + hgt), type_color(color, 0.12f + 0.78f * k / n), 2);
        ImGui::Dummy(ImVec2(w, hgt));
        dl->AddText(ImVec2(p.x + 4, p.y), IM_COL32(0, 0, 0, 255), std::to_string(k).c_str());
        ImGui::SameLine(0, 2);
    }
    ImGui::SameLine(0, 12);
    if (rv.report.key_shown)
        ImGui::TextDisabled("outlined = in the key. Click a word to see who marked what.");
    else
        ImGui::TextDisabled("Click a word to see who marked what. The key's words are not outlined: this exercise "
                            "does not show its key to students. Give your own key file to see them.");
    s.mark("review/key-hidden", rv.report.key_shown ? "" : "hidden");
}

static std::string names_of(const ReviewUi& rv, const std::vector<int>& rows) {
    std::string out;
    for (int r : rows) out += (out.empty() ? "" : ", ") + isolate(rv.report.rows[r].name);
    return out.empty() ? "nobody" : out;
}

// Always one line, before a word is clicked too: the heatmap below must not move under the mouse.
static void token_details(AppState& s) {
    const ReviewUi& rv = s.review;
    const ClassReport& r = rv.report;
    if (rv.token < 0) {
        ImGui::TextDisabled("No word chosen yet.");
        return;
    }
    const Span sp = r.heatmap.tokens[rv.token];
    std::string line = "\xE2\x80\x9C" + isolate(rv.key_project.doc->slice(sp)) + "\xE2\x80\x9D:";
    for (size_t t = 0; t < r.types.size(); ++t)
        line += "    " + r.type_labels[t] + ": " + names_of(rv, r.heatmap.who[t][rv.token]) +
                (r.heatmap.key[t][rv.token] ? " (key: yes);" : ";");
    user_text_line(s, line);
}

static void heatmap(AppState& s) {
    ReviewUi& rv = s.review;
    const ClassReport& r = rv.report;
    if (r.types.empty()) return;
    for (int t = 0; t < (int)r.types.size(); ++t) {
        if (t) ImGui::SameLine();
        ImGui::RadioButton((r.type_labels[t] + "##heat").c_str(), &rv.heat_type, t);
        s.mark("review/heat/" + r.types[t]);
    }
    const AnnotationType* type = rv.key_project.codebook.find_type(r.types[rv.heat_type]);
    const uint32_t color = type ? type->color : 0x0072B2;
    ImGui::SameLine(0, 20);
    heatmap_legend(s, color);
    token_details(s);

    const ArticleColors& c = article_colors(s.settings.theme);
    begin_page("heatmap", c.background, ImGuiChildFlags_Border);
    s.mark("review/heatmap");
    const float px = s.article_font_px(), lh = std::round(px * 1.6f); // the size the article font is rasterised at
    const float width = std::min(ImGui::GetContentRegionAvail().x - 24, px * 40);
    if (rv.layout_width != width || rv.layout_px != px || rv.layout_faces != s.shaped.set.generation) {
        if (rv.layout_faces == ~0ull) request_faces_for(s.shaped, rv.key_project.doc->text);
        rv.advance = make_advance_table(s.article_font, px);
        LayoutParams lp;
        lp.wrap_width = width;
        lp.line_height = lh;
        lp.paragraph_gap = std::round(px * 0.9f);
        lp.font_px = article_em_px(s);
        lp.lazy_shaping = true;
        const AdvanceTable* table = &rv.advance;
        rv.layout.build(
            *rv.key_project.doc, lp, [table](uint32_t cp) { return (*table)(cp); }, &s.shaped.set);
        rv.layout_width = width;
        rv.layout_px = px;
        rv.layout_faces = s.shaped.set.generation;
    }
    ImVec2 o = ImVec2(ImGui::GetCursorScreenPos().x + 12, ImGui::GetCursorScreenPos().y + 8);
    shape_near_view(rv.layout, &o);
    const Layout& L = rv.layout;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::Dummy(ImVec2(width + 24, L.height() + 24));
    LineStyle style;
    style.font = s.article_font;
    style.px = px;
    style.em_px = article_em_px(s);
    style.dpr = s.dpr;
    style.text_top = (lh - px * 1.36f) * 0.5f;
    const int n = std::max(1, (int)r.rows.size());
    const auto& who = r.heatmap.who[rv.heat_type];
    const auto& key = r.heatmap.key[rv.heat_type];
    const ImU32 outline = c.text;
    rv.token_rects.clear();
    const std::string& text = rv.key_project.doc->text;
    if (!L.empty()) {
        const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
        size_t first = L.line_at_y(top - o.y), last = L.line_at_y(bottom - o.y);
        for (size_t li = first; li <= last && li < L.lines().size(); ++li) {
            const LayoutLine& ln = L.lines()[li];
            // First token that ends after the line's start.
            int k = (int)(std::lower_bound(r.heatmap.tokens.begin(), r.heatmap.tokens.end(), ln.start,
                                           [](const Span& sp, uint32_t v) { return sp.end <= v; }) -
                          r.heatmap.tokens.begin());
            for (; k < (int)r.heatmap.tokens.size() && r.heatmap.tokens[k].start < ln.end; ++k) {
                const Span sp = r.heatmap.tokens[k];
                for (const Rect& rc : L.rects(sp.start, std::min(sp.end, ln.end))) {
                    ImVec2 a(o.x + rc.x - 1, o.y + rc.y + 1), b(o.x + rc.x + rc.w + 1, o.y + rc.y + lh - 1);
                    if (!who[k].empty())
                        dl->AddRectFilled(a, b, type_color(color, 0.12f + 0.78f * who[k].size() / n), 2);
                    if (key[k]) dl->AddRect(a, b, outline, 2, 0, 1.5f);
                    if (k == rv.token)
                        dl->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2), c.caret, 3, 0, 2.5f);
                    rv.token_rects.push_back({k, Rect{a.x, a.y, b.x - a.x, b.y - a.y}});
                }
            }
            draw_layout_lines(s.shaped, dl, L, text, li, li, o, style, c.text);
        }
    }
    if (ImGui::IsWindowHovered()) {
        ImVec2 mp = ImGui::GetIO().MousePos;
        int k = token_at_cp(rv, L.char_at(mp.x - o.x, mp.y - o.y));
        if (k >= 0) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (ImGui::BeginTooltip()) {
                for (size_t t = 0; t < r.types.size(); ++t) // student names may be in any script
                    user_text(s,
                              r.type_labels[t] + ": " + names_of(rv, r.heatmap.who[t][k]) +
                                  (r.heatmap.key[t][k] ? "  (in the key)" : ""),
                              0, ImGui::GetFontSize() * 24);
                ImGui::EndTooltip();
            }
            if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) rv.token = k;
        }
    }
    end_page();
}

// ---------------------------------------------------------------------------------------------
// The overlay window
// ---------------------------------------------------------------------------------------------
static void export_gradebook(AppState& s) {
    const ReviewUi& rv = s.review;
    std::string name = slugify(rv.report.title.empty() ? "class" : rv.report.title) + "-gradebook.csv";
    platform::download_file(name, gradebook_csv(rv.report), "text/csv");
    s.notify("Saved " + name + " to your downloads");
}

void draw_review(AppState& s) {
    ReviewUi& rv = s.review;
    if (!rv.open) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + 12, vp->Pos.y + 12));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x - 24, vp->Size.y - 24));
    if (rv.focus) {
        ImGui::SetNextWindowFocus();
        rv.focus = false;
    }
    const ClassReport& r = rv.report;
    // ImGui draws window titles with its own font: a title it cannot draw goes in the window instead.
    const bool title_inside = needs_shaping(r.title);
    std::string title =
        "Class review" + (r.title.empty() || title_inside ? std::string() : ": " + r.title) + "###classreview";
    ImGui::Begin(title.c_str(), nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);
    if (title_inside) user_text(s, r.title);
    if (ImGui::Button("Close")) {
        rv.open = false;
        s.view.focused = true;
    }
    s.mark("review/close");
    ImGui::SameLine();
    ImGui::BeginDisabled(!rv.have_report || !r.ok);
    if (ImGui::Button("Export gradebook CSV")) export_gradebook(s);
    s.mark("review/export");
    ImGui::EndDisabled();
    ImGui::SameLine(0, 24);
    key_chooser(rv, s.panes.coarse_pointer);
    if (rv.have_report && !r.ok) {
        ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "The key %s cannot be used:", rv.files[rv.key].name.c_str());
        for (const Problem& p : r.errors) ImGui::BulletText("%s", p.to_string().c_str());
    } else if (rv.have_report) {
        ImGui::SeparatorText("Students");
        students_table(s);
        if (ImGui::BeginTable("side", 2, ImGuiTableFlags_SizingStretchSame)) {
            ImGui::TableNextColumn();
            agreement_table(s, rv);
            ImGui::TableNextColumn();
            flagged_list(rv);
            ImGui::EndTable();
        }
        ImGui::SeparatorText("Article heatmap");
        heatmap(s);
    }
    ImGui::End();
}

nlohmann::json review_state_json(const AppState& s) {
    const ReviewUi& rv = s.review;
    nlohmann::json j = {{"open", rv.open},
                        {"files", nlohmann::json::array()},
                        {"keyFile", rv.key >= 0 ? rv.files[rv.key].name : ""},
                        {"keyReason", rv.key_reason},
                        {"ok", rv.have_report && rv.report.ok}};
    for (const IncomingFile& f : rv.files) j["files"].push_back(f.name);
    if (!rv.have_report || !rv.report.ok) return j;
    const ClassReport& r = rv.report;
    j["title"] = r.title;
    j["types"] = r.types;
    j["rows"] = nlohmann::json::array();
    for (int i : rv.order) {
        const StudentRow& row = r.rows[i];
        nlohmann::json per = nlohmann::json::object();
        for (const TypeScore& ts : row.result.per_type)
            per[ts.type] = {{"p", ts.score.precision}, {"r", ts.score.recall}, {"f1", ts.score.f1}};
        nlohmann::json flags = nlohmann::json::array();
        for (FlagKind k : row.flags) flags.push_back(to_string(k));
        const ItemCounts n = count_items(row.result);
        j["rows"].push_back({{"name", row.name},
                             {"file", row.file},
                             {"percent", row.result.percent},
                             {"found", n.found},
                             {"missed", n.missed + n.wrong_type},
                             {"extra", n.extra},
                             {"checks", row.checks},
                             {"overallF1", row.result.overall.f1},
                             {"relationsF1", row.result.relation_score.f1},
                             {"perType", per},
                             {"flags", flags}});
    }
    j["agreement"] = nlohmann::json::array();
    auto opt = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
    for (const TypeAgreement& a : r.agreement.per_type)
        j["agreement"].push_back({{"type", a.type}, {"kappa", opt(a.kappa)}, {"alpha", opt(a.alpha)}});
    j["agreementAll"] = {{"kappa", opt(r.agreement.kappa_all)}, {"alpha", opt(r.agreement.alpha_all)}};
    j["agreementWords"] = agreement_sentence(r.agreement, r.type_labels);
    j["flagged"] = nlohmann::json::array();
    for (const FlaggedFile& f : r.flagged)
        j["flagged"].push_back({{"file", f.file}, {"kind", to_string(f.kind)}, {"message", f.message}});
    j["heatmapType"] = r.types.empty() ? "" : r.types[rv.heat_type];
    j["keyShown"] = r.key_shown;
    size_t outlined = 0; // (type, word) pairs the heatmap outlines as the key's
    for (const auto& per_type : r.heatmap.key) outlined += (size_t)std::count(per_type.begin(), per_type.end(), true);
    j["keyOutlined"] = outlined;
    j["tokens"] = nlohmann::json::array(); // visible words last frame, for tests to click
    for (const auto& [k, rc] : rv.token_rects)
        j["tokens"].push_back({{"index", k},
                               {"text", rv.key_project.doc->slice(r.heatmap.tokens[k])},
                               {"x", rc.x},
                               {"y", rc.y},
                               {"width", rc.w},
                               {"height", rc.h}});
    if (rv.token >= 0) {
        nlohmann::json who = nlohmann::json::object(), key = nlohmann::json::array();
        for (size_t t = 0; t < r.types.size(); ++t) {
            who[r.types[t]] = nlohmann::json::array();
            for (int row : r.heatmap.who[t][rv.token]) who[r.types[t]].push_back(r.rows[row].name);
            if (r.heatmap.key[t][rv.token]) key.push_back(r.types[t]);
        }
        j["selectedToken"] = {{"index", rv.token},
                              {"text", rv.key_project.doc->slice(r.heatmap.tokens[rv.token])},
                              {"who", who},
                              {"key", key}};
    }
    return j;
}

} // namespace cs::ui
