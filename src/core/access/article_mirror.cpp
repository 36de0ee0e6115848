// The accessible mirror's content: see article_mirror.h.
#include "core/access/article_mirror.h"
#include "core/text/text.h"
#include <algorithm>
#include <unordered_map>

namespace cs {

// ---- Window -----------------------------------------------------------------------------------
ParagraphWindow mirror_window(size_t paragraphs, size_t visible_first, size_t visible_last, size_t margin) {
    if (paragraphs == 0) return {};
    const size_t step = std::max<size_t>(1, margin / 2);
    visible_first = std::min(visible_first, paragraphs - 1);
    visible_last = std::clamp(visible_last, visible_first + 1, paragraphs);
    size_t first = visible_first > margin ? visible_first - margin : 0;
    first -= first % step;
    size_t last = visible_last + margin;
    last += (step - last % step) % step;
    return {uint32_t(first), uint32_t(std::min(last, paragraphs))};
}

ParagraphWindow fit_mirror_window(ParagraphWindow w, const std::vector<Span>& paragraphs, size_t visible_first,
                                  size_t visible_last, size_t side_cp) {
    const size_t n = std::min<size_t>(w.last, paragraphs.size());
    visible_first = std::clamp<size_t>(visible_first, w.first, n);
    visible_last = std::clamp<size_t>(visible_last, visible_first, n);
    auto cps = [&](size_t i) { return size_t(paragraphs[i].end - paragraphs[i].start); };
    size_t first = visible_first, last = visible_last, before = 0, after = 0;
    while (first > w.first && before + cps(first - 1) <= side_cp) before += cps(--first);
    while (last < n && after + cps(last) <= side_cp) after += cps(last++);
    return {uint32_t(first), uint32_t(last)};
}

// ---- Words --------------------------------------------------------------------------------------
// `text` on one line, at most max_cp code points ("…" when cut).
static std::string clip(const std::string& text, size_t max_cp) {
    std::u32string cps = to_u32(text);
    for (char32_t& c : cps)
        if (c == '\n' || c == '\t') c = ' ';
    if (cps.size() <= max_cp) return to_utf8(cps);
    return to_utf8(cps.substr(0, max_cp)) + "\xE2\x80\xA6";
}

static std::string type_label(const Project& p, const std::string& type) {
    const AnnotationType* t = p.codebook.find_type(type);
    return t && !t->label.empty() ? t->label : type;
}

static std::string relation_label(const Project& p, const std::string& type) {
    const RelationType* rt = p.codebook.find_relation_type(type);
    return rt && !rt->label.empty() ? rt->label : type;
}

// An annotation by its entity, else its quote.
static std::string name_of(const Annotation& a) {
    return a.entity.empty() ? "\xE2\x80\x9C" + clip(a.exact, 60) + "\xE2\x80\x9D" : a.entity;
}

static std::string capitalized(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
    return s;
}

LinkIndex build_link_index(const Project& p) {
    LinkIndex ix;
    ix.annotation.reserve(p.annotations.size());
    for (size_t i = 0; i < p.annotations.size(); ++i) ix.annotation.emplace(p.annotations[i].id, int(i));
    for (size_t i = 0; i < p.relations.size(); ++i) {
        ix.relations[p.relations[i].from].push_back(int(i));
        if (p.relations[i].to != p.relations[i].from) ix.relations[p.relations[i].to].push_back(int(i));
    }
    return ix;
}

std::string annotation_description(const Project& p, const Annotation& a, const LinkIndex& links) {
    std::string d = type_label(p, a.type);
    if (!a.entity.empty()) d += ": " + a.entity;
    d += ".";
    const AnnotationType* t = p.codebook.find_type(a.type);
    for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it) {
        const AttributeDef* def = t ? t->find_attribute(it.key()) : nullptr;
        const std::string label = def && !def->label.empty() ? def->label : it.key();
        if (it->is_boolean()) {
            if (it->get<bool>()) d += " " + capitalized(label) + ".";
        } else if (it->is_string() && !it->get<std::string>().empty()) {
            d += " " + capitalized(label) + ": " + it->get<std::string>() + ".";
        }
    }
    if (auto rs = links.relations.find(a.id); rs != links.relations.end())
        for (int ri : rs->second) {
            const Relation& r = p.relations[size_t(ri)];
            const bool out = r.from == a.id;
            auto other = links.annotation.find(out ? r.to : r.from);
            if (other == links.annotation.end()) continue;
            const Annotation& o = p.annotations[size_t(other->second)];
            const std::string label = relation_label(p, r.type);
            if (out)
                d += " " + capitalized(label) + " " + name_of(o) + ".";
            else
                d += " Linked from the " + type_label(p, o.type) + " " + name_of(o) + " (" + label + ").";
        }
    if (!a.note.empty()) d += " Note: " + clip(a.note, 300);
    return d;
}

