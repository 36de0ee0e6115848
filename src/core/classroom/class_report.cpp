// The class report: load students' files, score each, agreement, heatmap, exports.
#include "class_report.h"
#include "core/classroom/check_history.h"
#include "core/file/json_stream.h"
#include "core/formats/csv.h"
#include "core/text/case_fold.h"
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

namespace cs {

const char* to_string(FlagKind k) {
    switch (k) {
        case FlagKind::Unreadable: return "unreadable";
        case FlagKind::OtherArticle: return "other_article";
        case FlagKind::DuplicateName: return "duplicate_name";
        case FlagKind::NoName: return "no_name";
        case FlagKind::EditedChecks: return "edited_checks";
    }
    return "";
}

static std::string first_errors(const std::vector<Problem>& errors) {
    std::string s;
    for (size_t i = 0; i < errors.size() && i < 3; ++i) s += (i ? "; " : "") + errors[i].to_string();
    if (errors.size() > 3) s += "; and " + std::to_string(errors.size() - 3) + " more";
    return s;
}
// Names compare case-insensitively (ASCII) and without outer spaces: "Ana " and "ana" are the same student.
static std::string name_key(const std::string& name) {
    size_t b = name.find_first_not_of(" \t"), e = name.find_last_not_of(" \t");
    std::string s = b == std::string::npos ? "" : name.substr(b, e - b + 1);
    for (char& c : s) c = (char)std::tolower((unsigned char)c);
    return s;
}

KeyGuess guess_answer_key(const std::vector<std::pair<std::string_view, std::string_view>>& files) {
    std::vector<int> exercises, named;
    for (int i = 0; i < (int)files.size(); ++i) {
        // The depth-guarded parser: these are files from students, read before anything else is.
        nlohmann::json j;
        JsonSyntaxError syntax;
        if (parse_json(files[i].second, &j, &syntax) && j.is_object()) {
            auto ex = j.find("exercise");
            if (ex != j.end() && ex->is_object()) {
                auto student = ex->find("student");
                if (student == ex->end() || (student->is_string() && student->get_ref<const std::string&>().empty()))
                    exercises.push_back(i);
            }
        }
        if (contains_folded(files[i].first, "key")) named.push_back(i);
    }
    if (exercises.size() == 1) return {exercises[0], "the exercise file"};
    if (named.size() == 1) return {named[0], "its name contains \"key\""};
    return {};
}

ClassReport compare_class(const Project& key_or_exercise,
                          const std::vector<std::pair<std::string, std::string>>& students) {
    ClassReport r;
    ExerciseKey key;
    const Project& kp = key_or_exercise;
    if (!kp.doc) {
        r.errors.push_back({"", "the key file has no article"});
        return r;
    }
    if (kp.exercise.is_null()) {
        key.annotations = kp.annotations;
        key.relations = kp.relations;
        r.title = kp.doc->meta.title;
    } else {
        ParsedExercise pe = parse_exercise(kp);
        if (!pe.ok) {
            r.errors = pe.errors;
            return r;
        }
        if (!pe.spec.self_check) {
            r.errors.push_back({"exercise",
                                "this exercise file holds no answer key (it was made without self-check): "
                                "give the teacher's own annotated file (….key.claimscope.json) as the key"});
            return r;
        }
        key = std::move(pe.key);
        r.title = pe.spec.title;
        r.key_shown = check_reveals(pe.spec) == RevealLevel::Key;
    }
    r.article_hash = kp.doc->hash;
    for (const auto& t : kp.codebook.types)
        r.types.push_back(t.id), r.type_labels.push_back(t.label.empty() ? t.id : t.label);
    r.key_annotations = key.annotations.size();
    r.key_relations = key.relations.size();

    std::vector<Project> projects; // parallel to rows
    for (const auto& [file, bytes] : students) {
        LoadResult lr = load_project(bytes);
        if (!lr.ok) {
            r.flagged.push_back({file, FlagKind::Unreadable, first_errors(lr.errors)});
            continue;
        }
        if (!lr.project.doc || lr.project.doc->hash != r.article_hash) {
            r.flagged.push_back({file, FlagKind::OtherArticle,
                                 "this file is for another article (its text differs from the key's: hash " +
                                     (lr.project.doc ? lr.project.doc->hash.substr(0, 12) : std::string("none")) +
                                     "…, the key's " + r.article_hash.substr(0, 12) + "…)"});
            continue;
        }
        StudentRow row;
        row.file = file;
        const nlohmann::json& ex = lr.project.exercise;
        if (ex.is_object() && ex.contains("student") && ex["student"].is_string())
            row.name = ex["student"].get<std::string>();
        if (name_key(row.name).empty()) row.name = lr.project.annotator;
        if (name_key(row.name).empty()) {
            row.name = file;
            row.flags.push_back(FlagKind::NoName);
            r.flagged.push_back({file, FlagKind::NoName, "no student name in the file; the file name is used"});
        }
        row.result = check_work(lr.project, key);
        const CheckHistory history = read_check_history(lr.project);
        for (const CheckRecord& c : history.checks) row.checks.push_back(c.percent);
        if (!history.intact) {
            row.flags.push_back(FlagKind::EditedChecks);
            r.flagged.push_back({file, FlagKind::EditedChecks,
                                 "its record of self-checks was edited (" + history.problem +
                                     "); the checks before the edit are counted"});
        }
        r.rows.push_back(std::move(row));
        projects.push_back(std::move(lr.project));
    }
    std::map<std::string, std::vector<size_t>> by_name;
    for (size_t i = 0; i < r.rows.size(); ++i)
        if (!name_key(r.rows[i].name).empty()) by_name[name_key(r.rows[i].name)].push_back(i);
    for (const auto& [name, idx] : by_name) {
        if (idx.size() < 2) continue;
        std::string files;
        for (size_t i : idx) files += (files.empty() ? "" : ", ") + r.rows[i].file;
        for (size_t i : idx) {
            r.rows[i].flags.push_back(FlagKind::DuplicateName);
            r.flagged.push_back(
                {r.rows[i].file, FlagKind::DuplicateName,
                 std::to_string(idx.size()) + " files have the student name “" + r.rows[i].name + "”: " + files});
        }
    }

    // Agreement and heatmap over the same token marks.
    r.heatmap.tokens = word_tokens(*kp.doc);
    std::vector<const std::vector<Annotation>*> raters;
    for (const auto& p : projects) raters.push_back(&p.annotations);
    auto marks = token_type_marks(r.heatmap.tokens, r.types, raters);
    r.agreement = token_agreement(r.types, marks);
    auto key_marks = token_type_marks(r.heatmap.tokens, r.types, {&key.annotations});
    const size_t T = std::min<size_t>(r.types.size(), 64), U = r.heatmap.tokens.size();
    r.heatmap.who.assign(r.types.size(), std::vector<std::vector<int>>(U));
    r.heatmap.key.assign(r.types.size(), std::vector<bool>(U, false));
    for (size_t t = 0; t < T; ++t)
        for (size_t u = 0; u < U; ++u) {
            r.heatmap.key[t][u] = r.key_shown && (key_marks[0][u] >> t & 1);
            for (size_t s = 0; s < marks.size(); ++s)
                if (marks[s][u] >> t & 1) r.heatmap.who[t][u].push_back((int)s);
        }
    r.ok = true;
    return r;
}

// ---- Exports ------------------------------------------------------------------------------
std::string format_ratio(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}
std::string format_optional(const std::optional<double>& v) { return v ? format_ratio(*v) : "n/a"; }

static std::string flag_text(const std::vector<FlagKind>& flags) {
    std::string s;
    for (FlagKind f : flags) s += (s.empty() ? "" : "; ") + std::string(to_string(f));
    return s;
}

std::string gradebook_csv(const ClassReport& r) {
    std::vector<std::string> head = {"student", "file"};
    for (const auto& l : r.type_labels)
        for (const char* m : {" precision", " recall", " F1"}) head.push_back(l + m);
    for (const char* h : {"relations precision", "relations recall", "relations F1", "overall precision",
                          "overall recall", "overall F1", "score %", "self-checks", "self-check scores %", "flags"})
        head.push_back(h);
    std::string out = "\xEF\xBB\xBF" + csv_row(head);
    std::vector<std::string> cells;
    auto add_score = [&](const Score& s) {
        cells.push_back(format_ratio(s.precision));
        cells.push_back(format_ratio(s.recall));
        cells.push_back(format_ratio(s.f1));
    };
    for (const auto& row : r.rows) {
        cells = {row.name, row.file};
        for (const auto& t : r.types) {
            auto it = std::find_if(row.result.per_type.begin(), row.result.per_type.end(),
                                   [&](const TypeScore& ts) { return ts.type == t; });
            if (it != row.result.per_type.end())
                add_score(it->score);
            else
                cells.insert(cells.end(), 3, ""); // nothing in the key and nothing marked
        }
        add_score(row.result.relation_score);
        add_score(row.result.overall);
        cells.push_back(std::to_string(row.result.percent));
        cells.push_back(std::to_string(row.checks.size()));
        std::string scores; // "40 64": one cell, so a spreadsheet keeps the columns aligned
        for (int c : row.checks) scores += (scores.empty() ? "" : " ") + std::to_string(c);
        cells.push_back(scores);
        cells.push_back(flag_text(row.flags));
        out += csv_row(cells);
    }
    // Files without a row still appear, so the gradebook shows who needs to hand in again.
    for (const auto& f : r.flagged) {
        if (f.kind != FlagKind::Unreadable && f.kind != FlagKind::OtherArticle) continue;
        cells = {"", f.file};
        cells.insert(cells.end(), head.size() - 3, "");
        cells.push_back(std::string(to_string(f.kind)) + ": " + f.message);
        out += csv_row(cells);
    }
    return out;
}

static nlohmann::json score_json(const Score& s) {
    return {{"key", s.key},       {"marked", s.marked}, {"credit", s.credit}, {"precision", s.precision},
            {"recall", s.recall}, {"f1", s.f1}};
}
static nlohmann::json optional_json(const std::optional<double>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json();
}

nlohmann::json class_report_json(const ClassReport& r) {
    nlohmann::json j;
    j["ok"] = r.ok;
    j["errors"] = nlohmann::json::array();
    for (const auto& e : r.errors) j["errors"].push_back({{"path", e.path}, {"message", e.message}});
    j["title"] = r.title;
    j["article_hash"] = r.article_hash;
    j["types"] = r.types;
    j["key"] = {{"annotations", r.key_annotations}, {"relations", r.key_relations}, {"shown", r.key_shown}};
    j["students"] = nlohmann::json::array();
    for (const auto& row : r.rows) {
        nlohmann::json s = {{"name", row.name}, {"file", row.file}, {"percent", row.result.percent}};
        s["per_type"] = nlohmann::json::object();
        for (const auto& ts : row.result.per_type) s["per_type"][ts.type] = score_json(ts.score);
        s["relations"] = score_json(row.result.relation_score);
        s["overall"] = score_json(row.result.overall);
        s["checks"] = row.checks;
        s["flags"] = nlohmann::json::array();
        for (FlagKind f : row.flags) s["flags"].push_back(to_string(f));
        j["students"].push_back(s);
    }
    j["flagged"] = nlohmann::json::array();
    for (const auto& f : r.flagged)
        j["flagged"].push_back({{"file", f.file}, {"kind", to_string(f.kind)}, {"message", f.message}});
    nlohmann::json ag = {
        {"raters", r.agreement.raters}, {"units", r.agreement.units}, {"per_type", nlohmann::json::object()}};
    for (const auto& ta : r.agreement.per_type)
        ag["per_type"][ta.type] = {{"fleiss_kappa", optional_json(ta.kappa)},
                                   {"krippendorff_alpha", optional_json(ta.alpha)}};
    ag["all_types"] = {{"fleiss_kappa", optional_json(r.agreement.kappa_all)},
                       {"krippendorff_alpha", optional_json(r.agreement.alpha_all)}};
    j["agreement"] = ag;
    // Heatmap: token spans once, then per type the number of students marking each token.
    nlohmann::json hm = {{"tokens", nlohmann::json::array()}, {"counts", nlohmann::json::object()}};
    for (const auto& t : r.heatmap.tokens) hm["tokens"].push_back({t.start, t.end});
    for (size_t t = 0; t < r.types.size() && t < r.heatmap.who.size(); ++t) {
        nlohmann::json c = nlohmann::json::array();
        for (const auto& w : r.heatmap.who[t]) c.push_back(w.size());
        hm["counts"][r.types[t]] = c;
    }
    j["heatmap"] = hm;
    return j;
}

std::string class_report_text(const ClassReport& r) {
    std::string out;
    if (!r.ok) {
        for (const auto& e : r.errors) out += "error: " + e.to_string() + "\n";
        return out;
    }
    out += "Exercise: " + r.title + "\n";
    out += "Key: " + std::to_string(r.key_annotations) + " annotations, " + std::to_string(r.key_relations) +
           " relations\n\n";
    out += "Students (precision / recall / F1):\n";
    for (const auto& row : r.rows) {
        out += "  " + row.name + " (" + row.file + ")" + (row.flags.empty() ? "" : " [" + flag_text(row.flags) + "]") +
               "\n";
        auto score_line = [&](const std::string& label, const Score& s) {
            out += "    " + label + ": " + format_ratio(s.precision) + " / " + format_ratio(s.recall) + " / " +
                   format_ratio(s.f1) + "  (" + std::to_string(s.marked) + " marked, " + std::to_string(s.key) +
                   " in key)\n";
        };
        for (const auto& ts : row.result.per_type) {
            auto it = std::find(r.types.begin(), r.types.end(), ts.type);
            score_line(it == r.types.end() ? ts.type : r.type_labels[it - r.types.begin()], ts.score);
        }
        score_line("Relations", row.result.relation_score);
        score_line("Overall", row.result.overall);
        out += "    Score: " + std::to_string(row.result.percent) + " %\n";
        std::string checks;
        for (int c : row.checks) checks += (checks.empty() ? "" : ", ") + std::to_string(c) + " %";
        out += "    Self-checks: " + std::to_string(row.checks.size()) + (checks.empty() ? "" : " (" + checks + ")") +
               "\n";
    }
    out += "\nAgreement among " + std::to_string(r.agreement.raters) + " students over " +
           std::to_string(r.agreement.units) + " word tokens (Fleiss' kappa / Krippendorff's alpha):\n";
    for (size_t i = 0; i < r.agreement.per_type.size(); ++i) {
        const auto& ta = r.agreement.per_type[i];
        out += "  " + (i < r.type_labels.size() ? r.type_labels[i] : ta.type) + ": " + format_optional(ta.kappa) +
               " / " + format_optional(ta.alpha) + "\n";
    }
    out += "  All types: " + format_optional(r.agreement.kappa_all) + " / " + format_optional(r.agreement.alpha_all) +
           "\n";
    if (!r.flagged.empty()) {
        out += "\nFlagged files:\n";
        for (const auto& f : r.flagged) out += "  " + f.file + ": " + to_string(f.kind) + ": " + f.message + "\n";
    }
    return out;
}

} // namespace cs
