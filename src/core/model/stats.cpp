#include "core/model/stats.h"
#include "core/formats/formats.h"
#include "core/text/case_fold.h"
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace cs {

static std::vector<NameCount> ranked(const std::map<std::string, size_t>& m) {
    std::vector<NameCount> v;
    for (const auto& [name, n] : m) v.push_back({name, n});
    // Most first; ties alphabetical so the order never depends on annotation order.
    std::stable_sort(v.begin(), v.end(), [](const NameCount& a, const NameCount& b) { return a.count > b.count; });
    return v;
}

Stats compute_stats(const Project& p) {
    Stats s;
    s.annotations = p.annotations.size();
    s.relations = p.relations.size();
    std::map<std::string, size_t> type_count, actors, sources;
    for (const auto& a : p.annotations) {
        ++type_count[a.type];
        s.orphaned += a.anchor == AnchorStatus::Orphaned;
        if (a.type == "claim") ++s.claims;
        if (a.type == "actor") ++actors[display_name(a)];
        if (a.type == "source") {
            ++sources[display_name(a)];
            auto kind = a.attributes.find("kind");
            const std::string k = kind != a.attributes.end() && kind->is_string() ? kind->get<std::string>() : "";
            if (k.empty())
                ++s.sources_unspecified;
            else if (k == "anonymous" || k == "unclear")
                ++s.sources_anonymous;
            else
                ++s.sources_named;
        }
    }
    for (const auto& t : p.codebook.types) {
        s.per_type.push_back({t.label.empty() ? t.id : t.label, type_count[t.id]});
        type_count.erase(t.id);
    }
    for (const auto& [id, n] : type_count) s.per_type.push_back({id, n});

    // Claim -> linked actor / source entities (sets: two relations to one entity count once).
    std::map<std::string, std::set<std::string>> claim_actors, claim_sources;
    for (const auto& r : p.relations) {
        const Annotation* from = p.find(r.from);
        const Annotation* to = p.find(r.to);
        if (!from || !to || from->type != "claim") continue;
        if (to->type == "actor") claim_actors[from->id].insert(display_name(*to));
        if (to->type == "source") claim_sources[from->id].insert(display_name(*to));
    }
    s.claims_with_actor = claim_actors.size();
    s.claims_with_source = claim_sources.size();
    std::map<std::string, size_t> per_actor, per_source;
    for (const auto& [claim, names] : claim_actors)
        for (const auto& n : names) ++per_actor[n];
    for (const auto& [claim, names] : claim_sources)
        for (const auto& n : names) ++per_source[n];
    s.top_actors = ranked(actors);
    s.top_sources = ranked(sources);
    s.claims_per_actor = ranked(per_actor);
    s.claims_per_source = ranked(per_source);
    return s;
}

std::string share_text(size_t part, size_t whole) {
    std::string t = std::to_string(part) + " of " + std::to_string(whole);
    if (whole) t += " (" + std::to_string((part * 100 + whole / 2) / whole) + "%)";
    return t;
}

static nlohmann::ordered_json counts_json(const std::vector<NameCount>& v) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const auto& nc : v) a.push_back({{"name", nc.name}, {"count", nc.count}});
    return a;
}

nlohmann::ordered_json stats_to_json(const Stats& s) {
    nlohmann::ordered_json j;
    j["annotations"] = s.annotations;
    j["relations"] = s.relations;
    j["orphaned"] = s.orphaned;
    j["per_type"] = counts_json(s.per_type);
    j["claims"] = s.claims;
    j["claims_with_source"] = s.claims_with_source;
    j["claims_with_actor"] = s.claims_with_actor;
    j["sources"] = {
        {"named", s.sources_named}, {"anonymous", s.sources_anonymous}, {"unspecified", s.sources_unspecified}};
    j["top_actors"] = counts_json(s.top_actors);
    j["top_sources"] = counts_json(s.top_sources);
    j["claims_per_actor"] = counts_json(s.claims_per_actor);
    j["claims_per_source"] = counts_json(s.claims_per_source);
    return j;
}

std::string stats_to_text(const Stats& s, size_t top_n) {
    std::ostringstream o;
    o << "Annotations: " << s.annotations << " (relations: " << s.relations;
    if (s.orphaned) o << ", orphaned: " << s.orphaned;
    o << ")\n";
    for (const auto& t : s.per_type) o << "  " << t.name << ": " << t.count << "\n";
    o << "Claims with a source: " << share_text(s.claims_with_source, s.claims) << "\n";
    o << "Claims with an actor: " << share_text(s.claims_with_actor, s.claims) << "\n";
    o << "Source mentions: " << s.sources_named << " named, " << s.sources_anonymous << " anonymous/unclear, "
      << s.sources_unspecified << " kind not set\n";
    auto list = [&](const char* title, const std::vector<NameCount>& v) {
        if (v.empty()) return;
        o << title << "\n";
        for (size_t i = 0; i < v.size() && i < top_n; ++i) o << "  " << v[i].count << "  " << v[i].name << "\n";
    };
    list("Top actors (mentions):", s.top_actors);
    list("Top sources (mentions):", s.top_sources);
    list("Claims per actor:", s.claims_per_actor);
    list("Claims per source:", s.claims_per_source);
    return o.str();
}

std::vector<std::string> entity_suggestions(const Project& p, const std::string& type, const std::string& typed) {
    std::set<std::string> names;
    for (const Annotation& a : p.annotations)
        if (a.type == type && !a.entity.empty() && a.entity != typed && contains_folded(a.entity, typed))
            names.insert(a.entity);
    return {names.begin(), names.end()};
}

} // namespace cs
