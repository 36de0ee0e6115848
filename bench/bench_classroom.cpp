// Claimscope benchmarks — class comparison: 30 students × 500 annotations (compare_class).
#include "bench_data.h"
#include "core/classroom/class_report.h"
#include <random>
#include <set>

using namespace csbench;

// Key: 500 annotations of the 100k article (every other one) and the relations between them.
// Each student drops ~10 %, moves the start of ~10 % by a few code points and adds a few of
// their own, as real class work differs from the key.
static void BM_CompareClass(benchmark::State& state) {
    const cs::Project* full = project("100k", state);
    if (!full) return;
    cs::Project key = *full;
    key.annotations.clear();
    for (size_t i = 0; i < full->annotations.size() && key.annotations.size() < 500; i += 2)
        key.annotations.push_back(full->annotations[i]);
    auto keep_relations = [](cs::Project& p) {
        std::set<std::string> ids;
        for (const auto& a : p.annotations) ids.insert(a.id);
        std::vector<cs::Relation> kept;
        for (const auto& r : p.relations)
            if (ids.count(r.from) && ids.count(r.to)) kept.push_back(r);
        p.relations = kept;
    };
    keep_relations(key);
    std::vector<std::pair<std::string, std::string>> students;
    std::mt19937 rng(30);
    for (int s = 0; s < 30; ++s) {
        cs::Project st = key;
        st.annotator = "Student " + std::to_string(s + 1);
        std::vector<cs::Annotation> anns;
        for (auto a : key.annotations) {
            const unsigned r = rng() % 100;
            if (r < 10) continue;
            if (r < 20 && a.span.end - a.span.start > 6) {
                a.span.start += 1 + rng() % 5;
                fill_quote(a, *st.doc);
            }
            anns.push_back(a);
        }
        for (int k = 0; k < 25; ++k) {
            cs::Annotation a = full->annotations[1 + 2 * (rng() % (full->annotations.size() / 2))];
            a.id = "a-s" + std::to_string(s) + "-" + std::to_string(k);
            anns.push_back(a);
        }
        st.annotations = anns;
        cs::sort_annotations(st.annotations);
        keep_relations(st);
        students.emplace_back("student" + std::to_string(s + 1) + ".claimscope.json", cs::save_project(st));
    }
    cs::ClassReport report;
    for (auto _ : state) report = cs::compare_class(key, students);
    if (!report.ok || report.rows.size() != 30) state.SkipWithError("compare_class did not use all 30 students");
    state.counters["students"] = double(report.rows.size());
    state.counters["alpha"] = report.agreement.alpha_all ? *report.agreement.alpha_all : -1;
}
BENCHMARK(BM_CompareClass)->Unit(benchmark::kMillisecond);
