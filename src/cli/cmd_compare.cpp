// `claimscope compare KEY STUDENT... [--csv OUT] [--json]`: the class view's numbers on the command
// line. All the work is compare_class (src/core/classroom/class_report.h), shared with the UI.
#include "command.h"
#include "core/classroom/class_report.h"
#include "core/file/file_format.h"
#include <cstdio>
#include <fstream>
#include <sstream>

namespace {

const char* kHelp = "Usage: claimscope compare KEY STUDENT... [--csv OUT] [--json]\n"
                    "\n"
                    "Scores students' files against a key and prints, per student, precision / recall / F1 per type,\n"
                    "for relations and overall, then the agreement among the students (Fleiss' kappa and\n"
                    "Krippendorff's alpha over word tokens). Rules: docs/CLASSROOM.md.\n"
                    "\n"
                    "  KEY         an exercise file, or a teacher's annotated file (its annotations are the key)\n"
                    "  STUDENT...  students' files for the same article\n"
                    "  --csv OUT   also write the gradebook as CSV (UTF-8 with BOM) to OUT\n"
                    "  --json      print the report as JSON instead of text\n"
                    "  -h, --help  show this help\n"
                    "\n"
                    "Exit status: 0 all files used; 3 some student files were flagged (unreadable, another article)\n"
                    "and left out, the rest is reported; 1 the key or a file could not be read; 2 bad arguments.\n";

bool read_file(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return true;
}

int run(const cs::cli::Args& args) {
    std::vector<std::string> files;
    std::string csv_path;
    bool json = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if (a == "--json")
            json = true;
        else if (a == "--csv") {
            if (i + 1 >= args.size()) {
                std::fprintf(stderr, "claimscope compare: --csv needs a file name\n");
                return 2;
            }
            csv_path = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "claimscope compare: unknown option '%s'\n\n%s", a.c_str(), kHelp);
            return 2;
        } else
            files.push_back(a);
    }
    if (files.size() < 2) {
        std::fprintf(stderr, "claimscope compare: needs a KEY and at least one STUDENT file\n\n%s", kHelp);
        return 2;
    }

    std::string bytes;
    if (!read_file(files[0], &bytes)) {
        std::fprintf(stderr, "claimscope compare: cannot read %s\n", files[0].c_str());
        return 1;
    }
    cs::LoadResult key = cs::load_project(bytes);
    if (!key.ok) {
        for (const auto& e : key.errors)
            std::fprintf(stderr, "claimscope compare: %s: %s\n", files[0].c_str(), e.to_string().c_str());
        return 1;
    }
    std::vector<std::pair<std::string, std::string>> students;
    for (size_t i = 1; i < files.size(); ++i) {
        if (!read_file(files[i], &bytes)) {
            std::fprintf(stderr, "claimscope compare: cannot read %s\n", files[i].c_str());
            return 1;
        }
        students.emplace_back(files[i], bytes);
    }
    cs::ClassReport r = cs::compare_class(key.project, students);
    if (!r.ok) {
        for (const auto& e : r.errors)
            std::fprintf(stderr, "claimscope compare: %s: %s\n", files[0].c_str(), e.to_string().c_str());
        return 1;
    }
    if (!csv_path.empty()) {
        std::ofstream out(csv_path, std::ios::binary);
        out << cs::gradebook_csv(r);
        if (!out.flush()) {
            std::fprintf(stderr, "claimscope compare: cannot write %s\n", csv_path.c_str());
            return 1;
        }
    }
    std::string text = json ? cs::class_report_json(r).dump(2) + "\n" : cs::class_report_text(r);
    std::fwrite(text.data(), 1, text.size(), stdout);
    bool left_out = false;
    for (const auto& f : r.flagged) {
        std::fprintf(stderr, "claimscope compare: warning: %s: %s: %s\n", f.file.c_str(), cs::to_string(f.kind),
                     f.message.c_str());
        left_out |= f.kind == cs::FlagKind::Unreadable || f.kind == cs::FlagKind::OtherArticle;
    }
    return left_out ? 3 : 0;
}

cs::cli::Registrar reg{{"compare", "score students' files against a key; class report, gradebook CSV", run}};

} // namespace
