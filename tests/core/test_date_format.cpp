// Tests for dates in the reader's language (date_format.h).
#include <catch2/catch_test_macros.hpp>
#include "core/text/date_format.h"

using namespace cs;

TEST_CASE("dates in the reader's language", "[date]") {
    const char* iso = "2019-02-21T08:00:08.000Z";
    CHECK(format_date_for_locale(iso, "en") == "21 February 2019");
    CHECK(format_date_for_locale(iso, "en-GB") == "21 February 2019");
    CHECK(format_date_for_locale(iso, "en-US") == "February 21, 2019");
    CHECK(format_date_for_locale(iso, "en_us") == "February 21, 2019");
    CHECK(format_date_for_locale(iso, "fr") == "21 février 2019");
    CHECK(format_date_for_locale(iso, "fr-CA") == "21 février 2019");
    CHECK(format_date_for_locale(iso, "pt") == "21 de fevereiro de 2019");
    CHECK(format_date_for_locale(iso, "pt-BR") == "21 de fevereiro de 2019");
    CHECK(format_date_for_locale(iso, "es") == "21 de febrero de 2019");
    CHECK(format_date_for_locale(iso, "de") == "21. Februar 2019");
    CHECK(format_date_for_locale("2024-03-01", "fr") == "1er mars 2024");
    CHECK(format_date_for_locale("2024-08-01", "pt") == "1 de agosto de 2024");
    // The calendar date as the page states it: no time zone moves it to another day.
    CHECK(format_date_for_locale("2017-01-13T23:59:04-05:00", "en") == "13 January 2017");
    CHECK(format_date_for_locale("2019-04-28 06:01:07", "en") == "28 April 2019");
    // Another language: English.
    CHECK(format_date_for_locale(iso, "ja") == "21 February 2019");
    CHECK(format_date_for_locale(iso, "") == "21 February 2019");
}

TEST_CASE("a date that does not parse is shown as it is", "[date]") {
    for (const char* s : {"", "yesterday", "April 28, 2019", "2019-13-01", "2019-02-29", "2019-2-1", "2019-02-210",
                          "20190221"})
        CHECK(format_date_for_locale(s, "fr") == s);
    CHECK(format_date_for_locale("2020-02-29", "en") == "29 February 2020"); // a leap year
    CHECK(is_iso_date("2024-02-29"));
    CHECK_FALSE(is_iso_date("2023-02-29"));
    CHECK_FALSE(is_iso_date("2024-02-29T00:00"));
}
