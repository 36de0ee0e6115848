// brat standoff export and import (see brat.h for the line formats).
//
// Index: fragments and names | export_brat (+ annotation.conf) | import_brat (two passes: text-
// bound lines first, since relations/attributes/notes may refer to any T line in the file).
#include "core/formats/brat.h"
#include "core/formats/formats.h"
#include "core/formats/zip.h"
#include "core/text/text.h"
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace cs {

// ---- Fragments and names -------------------------------------------------------------------
// What brat's .ann cannot hold inside a field: the tab that separates fields, and what brat (which
// reads the file line by line with Python's str.splitlines) takes for the end of a line. brat
// checks a text-bound line's text against the document, so such characters are not replaced
// (the text would no longer match) but left out: the span is written as fragments around them.
static bool breaks_ann_field(uint32_t cp) {
    return cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || (cp >= 0x1C && cp <= 0x1E) ||
           cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

// The span as brat fragments: the runs of it between such characters (none for a span of only those).
static std::vector<Span> ann_fragments(const Document& d, Span s) {
    std::vector<Span> out;
    const std::string text = d.slice(s);
    uint32_t cp = s.start, frag_start = s.start;
    for (size_t i = 0, len = 1; i < text.size(); i += len, ++cp) {
        if (!breaks_ann_field(decode_utf8(text, i, &len))) continue;
        if (cp > frag_start) out.push_back({frag_start, cp});
        frag_start = cp + 1;
    }
    if (s.end > frag_start) out.push_back({frag_start, s.end});
    return out;
}

static std::string type_token(const AnnotationType& t) { return token_name(t.label.empty() ? t.id : t.label); }

// A note as one field: the characters above become spaces (a note is not checked against the text).
static std::string one_field(const std::string& s) {
    std::string out;
    for (size_t i = 0, len = 1; i < s.size(); i += len) {
        const uint32_t cp = decode_utf8(s, i, &len);
        if (breaks_ann_field(cp))
            out += ' ';
        else
            out.append(s, i, len);
    }
    return out;
}

static bool iequal(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower((unsigned char)x) == std::tolower((unsigned char)y);
           });
}

// ---- Export --------------------------------------------------------------------------------
static std::string annotation_conf(const Codebook& cb) {
    std::ostringstream o;
    o << "# brat annotation configuration written by Claimscope\n[entities]\n";
    for (const auto& t : cb.types) o << type_token(t) << "\n";
    o << "\n[relations]\n";
    auto arg = [&](const std::string& type_id) {
        const AnnotationType* t = cb.find_type(type_id);
        return t ? type_token(*t) : std::string("<ANY>");
    };
    for (const auto& r : cb.relation_types)
        o << token_name(r.id) << "\tArg1:" << arg(r.from_type) << ", Arg2:" << arg(r.to_type) << "\n";
    o << "# Claimscope allows nested and overlapping spans of any types\n"
         "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n";
    // Attributes with the same name on several types (e.g. "kind" on actor and source) become one
    // brat attribute whose Arg lists the types and whose values are the union of the options.
    struct Merged {
        std::vector<std::string> types, values;
        bool is_enum = false;
    };
    std::vector<std::pair<std::string, Merged>> merged;
    for (const auto& t : cb.types)
        for (const auto& a : t.attributes) {
            if (a.kind == AttrKind::Text) continue;
            const std::string name = camel_name(a.id);
            auto it = std::find_if(merged.begin(), merged.end(), [&](auto& m) { return m.first == name; });
            if (it == merged.end()) {
                merged.push_back({name, {}});
                it = merged.end() - 1;
            }
            it->second.types.push_back(type_token(t));
            it->second.is_enum |= a.kind == AttrKind::Enum;
            for (const auto& v : a.options)
                if (std::find(it->second.values.begin(), it->second.values.end(), token_name(v)) ==
                    it->second.values.end())
                    it->second.values.push_back(token_name(v));
        }
    for (const auto& [name, m] : merged) {
        o << name << "\tArg:";
        for (size_t i = 0; i < m.types.size(); ++i) o << (i ? "|" : "") << m.types[i];
        if (m.is_enum) {
            o << ", Value:";
            for (size_t i = 0; i < m.values.size(); ++i) o << (i ? "|" : "") << m.values[i];
        }
        o << "\n";
    }
    return o.str();
}

