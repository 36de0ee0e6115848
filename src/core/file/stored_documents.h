// Claimscope core — the documents a browser keeps (docs/STORAGE.md): the summary of each one that the
// Documents list shows, and the key a newly opened document is stored under, so that opening a file
// never overwrites stored work. The UI reads and writes the keys through the platform; this decides.
//
// - StoredDocument, document_summary, read_summary, newest_first
// - key_for_new_document, find_attempt
#pragma once
#include "core/model/model.h"
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// A document kept in the browser, as its summary ("claimscope.meta.<key>") describes it.
struct StoredDocument {
    std::string key, title, modified;
    size_t annotations = 0;
    bool in_bulk = false;          // its body is in IndexedDB (over localStorage's quota)
    std::string exercise, student; // an exercise attempt: the exercise's title and the student's name
};

// The summary of `p` as JSON text: title, modified (`now` when the project has none), annotations and,
// for an exercise attempt, exercise and student.
std::string document_summary(const Project& p, const std::string& now, bool in_bulk = false);
// A summary read back; nullopt when it is not a JSON object (a damaged entry is left alone, not listed).
std::optional<StoredDocument> read_summary(const std::string& key, std::string_view json);
// Latest edit first (ISO 8601 times sort as text); the key breaks ties, so the order is the same on
// every read.
void newest_first(std::vector<StoredDocument>& docs);

// Where a project opened from a file is stored. `article_key` is its article's key; it is used unless
// the document stored there may hold annotations (another document on the same article, an earlier
// attempt at an exercise started again, the work a file replaced; a damaged summary counts too). Then the
// first "<article_key>.N" (N = 2, 3...) with no summary at all: stored work stays as it was.
// `summary_at(key)`: the summary's text stored under key, or nullopt.
std::string key_for_new_document(const std::string& article_key,
                                 const std::function<std::optional<std::string>(const std::string&)>& summary_at);

// The newest attempt at the exercise titled `exercise` on the article with key `article_key`, among
// `docs` (newest first), that holds a student's name or annotations.
std::optional<StoredDocument> find_attempt(const std::vector<StoredDocument>& docs, const std::string& article_key,
                                           const std::string& exercise);

} // namespace cs
