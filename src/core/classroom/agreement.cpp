// Fleiss' kappa and Krippendorff's alpha (nominal) over word tokens. Definitions: agreement.h and
// docs/CLASSROOM.md; both are checked against the published worked examples in test_agreement.cpp.
#include "agreement.h"
#include "scoring.h"
#include <algorithm>
#include <cctype>
#include <map>

namespace cs {

std::optional<double> fleiss_kappa(const std::vector<std::vector<int>>& counts) {
    if (counts.empty()) return std::nullopt;
    size_t k = 0;
    for (const auto& row : counts) k = std::max(k, row.size());
    long long n = -1;
    std::vector<double> column(k, 0);
    double p_bar = 0;
    for (const auto& row : counts) {
        long long sum = 0, sq = 0;
        for (size_t j = 0; j < row.size(); ++j) {
            if (row[j] < 0) return std::nullopt;
            sum += row[j];
            sq += (long long)row[j] * row[j];
            column[j] += row[j];
        }
        if (n < 0) n = sum;
        if (sum != n || n < 2) return std::nullopt;
        p_bar += double(sq - n) / double(n * (n - 1)); // P_i: agreeing rater pairs / all pairs
    }
    const double N = (double)counts.size();
    p_bar /= N;
    double p_e = 0;
    for (double c : column) p_e += (c / (N * n)) * (c / (N * n));
    if (p_e >= 1.0) return std::nullopt;
    return (p_bar - p_e) / (1.0 - p_e);
}

std::optional<double> krippendorff_alpha_nominal(const std::vector<std::vector<int>>& values) {
    size_t units = 0;
    for (const auto& row : values) units = std::max(units, row.size());
    // Coincidences: only their marginals n_c and the total disagreement Σ_{c≠k} o_ck are needed.
    std::map<int, double> n_c;
    double disagree = 0;
    for (size_t u = 0; u < units; ++u) {
        std::map<int, int> n_uc;
        int m_u = 0;
        for (const auto& row : values)
            if (u < row.size() && row[u] != kMissingValue) ++n_uc[row[u]], ++m_u;
        if (m_u < 2) continue; // not pairable
        double same = 0;
        for (const auto& [c, cnt] : n_uc) {
            n_c[c] += cnt; // Σ_k o_ck over the unit = cnt · (m_u - 1) / (m_u - 1)
            same += double(cnt) * cnt;
        }
        disagree += (double(m_u) * m_u - same) / (m_u - 1);
    }
    double n = 0, sq = 0;
    for (const auto& [c, v] : n_c) n += v, sq += v * v;
    double expected = n * n - sq; // Σ_{c≠k} n_c n_k
    if (n < 2 || expected <= 0) return std::nullopt;
    return 1.0 - (n - 1) * disagree / expected;
}

std::vector<std::vector<uint64_t>> token_type_marks(const std::vector<Span>& tokens,
                                                    const std::vector<std::string>& types,
                                                    const std::vector<const std::vector<Annotation>*>& raters) {
    std::vector<std::vector<uint64_t>> marks(raters.size(), std::vector<uint64_t>(tokens.size(), 0));
    for (size_t r = 0; r < raters.size(); ++r)
        for (const auto& a : *raters[r]) {
            auto t = std::find(types.begin(), types.end(), a.type);
            if (t == types.end() || t - types.begin() >= 64 || a.anchor == AnchorStatus::Orphaned) continue;
            TokenRange tr = token_range(tokens, a.span);
            for (uint32_t i = tr.lo; i < tr.hi; ++i) marks[r][i] |= uint64_t(1) << (t - types.begin());
        }
    return marks;
}

Agreement token_agreement(const std::vector<std::string>& types, const std::vector<std::vector<uint64_t>>& marks) {
    Agreement out;
    out.raters = marks.size();
    out.units = marks.empty() ? 0 : marks[0].size();
    const size_t R = out.raters, U = out.units;
    auto both = [&](const std::vector<std::vector<int>>& values, size_t categories, std::optional<double>* kappa,
                    std::optional<double>* alpha) {
        std::vector<std::vector<int>> counts(U, std::vector<int>(categories, 0));
        for (size_t r = 0; r < R; ++r)
            for (size_t u = 0; u < U; ++u) ++counts[u][values[r][u]];
        *kappa = fleiss_kappa(counts);
        *alpha = krippendorff_alpha_nominal(values);
    };
    if (R < 2 || U == 0) {
        for (const auto& t : types) out.per_type.push_back({t, std::nullopt, std::nullopt});
        return out;
    }
    std::vector<std::vector<int>> values(R, std::vector<int>(U, 0));
    for (size_t t = 0; t < types.size(); ++t) {
        TypeAgreement ta;
        ta.type = types[t];
        for (size_t r = 0; r < R; ++r)
            for (size_t u = 0; u < U; ++u) values[r][u] = t < 64 && (marks[r][u] >> t & 1) ? 1 : 0;
        both(values, 2, &ta.kappa, &ta.alpha);
        out.per_type.push_back(ta);
    }
    // All types: each distinct set of types is one category (the empty set is "none").
    std::map<uint64_t, int> category;
    for (size_t r = 0; r < R; ++r)
        for (size_t u = 0; u < U; ++u) {
            auto it = category.emplace(marks[r][u], (int)category.size()).first;
            values[r][u] = it->second;
        }
    both(values, category.size(), &out.kappa_all, &out.alpha_all);
    return out;
}

std::string agreement_words(const std::optional<double>& c) {
    if (!c) return "cannot be said";
    if (*c >= 0.8) return "agree almost fully";
    if (*c >= 0.6) return "mostly agree";
    if (*c >= 0.4) return "partly agree";
    if (*c >= 0.2) return "agree a little";
    if (*c >= 0) return "hardly agree";
    return "disagree more than chance would";
}

std::string agreement_sentence(const Agreement& a, const std::vector<std::string>& type_labels) {
    std::string out;
    for (size_t i = 0; i < a.per_type.size(); ++i) {
        const std::optional<double> v = a.per_type[i].alpha ? a.per_type[i].alpha : a.per_type[i].kappa;
        if (!v) continue;
        std::string noun = i < type_labels.size() ? type_labels[i] : a.per_type[i].type;
        for (char& c : noun) c = (char)std::tolower((unsigned char)c);
        out += (out.empty() ? "Students " : "; they ") + agreement_words(v) + " on " + noun + "s";
    }
    return out.empty() ? "" : out + ".";
}

} // namespace cs
