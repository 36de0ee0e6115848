// Scoring a student's work against the key. Rules: scoring.h and docs/CLASSROOM.md.
#include "scoring.h"
#include "core/text/plural.h"
#include <cctype>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace cs {

TokenRange token_range(const std::vector<Span>& tokens, Span s) {
    // First token ending after s.start, then every token starting before s.end.
    auto lo = std::partition_point(tokens.begin(), tokens.end(), [&](const Span& t) { return t.end <= s.start; });
    auto hi = lo;
    while (hi != tokens.end() && hi->start < s.end) ++hi;
    return {(uint32_t)(lo - tokens.begin()), (uint32_t)(hi - tokens.begin())};
}

double token_overlap(TokenRange a, Span sa, TokenRange b, Span sb) {
    if (a.size() == 0 || b.size() == 0) return a.size() == 0 && b.size() == 0 && sa == sb ? 1.0 : 0.0;
    uint32_t lo = std::max(a.lo, b.lo), hi = std::min(a.hi, b.hi);
    double inter = hi > lo ? hi - lo : 0;
    return inter / (a.size() + b.size() - inter);
}

const char* to_string(ItemStatus s) {
    switch (s) {
        case ItemStatus::Found: return "found";
        case ItemStatus::Missed: return "missed";
        case ItemStatus::Extra: return "extra";
        case ItemStatus::WrongType: return "wrong_type";
    }
    return "";
}
const char* to_string(RelationStatus s) {
    switch (s) {
        case RelationStatus::Found: return "found";
        case RelationStatus::Missed: return "missed";
        case RelationStatus::Extra: return "extra";
        case RelationStatus::WrongTarget: return "wrong_target";
    }
    return "";
}

// ---- Wording --------------------------------------------------------------------------------
static std::string type_label(const Codebook& cb, const std::string& id) {
    const AnnotationType* t = cb.find_type(id);
    return t && !t->label.empty() ? t->label : id;
}
static std::string relation_label(const Codebook& cb, const std::string& id) {
    const RelationType* t = cb.find_relation_type(id);
    return t && !t->label.empty() ? t->label : id;
}
// “quote”, shortened to 60 code points.
static std::string quoted(const std::string& s) {
    std::u32string u = to_u32(s);
    if (u.size() > 60) return "“" + to_utf8(u.substr(0, 59)) + "…”";
    return "“" + s + "”";
}
// How messages name a mention: its entity when it has one ("the United Nations"), else its quote.
static std::string name_of(const Annotation& a) { return a.entity.empty() ? quoted(a.exact) : a.entity; }
static std::string lower_label(const Codebook& cb, const std::string& type) {
    std::string s = type_label(cb, type);
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = (char)(s[0] - 'A' + 'a');
    return s;
}

// ---- Scores ---------------------------------------------------------------------------------
static double ratio(double credit, size_t denom, size_t other) {
    if (denom == 0) return other == 0 ? 1.0 : 0.0;
    return credit / (double)denom;
}
static void finish(Score& s) {
    s.precision = ratio(s.credit, s.marked, s.key);
    s.recall = ratio(s.credit, s.key, s.marked);
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
}

// ---- Matching -------------------------------------------------------------------------------
struct Candidate {
    bool same_type;
    double overlap;
    int k, s;
};

