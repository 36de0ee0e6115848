// `claimscope validate FILE...` — checks Claimscope files; one line per problem with its JSON path.
#include "cli_io.h"
#include <cstdio>

namespace cs::cli {

static const char* kHelp =
    "Usage: claimscope validate FILE...\n\n"
    "Checks Claimscope annotation files (format version 1): JSON syntax, fields, spans, quotes,\n"
    "ids, relations and the article hash. Prints 'FILE: valid' for a good file and one line per\n"
    "problem otherwise, e.g. 'a.json: annotations[3].end: ...' (on stderr).\n\n"
    "Exit status: 0 when every file is valid, 1 when any is not, 2 on bad usage.\n";

static int run(const Args& args) {
    if (wants_help(args)) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    if (args.empty()) {
        std::fputs("claimscope validate: no file given\n\n", stderr);
        std::fputs(kHelp, stderr);
        return 2;
    }
    for (const auto& a : args)
        if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "claimscope validate: unknown option '%s'\n", a.c_str());
            return 2;
        }
    bool all_valid = true;
    for (const auto& path : args) {
        std::string bytes, err;
        if (!read_file(path, &bytes, &err)) {
            std::fprintf(stderr, "%s: %s\n", path.c_str(), err.c_str());
            all_valid = false;
            continue;
        }
        const LoadResult r = load_project(bytes);
        for (const auto& w : r.warnings) std::fprintf(stderr, "%s: warning: %s\n", path.c_str(), w.to_string().c_str());
        for (const auto& e : r.errors) std::fprintf(stderr, "%s: %s\n", path.c_str(), e.to_string().c_str());
        if (r.ok)
            std::printf("%s: valid (%zu annotations, %zu relations)\n", path.c_str(), r.project.annotations.size(),
                        r.project.relations.size());
        all_valid &= r.ok;
    }
    return all_valid ? 0 : 1;
}

static Registrar reg{{"validate", "check Claimscope files; one line per problem with its JSON path", run}};

} // namespace cs::cli
