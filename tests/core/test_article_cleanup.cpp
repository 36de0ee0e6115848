// Tests for the clean-up of imported articles (article_cleanup.h): each rule on fixed strings, the
// real sentences it must leave alone, undo, the sample article, and the paste dialog's title.
#include <catch2/catch_test_macros.hpp>
#include "core/import/article_cleanup.h"
#include "core/import/article_import.h"
#include "model_fixture.h"

using namespace cs;
using cs_test::read_file;

namespace {

// The reason the clean-up gives for a line between two paragraphs, or "" when it stays.
std::string reason_for(const std::string& line) {
    ArticleCleanup c = clean_article("First paragraph.\n\n" + line + "\n\nLast paragraph.", {});
    if (c.changes.empty()) {
        CHECK(c.text == c.uncleaned_text);
        return "";
    }
    REQUIRE(c.changes.size() == 1);
    CHECK(c.changes[0].line == line);
    if (c.changes[0].kept.empty()) CHECK(c.text == "First paragraph.\n\nLast paragraph.");
    return c.changes[0].reason;
}

} // namespace

TEST_CASE("clean-up: furniture lines go, with their reason", "[import][cleanup]") {
    for (const char* ad : {"Advertisement", "Advertisment", "ADVERTISEMENT", "advertisement:", "Supported by",
                           "Story continues below advertisement"})
        CHECK(reason_for(ad) == "advertisement");
    for (const char* img : {"Image", "Photo", "Video"}) CHECK(reason_for(img) == "image label");
    for (const char* more : {"Read more", "Read more »", "Read more: Ferry fares to rise", "Continue reading the main story"})
        CHECK(reason_for(more) == "link to more");
    for (const char* share : {"Share", "Share this article", "Tweet", "Share on Facebook"})
        CHECK(reason_for(share) == "share button");
    for (const char* sub : {"Subscribe", "Sign up for our newsletter.", "Subscribe to The Daily"})
        CHECK(reason_for(sub) == "subscribe prompt");
    CHECK(reason_for("Order Reprints | Today\xE2\x80\x99s Paper | Subscribe") == "page links");
    CHECK(reason_for("Order Reprints") == "page links");
    CHECK(reason_for("Facebook | Twitter | Email") == "page links");
    CHECK(reason_for("[What you need to know to start the day]") == "promo link");
    CHECK(reason_for("[Read: Tunisia sends most foreign fighters to Islamic State in Syria]") == "promo link");
    for (const char* credit : {"Credit: Reuters", "CreditKirsten Luce for The New York Times",
                               "Credit...Kirsten Luce for The New York Times", "Photograph: Marty Melville/AFP",
                               "Image copyright Getty Images"})
        CHECK(reason_for(credit) == "photo credit");
}

TEST_CASE("clean-up: real sentences and headings stay", "[import][cleanup]") {
    for (const char* line : {
             "Residents will share the cost of the new quay, the council said.",
             "Share prices fell sharply on Monday.",
             "Read more about the plan in the council's report, which runs to 300 pages.",
             "Sign up for the vaccine opened on Monday, officials said.",
             "Subscribers will pay more from June.",
             "Credit Suisse shares fell",
             "Image rights and the law",
             "[Updated at 3 pm: the council has confirmed the vote.]",
             "[Correction: an earlier version misspelt the mayor's name.]",
             "Parents | teachers | pupils said the same thing about the long, difficult winter",
             "A [bracketed] aside and [another] one",
             "He said the credit was due.Credit where it is due, he added, is a matter of fairness to all.",
         })
        CHECK(reason_for(line).empty());
}

TEST_CASE("clean-up: a caption loses its glued photo credit", "[import][cleanup]") {
    const std::string nyt = "Workers cleared snow on Tuesday after the storm, which surprised forecasters with its "
                            "weather.CreditKirsten Luce for The New York Times";
    ArticleCleanup c = clean_article("Headline of the day\n\n" + nyt + "\n\nBody.", {});
    REQUIRE(c.changes.size() == 1);
    CHECK(c.changes[0].reason == "photo credit");
    CHECK(c.changes[0].line == nyt);
    CHECK(c.changes[0].kept == "Workers cleared snow on Tuesday after the storm, which surprised forecasters with its "
                               "weather.");
    CHECK(c.changes[0].line_number == 3);
    CHECK(c.text == "Headline of the day\n\n" + c.changes[0].kept + "\n\nBody.");
    // The Telegraph's: after a space, with a colon.
    ArticleCleanup t = clean_article("Father Mukonori is said to be mediating in the current crisis Credit: DESMOND "
                                     "KWANDE/ AFP",
                                     {});
    CHECK(t.text == "Father Mukonori is said to be mediating in the current crisis");
}

TEST_CASE("clean-up: a leading date line becomes the date", "[import][cleanup]") {
    ArticleCleanup c = clean_article(" date 2024-03-09 Amidst rising tensions, the talks went on.\n\nBody.", {});
    CHECK(c.meta.published == "2024-03-09");
    CHECK(c.text == "Amidst rising tensions, the talks went on.\n\nBody.");
    REQUIRE(c.changes.size() == 1);
    CHECK(c.changes[0].reason == "date line");
    CHECK(c.changes[0].kept == "Amidst rising tensions, the talks went on.");
    // On a line of its own, the line goes; a title that was that line becomes the next line.
    ArticleMeta m;
    m.title = "Date: 2024-03-09";
    ArticleCleanup own = clean_article("Date: 2024-03-09\n\nTalks resume\n\nBody text.", m);
    CHECK(own.text == "Talks resume\n\nBody text.");
    CHECK(own.meta.title == "Talks resume");
    CHECK(own.meta.published == "2024-03-09");
    // A date already in the metadata is kept; the line still goes.
    ArticleMeta dated;
    dated.published = "2024-03-10T08:00:00Z";
    CHECK(clean_article("date 2024-03-09\n\nBody.", dated).meta.published == "2024-03-10T08:00:00Z");
    // Only on the first line, and only a real date.
    CHECK(clean_article("Body.\n\ndate 2024-03-09", {}).changes.empty());
    CHECK(clean_article("date 2024-02-30 and more", {}).changes.empty());
    CHECK(clean_article("Date night in 2024 was quiet.", {}).changes.empty());
}