CheckResult check_work(const Project& student, const ExerciseKey& key) {
    CheckResult r;
    const Codebook& cb = student.codebook;
    std::vector<Span> tokens = student.doc ? word_tokens(*student.doc) : std::vector<Span>{};
    const auto& K = key.annotations;
    const auto& S = student.annotations;
    std::vector<TokenRange> kr(K.size()), sr(S.size());
    for (size_t i = 0; i < K.size(); ++i) kr[i] = token_range(tokens, K[i].span);
    for (size_t i = 0; i < S.size(); ++i) sr[i] = token_range(tokens, S[i].span);

    std::vector<Candidate> cands;
    for (size_t k = 0; k < K.size(); ++k)
        for (size_t s = 0; s < S.size(); ++s) {
            if (K[k].anchor == AnchorStatus::Orphaned || S[s].anchor == AnchorStatus::Orphaned) continue;
            double ov = token_overlap(kr[k], K[k].span, sr[s], S[s].span);
            if (ov >= kMatchThreshold) cands.push_back({K[k].type == S[s].type, ov, (int)k, (int)s});
        }
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
        return std::make_tuple(!a.same_type, -a.overlap, a.k, a.s) <
               std::make_tuple(!b.same_type, -b.overlap, b.k, b.s);
    });
    std::vector<int> key_match(K.size(), -1), stu_match(S.size(), -1);
    std::vector<double> key_overlap(K.size(), 0);
    for (const auto& c : cands) {
        if (key_match[c.k] >= 0 || stu_match[c.s] >= 0) continue;
        key_match[c.k] = c.s;
        stu_match[c.s] = c.k;
        key_overlap[c.k] = c.overlap;
    }

    // ---- Items
    for (size_t k = 0; k < K.size(); ++k) {
        ItemResult it;
        it.key_index = (int)k;
        it.type = K[k].type;
        it.span = K[k].span;
        it.student_index = key_match[k];
        const std::string tl = type_label(cb, K[k].type);
        if (key_match[k] < 0) {
            it.status = ItemStatus::Missed;
            it.message = "Missed: " + tl + " " + quoted(K[k].exact);
        } else if (S[key_match[k]].type == K[k].type) {
            it.status = ItemStatus::Found;
            it.overlap = it.credit = key_overlap[k];
            const std::string found = "Found: " + tl + " " + quoted(S[key_match[k]].exact);
            const std::string pct = " (" + std::to_string((int)std::lround(it.credit * 100)) + " % credit: ";
            it.message = it.credit >= 1.0 ? found : found + pct + "the key marks " + quoted(K[k].exact) + ")";
            it.hint = it.credit >= 1.0 ? found : found + pct + "the boundaries differ from the key)";
        } else {
            it.status = ItemStatus::WrongType;
            it.overlap = key_overlap[k];
            const Annotation& sa = S[key_match[k]];
            it.message = "Wrong type: you marked " + quoted(sa.exact) + " as " + type_label(cb, sa.type) +
                         "; the key marks it as " + tl;
            it.hint = "Check the type of " + quoted(sa.exact);
        }
        r.items.push_back(it);
    }
    for (size_t s = 0; s < S.size(); ++s) {
        if (stu_match[s] >= 0) continue;
        ItemResult it;
        it.status = ItemStatus::Extra;
        it.student_index = (int)s;
        it.type = S[s].type;
        it.span = S[s].span;
        // A second mark on an item that another mark already found.
        for (size_t k = 0; k < K.size() && !it.duplicate; ++k)
            it.duplicate = key_match[k] >= 0 && K[k].type == S[s].type && S[s].anchor != AnchorStatus::Orphaned &&
                           token_overlap(kr[k], K[k].span, sr[s], S[s].span) >= kMatchThreshold;
        it.message = it.duplicate ? "Marked twice: " + type_label(cb, S[s].type) + " " + quoted(S[s].exact) +
                                        " (only one mark counts)"
                                  : "Not in the key: " + type_label(cb, S[s].type) + " " + quoted(S[s].exact);
        it.hint = it.message;
        r.items.push_back(it);
    }
    std::stable_sort(r.items.begin(), r.items.end(), [](const ItemResult& a, const ItemResult& b) {
        return std::make_tuple(a.span.start, a.span.end, a.key_index < 0) <
               std::make_tuple(b.span.start, b.span.end, b.key_index < 0);
    });

    // ---- Relations: a student relation's ends are mapped to key items through Found matches.
    auto found_key_of = [&](const std::string& student_id) -> int {
        int s = student.index_of(student_id);
        if (s < 0 || stu_match[s] < 0 || S[s].type != K[stu_match[s]].type) return -1;
        return stu_match[s];
    };
    auto key_index_of = [&](const std::string& id) -> int {
        for (size_t i = 0; i < K.size(); ++i)
            if (K[i].id == id) return (int)i;
        return -1;
    };
    const auto& KR = key.relations;
    const auto& SR = student.relations;
    std::vector<bool> sr_used(SR.size(), false);
    std::vector<int> kr_match(KR.size(), -1);
    for (size_t i = 0; i < KR.size(); ++i) {
        int kf = key_index_of(KR[i].from), kt = key_index_of(KR[i].to);
        for (size_t j = 0; j < SR.size() && kr_match[i] < 0; ++j)
            if (!sr_used[j] && SR[j].type == KR[i].type && found_key_of(SR[j].from) == kf &&
                found_key_of(SR[j].to) == kt && kf >= 0)
                kr_match[i] = (int)j, sr_used[j] = true;
    }
    for (size_t i = 0; i < KR.size(); ++i) {
        RelationResult rr;
        rr.key_index = (int)i;
        int kf = key_index_of(KR[i].from), kt = key_index_of(KR[i].to);
        if (kf < 0 || kt < 0) continue; // the key was validated: cannot happen
        const std::string rl = relation_label(cb, KR[i].type);
        const std::string from_type = lower_label(cb, K[kf].type);
        if (kr_match[i] >= 0) {
            rr.status = RelationStatus::Found;
            rr.student_index = kr_match[i];
            rr.message = rr.hint =
                "Linked: the " + from_type + " " + quoted(K[kf].exact) + " " + rl + " " + name_of(K[kt]);
            r.relations.push_back(rr);
            continue;
        }
        rr.status = RelationStatus::Missed;
        int sf = key_match[kf];
        bool from_found = sf >= 0 && S[sf].type == K[kf].type;
        if (from_found) {
            // Did the student link this same mark with this relation type to something else?
            for (size_t j = 0; j < SR.size(); ++j) {
                if (sr_used[j] || SR[j].type != KR[i].type || SR[j].from != S[sf].id) continue;
                const Annotation* st = student.find(SR[j].to);
                if (!st) continue;
                rr.status = RelationStatus::WrongTarget;
                rr.student_index = (int)j;
                sr_used[j] = true;
                rr.message = "You linked this " + from_type + " (" + quoted(S[sf].exact) + ") to " + name_of(*st) +
                             "; the key links it to " + name_of(K[kt]);
                rr.hint = "Check the “" + rl + "” link of the " + from_type + " " + quoted(S[sf].exact);
                break;
            }
        }
        if (rr.status == RelationStatus::Missed) {
            rr.message = "Missing link: the " + from_type + " " + quoted(K[kf].exact) + " " + rl + " " +
                         name_of(K[kt]) + (from_found ? "" : " (mark the " + from_type + " first)");
            rr.hint =
                from_found ? "The " + from_type + " " + quoted(S[sf].exact) + " still needs its “" + rl + "” link" : "";
        }
        r.relations.push_back(rr);
    }
    for (size_t j = 0; j < SR.size(); ++j) {
        if (sr_used[j]) continue;
        RelationResult rr;
        rr.status = RelationStatus::Extra;
        rr.student_index = (int)j;
        const Annotation* f = student.find(SR[j].from);
        const Annotation* t = student.find(SR[j].to);
        rr.message = rr.hint = "Not in the key: link " + (f ? quoted(f->exact) : SR[j].from) + " " +
                               relation_label(cb, SR[j].type) + " " + (t ? name_of(*t) : SR[j].to);
        r.relations.push_back(rr);
    }

    // ---- Scores: per type in codebook order (then unknown types by id), relations, overall.
    std::vector<std::string> types;
    for (const auto& t : cb.types) types.push_back(t.id);
    for (const auto* v : {&K, &S})
        for (const auto& a : *v)
            if (std::find(types.begin(), types.end(), a.type) == types.end()) types.push_back(a.type);
    for (const auto& t : types) {
        TypeScore ts;
        ts.type = t;
        for (const auto& a : K) ts.score.key += a.type == t;
        for (const auto& a : S) ts.score.marked += a.type == t;
        for (const auto& it : r.items)
            if (it.status == ItemStatus::Found && it.type == t) ts.score.credit += it.credit;
        if (ts.score.key == 0 && ts.score.marked == 0) continue;
        finish(ts.score);
        r.per_type.push_back(ts);
        r.overall.key += ts.score.key;
        r.overall.marked += ts.score.marked;
        r.overall.credit += ts.score.credit;
    }
    r.relation_score.key = KR.size();
    r.relation_score.marked = SR.size();
    for (int m : kr_match) r.relation_score.credit += m >= 0;
    finish(r.relation_score);
    r.overall.key += r.relation_score.key;
    r.overall.marked += r.relation_score.marked;
    r.overall.credit += r.relation_score.credit;
    finish(r.overall);
    r.percent = (int)std::lround(r.overall.f1 * 100);
    return r;
}

