// Claimscope core — CSV for spreadsheets: one row per annotation.
//   type, quote, start, end, entity, attributes, note, linked actor, linked source, id
// RFC 4180 (CRLF rows; fields holding , " CR or LF quoted, quotes doubled), UTF-8 with a BOM so
// spreadsheet programs read accents correctly. Cells starting with = + - @ (after any spaces, tabs
// and line breaks), TAB or CR get a leading apostrophe so a spreadsheet shows them as text instead
// of running a formula. csv_row / csv_cell are the one CSV writer: the class gradebook uses them too.
#pragma once
#include "core/model/model.h"
#include <string>
#include <string_view>
#include <vector>

namespace cs {

std::string export_csv(const Project& p);
std::string csv_row(const std::vector<std::string>& cells); // one row, with CRLF
std::string csv_cell(std::string_view cell);                // neutralised and quoted as needed

} // namespace cs
