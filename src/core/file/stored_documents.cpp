// Claimscope core — the documents a browser keeps (see stored_documents.h).
#include "core/file/stored_documents.h"
#include "core/file/json_stream.h"
#include <algorithm>
#include <nlohmann/json.hpp>

namespace cs {

std::string document_summary(const Project& p, const std::string& now, bool in_bulk) {
    nlohmann::json j = {{"title", p.doc->meta.title.empty() ? std::string("(untitled article)") : p.doc->meta.title},
                        {"modified", p.modified.empty() ? now : p.modified},
                        {"annotations", p.annotations.size()}};
    if (in_bulk) j["in"] = "indexeddb";
    if (p.exercise.is_object()) { // found again when the same exercise is opened again (find_attempt)
        j["exercise"] = p.exercise.value("title", std::string());
        j["student"] = p.exercise.value("student", std::string());
    }
    return j.dump();
}

std::optional<StoredDocument> read_summary(const std::string& key, std::string_view json) {
    nlohmann::json j;
    JsonSyntaxError error;
    if (!parse_json(json, &j, &error) || !j.is_object()) return std::nullopt; // nesting limited, as every reader

    // A field of the wrong type reads as absent: a summary is a convenience, never a reason to fail.
    auto text = [&](const char* name, const char* fallback) {
        const auto it = j.find(name);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string(fallback);
    };
    StoredDocument d;
    d.key = key;
    d.title = text("title", "(untitled)");
    d.modified = text("modified", "");
    const auto n = j.find("annotations");
    d.annotations = n != j.end() && n->is_number_unsigned() ? n->get<size_t>() : 0;
    d.in_bulk = text("in", "") == "indexeddb";
    d.exercise = text("exercise", "");
    d.student = text("student", "");
    return d;
}

void newest_first(std::vector<StoredDocument>& docs) {
    std::sort(docs.begin(), docs.end(), [](const StoredDocument& a, const StoredDocument& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.key < b.key;
    });
}

std::string key_for_new_document(const std::string& article_key,
                                 const std::function<std::optional<std::string>(const std::string&)>& summary_at) {
    const std::optional<std::string> there = summary_at(article_key);
    if (!there) return article_key;
    const std::optional<StoredDocument> d = read_summary(article_key, *there);
    if (d && d->annotations == 0) return article_key;
    for (int n = 2;; ++n) {
        std::string copy = article_key + "." + std::to_string(n);
        if (!summary_at(copy)) return copy;
    }
}

std::optional<StoredDocument> find_attempt(const std::vector<StoredDocument>& docs, const std::string& article_key,
                                           const std::string& exercise) {
    for (const StoredDocument& d : docs) {
        const bool same_article = d.key == article_key || d.key.rfind(article_key + ".", 0) == 0;
        if (same_article && d.exercise == exercise && (d.annotations > 0 || !d.student.empty())) return d;
    }
    return std::nullopt;
}

} // namespace cs
