// Claimscope fuzzing — what the libFuzzer harnesses (tests/fuzz/fuzz_*.cpp) share: the input as
// bytes, the article and codebook the importers anchor onto, and the properties a result must keep.
//
// A harness aborts (through fail) when a property breaks: libFuzzer then saves the input as a crash,
// exactly as for a sanitizer report. scripts/fuzz.sh runs every harness; tests/fuzz/README.md says how.
#pragma once
#include "core/file/file_format.h"
#include "core/formats/formats.h"
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

namespace fuzz {

inline std::string_view bytes(const uint8_t* data, size_t size) { return {reinterpret_cast<const char*>(data), size}; }

// Says which property broke, then aborts so that libFuzzer keeps the input.
[[noreturn]] inline void fail(const char* property, const std::string& detail = "") {
    std::fprintf(stderr, "\n==fuzz== property broken: %s\n%s\n", property, detail.c_str());
    std::fflush(stderr);
    std::abort();
}
inline void require(bool ok, const char* property, const std::string& detail = "") {
    if (!ok) fail(property, detail);
}

// The article the seed corpora were exported from (tests/data/formats/brat/news1.txt): curly quotes,
// an apostrophe, and claims that cross a line break.
inline const std::shared_ptr<const cs::Document>& article() {
    static const std::shared_ptr<const cs::Document> doc =
        cs::make_shared_document("Pakistan expels Afghan refugees\n"
                                 "The UN said over 450,000 Afghans were forced to return to Afghanistan.\n"
                                 "Balkhi, the ministry\xE2\x80\x99s spokesperson, said both countries \xE2\x80\x9Cmust "
                                 "work together\xE2\x80\x9D.\n");
    return doc;
}

inline const cs::Codebook& codebook() {
    static const cs::Codebook cb = cs::default_codebook();
    return cb;
}

// A project the app accepted must survive what the app does next: it is saved (to the browser's
// storage or a download) and opened again. So it saves to a file load_project accepts, and that file
// saves to the same bytes (file_format.h: save(load(save(p))) == save(p)); the pieces written to the
// browser's storage join to the same bytes.
inline void check_saves_and_reloads(const cs::Project& p, const char* who) {
    const std::string saved = cs::save_project(p);
    const cs::LoadResult again = cs::load_project(saved);
    if (!again.ok) {
        std::string why;
        for (const cs::Problem& e : again.errors) why += e.to_string() + "\n";
        fail(who, "its project saves to a file that load_project refuses:\n" + why + "file:\n" + saved);
    }
    require(cs::save_project(again.project) == saved, who, "saving the reloaded project gives other bytes");
    std::string joined;
    cs::save_project_pieces(p, 256, [&](std::string_view piece) { joined += piece; });
    require(joined == saved, who, "save_project_pieces joins to other bytes than save_project");
}

// What every importer promises (import_result.h): it never throws (an exception would abort the
// harness), and an import the app takes (ok, with its article) is a project the app can save.
inline void check_import(const cs::ImportResult& r, const char* who) {
    if (r.ok && r.project.doc) check_saves_and_reloads(r.project, who);
}

} // namespace fuzz
