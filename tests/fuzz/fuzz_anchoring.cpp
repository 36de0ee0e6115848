// Fuzzes re-anchoring (anchoring.h): annotations made on one text are placed on another.
//
// Input: OLD NUL NEW NUL SPANS. OLD is the text the annotations were made on, NEW the text they are
// placed on (OLD itself when there is no NUL). SPANS gives the annotations, 4 bytes each (start and
// length, 16 bits little-endian, wrapped into OLD); without it every paragraph of OLD is one.
#include "fuzz.h"
#include "core/model/anchoring.h"

namespace {

std::vector<cs::Span> spans_on(const cs::Document& d, std::string_view spec) {
    std::vector<cs::Span> out;
    const size_t n = d.size();
    if (n == 0) return out;
    if (spec.empty()) return d.paragraphs;
    for (size_t i = 0; i + 4 <= spec.size() && out.size() < 64; i += 4) {
        const auto u16 = [&](size_t at) { return uint32_t(uint8_t(spec[at])) | uint32_t(uint8_t(spec[at + 1])) << 8; };
        const uint32_t start = u16(i) % n;
        out.push_back({start, start + 1 + u16(i + 2) % uint32_t(n - start)});
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in = fuzz::bytes(data, size), old_text = in, new_text = in, spec;
    if (size_t nul = in.find('\0'); nul != std::string_view::npos) {
        old_text = in.substr(0, nul);
        new_text = in.substr(nul + 1);
        if (size_t nul2 = new_text.find('\0'); nul2 != std::string_view::npos) {
            spec = new_text.substr(nul2 + 1);
            new_text = new_text.substr(0, nul2);
        }
    }
    cs::Project before;
    before.doc = cs::make_shared_document(old_text);
    const cs::Document after = cs::make_document(new_text);

    std::vector<cs::Annotation> anns;
    for (const cs::Span s : spans_on(*before.doc, spec)) {
        cs::Annotation a;
        a.id = "a" + std::to_string(anns.size());
        a.type = "claim";
        a.span = s;
        cs::fill_quote(a, *before.doc);
        anns.push_back(a);
    }
    const std::vector<cs::Annotation> made = anns;
    cs::AnchorOptions opt;
    opt.old_size = before.doc->size();
    const cs::AnchorReport rep = cs::reanchor_all(anns, after, opt);

    fuzz::require(rep.exact + rep.moved + rep.fuzzy + rep.orphaned == anns.size() &&
                      rep.orphan_ids.size() == rep.orphaned,
                  "reanchor_all", "the report does not count every annotation once");
    const bool same_text = before.doc->text == after.text;
    for (size_t i = 0; i < anns.size(); i++) {
        const cs::Annotation& a = anns[i];
        const std::string which = "annotation " + std::to_string(i) + " quoting \"" + made[i].exact + "\"";
        if (same_text)
            fuzz::require(a.anchor == cs::AnchorStatus::Exact && a.span == made[i].span, "reanchor_all",
                          which + " did not stay where it was on the same text");
        if (a.anchor == cs::AnchorStatus::Orphaned) continue;
        fuzz::require(!a.span.empty() && a.span.end <= after.size(), "reanchor_all",
                      which + " was placed on an empty span or outside the text");
        fuzz::require(a.exact == after.slice(a.span), "reanchor_all", which + ": its quote is not the text it is on");
        if (a.anchor != cs::AnchorStatus::Fuzzy)
            fuzz::require(a.exact == made[i].exact, "reanchor_all", which + " is exact or moved onto other words");
    }
    return 0;
}
