#include "core/formats/csv.h"
#include "core/formats/formats.h"

namespace cs {

std::string csv_cell(std::string_view cell) {
    // Spreadsheets run a cell that starts with = + - @ as a formula, and an import that trims cells
    // first (LibreOffice's "Trim spaces" option) finds it after leading spaces and line breaks too.
    const size_t first = cell.find_first_not_of(" \t\r\n");
    const bool formula =
        first != std::string_view::npos && std::string_view("=+-@").find(cell[first]) != std::string_view::npos;
    std::string v;
    if (formula || (!cell.empty() && (cell[0] == '\t' || cell[0] == '\r'))) v = "'";
    v += cell;
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string q = "\"";
    for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

std::string csv_row(const std::vector<std::string>& cells) {
    std::string row;
    for (size_t i = 0; i < cells.size(); ++i) row += (i ? "," : "") + csv_cell(cells[i]);
    return row + "\r\n";
}

// "k=v; k2=v2" in key order (nlohmann objects are sorted), booleans as true/false.
static std::string attributes_text(const nlohmann::json& attrs) {
    std::string t;
    for (const auto& [k, v] : attrs.items())
        t += (t.empty() ? "" : "; ") + k + "=" + (v.is_string() ? v.get<std::string>() : v.dump());
    return t;
}

std::string export_csv(const Project& p) {
    std::string out = "\xEF\xBB\xBF";
    out += csv_row(
        {"type", "quote", "start", "end", "entity", "attributes", "note", "linked actor", "linked source", "id"});
    for (const auto& a : p.annotations) {
        std::string actors, sources;
        for (const auto& r : p.relations) {
            const Annotation* to = r.from == a.id ? p.find(r.to) : nullptr;
            if (!to || (to->type != "actor" && to->type != "source")) continue;
            std::string& list = to->type == "actor" ? actors : sources;
            list += (list.empty() ? "" : "; ") + display_name(*to);
        }
        const AnnotationType* t = p.codebook.find_type(a.type);
        const bool placed = a.anchor != AnchorStatus::Orphaned;
        out += csv_row({t && !t->label.empty() ? t->label : a.type, a.exact, placed ? std::to_string(a.span.start) : "",
                        placed ? std::to_string(a.span.end) : "", a.entity, attributes_text(a.attributes), a.note,
                        actors, sources, a.id});
    }
    return out;
}

} // namespace cs