BratFiles export_brat(const Project& p, std::vector<std::string>* warnings) {
    BratFiles f;
    f.txt = p.doc ? p.doc->text : std::string();
    f.conf = annotation_conf(p.codebook);
    std::ostringstream t_lines, r_lines, a_lines, n_lines;
    std::map<std::string, std::string> brat_id; // annotation id -> "T<n>"
    size_t n_attr = 0, n_note = 0, skipped = 0, entities = 0, text_attrs = 0;
    for (const auto& a : p.annotations) {
        std::vector<Span> frags;
        if (p.doc && a.anchor != AnchorStatus::Orphaned) frags = ann_fragments(*p.doc, a.span);
        if (frags.empty()) {
            ++skipped;
            continue;
        }
        const AnnotationType* type = p.codebook.find_type(a.type);
        const std::string tid = "T" + std::to_string(brat_id.size() + 1);
        brat_id[a.id] = tid;
        t_lines << tid << '\t' << (type ? type_token(*type) : token_name(a.type)) << ' ';
        std::string text;
        for (size_t i = 0; i < frags.size(); ++i) {
            t_lines << (i ? ";" : "") << frags[i].start << ' ' << frags[i].end;
            text += (i ? " " : "") + p.doc->slice(frags[i]);
        }
        t_lines << '\t' << text << '\n';
        for (const auto& [key, value] : a.attributes.items()) {
            const AttributeDef* def = type ? type->find_attribute(key) : nullptr;
            if (!def || def->kind == AttrKind::Text) {
                ++text_attrs;
                continue;
            }
            if (value.is_boolean()) {
                if (value.get<bool>()) a_lines << 'A' << ++n_attr << '\t' << camel_name(key) << ' ' << tid << '\n';
            } else if (value.is_string() && !value.get<std::string>().empty()) {
                a_lines << 'A' << ++n_attr << '\t' << camel_name(key) << ' ' << tid << ' '
                        << token_name(value.get<std::string>()) << '\n';
            }
        }
        if (!a.note.empty())
            n_lines << '#' << ++n_note << "\tAnnotatorNotes " << tid << '\t' << one_field(a.note) << '\n';
        if (!a.entity.empty()) ++entities;
    }
    size_t n_rel = 0, dangling = 0;
    for (const auto& r : p.relations) {
        auto from = brat_id.find(r.from), to = brat_id.find(r.to);
        if (from == brat_id.end() || to == brat_id.end()) {
            ++dangling;
            continue;
        }
        r_lines << 'R' << ++n_rel << '\t' << token_name(r.type) << " Arg1:" << from->second << " Arg2:" << to->second
                << '\n';
    }
    f.ann = t_lines.str() + r_lines.str() + a_lines.str() + n_lines.str();
    if (warnings) {
        auto say = [&](size_t n, const std::string& what) {
            if (n) warnings->push_back("brat: " + std::to_string(n) + " " + what);
        };
        say(skipped, "orphaned or empty annotation(s) not exported (no place in the text)");
        say(dangling, "relation(s) not exported (an end was not exported)");
        say(entities, "entity name(s) not exported (brat has no field for them)");
        say(text_attrs, "free-text or unknown attribute value(s) not exported (brat attributes are fixed values)");
    }
    return f;
}

std::string export_brat_zip(const Project& p, const std::string& base, std::vector<std::string>* warnings) {
    BratFiles f = export_brat(p, warnings);
    return write_zip({{base + ".txt", f.txt}, {base + ".ann", f.ann}, {"annotation.conf", f.conf}});
}

// ---- Import --------------------------------------------------------------------------------
namespace {
struct Line {
    size_t number;
    std::string id, middle, tail;
    bool has_tail;
};

struct BratImport {
    ImportResult& r;
    std::map<std::string, size_t> t_index;            // brat T id -> index in r.project.annotations
    std::map<std::string, size_t> first_line;         // any id -> line where it was defined
    std::map<std::string, std::string> type_of_label; // so a new type is added once

    void error(size_t line, const std::string& msg) { add_problem(r.errors, {"line " + std::to_string(line), msg}); }

    std::string map_type(const std::string& label) {
        auto it = type_of_label.find(label);
        if (it != type_of_label.end()) return it->second;
        return type_of_label[label] = map_type_label(r.project.codebook, label, &r.warnings);
    }

