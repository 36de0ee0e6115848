// Fuzzes the summaries a browser keeps beside each stored document (claimscope.meta.<key>, read back
// by the Documents list, by find_attempt and by key_for_new_document). They are written by the app,
// but browser storage is shared by every page of the origin and outlives versions: a damaged entry
// must be skipped, never crash or hang. The input is stored under the article's key and its first
// copy key, so the key search has to step over it.
#include "fuzz.h"
#include "core/file/stored_documents.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(fuzz::bytes(data, size));
    const std::optional<cs::StoredDocument> d = cs::read_summary("k", text);
    std::vector<cs::StoredDocument> docs;
    if (d) docs.push_back(*d);
    cs::newest_first(docs);
    cs::find_attempt(docs, "k", d ? d->exercise : std::string());
    const std::string key = cs::key_for_new_document("k", [&](const std::string& k) {
        return k == "k" || k == "k.2" ? std::optional<std::string>(text) : std::nullopt;
    });
    const bool keeps_key = d && d->annotations == 0;
    fuzz::require(key == (keeps_key ? "k" : "k.3"), "key_for_new_document", "got " + key);
    return 0;
}
