// Claimscope core — writing the file (format 1, docs/FORMAT.md) and file-name slugs.
//
// Determinism: known keys in the fixed order below, then kept unknown keys in sorted order;
// annotations sorted by (start, end, id), relations by id; 2-space indent, LF, trailing newline.
#include "file_json.h"
#include <cctype>

#ifndef CLAIMSCOPE_VERSION
#define CLAIMSCOPE_VERSION "0.0.0"
#endif

namespace cs {

const char* const kAppVersion = CLAIMSCOPE_VERSION;

static ojson annotation_to_json(const Annotation& a) {
    ojson o;
    o["id"] = a.id;
    o["type"] = a.type;
    o["start"] = a.span.start;
    o["end"] = a.span.end;
    ojson q;
    q["prefix"] = a.prefix;
    q["exact"] = a.exact;
    q["suffix"] = a.suffix;
    o["quote"] = std::move(q);
    o["attributes"] = a.attributes.is_object() ? a.attributes : json::object();
    o["entity"] = a.entity;
    o["note"] = a.note;
    o["author"] = a.author;
    o["created"] = a.created;
    o["modified"] = a.modified;
    if (a.anchor != AnchorStatus::Exact) o["anchor"] = to_string(a.anchor);
    append_extra(o, a.extra);
    return o;
}

ojson project_to_json(const Project& p) {
    ojson o;
    o["format"] = kFormatId;
    o["version"] = std::to_string(kFormatMajor) + "." + std::to_string(kFormatMinor);
    o["app_version"] = kAppVersion;
    o["annotator"] = p.annotator;
    o["created"] = p.created;
    o["modified"] = p.modified;

    ojson art;
    const ArticleMeta meta = p.doc ? p.doc->meta : ArticleMeta{};
    art["title"] = meta.title;
    art["url"] = meta.url;
    art["outlet"] = meta.outlet;
    art["author"] = meta.author;
    art["published"] = meta.published;
    art["retrieved"] = meta.retrieved;
    art["language"] = meta.language;
    art["sha256"] = p.doc ? p.doc->hash : sha256_hex("");
    art["text"] = p.doc ? p.doc->text : "";
    append_extra(art, p.article_extra);
    o["article"] = std::move(art);

    o["codebook"] = codebook_to_json(p.codebook);

    // Sorted copies: the file's order never depends on how the project was assembled.
    std::vector<Annotation> anns = p.annotations;
    sort_annotations(anns);
    ojson aj = ojson::array();
    for (const Annotation& a : anns) aj.push_back(annotation_to_json(a));
    o["annotations"] = std::move(aj);

    std::vector<Relation> rels = p.relations;
    sort_relations(rels);
    ojson rj = ojson::array();
    for (const Relation& r : rels) {
        ojson ro;
        ro["id"] = r.id;
        ro["type"] = r.type;
        ro["from"] = r.from;
        ro["to"] = r.to;
        append_extra(ro, r.extra);
        rj.push_back(std::move(ro));
    }
    o["relations"] = std::move(rj);

    if (!p.exercise.is_null()) o["exercise"] = p.exercise;
    append_extra(o, p.extra);
    return o;
}

std::string save_project(const Project& p) {
    // Invalid UTF-8 cannot reach here through the Editor; `replace` keeps a stray byte from
    // elsewhere from aborting a save (it becomes U+FFFD).
    return project_to_json(p).dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

// ---------------------------------------------------------------------------------------------
// Slugs
// ---------------------------------------------------------------------------------------------
// Latin-1 letters fold to their base letter so "Über Kabul" -> "uber-kabul"; other non-ASCII
// characters separate words, like punctuation.
static const char* fold_latin1(uint32_t cp) {
    static const char* table[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
        "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
        "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
    };
    return cp >= 0xC0 && cp <= 0xFF ? table[cp - 0xC0] : nullptr;
}

std::string slugify(std::string_view title, size_t max_len) {
    std::string out;
    bool pending_dash = false;
    for (size_t i = 0; i < title.size();) {
        size_t len = 1;
        uint32_t cp = decode_utf8(title, i, &len);
        i += len;
        std::string piece;
        if (cp < 128 && std::isalnum((int)cp)) piece = (char)std::tolower((int)cp);
        else if (const char* f = fold_latin1(cp)) piece = f;
        if (piece.empty()) {
            pending_dash = !out.empty();
            continue;
        }
        std::string add = (pending_dash ? "-" : "") + piece;
        if (out.size() + add.size() > max_len) {
            // Cut inside a word: drop the partial word rather than end on "-expe".
            size_t dash = out.rfind('-');
            if (!pending_dash && dash != std::string::npos) out.resize(dash);
            break;
        }
        out += add;
        pending_dash = false;
    }
    return out.empty() ? "untitled" : out;
}

} // namespace cs