    void text_bound(const Line& l) {
        const size_t sp = l.middle.find(' ');
        if (sp == std::string::npos || sp == 0)
            return error(l.number, "expected 'Type start end' after the id, got '" + l.middle + "'");
        std::vector<Span> frags;
        std::istringstream parts(l.middle.substr(sp + 1));
        for (std::string part; std::getline(parts, part, ';');) {
            std::istringstream nums(part);
            long long s = -1, e = -1;
            std::string rest;
            if (!(nums >> s >> e) || (nums >> rest) || s < 0 || e < 0)
                return error(l.number,
                             "bad offsets '" + part + "': expected 'start end' (non-negative code point offsets)");
            if (e <= s) return error(l.number, "fragment " + part + " is empty or ends before it starts");
            if (!frags.empty() && s < frags.back().end)
                return error(l.number, "fragments must be in order and not overlap");
            const size_t size = r.project.doc->size();
            if (size_t(e) > size)
                return error(l.number, "offsets " + part + " go beyond the end of the text (" + std::to_string(size) +
                                           " code points)");
            frags.push_back({uint32_t(s), uint32_t(e)});
        }
        if (frags.empty()) return error(l.number, "expected 'Type start end' after the id, got '" + l.middle + "'");
        Annotation a;
        a.id = "a-" + l.id;
        a.type = map_type(l.middle.substr(0, sp));
        const Span hint{frags.front().start, frags.back().end};
        bool placed;
        if (frags.size() == 1 || !l.has_tail) {
            placed = place_on_article(r.project, a, hint, l.has_tail ? l.tail : std::string(), &r.anchors);
        } else { // fragments: their texts joined by single spaces must be the line's text
            std::string joined;
            for (size_t i = 0; i < frags.size(); ++i) joined += (i ? " " : "") + r.project.doc->slice(frags[i]);
            placed = joined == l.tail && place_on_article(r.project, a, hint, "", &r.anchors);
        }
        if (!placed)
            return error(l.number, "text '" + l.tail + "' does not match the article at " + std::to_string(hint.start) +
                                       "-" + std::to_string(hint.end) + " and was not found elsewhere");
        t_index[l.id] = r.project.annotations.size();
        r.project.annotations.push_back(std::move(a));
    }

    Annotation* target(const Line& l, const std::string& ref) {
        auto it = t_index.find(ref);
        if (it != t_index.end()) return &r.project.annotations[it->second];
        error(l.number, "'" + ref + "' is not a text-bound annotation of this file" +
                            (first_line.count(ref) ? " (its line was skipped)" : ""));
        return nullptr;
    }

    void relation(const Line& l) {
        std::istringstream in(l.middle);
        std::string type, arg1, arg2, extra;
        if (!(in >> type >> arg1 >> arg2) || (in >> extra) || arg1.find(':') == std::string::npos ||
            arg2.find(':') == std::string::npos)
            return error(l.number, "expected 'Type Arg1:T1 Arg2:T2', got '" + l.middle + "'");
        Annotation* from = target(l, arg1.substr(arg1.find(':') + 1));
        Annotation* to = from ? target(l, arg2.substr(arg2.find(':') + 1)) : nullptr;
        if (!from || !to) return;
        r.project.relations.push_back({"r-" + l.id,
                                       map_relation_label(r.project.codebook, type, from->type, to->type, &r.warnings),
                                       from->id, to->id, nlohmann::json::object()});
    }

    void attribute(const Line& l) {
        std::istringstream in(l.middle);
        std::string name, ref, value, extra;
        if (!(in >> name >> ref) || (in >> value && in >> extra))
            return error(l.number, "expected 'Name T1' or 'Name T1 Value', got '" + l.middle + "'");
        Annotation* a = target(l, ref);
        if (!a) return;
        const AnnotationType* type = r.project.codebook.find_type(a->type);
        const AttributeDef* def = nullptr;
        if (type)
            for (const auto& d : type->attributes)
                if (iequal(camel_name(d.id), name) || iequal(d.id, name) || iequal(camel_name(d.label), name)) def = &d;
        if (!def) return error(l.number, "attribute '" + name + "' is not defined for type '" + a->type + "'");
        if (def->kind == AttrKind::Bool) {
            if (!value.empty() && value != "true" && value != "false")
                return error(l.number, "attribute '" + name +
                                           "' is yes/no: expected no value, 'true' or 'false', got '" + value + "'");
            a->attributes[def->id] = value != "false";
        } else if (def->kind == AttrKind::Enum) {
            auto opt = std::find_if(def->options.begin(), def->options.end(),
                                    [&](auto& o) { return iequal(token_name(o), value); });
            if (opt == def->options.end()) {
                std::string all;
                for (const auto& o : def->options) all += (all.empty() ? "" : ", ") + o;
                return error(l.number, "'" + value + "' is not a value of attribute '" + name +
                                           "' (expected one of: " + all + ")");
            }
            a->attributes[def->id] = *opt;
        } else {
            a->attributes[def->id] = value;
        }
    }

