// HTML report (see html_report.h).
//
// Index: escaping and small helpers | CSS | SVG charts | article with highlights (split at every
// span boundary so nested and overlapping spans render as properly nested <mark>s) | tables |
// export_html_report.
#include "core/formats/html_report.h"
#include "core/file/file_format.h"
#include "core/formats/formats.h"
#include "core/model/stats.h"
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

namespace cs {

// ---- Escaping and small helpers ------------------------------------------------------------
std::string html_escape(std::string_view s) {
    std::string o;
    o.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
            case '&': o += "&amp;"; break;
            case '<': o += "&lt;"; break;
            case '>': o += "&gt;"; break;
            case '"': o += "&quot;"; break;
            case '\'': o += "&#39;"; break;
            default: o += c;
        }
    }
    return o;
}
static std::string esc(std::string_view s) { return html_escape(s); }

static std::string hex_color(uint32_t c) {
    char b[8];
    std::snprintf(b, sizeof b, "#%06x", unsigned(c & 0xFFFFFF));
    return b;
}
// Custom properties for one type: --c is the colour, --bg a translucent fill; both made by us.
static std::string color_vars(uint32_t c) {
    char b[80];
    std::snprintf(b, sizeof b, "--c:#%06x;--bg:rgba(%u,%u,%u,.28)", unsigned(c & 0xFFFFFF), unsigned((c >> 16) & 0xFF),
                  unsigned((c >> 8) & 0xFF), unsigned(c & 0xFF));
    return b;
}
static const char* style_class(DrawStyle s) {
    switch (s) {
        case DrawStyle::Highlight: return "s-highlight";
        case DrawStyle::Underline: return "s-underline";
        case DrawStyle::Box: return "s-box";
        case DrawStyle::DottedUnderline: return "s-dotted";
    }
    return "s-highlight";
}
// Chart labels are cut to a width in code points (never inside a UTF-8 sequence).
static std::string cut(const std::string& s, size_t max_cp) {
    size_t cp = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if ((uint8_t(s[i]) & 0xC0) == 0x80) continue;
        if (cp++ == max_cp) return s.substr(0, i) + "\xE2\x80\xA6";
    }
    return s;
}

