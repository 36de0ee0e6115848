// `claimscope convert IN -o OUT [--to FORMAT] [--from FORMAT] [--article TEXT_FILE]`
#include "cli_io.h"
#include "core/formats/brat.h"
#include <cstdio>

namespace cs::cli {

static const char* kHelp =
    "Usage: claimscope convert IN -o OUT [--to FORMAT] [--from FORMAT] [--article TEXT_FILE]\n\n"
    "Converts annotations between formats. Formats: claimscope, w3c, brat, doccano (read and\n"
    "write), csv and html (write only: a spreadsheet table and a printable report).\n"
    "Formats are guessed from the extensions: .claimscope.json/.json, .w3c.json/.jsonld, .ann/.zip\n"
    "(brat), .jsonl (doccano), .csv, .html.\n\n"
    "  -o, --output OUT     the file to write; brat: OUT.zip (one archive) or OUT.ann (writes the\n"
    "                       .ann, the .txt beside it and annotation.conf in the same folder)\n"
    "  --to FORMAT          the output format when OUT's extension does not tell\n"
    "  --from FORMAT        the input format when IN's extension does not tell\n"
    "  --article TEXT_FILE  the article to anchor onto, for inputs without their text (brat .ann\n"
    "                       without its .txt, W3C annotations of a web page, doccano lines)\n\n"
    "Items that cannot be read are reported on stderr and skipped; the rest is converted.\n"
    "Exit status: 0 when OUT was written, 1 when the input could not be read or OUT not written,\n"
    "2 on bad usage.\n";

static bool ends_with(const std::string& s, const std::string& suf) {
    return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

static int run(const Args& args) {
    if (wants_help(args)) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    std::string in, out, to;
    OpenOptions opt;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool takes_value = a == "-o" || a == "--output" || a == "--to" || a == "--from" || a == "--article";
        if (takes_value && i + 1 >= args.size()) {
            std::fprintf(stderr, "claimscope convert: %s needs a value\n", a.c_str());
            return 2;
        }
        if (a == "-o" || a == "--output")
            out = args[++i];
        else if (a == "--to")
            to = args[++i];
        else if (a == "--from")
            opt.from = args[++i];
        else if (a == "--article")
            opt.article_path = args[++i];
        else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "claimscope convert: unknown option '%s'\n", a.c_str());
            return 2;
        } else if (!in.empty()) {
            std::fprintf(stderr, "claimscope convert: give one input file (got '%s' and '%s')\n", in.c_str(),
                         a.c_str());
            return 2;
        } else
            in = a;
    }
    if (in.empty() || out.empty()) {
        std::fprintf(stderr, "claimscope convert: %s\n\n",
                     in.empty() ? "no input file given" : "no output given (-o OUT)");
        std::fputs(kHelp, stderr);
        return 2;
    }
    Format target;
    if (!to.empty() ? !parse_format(to, &target) : !guess_format(out, &target)) {
        if (!to.empty())
            std::fprintf(
                stderr,
                "claimscope convert: unknown format '%s' (expected claimscope, w3c, brat, doccano, csv or html)\n",
                to.c_str());
        else
            std::fprintf(stderr, "claimscope convert: cannot tell the output format from '%s'; use --to FORMAT\n",
                         out.c_str());
        return 2;
    }
    Project p;
    if (!open_annotations(in, opt, &p)) return 1;

    std::vector<std::string> warnings;
    std::vector<std::pair<std::string, std::string>> files; // path, bytes
    if (target == Format::Brat && ends_with(out, ".ann")) {
        const BratFiles b = export_brat(p, &warnings);
        const std::string base = out.substr(0, out.size() - 4);
        const size_t slash = out.find_last_of('/');
        const std::string dir = slash == std::string::npos ? "" : out.substr(0, slash + 1);
        files = {{out, b.ann}, {base + ".txt", b.txt}, {dir + "annotation.conf", b.conf}};
    } else {
        for (auto& f : export_as(p, target, &warnings)) files.push_back({out, std::move(f.bytes)});
    }
    for (const auto& w : warnings) std::fprintf(stderr, "%s: warning: %s\n", out.c_str(), w.c_str());
    for (const auto& [path, bytes] : files) {
        std::string err;
        if (!write_file(path, bytes, &err)) {
            std::fprintf(stderr, "%s: %s\n", path.c_str(), err.c_str());
            return 1;
        }
    }
    std::printf("wrote %s (%s, %zu annotations, %zu relations)\n", out.c_str(), format_name(target),
                p.annotations.size(), p.relations.size());
    return 0;
}

static Registrar reg{{"convert", "convert between claimscope, w3c, brat, doccano, csv and html", run}};

} // namespace cs::cli