TEST_CASE("clean-up: the headline is not repeated", "[import][cleanup]") {
    ArticleMeta m;
    m.title = "Harbour plan approved";
    ArticleCleanup c = clean_article("Harbour plan approved\n\nAdvertisement\n\nHarbour plan approved\n\nBody.", m);
    CHECK(c.text == "Harbour plan approved\n\nBody.");
    REQUIRE(c.changes.size() == 2);
    CHECK(c.changes[1].reason == "repeated headline");
    CHECK(c.changes[1].line_number == 5);
    // Untitled paste: a short first line repeated.
    CHECK(clean_article("Talks resume in Doha\n\nTalks resume in Doha\n\nBody.", {}).text ==
          "Talks resume in Doha\n\nBody.");
    // A kicker, then the headline: the headline is no repetition.
    CHECK(clean_article("Opinion\n\nHarbour plan approved\n\nBody.", m).changes.empty());
    // Two short equal replies are no headline.
    CHECK(clean_article("Yes.\n\nYes.", {}).changes.empty());
}

TEST_CASE("clean-up: undo gives back the text and metadata as they were; nothing else moves", "[import][cleanup]") {
    ArticleMeta m;
    m.title = "T";
    m.author = "A";
    const std::string text = "date 2024-03-09\nT\n\n\nFirst.\nShare\nSecond.\n\nAdvertisement\n\n\nThird.\n";
    ArticleCleanup c = clean_article(text, m);
    CHECK(c.uncleaned_text == text);
    CHECK(c.uncleaned_meta == m);
    CHECK(c.meta.author == "A");
    // Single newlines stay single, blank runs elsewhere stay as they were, the final newline stays.
    CHECK(c.text == "T\n\n\nFirst.\nSecond.\n\nThird.\n");
    CHECK(clean_article(c.text, c.meta).changes.empty());
    ArticleCleanup none = clean_article("Nothing to do here.", m);
    CHECK(none.changes.empty());
    CHECK(none.text == "Nothing to do here.");
    CHECK(none.meta == m);
    CHECK(clean_article("", {}).text.empty());
    CHECK(clean_article("Advertisement", {}).text.empty());
}

TEST_CASE("clean-up: the sample article opens clean, its date in the metadata", "[import][cleanup]") {
    const std::string sample = read_file(CLAIMSCOPE_SOURCE_DIR "/assets/sample-article.txt");
    REQUIRE(sample.find("Advertisment") != std::string::npos); // assets/ keeps the file as it is
    ArticleCleanup c = clean_article(sample, {});
    CHECK(c.text.find("Advertisment") == std::string::npos);
    CHECK(c.text.find("date 2024") == std::string::npos);
    CHECK(c.text.rfind("Amidst rising tensions", 0) == 0);
    CHECK(c.meta.published == "2024-03-09");
    CHECK(c.changes.size() == 3); // the date and two "Advertisment" lines
    for (const CleanupChange& ch : c.changes) CHECK((ch.reason == "date line" || ch.line == "Advertisment"));
    CHECK(c.uncleaned_text == sample);
    // Through import, as a dropped file would come.
    ArticleImportResult r = import_article_file("sample-article.txt", sample);
    REQUIRE(r.ok);
    CHECK(r.article.text == c.text);
    CHECK(r.article.meta.published == "2024-03-09");
    CHECK(r.cleanup.size() == 3);
    CHECK(r.uncleaned_text == sample);
}

TEST_CASE("suggest_title: the first line, trimmed, at most 120 code points", "[import][cleanup]") {
    CHECK(suggest_title("\n  \n  Talks resume in  Doha \nBody") == "Talks resume in Doha");
    CHECK(suggest_title(" \n\t").empty());
    CHECK(suggest_title("").empty());
    std::string words;
    for (int i = 0; i < 30; ++i) words += "éléphant ";
    const std::string t = suggest_title(words);
    CHECK(t.size() < words.size());
    CHECK(t.substr(t.size() - 3) == "\xE2\x80\xA6");
    CHECK(t.substr(0, t.size() - 3).back() == 't'); // cut between words
    CHECK(to_u32(t).size() <= 121);
    CHECK(suggest_title(std::string(200, 'x')).size() == 119 + 3);
}

TEST_CASE("clean-up of a megabyte built against it finishes", "[import][cleanup][slow]") {
    // One line of glued credits, one of pipes, many furniture lines: each rule looks at a line once
    // (glued_credit gives up once the rest of the line is longer than a credit).
    std::string credits, pipes, lines;
    while (credits.size() < (1u << 20)) credits += "a.Credit";
    while (pipes.size() < (1u << 20)) pipes += "Share | ";
    while (lines.size() < (1u << 20)) lines += "Advertisement\n\nText.\n\n";
    ArticleCleanup c = clean_article(credits + "Ana Ruiz", {}); // the last "Credit" is one
    REQUIRE(c.changes.size() == 1);
    CHECK(c.text == credits.substr(0, credits.size() - 6));
    CHECK(clean_article(pipes, {}).changes.size() == 1);
    CHECK(clean_article(lines, {}).text.find("Advertisement") == std::string::npos);
}
