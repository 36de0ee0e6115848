// Tests for src/core/text/layout.h: wrapping, hit-testing, char_at, and a property test of the
// line structure over random texts and widths.
#include <catch2/catch_test_macros.hpp>

#include "core/model/document.h"
#include "core/text/layout.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace cs;

namespace {

// Every code point 10 px wide: widths in the tests are then counts of characters.
float ten(uint32_t) { return 10; }

LayoutParams wrap_at(float width) {
    LayoutParams p;
    p.wrap_width = width;
    p.line_height = 20;
    p.paragraph_gap = 5;
    return p;
}

// Builds in a child process: a layout that never returns must fail the test, not hang it, and
// must not take the machine's memory with it (a loop that never ends appends empty lines).
bool build_returns(const std::string& text, float width) {
    const pid_t pid = fork();
    if (pid == 0) {
        const rlim_t mem = rlim_t(1) << 30;
        const rlimit lim{mem, mem};
        setrlimit(RLIMIT_AS, &lim);
        alarm(10);
        try {
            const Document doc = make_document(text);
            Layout layout;
            layout.build(doc, wrap_at(width), ten);
        } catch (...) { // out of memory: leave now, before Catch2 in this copy of the process runs on
            _exit(1);
        }
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// Widths of a proportional font, small enough to add up by hand.
float narrow(uint32_t cp) {
    switch (cp) {
        case ' ': return 4;
        case '\t': return 30;
        case 'i':
        case 'l': return 3;
        case 'm': return 12;
        case 'W': return 14;
        default: return 7;
    }
}

struct Wrapped {
    Document doc;
    Layout layout;
};

// Wrapped must not move: the layout keeps a pointer to its document.
std::unique_ptr<Wrapped> wrap(const std::string& text, float width, const AdvanceFn& advance = ten) {
    auto w = std::make_unique<Wrapped>();
    w->doc = make_document(text);
    w->layout.build(w->doc, wrap_at(width), advance);
    return w;
}

std::vector<std::string> texts(const Wrapped& w) {
    std::vector<std::string> out;
    for (const LayoutLine& l : w.layout.lines()) out.push_back(w.doc.slice(l.start, l.end));
    return out;
}
std::vector<uint32_t> starts(const Wrapped& w) {
    std::vector<uint32_t> out;
    for (const LayoutLine& l : w.layout.lines()) out.push_back(l.start);
    return out;
}
std::vector<float> widths(const Wrapped& w) {
    std::vector<float> out;
    for (const LayoutLine& l : w.layout.lines()) out.push_back(l.width);
    return out;
}

} // namespace

TEST_CASE("a paragraph that starts with white space and a word wider than the line ends", "[layout]") {
    CHECK(build_returns(" Supercalifragilisticexpialidocious", 100));
    CHECK(build_returns("\tSupercalifragilisticexpialidocious", 100));
    CHECK(build_returns("\xE3\x80\x80Supercalifragilisticexpialidocious", 100)); // U+3000
    CHECK(build_returns("Intro\n https://example.com/a/very/long/path/that/does/not/fit", 100));
}

TEST_CASE("wrapping: greedy, at the last space that fits, the space hidden between the lines", "[layout]") {
    // William(45) went(28) swimming(58) in(10) the(21) lime(25) mill(21), spaces 4, at 60 px.
    const auto w = wrap("William went swimming in the lime mill", 60, narrow);
    CHECK(texts(*w) == std::vector<std::string>{"William", "went", "swimming", "in the", "lime mill"});
    CHECK(starts(*w) == std::vector<uint32_t>{0, 8, 13, 22, 29});
    CHECK(widths(*w) == std::vector<float>{45, 28, 58, 35, 50});
    const auto& lines = w->layout.lines();
    CHECK(lines[1].end == 12);
    CHECK(lines[4].end == 38);
    CHECK(lines[4].byte_end == 38);
    for (size_t i = 0; i < lines.size(); ++i) CHECK(lines[i].y == 20.0f * i);
    CHECK(w->layout.height() == 100);

    // A line exactly as wide as the column fits.
    CHECK(texts(*wrap("jumps over the lazy dog", 100)) == std::vector<std::string>{"jumps over", "the lazy", "dog"});
}

TEST_CASE("wrapping: paragraphs start new lines, separated by the paragraph gap", "[layout]") {
    const auto w = wrap("One two\n\n  \nthree four", 1000);
    CHECK(texts(*w) == std::vector<std::string>{"One two", "three four"});
    CHECK(starts(*w) == std::vector<uint32_t>{0, 12});
    const auto& lines = w->layout.lines();
    CHECK(lines[0].paragraph == 0);
    CHECK(lines[1].paragraph == 1);
    CHECK(lines[1].y == 25);
    CHECK(w->layout.height() == 45);
    CHECK(lines[1].byte_start == 12);

    CHECK(wrap("", 100)->layout.empty());
    CHECK(wrap("\n \n", 100)->layout.height() == 0);
}

TEST_CASE("wrapping: white space at the start of a paragraph stays with the first word", "[layout]") {
    // The freeze above, laid out: the indentation, then the word cut at the column.
    for (const char* indent : {" ", "\t", "\xE3\x80\x80"}) {
        INFO("indent " << indent);
        const auto w = wrap(std::string(indent) + "Supercalifragilisticexpialidocious", 100);
        CHECK(starts(*w) == std::vector<uint32_t>{0, 10, 20, 30});
        CHECK(texts(*w).back() == "cious");
    }
    CHECK(texts(*wrap("  Hello world", 100)) == std::vector<std::string>{"  Hello", "world"});
    // Of two spaces at the edge, the line breaks at the second; the first hangs at its end.
    CHECK(texts(*wrap("aaaa  bbbb", 40)) == std::vector<std::string>{"aaaa ", "bbbb"});
    // A glyph wider than the column after the indentation: both on one line, no blank line.
    CHECK(texts(*wrap(" W", 5)) == std::vector<std::string>{" W"});
}

TEST_CASE("wrapping: a word wider than the line is cut between code points", "[layout]") {
    const auto w = wrap("a Supercalifragilisticexpialidocious b", 100);
    CHECK(texts(*w) == std::vector<std::string>{"a", "Supercalif", "ragilistic", "expialidoc", "ious b"});
    CHECK(widths(*w) == std::vector<float>{10, 100, 100, 100, 60});
    // Glyphs wider than the column: one a line. A width under one pixel counts as one.
    CHECK(texts(*wrap("abc", 5)) == std::vector<std::string>{"a", "b", "c"});
    CHECK(texts(*wrap("abc", -20)) == std::vector<std::string>{"a", "b", "c"});
    // Multi-byte code points are cut whole.
    const auto e = wrap("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 25); // éééé
    CHECK(starts(*e) == std::vector<uint32_t>{0, 2});
    CHECK(e->layout.lines()[1].byte_start == 4);
}

TEST_CASE("wrapping: CJK breaks before and after any ideograph", "[layout]") {
    CHECK(texts(*wrap("中文字符测试", 35)) == std::vector<std::string>{"中文字", "符测试"});
    CHECK(texts(*wrap("中文abc", 30)) == std::vector<std::string>{"中文", "abc"});
    CHECK(texts(*wrap("abc中文", 40)) == std::vector<std::string>{"abc中", "文"});
    CHECK(texts(*wrap("한국어 문장", 20)) == std::vector<std::string>{"한국", "어", "문장"});
    // A space is the better break: the ideograph before it does not take the space along.
    CHECK(texts(*wrap("中 abc", 30)) == std::vector<std::string>{"中", "abc"});
}

TEST_CASE("rects: one per line, the hidden wrapping space covered only where there is one", "[layout]") {
    const auto w = wrap("William went swimming in the lime mill", 60, narrow);
    const std::vector<Rect> r = w->layout.rects(2, 16); // "lliam went swim"
    REQUIRE(r.size() == 3);
    CHECK((r[0].x == 17 && r[0].y == 0 && r[0].w == 28 + 4 && r[0].h == 20)); // to the end, and the space
    CHECK((r[1].x == 0 && r[1].y == 20 && r[1].w == 28 + 4));
    CHECK((r[2].x == 0 && r[2].y == 40 && r[2].w == 17)); // "swi"
    CHECK(w->layout.rects(5, 5).empty());
    CHECK(w->layout.rects(9, 3).empty());

    // A cut word hides no space: the rectangles end where the glyphs end.
    const auto cut = wrap("Supercalifragilisticexpialidocious", 100);
    std::vector<float> cw;
    for (const Rect& x : cut->layout.rects(0, 34)) cw.push_back(x.w);
    CHECK(cw == std::vector<float>{100, 100, 100, 40});
    // The wrapping space is as wide as the character it is, a tab here.
    const auto tab = wrap("aaaa\tbbbb", 60, narrow);
    REQUIRE(tab->layout.lines().size() == 2);
    CHECK(tab->layout.rects(0, 9).front().w == 28 + 30);
    // Paragraphs: no space between them.
    const auto paras = wrap("ab\ncd", 100);
    CHECK(paras->layout.rects(0, 5).front().w == 20);
}

TEST_CASE("hit_test: the caret nearest the point; rects of a range hit-test back to the range", "[layout]") {
    const auto w = wrap("William went swimming in the lime mill\nOne more paragraph here", 60, narrow);
    const Layout& L = w->layout;
    const auto& lines = L.lines();
    CHECK(L.hit_test(0, 10) == 0);
    CHECK(L.hit_test(6.9f, 10) == 0); // left half of "W" (14 px)
    CHECK(L.hit_test(7.1f, 10) == 1); // right half
    CHECK(L.hit_test(-50, 30) == 8);  // left of a line: its start
    CHECK(L.hit_test(500, 30) == 12); // right of it: its end, before the hidden space
    CHECK(L.hit_test(10, -5) == 0);   // above the text
    CHECK(L.hit_test(0, 1e6f) == lines.back().start);
    CHECK(L.hit_test(0, 102) == 39); // in the gap after a paragraph: the next line

    // Every range from a glyph to a glyph comes back from the corners of its rectangles.
    std::vector<uint32_t> glyphs;
    for (const LayoutLine& l : lines)
        for (uint32_t c = l.start; c < l.end; ++c) glyphs.push_back(c);
    size_t checked = 0;
    for (uint32_t s : glyphs)
        for (uint32_t last : glyphs) {
            if (last < s) continue;
            const std::vector<Rect> r = L.rects(s, last + 1);
            REQUIRE(!r.empty());
            INFO("range " << s << ".." << last + 1);
            CHECK(L.hit_test(r.front().x, r.front().y + 10) == s);
            CHECK(L.hit_test(r.back().x + r.back().w, r.back().y + 10) == last + 1);
            CHECK(r.size() == L.line_of_cp(last) - L.line_of_cp(s) + 1);
            ++checked;
        }
    CHECK(checked == glyphs.size() * (glyphs.size() + 1) / 2);
}

TEST_CASE("char_at: the glyph under the point, -1 off the glyphs", "[layout]") {
    const auto w = wrap("William went swimming in the lime mill\nOne more", 60, narrow);
    const Layout& L = w->layout;
    for (size_t li = 0; li < L.lines().size(); ++li) {
        const LayoutLine& l = L.lines()[li];
        for (uint32_t c = l.start; c < l.end; ++c) {
            const float x = L.x_of_cp(li, c), adv = L.x_of_cp(li, c + 1) - x;
            CHECK(L.char_at(x, l.y) == long(c));
            CHECK(L.char_at(x + adv * 0.99f, l.y + 19.9f) == long(c));
        }
        CHECK(L.char_at(l.width + 1, l.y + 10) == -1); // past the end (and the hidden space)
    }
    CHECK(L.char_at(-1, 10) == -1);
    CHECK(L.char_at(5, -1) == -1);
    CHECK(L.char_at(5, 102) == -1); // paragraph gap
    CHECK(L.char_at(5, 1e6f) == -1);
    CHECK(wrap("", 100)->layout.char_at(0, 0) == -1);
}

namespace {

// A code point from a small alphabet that holds every kind the wrapper treats apart: letters
// (one to four bytes), breaking spaces, a space that does not break, newlines, ideographs,
// a zero-width combining mark.
uint32_t random_cp(std::mt19937& rng) {
    static const uint32_t kinds[] = {'a',  'b',    'c',  'd',  'e',    0xE9,   0x43E,  ' ',   ' ',    ' ',
                                     '\t', 0x3000, 0xA0, '\n', 0x4E2D, 0x6587, 0xD55C, 0x301, 0x1F600};
    return kinds[rng() % (sizeof kinds / sizeof kinds[0])];
}

// What the property test checks of one layout (see the test case).
void check_lines(const Document& doc, const Layout& L, float wrap_width, const AdvanceFn& adv) {
    const auto& lines = L.lines();
    const auto is_break_space = [](uint32_t c) { return c == ' ' || c == '\t' || c == 0x3000; };
    size_t li = 0;
    float y = 0;
    for (size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
        const Span para = doc.paragraphs[pi];
        REQUIRE(li < lines.size());
        REQUIRE(lines[li].start == para.start);
        uint32_t cp = para.start;
        for (;; ++li) {
            REQUIRE(li < lines.size());
            const LayoutLine& l = lines[li];
            REQUIRE(l.paragraph == pi);
            REQUIRE(l.start == cp);   // contiguous: no code point skipped
            REQUIRE(l.start < l.end); // never empty
            REQUIRE(l.byte_start == doc.index.byte_of_cp(l.start));
            REQUIRE(l.byte_end == doc.index.byte_of_cp(l.end));
            REQUIRE(l.y == y);
            float x = 0, ink_x = 0;
            size_t ink = 0;
            for (uint32_t c = l.start; c < l.end; ++c) {
                const uint32_t ch = doc.index.cp_at(c);
                x += adv(ch);
                if (!is_break_space(ch)) ++ink, ink_x = x;
                REQUIRE(L.line_of_cp(c) == li); // each code point lies on this line, and only on it
            }
            REQUIRE(ink > 0); // no line of white space alone
            REQUIRE(l.width == x);
            REQUIRE(L.x_of_cp(li, l.end) == x);
            // Only a line whose first glyph alone is too wide may pass the column (spaces hang).
            REQUIRE((ink_x <= std::max(wrap_width, 1.0f) || ink == 1));
            y += 20;
            if (l.end == para.end) break;
            // The next line starts here, or after the one wrapping space it hides.
            cp = l.end;
            if (li + 1 < lines.size() && lines[li + 1].start == cp + 1) {
                REQUIRE(is_break_space(doc.index.cp_at(cp)));
                REQUIRE(L.line_of_cp(cp) == li);
                ++cp;
            }
        }
        ++li;
        y += 5;
    }
    REQUIRE(li == lines.size());
    REQUIRE(L.height() == (lines.empty() ? 0 : y - 5));
}

} // namespace

TEST_CASE("property: every code point of a paragraph on one line, lines in order, none empty", "[layout]") {
    std::mt19937 rng(20261204);
    for (int round = 0; round < 4000; ++round) {
        std::u32string cps(rng() % 120, U' ');
        for (auto& c : cps) c = random_cp(rng);
        // Widths per code point drawn for this round; the combining mark takes no room.
        const uint32_t salt = rng();
        const AdvanceFn adv = [salt](uint32_t cp) {
            return cp == 0x301 ? 0.0f : float(1 + ((cp * 2654435761u) ^ salt) % 24) * 0.75f;
        };
        const float width = float(rng() % 2000) / 10.0f;
        const Document doc = make_document(to_utf8(cps));
        Layout layout;
        layout.build(doc, wrap_at(width), adv);
        INFO("round " << round << ", width " << width << ", text \"" << doc.text << "\"");
        check_lines(doc, layout, width, adv);
    }
}
