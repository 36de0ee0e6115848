// Claimscope classroom — self-checks recorded in the student's file (see check_history.h).
#include "core/classroom/check_history.h"
#include "core/file/file_format.h"
#include "core/model/document.h"

namespace cs {
namespace {

std::string work_hash(const Project& p) {
    const nlohmann::json j = project_to_json(p);
    return sha256_hex(j.value("annotations", nlohmann::json::array()).dump() +
                      j.value("relations", nlohmann::json::array()).dump())
        .substr(0, 16);
}

std::string chain_hash(const std::string& previous, const std::string& time, int percent, const std::string& work) {
    return sha256_hex(previous + "|" + time + "|" + std::to_string(percent) + "|" + work).substr(0, 16);
}

std::string chain_start(const Project& p) { return p.doc ? p.doc->hash : std::string(); }

} // namespace

CheckHistory read_check_history(const Project& p) {
    CheckHistory h;
    if (!p.exercise.is_object()) return h;
    const auto it = p.exercise.find("checks");
    if (it == p.exercise.end()) return h;
    auto broken = [&](const std::string& path, const std::string& why) {
        h.intact = false;
        h.problem = path + ": " + why;
        return h;
    };
    if (!it->is_array()) return broken("exercise.checks", "must be an array");
    std::string previous = chain_start(p);
    for (size_t i = 0; i < it->size(); ++i) {
        const nlohmann::json& e = (*it)[i];
        const std::string path = "exercise.checks[" + std::to_string(i) + "]";
        if (!e.is_object()) return broken(path, "must be an object");
        const auto text = [&](const char* k) {
            const auto f = e.find(k);
            return f != e.end() && f->is_string() ? f->get<std::string>() : std::string();
        };
        const auto pct = e.find("percent");
        if (pct == e.end() || !pct->is_number_integer() || pct->get<long long>() < 0 || pct->get<long long>() > 100)
            return broken(path + ".percent", "must be a whole number from 0 to 100");
        CheckRecord r{text("time"), (int)pct->get<long long>(), text("work"), text("chain")};
        if (r.chain != chain_hash(previous, r.time, r.percent, r.work))
            return broken(path + ".chain", "does not follow from the checks before it: the history was edited");
        previous = r.chain;
        h.checks.push_back(std::move(r));
    }
    return h;
}

nlohmann::json record_check(const Project& p, int percent, const std::string& time) {
    nlohmann::json block = p.exercise.is_object() ? p.exercise : nlohmann::json::object();
    nlohmann::json& checks = block["checks"];
    if (!checks.is_array()) checks = nlohmann::json::array();
    const std::string previous =
        checks.empty() ? chain_start(p) : checks.back().value("chain", std::string()); // an edited one stays broken
    const std::string work = work_hash(p);
    checks.push_back(
        {{"time", time}, {"percent", percent}, {"work", work}, {"chain", chain_hash(previous, time, percent, work)}});
    return block;
}

int checks_left(const ExerciseSpec& spec, const CheckHistory& history) {
    if (spec.max_checks < 0) return -1;
    return std::max(0, spec.max_checks - (int)history.checks.size());
}

} // namespace cs
