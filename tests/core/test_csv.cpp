// CSV: golden export, RFC 4180 quoting, BOM, CSV-injection neutralisation.
#include "core/formats/csv.h"
#include "formats_fixture.h"

using namespace cs;

TEST_CASE("csv export of the fixture matches the golden file", "[csv]") {
    const std::string out = export_csv(fixture::project());
    fixture::check_golden("fixture.csv", out);
    CHECK(out.rfind("\xEF\xBB\xBFtype,quote,start,end,entity,attributes,note,linked actor,linked source,id\r\n", 0) ==
          0);
    // A claim with its actor and source, attributes as k=v; ...
    CHECK(out.find("\r\nClaim,Afghanistan wants a solution,24,52,,check_worthy=true; status=unverified,\"Said "
                   "twice:\nonce\there\",Abdul Qahar Balkhi,,a-claim1\r\n") != std::string::npos);
}

TEST_CASE("csv cells: quoting per RFC 4180 and neutralised formulas", "[csv]") {
    CHECK(csv_cell("plain") == "plain");
    CHECK(csv_cell("a,b") == "\"a,b\"");
    CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
    CHECK(csv_cell("cr\rhere") == "\"cr\rhere\"");
    CHECK(csv_cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_cell("+1") == "'+1");
    CHECK(csv_cell("-2+3") == "'-2+3");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("\tx") == "'\tx");
    CHECK(csv_cell("\rx") == "\"'\rx\"");
    CHECK(csv_cell("a=b") == "a=b"); // only the first character matters
    CHECK(csv_cell("") == "");
    CHECK(csv_row({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("csv cells: a formula after leading spaces or line breaks is neutralised too", "[csv]") {
    // An import that trims cells first (LibreOffice's "Trim spaces" option) would run these.
    CHECK(csv_cell(" =1+1") == "' =1+1");
    CHECK(csv_cell("  @SUM(A1)") == "'  @SUM(A1)");
    CHECK(csv_cell(" \t+cmd") == "' \t+cmd");
    CHECK(csv_cell("\n=cmd") == "\"'\n=cmd\"");
    CHECK(csv_cell(" -") == "' -");
    CHECK(csv_cell("  plain = text") == "  plain = text");
    CHECK(csv_cell("   ") == "   ");
}

TEST_CASE("csv export neutralises user text that looks like a formula", "[csv]") {
    Project p = fixture::project();
    p.annotations[0].note = "=cmd|' /C calc'!A0";
    p.annotations[0].entity = "@evil";
    const std::string out = export_csv(p);
    CHECK(out.find(",'@evil,") != std::string::npos);
    CHECK(out.find(",'=cmd|' /C calc'!A0,") != std::string::npos);
    p.annotations[0].note = " =cmd|' /C calc'!A0";
    CHECK(export_csv(p).find(",' =cmd|' /C calc'!A0,") != std::string::npos);
}

TEST_CASE("csv export of the sample project matches the golden file", "[csv]") {
    fixture::check_golden("sample.csv", export_csv(fixture::sample()));
}
