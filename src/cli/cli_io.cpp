#include "cli_io.h"
#include "core/formats/zip.h"
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace cs::cli {

bool read_file(const std::string& path, std::string* out, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *error = std::string("cannot read: ") + std::strerror(errno);
        return false;
    }
    std::ostringstream s;
    s << in.rdbuf();
    if (in.bad()) {
        *error = "cannot read: read error";
        return false;
    }
    *out = s.str();
    return true;
}

bool write_file(const std::string& path, std::string_view data, std::string* error) {
    std::ofstream o(path, std::ios::binary | std::ios::trunc);
    if (!o) {
        *error = std::string("cannot write: ") + std::strerror(errno);
        return false;
    }
    o.write(data.data(), std::streamsize(data.size()));
    o.close();
    if (!o) {
        *error = "cannot write: write error";
        return false;
    }
    return true;
}

bool wants_help(const Args& args) {
    for (const auto& a : args)
        if (a == "-h" || a == "--help") return true;
    return false;
}

static void print_problems(const std::string& path, const char* kind, const std::vector<Problem>& ps) {
    for (const auto& p : ps) std::fprintf(stderr, "%s: %s%s\n", path.c_str(), kind, p.to_string().c_str());
}

bool open_annotations(const std::string& path, const OpenOptions& opt, Project* out) {
    std::string bytes, err;
    if (!read_file(path, &bytes, &err)) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), err.c_str());
        return false;
    }
    Format f;
    if (!opt.from.empty()) {
        if (!parse_format(opt.from, &f)) {
            std::fprintf(stderr, "claimscope: unknown format '%s' (expected claimscope, w3c, brat or doccano)\n",
                         opt.from.c_str());
            return false;
        }
    } else {
        Format by_content;
        const bool guessed = guess_format(path, &f), sniffed = sniff_format(bytes, &by_content);
        if (sniffed && (!guessed || f == Format::Claimscope))
            f = by_content; // ".json" says little
        else if (!guessed) {
            std::fprintf(stderr, "%s: cannot tell the format; use --from FORMAT\n", path.c_str());
            return false;
        }
    }
    if (!can_import(f)) {
        std::fprintf(stderr, "%s: %s files cannot be read back (export only)\n", path.c_str(), format_name(f));
        return false;
    }
    std::shared_ptr<const Document> article;
    std::string article_path = opt.article_path;
    if (article_path.empty() && f == Format::Brat && path.size() > 4 && path.compare(path.size() - 4, 4, ".ann") == 0) {
        const std::string txt = path.substr(0, path.size() - 4) + ".txt";
        if (std::ifstream(txt).good()) article_path = txt; // brat's convention: X.ann annotates X.txt
    }
    if (!article_path.empty()) {
        std::string text;
        if (!read_file(article_path, &text, &err)) {
            std::fprintf(stderr, "%s: %s\n", article_path.c_str(), err.c_str());
            return false;
        }
        DocumentWarnings w;
        article = make_shared_document(text, {}, &w);
        if (w.invalid_utf8)
            std::fprintf(stderr, "%s: %zu invalid UTF-8 sequence(s) replaced by U+FFFD\n", article_path.c_str(),
                         w.invalid_utf8);
    }
    if (!article && (f == Format::Brat) && !looks_like_zip(bytes)) {
        std::fprintf(stderr, "%s: a brat .ann needs its text: put the .txt beside it or use --article TEXT_FILE\n",
                     path.c_str());
        return false;
    }
    ImportResult r = import_as(f, bytes, article, default_codebook());
    print_problems(path, "warning: ", r.warnings);
    print_problems(path, "", r.errors);
    if (!r.ok || !r.project.doc) {
        if (!r.project.doc && r.errors.empty())
            std::fprintf(stderr, "%s: the file has no article text; use --article TEXT_FILE\n", path.c_str());
        return false;
    }
    if (r.anchors.moved || r.anchors.fuzzy)
        std::fprintf(stderr, "%s: placed on the article: %zu exact, %zu moved, %zu fuzzy\n", path.c_str(),
                     r.anchors.exact, r.anchors.moved, r.anchors.fuzzy);
    *out = std::move(r.project);
    return true;
}

} // namespace cs::cli
