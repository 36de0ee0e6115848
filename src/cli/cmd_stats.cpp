// `claimscope stats FILE [--json]` — counts per type, sourcing figures, top actors and sources.
#include "cli_io.h"
#include "core/model/stats.h"
#include <cstdio>

namespace cs::cli {

static const char* kHelp =
    "Usage: claimscope stats FILE [--json] [--from FORMAT] [--article TEXT_FILE]\n\n"
    "Prints counts per type, the share of claims that rest on a source, named vs anonymous\n"
    "sources, the top actors and sources by mentions, and claims per actor.\n"
    "FILE is a Claimscope file, or any importable format (w3c, brat, doccano; see convert --help).\n\n"
    "  --json               print the figures as JSON\n"
    "  --from FORMAT        the input format when the extension does not tell\n"
    "  --article TEXT_FILE  the article text, for inputs that do not carry it\n";

static int run(const Args& args) {
    if (wants_help(args)) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    bool json = false;
    std::string file;
    OpenOptions opt;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json")
            json = true;
        else if ((a == "--from" || a == "--article") && i + 1 < args.size())
            (a == "--from" ? opt.from : opt.article_path) = args[++i];
        else if (a == "--from" || a == "--article") {
            std::fprintf(stderr, "claimscope stats: %s needs a value\n", a.c_str());
            return 2;
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "claimscope stats: unknown option '%s'\n", a.c_str());
            return 2;
        } else if (!file.empty()) {
            std::fputs("claimscope stats: give one file\n", stderr);
            return 2;
        } else
            file = a;
    }
    if (file.empty()) {
        std::fputs("claimscope stats: no file given\n\n", stderr);
        std::fputs(kHelp, stderr);
        return 2;
    }
    Project p;
    if (!open_annotations(file, opt, &p)) return 1;
    const Stats s = compute_stats(p);
    if (json)
        std::printf("%s\n", stats_to_json(s).dump(2).c_str());
    else
        std::fputs(stats_to_text(s).c_str(), stdout);
    return 0;
}

static Registrar reg{{"stats", "counts per type, sourcing figures, top actors and sources", run}};

} // namespace cs::cli
