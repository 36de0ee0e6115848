// Claimscope core — an article's date as a reader of a given language writes it.
//
// Pages state dates as ISO 8601 ("2019-02-21T08:00:08.000Z", "2019-04-28 06:01:07", "2024-03-09");
// readers expect "21 February 2019". Only the calendar date is shown: it is the day the page
// states, so no time zone is applied (a late-evening story must not move to the next day).
#pragma once
#include <string>
#include <string_view>

namespace cs {

// `iso` (YYYY-MM-DD, optionally followed by 'T' or a space and a time) in the language of `locale`
// (a BCP 47 tag such as "en", "en-GB", "fr-FR", "pt_BR"; case and '_' do not matter):
//   en "21 February 2019", en-US "February 21, 2019", fr "21 février 2019" ("1er" on the first),
//   pt "21 de fevereiro de 2019", es "21 de febrero de 2019", de "21. Februar 2019".
// Another language falls back to English; a date that does not parse is returned unchanged.
std::string format_date_for_locale(std::string_view iso, std::string_view locale);

// Exactly "YYYY-MM-DD" naming a real day (2024-02-29 yes, 2023-02-29 no).
bool is_iso_date(std::string_view s);

} // namespace cs
