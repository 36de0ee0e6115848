// Shared by the classroom tests: a short article and helpers to mark phrases in it.
#pragma once
#include "core/classroom/exercise.h"
#include <stdexcept>
#include <string>

namespace cs::test {

// 21 word tokens: Refugees(0) returned in large numbers(4) the(5) United Nations said(8) Al(9)
// Jazeera reported that the(13) border was closed(16) Balkhi(17) denied the report(20).
inline const char* kClassArticle =
    "Refugees returned in large numbers, the United Nations said. Al Jazeera reported that the border "
    "was closed. Balkhi denied the report.";

inline Project class_project() {
    Project p;
    ArticleMeta meta;
    meta.title = "Border report";
    p.doc = make_shared_document(kClassArticle, meta);
    p.codebook = default_codebook();
    return p;
}

// The code-point span of the nth occurrence of an ASCII phrase in the article.
inline Span phrase(const Project& p, const std::string& text, int nth = 0) {
    size_t at = p.doc->text.find(text);
    while (at != std::string::npos && nth-- > 0) at = p.doc->text.find(text, at + 1);
    if (at == std::string::npos) throw std::runtime_error("phrase not in article: " + text);
    return {(uint32_t)at, (uint32_t)(at + text.size())};
}

// Adds an annotation on `span` and returns its id ("<prefix><n>").
inline std::string mark(Project& p, const std::string& type, Span span, const std::string& entity = "",
                        const std::string& prefix = "a") {
    Annotation a;
    a.id = prefix + std::to_string(p.annotations.size() + 1);
    a.type = type;
    a.span = span;
    a.entity = entity;
    a.created = a.modified = "2026-01-01T00:00:00Z";
    fill_quote(a, *p.doc);
    p.annotations.push_back(a);
    sort_annotations(p.annotations);
    return a.id;
}
inline std::string mark(Project& p, const std::string& type, const std::string& text, const std::string& entity = "",
                        const std::string& prefix = "a") {
    return mark(p, type, phrase(p, text), entity, prefix);
}

inline void link(Project& p, const std::string& type, const std::string& from, const std::string& to) {
    p.relations.push_back({"r" + std::to_string(p.relations.size() + 1), type, from, to});
    sort_relations(p.relations);
}

// The teacher's key: 2 claims, 2 sources, 1 actor; each claim linked to its source.
inline Project class_key() {
    Project t = class_project();
    t.annotator = "Teacher";
    std::string c1 = mark(t, "claim", "Refugees returned in large numbers", "", "k");
    std::string un = mark(t, "source", "the United Nations", "United Nations", "k");
    std::string aj = mark(t, "source", "Al Jazeera", "Al Jazeera", "k");
    std::string c2 = mark(t, "claim", "the border was closed", "", "k");
    mark(t, "actor", "Balkhi", "Abdul Qahar Balkhi", "k");
    link(t, "according_to", c1, un);
    link(t, "according_to", c2, aj);
    return t;
}

} // namespace cs::test
