// Claimscope core — media-literacy figures for one project, shared by `claimscope stats` and
// the HTML report (one implementation, so both always agree).
//
// Types are recognised by the default codebook ids: claims are type "claim", actors "actor",
// sources "source"; a claim's actor is the end of a relation from the claim to an actor (e.g.
// said_by), its source the end of one to a source (e.g. according_to). Mentions group by their
// entity name (else their quote), so "Balkhi" and "Abdul Qahar Balkhi" count as one actor when
// the annotator gave both the same entity.
#pragma once
#include "core/model/model.h"
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cs {

struct NameCount {
    std::string name;
    size_t count = 0;
};

struct Stats {
    std::vector<NameCount> per_type; // every codebook type (label), in codebook order, then unknown ids
    size_t annotations = 0, relations = 0, orphaned = 0;
    size_t claims = 0;
    size_t claims_with_source = 0; // linked to at least one source
    size_t claims_with_actor = 0;  // linked to at least one actor
    // Source mentions by their "kind" attribute: anonymous/unclear vs any other kind vs not set.
    size_t sources_named = 0, sources_anonymous = 0, sources_unspecified = 0;
    std::vector<NameCount> top_actors;        // actor entities by number of mentions, most first
    std::vector<NameCount> top_sources;       // source entities by number of mentions
    std::vector<NameCount> claims_per_actor;  // actor entity -> claims linked to it, most first
    std::vector<NameCount> claims_per_source; // source entity -> claims resting on it
};

Stats compute_stats(const Project& p);
nlohmann::ordered_json stats_to_json(const Stats& s);
std::string stats_to_text(const Stats& s, size_t top_n = 10); // for the terminal
// "7 of 12 (58%)"; "0 of 0" when there is nothing to count.
std::string share_text(size_t part, size_t whole);

// The entity field's suggestions: entity names already given to annotations of `type`, sorted and
// distinct, that contain `typed` ignoring case (contains_folded) and are not exactly it.
std::vector<std::string> entity_suggestions(const Project& p, const std::string& type, const std::string& typed);

} // namespace cs