std::string added_announcement(const Project& p, const Annotation& a, size_t max_cp) {
    return type_label(p, a.type) + " added: " + clip(a.exact, max_cp);
}

std::string linked_announcement(const Project& p, const Relation& r, size_t max_cp) {
    const Annotation* to = p.find(r.to);
    std::string target = to ? (to->entity.empty() ? clip(to->exact, max_cp) : to->entity) : r.to;
    return "Linked: " + relation_label(p, r.type) + " " + target;
}

// ---- Content ------------------------------------------------------------------------------------
ArticleMirror article_mirror(const Project& p, const AnnotationIndex& ix, const LinkIndex& links, ParagraphWindow w) {
    ArticleMirror m;
    const std::vector<Span>& pars = p.doc->paragraphs;
    w.last = std::min<uint32_t>(w.last, uint32_t(pars.size()));
    w.first = std::min(w.first, w.last);
    m.first = w.first;
    m.last = w.last;
    if (w.first == w.last) return m;
    std::vector<int> anns; // indices into p.annotations, in text order
    for_each_overlapping(p, ix, pars[w.first].start, pars[w.last - 1].end,
                         [&](int i, const Annotation&) { anns.push_back(i); });
    for (int i : anns) {
        const Annotation& an = p.annotations[size_t(i)];
        m.marks.push_back({an.id, type_label(p, an.type), annotation_description(p, an, links)});
    }
    size_t from = 0; // the first mark that may reach the paragraph (marks are sorted by start)
    std::vector<uint32_t> here, bounds;
    for (uint32_t pi = w.first; pi < w.last; ++pi) {
        const Span par = pars[pi];
        MirrorParagraph mp{pi, par, {}};
        here.clear();
        bounds = {par.start, par.end};
        for (size_t k = from; k < anns.size(); ++k) {
            const Span s = p.annotations[size_t(anns[k])].span;
            if (s.start >= par.end) break;
            if (s.end <= par.start) continue;
            here.push_back(uint32_t(k));
            bounds.push_back(std::max(s.start, par.start));
            bounds.push_back(std::min(s.end, par.end));
        }
        // Marks that end in this paragraph cannot reach the next one. (A long mark at the front keeps
        // the others in the scan; they are skipped by their end.)
        while (from < anns.size() && p.annotations[size_t(anns[from])].span.end <= par.end) ++from;
        std::sort(bounds.begin(), bounds.end());
        bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
        for (size_t bi = 0; bi + 1 < bounds.size(); ++bi) {
            MirrorRun run{{bounds[bi], bounds[bi + 1]}, {}};
            for (uint32_t k : here) {
                const Span s = p.annotations[size_t(anns[k])].span;
                if (s.start <= run.span.start && s.end >= run.span.end) run.marks.push_back(k);
            }
            std::stable_sort(run.marks.begin(), run.marks.end(), [&](uint32_t x, uint32_t y) {
                const Span sx = p.annotations[size_t(anns[x])].span, sy = p.annotations[size_t(anns[y])].span;
                return sx.end - sx.start > sy.end - sy.start;
            });
            mp.runs.push_back(std::move(run));
        }
        m.paragraphs.push_back(std::move(mp));
    }
    return m;
}

std::string mirror_json(const ArticleMirror& m, const Document& d) {
    // The article's language (BCP 47, as imported; "" unknown): a reader speaks it with that voice.
    nlohmann::json j = {{"lang", d.meta.language}, {"first", m.first}, {"last", m.last}, {"paragraphs", nlohmann::json::array()},
                        {"marks", nlohmann::json::array()}};
    for (const MirrorParagraph& mp : m.paragraphs) {
        nlohmann::json runs = nlohmann::json::array();
        for (const MirrorRun& r : mp.runs)
            runs.push_back({{"start", r.span.start}, {"text", std::string(d.view(r.span))}, {"marks", r.marks}});
        j["paragraphs"].push_back({{"i", mp.index}, {"start", mp.span.start}, {"runs", std::move(runs)}});
    }
    for (const MirrorMark& mk : m.marks)
        j["marks"].push_back({{"id", mk.id}, {"type", mk.type_label}, {"description", mk.description}});
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace cs
