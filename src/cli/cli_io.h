// Claimscope CLI — what several commands share: reading and writing files, and opening an
// annotation file of any importable format (used by `convert` and `stats`).
#pragma once
#include "command.h"
#include "core/formats/formats.h"
#include <string>
#include <string_view>

namespace cs::cli {

bool read_file(const std::string& path, std::string* out, std::string* error);
bool write_file(const std::string& path, std::string_view data, std::string* error);
bool wants_help(const Args& args); // -h or --help anywhere

struct OpenOptions {
    std::string from;         // --from: format name, "" = guess from extension, then content
    std::string article_path; // --article: the text to anchor onto
};
// Opens `path`: Claimscope files load as they are; other formats are imported onto the article
// (--article, or for brat `X.ann` the `X.txt` beside it). Messages go to stderr prefixed with
// the path. False when nothing usable was read.
bool open_annotations(const std::string& path, const OpenOptions& opt, Project* out);

} // namespace cs::cli
