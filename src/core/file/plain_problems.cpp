// A file's problems in plain words: see plain_problems.h.
#include "core/file/plain_problems.h"
#include "core/text/plural.h"
#include <algorithm>

namespace cs {

namespace {

enum class Kind { Syntax, Empty, NotClaimscope, Newer, TextChanged, Annotations, Relations, Codebook, Exercise, Other };

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

Kind kind_of(const Problem& p) {
    const std::string& at = p.path;
    if (starts_with(at, "line ")) {
        // Duplicate keys and deep nesting are also found by position, but are about the file's shape.
        return p.message.find("malformed JSON") != std::string::npos ? Kind::Syntax : Kind::NotClaimscope;
    }
    if (at.empty()) return p.message.find("empty") != std::string::npos ? Kind::Empty : Kind::NotClaimscope;
    if (at == "format") return Kind::NotClaimscope;
    if (at == "version") return p.message.find("newer") != std::string::npos ? Kind::Newer : Kind::NotClaimscope;
    if (starts_with(at, "article.sha256") || starts_with(at, "article.text")) return Kind::TextChanged;
    if (starts_with(at, "annotations")) return Kind::Annotations;
    if (starts_with(at, "relations")) return Kind::Relations;
    if (starts_with(at, "codebook")) return Kind::Codebook;
    if (starts_with(at, "exercise")) return Kind::Exercise;
    return Kind::Other;
}

// The annotation or link an "annotations[3].end" path is about, so that two problems with one
// annotation count once.
std::string item_of(const std::string& path) {
    const size_t close = path.find(']');
    return close == std::string::npos ? path : path.substr(0, close + 1);
}

std::string sentence(Kind k, size_t items, const std::string& first_line) {
    switch (k) {
        case Kind::Syntax:
            return "The file is damaged or cut short: its text stops making sense at " + first_line +
                   ". Save it again from Claimscope, or ask for a new copy.";
        case Kind::Empty: return "The file is empty: it may not have finished downloading or copying.";
        case Kind::NotClaimscope: return "This is not a Claimscope file, or it was changed by another program.";
        case Kind::Newer:
            return "It was made by a newer version of Claimscope. Reload this page to get the newest version.";
        case Kind::TextChanged:
            return "The article in the file was changed after it was annotated, so the marks may no longer "
                   "fit it.";
        case Kind::Annotations:
            return count_noun(items, "annotation does", "annotations do") +
                   " not fit the article: a place, a quote or a field is wrong.";
        case Kind::Relations:
            return count_noun(items, "link is", "links are") + " broken: each must join two annotations in the file.";
        case Kind::Codebook: return "Its list of annotation types (the codebook) is damaged.";
        case Kind::Exercise: return "Its exercise settings are damaged: ask your teacher for a new copy.";
        case Kind::Other: return "Some of its details are not what Claimscope expects.";
    }
    return {};
}

} // namespace

std::vector<std::string> plain_problems(const std::vector<Problem>& errors) {
    struct Group {
        Kind kind;
        std::vector<std::string> items;
        std::string first_line; // a syntax error's "line 6"
        size_t more = 0;        // problems only counted (Problem::more)
    };
    std::vector<Group> groups;
    for (const Problem& p : errors) {
        if (p.more > 0 && !groups.empty()) { // "… and N more": of the kinds already listed
            groups.back().more += p.more;
            continue;
        }
        const Kind k = kind_of(p);
        auto g = std::find_if(groups.begin(), groups.end(), [&](const Group& x) { return x.kind == k; });
        if (g == groups.end()) {
            groups.push_back({k, {}, {}, 0});
            g = groups.end() - 1;
            if (k == Kind::Syntax) g->first_line = p.path.substr(0, p.path.find(','));
        }
        const std::string item = item_of(p.path);
        if (std::find(g->items.begin(), g->items.end(), item) == g->items.end()) g->items.push_back(item);
    }
    std::vector<std::string> out;
    for (const Group& g : groups) out.push_back(sentence(g.kind, g.items.size() + g.more, g.first_line));
    return out;
}

} // namespace cs
