// Claimscope core — writing the file (format 1, docs/FORMAT.md) and file-name slugs.
//
// Determinism: known keys in the fixed order below, then kept unknown keys in sorted order;
// annotations sorted by (start, end, id), relations by id; 2-space indent, LF, trailing newline.
#include "core/file/file_json.h"
#include <algorithm>
#include <cctype>

#ifndef CLAIMSCOPE_VERSION
#define CLAIMSCOPE_VERSION "0.0.0"
#endif

namespace cs {

const char* const kAppVersion = CLAIMSCOPE_VERSION;

namespace {

ojson annotation_to_json(const Annotation& a) {
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

ojson relation_to_json(const Relation& r) {
    ojson o;
    o["id"] = r.id;
    o["type"] = r.type;
    o["from"] = r.from;
    o["to"] = r.to;
    append_extra(o, r.extra);
    return o;
}

// Pointers in file order: the file's order never depends on how the project was assembled, and
// sorting pointers copies no annotation.
template <typename T>
std::vector<const T*> in_file_order(const std::vector<T>& v) {
    std::vector<const T*> out;
    out.reserve(v.size());
    for (const T& x : v) out.push_back(&x);
    std::sort(out.begin(), out.end(), [](const T* a, const T* b) { return file_order(*a, *b); });
    return out;
}

// Everything but the two lists, which are left empty (save_project writes them one by one).
ojson project_head_json(const Project& p) {
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
    if (!meta.summary.empty()) art["summary"] = meta.summary; // optional: files without it stay as they were
    art["sha256"] = p.doc ? p.doc->hash : sha256_hex("");
    art["text"] = p.doc ? p.doc->text : "";
    append_extra(art, p.article_extra);
    o["article"] = std::move(art);

    o["codebook"] = codebook_to_json(p.codebook);
    o["annotations"] = ojson::array();
    o["relations"] = ojson::array();
    if (!p.exercise.is_null()) o["exercise"] = p.exercise;
    append_extra(o, p.extra);
    return o;
}

// Invalid UTF-8 cannot reach here through the Editor; `replace` keeps a stray byte from elsewhere
// from aborting a save (it becomes U+FFFD).
std::string dump(const ojson& v) { return v.dump(2, ' ', false, ojson::error_handler_t::replace); }

// Appends `s` (a dump at depth 0) as it reads at a deeper level: JSON text from dump() has no
// raw line breaks inside strings, so indenting after each '\n' is exact.
void append_indented(std::string& out, const std::string& s, const char* pad) {
    size_t from = 0;
    for (size_t nl; (nl = s.find('\n', from)) != std::string::npos; from = nl + 1) {
        out.append(s, from, nl + 1 - from);
        out += pad;
    }
    out.append(s, from, std::string::npos);
}

// Collects the file's text. With `put`, the text so far is handed over after a list element once
// it holds `piece` bytes, so a large file never has to sit in one string.
struct Writer {
    std::string out;
    const std::function<void(std::string_view)>* put = nullptr;
    size_t piece = 0;
    void element_done() {
        if (put && out.size() >= piece) {
            (*put)(out);
            out.clear();
        }
    }
};

template <typename T, typename ToJson>
void append_list(Writer& w, const std::vector<T>& items, ToJson to_json) {
    if (items.empty()) {
        w.out += "[]";
        return;
    }
    w.out += "[";
    const char* sep = "\n    ";
    for (const T* x : in_file_order(items)) {
        w.out += sep;
        append_indented(w.out, dump(to_json(*x)), "    ");
        sep = ",\n    ";
        w.element_done();
    }
    w.out += "\n  ]";
}

// The same bytes as dump(project_to_json(p)) (tested), written a list element at a time so that
// a 10,000-annotation project never exists as one JSON tree next to its text.
void write_project(const Project& p, Writer& w) {
    w.out += "{";
    const ojson head = project_head_json(p);
    const char* sep = "\n  ";
    for (auto it = head.begin(); it != head.end(); ++it) {
        w.out += sep;
        w.out += dump(ojson(it.key()));
        w.out += ": ";
        if (it.key() == "annotations")
            append_list(w, p.annotations, annotation_to_json);
        else if (it.key() == "relations")
            append_list(w, p.relations, relation_to_json);
        else
            append_indented(w.out, dump(it.value()), "  ");
        sep = ",\n  ";
    }
    w.out += "\n}\n";
}

} // namespace

ojson project_to_json(const Project& p) {
    ojson o = project_head_json(p);
    for (const Annotation* a : in_file_order(p.annotations)) o["annotations"].push_back(annotation_to_json(*a));
    for (const Relation* r : in_file_order(p.relations)) o["relations"].push_back(relation_to_json(*r));
    return o;
}

std::string save_project(const Project& p) {
    Writer w;
    write_project(p, w);
    return std::move(w.out);
}

void save_project_pieces(const Project& p, size_t piece_bytes, const std::function<void(std::string_view)>& put) {
    Writer w;
    w.put = &put;
    w.piece = piece_bytes;
    write_project(p, w);
    if (!w.out.empty()) put(w.out);
}

// ---------------------------------------------------------------------------------------------
// Slugs
// ---------------------------------------------------------------------------------------------
// Latin-1 letters fold to their base letter so "Über Kabul" -> "uber-kabul"; other non-ASCII
// characters separate words, like punctuation.
static const char* fold_latin1(uint32_t cp) {
    static const char* table[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",  // C0-CF
        "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss", // D0-DF
        "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",  // E0-EF
        "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y",  // F0-FF
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
        if (cp < 128 && std::isalnum((int)cp))
            piece = (char)std::tolower((int)cp);
        else if (const char* f = fold_latin1(cp))
            piece = f;
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
