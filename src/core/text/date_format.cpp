// Claimscope core — dates for display (see date_format.h).
//
// Index
// - parse_iso_date: the calendar date at the start of an ISO 8601 string, checked
// - month names per language
// - is_iso_date, format_date_for_locale
#include "core/text/date_format.h"
#include <cctype>

namespace cs {
namespace {

struct Ymd {
    int y = 0, m = 0, d = 0;
};

bool digits(std::string_view s, size_t at, size_t n, int* out) {
    if (at + n > s.size()) return false;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (!std::isdigit((unsigned char)s[i])) return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

bool parse_iso_date(std::string_view s, Ymd* out) {
    Ymd r;
    if (!digits(s, 0, 4, &r.y) || s.size() < 10 || s[4] != '-' || s[7] != '-' || !digits(s, 5, 2, &r.m) ||
        !digits(s, 8, 2, &r.d))
        return false;
    if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return false; // "2019-02-210" is no date
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (r.m < 1 || r.m > 12) return false;
    const bool leap = (r.y % 4 == 0 && r.y % 100 != 0) || r.y % 400 == 0;
    if (r.d < 1 || r.d > days[r.m - 1] + (r.m == 2 && leap)) return false;
    *out = r;
    return true;
}

// ---- month names --------------------------------------------------------------------------------
const char* const kEnglish[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
const char* const kFrench[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                               "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
const char* const kPortuguese[] = {"janeiro", "fevereiro", "março",    "abril",   "maio",     "junho",
                                   "julho",   "agosto",    "setembro", "outubro", "novembro", "dezembro"};
const char* const kSpanish[] = {"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
const char* const kGerman[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                               "Juli",   "August",  "September", "Oktober", "November", "Dezember"};

// "en-US" -> "en-us"; "pt_BR" -> "pt-br".
std::string normalised_tag(std::string_view locale) {
    std::string t;
    for (char c : locale) t += c == '_' ? '-' : (char)std::tolower((unsigned char)c);
    return t;
}

} // namespace

bool is_iso_date(std::string_view s) {
    Ymd d;
    return s.size() == 10 && parse_iso_date(s, &d);
}

std::string format_date_for_locale(std::string_view iso, std::string_view locale) {
    Ymd d;
    if (!parse_iso_date(iso, &d)) return std::string(iso);
    const std::string tag = normalised_tag(locale);
    const std::string lang = tag.substr(0, tag.find('-'));
    const std::string day = std::to_string(d.d), year = std::to_string(d.y);
    const size_t m = (size_t)d.m - 1;
    if (lang == "fr") return (d.d == 1 ? "1er" : day) + " " + kFrench[m] + " " + year;
    if (lang == "pt") return day + " de " + kPortuguese[m] + " de " + year;
    if (lang == "es") return day + " de " + kSpanish[m] + " de " + year;
    if (lang == "de") return day + ". " + kGerman[m] + " " + year;
    // The United States (and the Philippines) put the month first.
    if (tag == "en-us" || tag == "en-ph") return std::string(kEnglish[m]) + " " + day + ", " + year;
    return day + " " + kEnglish[m] + " " + year;
}

} // namespace cs
