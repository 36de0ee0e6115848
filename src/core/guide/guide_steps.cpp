// Claimscope core — the first-visit guide's steps (see guide_steps.h).
#include "core/guide/guide_steps.h"
#include <algorithm>

namespace cs {

GuideStart guide_start(const Project& p, int saves) {
    GuideStart g;
    for (const Annotation& a : p.annotations) g.annotations.insert(a.id);
    for (const Relation& r : p.relations) g.relations.insert(r.id);
    g.saves = saves;
    return g;
}

static bool new_annotation_of(const Project& p, const GuideStart& start, const std::string& type) {
    return std::any_of(p.annotations.begin(), p.annotations.end(),
                       [&](const Annotation& a) { return a.type == type && !start.annotations.count(a.id); });
}

static bool is_type(const Project& p, const std::string& id, const std::string& type) {
    const Annotation* a = p.find(id);
    return a && a->type == type;
}

bool guide_step_done(GuideStep step, const Project& p, const GuideStart& start, int saves) {
    switch (step) {
        case GuideStep::Claim: return new_annotation_of(p, start, "claim");
        case GuideStep::Actor: return new_annotation_of(p, start, "actor");
        case GuideStep::Link:
            return std::any_of(p.relations.begin(), p.relations.end(), [&](const Relation& r) {
                return !start.relations.count(r.id) && is_type(p, r.from, "claim") && is_type(p, r.to, "actor");
            });
        case GuideStep::Save: return saves > start.saves;
        case GuideStep::Done: return true;
    }
    return false;
}

GuideStep guide_advance(GuideStep step, const Project& p, const GuideStart& start, int saves) {
    while (step != GuideStep::Done && guide_step_done(step, p, start, saves)) step = GuideStep((int)step + 1);
    return step;
}

} // namespace cs