static const char* kCss = R"CSS(
:root{--ink:#1b1b1b;--muted:#5a5a5a;--rule:#d0d0d0}
*{box-sizing:border-box}
body{font:16px/1.55 Georgia,"Times New Roman",serif;color:var(--ink);max-width:60rem;margin:2rem auto;padding:0 1.25rem}
h1{font-size:1.8rem;line-height:1.25;margin:.2rem 0 1rem}
h2{font:600 1.15rem/1.3 system-ui,sans-serif;border-bottom:1px solid var(--rule);padding-bottom:.25rem;margin-top:2.2rem}
.kicker,dl.meta,table,.legend,figure figcaption,footer,sup.ref{font-family:system-ui,sans-serif}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.75rem;color:var(--muted);margin:0}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font-size:.9rem;margin:0}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{border-bottom:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.missing{color:#a0302a;font-style:italic}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;font-size:.9rem}
.legend .desc{color:var(--muted)}
.article p{margin:0 0 .9rem}
mark{color:inherit;background:none;padding:.05em 0;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.s-highlight{background:var(--bg)}
.s-underline{border-bottom:2px solid var(--c)}
.s-dotted{border-bottom:2px dotted var(--c)}
.s-box{box-shadow:inset 0 0 0 1.5px var(--c)}
sup.ref{font-size:.62rem;font-weight:700;color:var(--c);margin:0 .1em;vertical-align:super;line-height:0}
figure{margin:1rem 0}figure figcaption{font-size:.9rem;margin-bottom:.3rem;font-weight:600}
svg text{font:13px system-ui,sans-serif;fill:#1b1b1b}
footer{margin-top:3rem;font-size:.8rem;color:var(--muted)}
@media print{
 body{margin:0;max-width:none;font-size:11pt}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 h2{break-after:avoid}figure,tr{break-inside:avoid}
 section#article{break-before:page}
}
)CSS";

// ---- SVG charts ----------------------------------------------------------------------------
struct Part {
    std::string name;
    size_t count;
    std::string color;
};

// A horizontal 100% bar split into parts, with a legend line under it.
static std::string share_chart(const std::string& caption, const std::vector<Part>& parts) {
    size_t total = 0;
    for (const auto& p : parts) total += p.count;
    std::ostringstream o;
    o << "<figure><figcaption>" << esc(caption) << "</figcaption>\n"
      << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"" << 44 + 20 * parts.size()
      << "\" viewBox=\"0 0 640 " << 44 + 20 * parts.size() << "\" role=\"img\" aria-label=\"" << esc(caption)
      << "\">\n";
    if (!total)
        o << "<rect x=\"0\" y=\"4\" width=\"600\" height=\"26\" fill=\"#eee\"/><text x=\"8\" y=\"22\">nothing to count "
             "yet</text>\n";
    double x = 0;
    for (const auto& p : parts) {
        if (!total || !p.count) continue;
        const double w = 600.0 * double(p.count) / double(total);
        o << "<rect x=\"" << x << "\" y=\"4\" width=\"" << w << "\" height=\"26\" fill=\"" << p.color << "\"><title>"
          << esc(p.name) << ": " << share_text(p.count, total) << "</title></rect>\n";
        x += w;
    }
    for (size_t i = 0; i < parts.size(); ++i) {
        const size_t y = 44 + 20 * i;
        o << "<rect x=\"0\" y=\"" << y - 11 << "\" width=\"12\" height=\"12\" fill=\"" << parts[i].color << "\"/>"
          << "<text x=\"18\" y=\"" << y << "\">" << esc(parts[i].name) << ": " << share_text(parts[i].count, total)
          << "</text>\n";
    }
    o << "</svg></figure>\n";
    return o.str();
}

// Horizontal bars, one per name, longest first (the order the stats already have).
static std::string bar_chart(const std::string& caption, const std::vector<NameCount>& rows, const std::string& color,
                             size_t max_rows = 15) {
    std::ostringstream o;
    o << "<figure><figcaption>" << esc(caption) << "</figcaption>\n";
    if (rows.empty()) return o.str() + "<p class=\"missing\">none linked yet</p></figure>\n";
    const size_t n = std::min(rows.size(), max_rows), height = 26 * n + 6;
    size_t top = 1;
    for (size_t i = 0; i < n; ++i) top = std::max(top, rows[i].count);
    o << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"" << height << "\" viewBox=\"0 0 640 "
      << height << "\" role=\"img\" aria-label=\"" << esc(caption) << "\">\n";
    for (size_t i = 0; i < n; ++i) {
        const size_t y = 4 + 26 * i;
        const double w = 360.0 * double(rows[i].count) / double(top);
        o << "<text x=\"210\" y=\"" << y + 15 << "\" text-anchor=\"end\">" << esc(cut(rows[i].name, 28)) << "</text>"
          << "<rect x=\"218\" y=\"" << y << "\" width=\"" << w << "\" height=\"20\" fill=\"" << color << "\"><title>"
          << esc(rows[i].name) << ": " << rows[i].count << "</title></rect>"
          << "<text x=\"" << 224 + w << "\" y=\"" << y + 15 << "\">" << rows[i].count << "</text>\n";
    }
    o << "</svg>";
    if (rows.size() > n) o << "<p>… and " << rows.size() - n << " more</p>";
    return o.str() + "</figure>\n";
}

// ---- Article with highlights ---------------------------------------------------------------
struct Marked {
    const Annotation* a;
    const AnnotationType* type;
    std::string ref; // "C3": first letter of the type label + number within the type
};

static std::vector<Marked> number_annotations(const Project& p) {
    std::vector<Marked> out;
    std::map<std::string, size_t> counter;
    for (const auto& a : p.annotations) {
        if (a.anchor == AnchorStatus::Orphaned || a.span.empty() || !p.doc || a.span.end > p.doc->size()) continue;
        const AnnotationType* t = p.codebook.find_type(a.type);
        const std::string label = t && !t->label.empty() ? t->label : a.type;
        size_t first = 1; // the first code point of the label, whole
        while (first < label.size() && (uint8_t(label[first]) & 0xC0) == 0x80) ++first;
        std::string initial = label.substr(0, first);
        if (initial.size() == 1) initial[0] = char(std::toupper((unsigned char)initial[0]));
        out.push_back({&a, t, initial + std::to_string(++counter[a.type])});
    }
    return out;
}

static std::string article_html(const Document& d, const std::vector<Marked>& marks) {
    std::set<uint32_t> cuts{0, uint32_t(d.size())};
    for (const auto& m : marks) {
        cuts.insert(m.a->span.start);
        cuts.insert(m.a->span.end);
    }
    uint32_t cp = 0; // newlines are segments of their own: they end paragraphs
    for (size_t i = 0; i < d.text.size(); ++i) {
        if ((uint8_t(d.text[i]) & 0xC0) == 0x80) continue;
        if (d.text[i] == '\n') {
            cuts.insert(cp);
            cuts.insert(cp + 1);
        }
        ++cp;
    }
    std::ostringstream o;
    bool in_p = false;
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const uint32_t b = *it, e = *std::next(it);
        const std::string text = d.slice(b, e);
        if (text == "\n") {
            if (in_p) o << "</p>\n";
            in_p = false;
            continue;
        }
        if (!in_p) o << "<p>";
        in_p = true;
        std::vector<const Marked*> open; // outer first: earlier start, then longer
        for (const auto& m : marks)
            if (m.a->span.start <= b && m.a->span.end > b) open.push_back(&m);
        std::stable_sort(open.begin(), open.end(), [](const Marked* x, const Marked* y) {
            return x->a->span.start != y->a->span.start ? x->a->span.start < y->a->span.start
                                                        : x->a->span.end > y->a->span.end;
        });
        for (const Marked* m : open) {
            const uint32_t color = m->type ? m->type->color : 0x777777;
            o << "<mark class=\"" << style_class(m->type ? m->type->style : DrawStyle::Highlight) << "\" style=\""
              << color_vars(color) << "\" title=\"" << esc(m->ref) << " " << esc(m->type ? m->type->label : m->a->type)
              << "\">";
        }
        for (const Marked* m : open)
            if (m->a->span.start == b)
                o << "<sup class=\"ref\" style=\"" << color_vars(m->type ? m->type->color : 0x777777) << "\">"
                  << esc(m->ref) << "</sup>";
        o << esc(text);
        for (size_t i = 0; i < open.size(); ++i) o << "</mark>";
    }
    if (in_p) o << "</p>\n";
    return o.str();
}

// ---- Tables --------------------------------------------------------------------------------
static std::string attributes_html(const Annotation& a, const AnnotationType* t) {
    std::string o;
    for (const auto& [k, v] : a.attributes.items()) {
        const AttributeDef* def = t ? t->find_attribute(k) : nullptr;
        const std::string name = def ? def->label : k;
        std::string value = v.is_string()    ? v.get<std::string>()
                            : v.is_boolean() ? (v.get<bool>() ? "yes" : "no")
                                             : v.dump();
        if (value.empty()) continue;
        o += (o.empty() ? "" : "<br>") + esc(name) + ": " + esc(value);
    }
    return o;
}

static std::string claims_table(const Project& p, const std::vector<Marked>& marks) {
    std::map<std::string, std::string> ref_of;
    for (const auto& m : marks) ref_of[m.a->id] = m.ref;
    std::ostringstream o;
    o << "<table>\n<thead><tr><th>#</th><th>Claim</th><th>Said by</th><th>According "
         "to</th><th>Attributes</th><th>Note</th></tr></thead>\n<tbody>\n";
    size_t rows = 0;
    for (const auto& m : marks) {
        if (m.a->type != "claim") continue;
        ++rows;
        std::string actors, sources;
        for (const auto& r : p.relations) {
            const Annotation* to = r.from == m.a->id ? p.find(r.to) : nullptr;
            if (!to || (to->type != "actor" && to->type != "source")) continue;
            std::string& list = to->type == "actor" ? actors : sources;
            std::string item = esc(display_name(*to));
            if (ref_of.count(to->id)) item += " <sup>" + esc(ref_of[to->id]) + "</sup>";
            auto kind = to->attributes.find("kind");
            if (kind != to->attributes.end() && kind->is_string() && !kind->get<std::string>().empty())
                item += " (" + esc(kind->get<std::string>()) + ")";
            list += (list.empty() ? "" : "<br>") + item;
        }
        o << "<tr><td>" << esc(m.ref) << "</td><td>" << esc(m.a->exact) << "</td><td>"
          << (actors.empty() ? "<span class=\"missing\">no one named</span>" : actors) << "</td><td>"
          << (sources.empty() ? "<span class=\"missing\">no source</span>" : sources) << "</td><td>"
          << attributes_html(*m.a, m.type) << "</td><td>" << esc(m.a->note) << "</td></tr>\n";
    }
    if (!rows) o << "<tr><td colspan=\"6\" class=\"missing\">No claims marked yet.</td></tr>\n";
    o << "</tbody></table>\n";
    return o.str();
}

// Notes on everything that is not a claim (claims show theirs in the claims table).
static std::string notes_table(const std::vector<Marked>& marks) {
    std::ostringstream o;
    for (const auto& m : marks) {
        if (m.a->type == "claim" || m.a->note.empty()) continue;
        if (o.tellp() == 0) o << "<table><thead><tr><th>#</th><th>Marked text</th><th>Note</th></tr></thead><tbody>\n";
        o << "<tr><td>" << esc(m.ref) << "</td><td>" << esc(m.a->exact) << "</td><td>" << esc(m.a->note)
          << "</td></tr>\n";
    }
    if (o.tellp() != 0) o << "</tbody></table>\n";
    return o.str();
}

static std::string counts_table(const Stats& s) {
    std::ostringstream o;
    o << "<table class=\"counts\"><thead><tr><th>Type</th><th class=\"num\">Marked</th></tr></thead><tbody>\n";
    for (const auto& t : s.per_type)
        o << "<tr><td>" << esc(t.name) << "</td><td class=\"num\">" << t.count << "</td></tr>\n";
    o << "<tr><td>Links (said by, according to, …)</td><td class=\"num\">" << s.relations << "</td></tr>\n";
    if (s.orphaned)
        o << "<tr><td>Not found in this text (orphaned)</td><td class=\"num\">" << s.orphaned << "</td></tr>\n";
    o << "</tbody></table>\n";
    return o.str();
}

static std::string mentions_table(const char* title, const std::vector<NameCount>& rows) {
    if (rows.empty()) return "";
    std::ostringstream o;
    o << "<table><thead><tr><th>" << title << "</th><th class=\"num\">Mentions</th></tr></thead><tbody>\n";
    for (const auto& r : rows) o << "<tr><td>" << esc(r.name) << "</td><td class=\"num\">" << r.count << "</td></tr>\n";
    o << "</tbody></table>\n";
    return o.str();
}

// ---- The page ------------------------------------------------------------------------------
std::string export_html_report(const Project& p) {
    const ArticleMeta meta = p.doc ? p.doc->meta : ArticleMeta{};
    const std::string title = meta.title.empty() ? "Untitled article" : meta.title;
    const Stats s = compute_stats(p);
    const std::vector<Marked> marks = number_annotations(p);
    auto type_color = [&](const char* id, uint32_t fallback) {
        const AnnotationType* t = p.codebook.find_type(id);
        return hex_color(t ? t->color : fallback);
    };
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html lang=\"" << esc(meta.language.empty() ? "en" : meta.language)
      << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"Claimscope " << esc(kAppVersion) << "\">\n"
      << "<title>" << esc(title) << " \xE2\x80\x94 Claimscope report</title>\n<style>" << kCss
      << "</style>\n</head>\n<body>\n";

    o << "<header>\n<p class=\"kicker\">Claimscope report</p>\n<h1>" << esc(title) << "</h1>\n<dl class=\"meta\">\n";
    const std::pair<const char*, std::string> rows[] = {{"Outlet", meta.outlet},       {"Author", meta.author},
                                                        {"Published", meta.published}, {"Address", meta.url},
                                                        {"Retrieved", meta.retrieved}, {"Language", meta.language},
                                                        {"Annotated by", p.annotator}, {"Last change", p.modified}};
    for (const auto& [k, v] : rows) // the address is text, not a link: a report never navigates
        if (!v.empty()) o << "<dt>" << k << "</dt><dd>" << esc(v) << "</dd>\n";
    o << "</dl>\n</header>\n";

    o << "<section id=\"summary\">\n<h2>At a glance</h2>\n"
      << counts_table(s)
      << share_chart("Claims that rest on a source",
                     {{"with a source", s.claims_with_source, type_color("source", 0x009E73)},
                      {"without a source", s.claims - s.claims_with_source, "#bbbbbb"}})
      << share_chart("Source mentions: named or anonymous", {{"named", s.sources_named, type_color("source", 0x009E73)},
                                                             {"anonymous or unclear", s.sources_anonymous, "#d55e00"},
                                                             {"kind not set", s.sources_unspecified, "#bbbbbb"}})
      << bar_chart("Claims per actor", s.claims_per_actor, type_color("actor", 0x0072B2)) << "</section>\n";

    o << "<section id=\"legend\">\n<h2>Legend</h2>\n<ul class=\"legend\">\n";
    for (const auto& t : p.codebook.types)
        o << "<li><mark class=\"" << style_class(t.style) << "\" style=\"" << color_vars(t.color) << "\">"
          << esc(t.label) << "</mark>"
          << (t.description.empty() ? "" : " <span class=\"desc\">" + esc(t.description) + "</span>") << "</li>\n";
    o << "</ul>\n<p>Small letters and numbers (C1, A1, S1) mark where each annotation starts; the tables below use "
         "them.</p>\n</section>\n";

    o << "<section id=\"article\">\n<h2>Article</h2>\n<div class=\"article\">\n"
      << (p.doc ? article_html(*p.doc, marks) : "") << "</div>\n</section>\n";
    o << "<section id=\"claims\">\n<h2>Claims, who said them and what they rest on</h2>\n"
      << claims_table(p, marks) << "</section>\n";
    o << "<section id=\"entities\">\n<h2>Actors and sources</h2>\n"
      << mentions_table("Actor", s.top_actors) << mentions_table("Source", s.top_sources) << notes_table(marks)
      << "</section>\n";
    o << "<footer>Made with Claimscope " << esc(kAppVersion)
      << ". Article fingerprint (SHA-256): " << esc(p.doc ? p.doc->hash : "") << "</footer>\n</body>\n</html>\n";
    return o.str();
}

} // namespace cs