    void note(const Line& l) {
        std::istringstream in(l.middle);
        std::string kind, ref;
        if (!(in >> kind >> ref))
            return error(l.number, "expected 'AnnotatorNotes T1<TAB>note', got '" + l.middle + "'");
        Annotation* a = target(l, ref);
        if (!a) return;
        a->note += (a->note.empty() ? "" : "\n") + l.tail;
    }
};
} // namespace

ImportResult import_brat(std::string_view ann, std::shared_ptr<const Document> article, const Codebook& base) {
    ImportResult r = start_import(article, base);
    if (!article) {
        r.errors.push_back({"", "brat import needs the article text (the .txt next to the .ann)"});
        return r;
    }
    BratImport b{r, {}, {}, {}};
    std::vector<Line> lines;
    size_t number = 0;
    for (size_t pos = 0; pos <= ann.size();) {
        size_t nl = ann.find('\n', pos);
        if (nl == std::string_view::npos) nl = ann.size();
        std::string text(ann.substr(pos, nl - pos));
        pos = nl + 1;
        ++number;
        if (!text.empty() && text.back() == '\r') text.pop_back();
        if (text.find_first_not_of(" \t") == std::string::npos) continue;
        const size_t tab = text.find('\t');
        if (tab == std::string::npos || tab == 0) {
            b.error(number, "expected an id, a tab and the annotation (e.g. 'T1<TAB>Claim 0 5<TAB>text')");
            continue;
        }
        Line l{number, text.substr(0, tab), "", "", false};
        const size_t tab2 = text.find('\t', tab + 1);
        l.middle = text.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
        if (tab2 != std::string::npos) {
            l.tail = text.substr(tab2 + 1);
            l.has_tail = true;
        }
        if (b.first_line.count(l.id)) {
            b.error(number,
                    "id '" + l.id + "' is used twice (first on line " + std::to_string(b.first_line[l.id]) + ")");
            continue;
        }
        b.first_line[l.id] = number;
        lines.push_back(std::move(l));
    }
    for (const auto& l : lines)
        if (l.id[0] == 'T') b.text_bound(l);
    for (const auto& l : lines) {
        switch (l.id[0]) {
            case 'T': break;
            case 'R': b.relation(l); break;
            case 'A':
            case 'M': b.attribute(l); break;
            case '#': b.note(l); break;
            case 'E': b.error(l.number, "event annotations (E lines) are not supported; skipped"); break;
            case 'N': b.error(l.number, "normalization annotations (N lines) are not supported; skipped"); break;
            case '*': b.error(l.number, "equivalence annotations (* lines) are not supported; skipped"); break;
            default: b.error(l.number, "unknown annotation kind '" + l.id + "' (expected T, R, A, M, # lines)");
        }
    }
    finish_import(r);
    return r;
}

ImportResult import_brat_zip(std::string_view zip, std::shared_ptr<const Document> article, const Codebook& base) {
    std::vector<ZipEntry> entries;
    std::string err;
    auto ends_with = [](const std::string& s, const char* suf) {
        const size_t n = std::char_traits<char>::length(suf);
        return s.size() >= n && s.compare(s.size() - n, n, suf) == 0;
    };
    if (!read_zip(zip, &entries, &err)) {
        ImportResult r = start_import(article, base);
        r.errors.push_back({"", err});
        return r;
    }
    // macOS's Compress adds "__MACOSX/<folder>/._<name>.ann" beside each file: resource forks, not brat.
    auto resource_fork = [](const std::string& name) {
        const size_t base = name.rfind('/') + 1; // npos + 1 == 0
        return name.compare(0, 9, "__MACOSX/") == 0 || name.compare(base, 2, "._") == 0;
    };
    const ZipEntry* ann = nullptr;
    for (const auto& e : entries)
        if (ends_with(e.name, ".ann") && !resource_fork(e.name)) {
            ann = &e;
            break;
        }
    if (!ann) {
        ImportResult r = start_import(article, base);
        r.errors.push_back({"", "the zip holds no .ann file"});
        return r;
    }
    if (!article) {
        const std::string txt = ann->name.substr(0, ann->name.size() - 4) + ".txt";
        for (const auto& e : entries)
            if (e.name == txt) article = make_shared_document(e.data);
    }
    return import_brat(ann->data, article, base);
}

} // namespace cs