ItemCounts count_items(const CheckResult& r) {
    ItemCounts n;
    for (const ItemResult& it : r.items) switch (it.status) {
            case ItemStatus::Found: ++n.found; break;
            case ItemStatus::Missed: ++n.missed; break;
            case ItemStatus::WrongType: ++n.wrong_type; break;
            case ItemStatus::Extra: ++n.extra; break;
        }
    return n;
}

std::string check_summary(const CheckResult& r, const Codebook& codebook) {
    std::vector<std::string> parts;
    for (const TypeScore& ts : r.per_type) {
        if (ts.score.key == 0) continue;
        size_t found = 0;
        for (const ItemResult& it : r.items)
            if (it.status == ItemStatus::Found && it.type == ts.type) ++found;
        const AnnotationType* t = codebook.find_type(ts.type);
        std::string noun = t && !t->label.empty() ? t->label : ts.type;
        for (char& c : noun) c = (char)std::tolower((unsigned char)c);
        parts.push_back(std::to_string(found) + " of the " + count_noun(ts.score.key, noun));
    }
    std::string out;
    if (parts.empty()) {
        out = "The teacher marked nothing to find.";
    } else {
        out = "You found ";
        for (size_t i = 0; i < parts.size(); ++i)
            out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
        out += " the teacher marked.";
    }
    const ItemCounts n = count_items(r);
    if (n.extra > 0) out += " " + count_noun(n.extra, "of your marks is", "of your marks are") + " not in the key.";
    if (n.wrong_type > 0)
        out += " " + count_noun(n.wrong_type, "of your marks has", "of your marks have") +
               " the right words but another type than the teacher's.";
    return out;
}

