// Format dispatch and the helpers importers share.
#include "core/formats/formats.h"
#include "core/file/json_stream.h"
#include "core/formats/brat.h"
#include "core/formats/csv.h"
#include "core/formats/doccano.h"
#include "core/formats/html_report.h"
#include "core/formats/w3c.h"
#include "core/formats/zip.h"
#include "core/import/article_import.h"
#include <algorithm>
#include <cctype>

namespace cs {

static const struct {
    Format f;
    const char* name;
} kNames[] = {
    {Format::Claimscope, "claimscope"}, {Format::W3C, "w3c"}, {Format::Brat, "brat"},
    {Format::Doccano, "doccano"},       {Format::Csv, "csv"}, {Format::Html, "html"},
};

const char* format_name(Format f) {
    for (const auto& n : kNames)
        if (n.f == f) return n.name;
    return "?";
}

static std::string lower(std::string_view s) {
    std::string o(s);
    for (char& c : o) c = char(std::tolower((unsigned char)c));
    return o;
}

bool parse_format(std::string_view name, Format* out) {
    const std::string l = lower(name);
    for (const auto& n : kNames)
        if (l == n.name) {
            *out = n.f;
            return true;
        }
    return false;
}

bool guess_format(std::string_view file_name, Format* out) {
    const std::string l = lower(file_name);
    auto ends = [&](const char* suf) {
        const std::string s(suf);
        return l.size() >= s.size() && l.compare(l.size() - s.size(), s.size(), s) == 0;
    };
    // Longest suffixes first: "x.w3c.json" is W3C although it ends in ".json".
    static const struct {
        const char* suffix;
        Format f;
    } kExt[] = {
        {".claimscope.json", Format::Claimscope},
        {".w3c.json", Format::W3C},
        {".jsonld", Format::W3C},
        {".json", Format::Claimscope},
        {".ann", Format::Brat},
        {".zip", Format::Brat},
        {".jsonl", Format::Doccano},
        {".csv", Format::Csv},
        {".html", Format::Html},
        {".htm", Format::Html},
    };
    for (const auto& e : kExt)
        if (ends(e.suffix)) {
            *out = e.f;
            return true;
        }
    return false;
}

bool sniff_format(std::string_view bytes, Format* out) {
    if (looks_like_zip(bytes)) {
        *out = Format::Brat;
        return true;
    }
    const std::string_view first_line = bytes.substr(0, bytes.find('\n'));
    for (std::string_view candidate : {bytes, first_line}) {
        nlohmann::json j;
        JsonSyntaxError syntax;
        if (!parse_json(candidate, &j, &syntax) || !j.is_object()) continue;
        if (j.contains("@context")) {
            *out = Format::W3C;
            return true;
        }
        if (j.value("format", "") == kFormatId) {
            *out = Format::Claimscope;
            return true;
        }
        if (j.contains("text") && (j.contains("entities") || j.contains("label"))) {
            *out = Format::Doccano;
            return true;
        }
    }
    return false;
}

bool can_import(Format f) { return f != Format::Csv && f != Format::Html; }

std::string foreign_file_kind(std::string_view b) {
    const auto starts = [&](std::string_view magic) { return b.substr(0, magic.size()) == magic; };
    if (starts("\x89PNG\r\n\x1A\n")) return "a PNG image";
    if (starts("\xFF\xD8\xFF")) return "a JPEG image";
    if (starts("GIF87a") || starts("GIF89a")) return "a GIF image";
    if (starts("RIFF") && b.size() >= 12 && b.substr(8, 4) == "WEBP") return "a WebP image";
    if (starts("%PDF-")) return "a PDF document";
    if (b.size() > 8 && b.substr(4, 4) == "ftyp") return "a video or audio file";
    if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return "an old Microsoft Office document";
    if (starts("PK\x03\x04")) { // a ZIP: brat's own zips are read; an Office or OpenDocument file is not
        const std::string_view head = b.substr(0, 4096);
        if (head.find("word/") != std::string_view::npos) return "a Word document";
        if (head.find("ppt/") != std::string_view::npos) return "a PowerPoint presentation";
        if (head.find("xl/") != std::string_view::npos) return "an Excel spreadsheet";
        if (head.find("application/vnd.oasis.opendocument") != std::string_view::npos) return "an OpenDocument file";
    }
    return "";
}

FileRoute route_file(std::string_view file_name, std::string_view bytes) {
    FileRoute r;
    if (const std::string kind = foreign_file_kind(bytes); !kind.empty()) {
        r.why = "This is not a file Claimscope reads: it is " + kind +
                ". Open an article (.txt, .md, .html) or annotations (.claimscope.json and the formats under File "
                "\xE2\x80\xBA Import).";
        return r;
    }
    const ArticleKind article = article_kind(file_name);
    if (article != ArticleKind::Sniff && article != ArticleKind::Other) {
        r.kind = FileKind::Article;
        return r;
    }
    if (sniff_format(bytes, &r.format) || guess_format(file_name, &r.format)) {
        if (can_import(r.format)) {
            r.kind = FileKind::Annotations;
            return r;
        }
        r.why = std::string("Claimscope writes ") + format_name(r.format) + " files but cannot read them back.";
        return r;
    }
    if (article == ArticleKind::Sniff) {
        r.kind = FileKind::Article;
        return r;
    }
    r.why = "Not a file Claimscope knows: expected an article (.txt, .md, .html) or annotations "
            "(.claimscope.json, W3C .jsonld/.json, brat .ann/.zip, doccano .jsonl).";
    return r;
}

std::vector<OutFile> export_as(const Project& p, Format f, std::vector<std::string>* warnings) {
    std::string base = p.doc ? slugify(p.doc->meta.title) : std::string();
    if (base.empty()) base = "article";
    switch (f) {
        case Format::Claimscope: return {{base + ".claimscope.json", save_project(p), "application/json"}};
        case Format::W3C: return {{base + ".w3c.jsonld", export_w3c(p).dump(2) + "\n", "application/ld+json"}};
        case Format::Brat: return {{base + ".brat.zip", export_brat_zip(p, base, warnings), "application/zip"}};
        case Format::Doccano: return {{base + ".doccano.jsonl", export_doccano(p, warnings), "application/jsonl"}};
        case Format::Csv: return {{base + ".csv", export_csv(p), "text/csv;charset=utf-8"}};
        case Format::Html: return {{base + ".report.html", export_html_report(p), "text/html;charset=utf-8"}};
    }
    return {};
}

ImportResult import_as(Format f, std::string_view bytes, std::shared_ptr<const Document> article,
                       const Codebook& base) {
    switch (f) {
        case Format::Claimscope: {
            LoadResult l = load_project(bytes);
            ImportResult r;
            r.ok = l.ok;
            r.errors = std::move(l.errors);
            r.warnings = std::move(l.warnings);
            if (l.ok) r.project = std::move(l.project);
            return r;
        }
        case Format::W3C: return import_w3c(bytes, article, base);
        case Format::Brat:
            return looks_like_zip(bytes) ? import_brat_zip(bytes, article, base) : import_brat(bytes, article, base);
        case Format::Doccano: return import_doccano(bytes, article, base);
        case Format::Csv:
        case Format::Html: break;
    }
    ImportResult r = start_import(article, base);
    r.errors.push_back({"", std::string(format_name(f)) + " files can be exported, not imported"});
    return r;
}

// ---- Shared by importers -------------------------------------------------------------------
bool place_on_article(const Project& p, Annotation& a, Span hint, const std::string& quote, AnchorReport* report) {
    const Document& d = *p.doc;
    Span out;
    AnchorStatus st;
    if (quote.empty()) {
        if (hint.empty() || hint.end > d.size()) return false;
        out = hint;
        st = AnchorStatus::Exact;
    } else {
        st = anchor_quote(d, quote, "", "", hint, &out);
    }
    if (st == AnchorStatus::Orphaned) return false;
    a.span = out;
    a.anchor = st;
    fill_quote(a, d);
    if (report) report->add(a);
    return true;
}

static bool iequal(std::string_view a, std::string_view b) { return lower(a) == lower(b); }

std::string map_type_label(Codebook& cb, const std::string& label, std::vector<Problem>* warnings) {
    for (const auto& t : cb.types)
        if (token_name(t.label) == label || token_name(t.id) == label || t.label == label) return t.id;
    return map_label_to_type(cb, label, warnings);
}

std::string map_relation_label(Codebook& cb, const std::string& label, const std::string& from_type,
                               const std::string& to_type, std::vector<Problem>* warnings) {
    for (const auto& rt : cb.relation_types)
        if (iequal(token_name(rt.id), token_name(label)) || iequal(token_name(rt.label), token_name(label)))
            return rt.id;
    RelationType rt{token_name(lower(label)), label, from_type, to_type};
    cb.relation_types.push_back(rt);
    if (warnings)
        add_problem(*warnings, {"", "relation type '" + label +
                                        "' is not in the codebook: added as a new relation type '" + rt.id + "'"});
    return rt.id;
}

std::string token_name(std::string_view s) {
    std::string o;
    bool gap = false;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c >= 0x80) {
            if (gap && !o.empty()) o += '_';
            o += char(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    return o.empty() ? "_" : o;
}

std::string camel_name(std::string_view s) {
    std::string o;
    bool up = true;
    for (unsigned char c : s) {
        if (!std::isalnum(c) && c < 0x80) {
            up = true;
            continue;
        }
        o += up ? char(std::toupper(c)) : char(c);
        up = false;
    }
    return o.empty() ? "_" : o;
}

std::string display_name(const Annotation& a) { return a.entity.empty() ? a.exact : a.entity; }

ImportResult start_import(std::shared_ptr<const Document> article, const Codebook& base) {
    ImportResult r;
    r.project.doc = std::move(article);
    r.project.codebook = base;
    return r;
}

void finish_import(ImportResult& r) {
    sort_annotations(r.project.annotations);
    sort_relations(r.project.relations);
    r.ok = r.project.doc && !(r.project.annotations.empty() && !r.errors.empty());
}

} // namespace cs