// 1-based number of the paragraph holding cp (0 before the first).
static size_t paragraph_number(const Document& d, size_t cp) {
    auto it = std::upper_bound(d.paragraphs.begin(), d.paragraphs.end(), cp,
                               [](size_t c, const Span& p) { return c < p.start; });
    return size_t(it - d.paragraphs.begin());
}

std::vector<FeedbackLine> feedback_lines(const CheckResult& r, const Project& work, RevealLevel level) {
    std::vector<FeedbackLine> out;
    if (level == RevealLevel::Score) return out;
    const bool key = level == RevealLevel::Key;
    size_t hidden = 0;
    for (const ItemResult& it : r.items) {
        if (it.status == ItemStatus::Missed && level == RevealLevel::Hints && work.doc) {
            // Where to look, not what: the paragraph, and the line leads there without selecting.
            const size_t n = paragraph_number(*work.doc, it.span.start);
            const std::string type = lower_label(work.codebook, it.type);
            const uint32_t at = n > 0 ? work.doc->paragraphs[n - 1].start : 0;
            out.push_back(
                {"hint", "One more " + type + " to find in paragraph " + std::to_string(n), "", Span{at, at}});
            continue;
        }
        const std::string& text = key ? it.message : it.hint;
        if (text.empty()) {
            hidden++;
            continue;
        }
        FeedbackLine l{to_string(it.status), text, "", key ? it.span : Span{}};
        if (it.student_index >= 0 && size_t(it.student_index) < work.annotations.size()) {
            l.select_id = work.annotations[size_t(it.student_index)].id;
            l.span = it.span; // the student's own mark, or the key's span matched by it
        }
        out.push_back(std::move(l));
    }
    for (const RelationResult& rr : r.relations) {
        // "Marks" says nothing of links the student did not make.
        const bool theirs = rr.student_index >= 0;
        const std::string& text = key ? rr.message : level == RevealLevel::Marks && !theirs ? std::string() : rr.hint;
        if (text.empty()) {
            hidden++;
            continue;
        }
        FeedbackLine l{std::string("link_") + to_string(rr.status), text, "", Span{}};
        if (theirs && size_t(rr.student_index) < work.relations.size())
            l.select_id = work.relations[size_t(rr.student_index)].from;
        out.push_back(std::move(l));
    }
    if (hidden)
        out.push_back({"hidden",
                       std::to_string(hidden) + (hidden == 1 ? " item of the key is" : " items of the key are") +
                           " still to find",
                       "", Span{}});
    return out;
}

} // namespace cs
