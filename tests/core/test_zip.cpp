// ZIP: archives made by Info-ZIP's `zip` (tests/data/formats/zip/README.md), the writer's round
// trip, and every refusal: limits, zip bombs, unsafe names, encryption, other methods, ZIP64, damage.
#include "core/formats/zip.h"
#include "formats_fixture.h"

using namespace cs;

namespace {

uint32_t get16(const std::string& z, size_t at) { return uint8_t(z[at]) | (uint8_t(z[at + 1]) << 8); }
uint32_t get32(const std::string& z, size_t at) { return get16(z, at) | (get16(z, at + 2) << 16); }
void set16(std::string& z, size_t at, uint32_t v) {
    z[at] = char(v & 0xFF);
    z[at + 1] = char((v >> 8) & 0xFF);
}
void set32(std::string& z, size_t at, uint32_t v) {
    set16(z, at, v & 0xFFFF);
    set16(z, at + 2, v >> 16);
}
size_t end_record(const std::string& z) { return z.rfind("PK\x05\x06"); } // no archive comment here
size_t central(const std::string& z) { return get32(z, end_record(z) + 16); }

// `z` (one entry) with its central directory entry listed n times, every copy pointing at the same data.
std::string repeat_entry(const std::string& z, uint32_t n) {
    const size_t cd = central(z), end = end_record(z);
    const std::string entry = z.substr(cd, end - cd);
    std::string out = z.substr(0, cd);
    for (uint32_t i = 0; i < n; ++i) out += entry;
    std::string tail = z.substr(end);
    set16(tail, 8, n);
    set16(tail, 10, n);
    set32(tail, 12, uint32_t(entry.size() * n));
    return out + tail;
}

std::string zip_file(const std::string& name) { return fixture::read(fixture::data_path("zip/" + name)); }

// The error read_zip gives, or "read" when it accepts the archive.
std::string refusal(const std::string& z, const ZipLimits& limits = {}) {
    std::vector<ZipEntry> out;
    std::string err;
    if (read_zip(z, &out, &err, limits)) return "read";
    CHECK(out.empty());
    return err;
}

const std::string kClaims = [] {
    std::string s;
    for (int i = 0; i < 40; ++i) s += "T" + std::to_string(i) + "\tClaim " + std::to_string(i * 10) + " 5\tOver\n";
    return s;
}();

} // namespace

TEST_CASE("zip: reads what Info-ZIP's zip makes: stored, deflated, streamed, with folders", "[zip]") {
    const std::string ann = fixture::read(fixture::data_path("brat/news1.ann"));
    const std::string txt = fixture::read(fixture::data_path("brat/news1.txt"));
    const struct {
        const char* path;
        const char* prefix;
    } cases[] = {
        {"brat/news1-stored.zip", ""},
        {"brat/news1-deflated.zip", ""},
        {"zip/streamed.zip", ""},          // sizes in data descriptors
        {"zip/folder.zip", "collection/"}, // the "collection/" directory entry is skipped
    };
    for (const auto& c : cases) {
        INFO(c.path);
        std::vector<ZipEntry> out;
        std::string err;
        REQUIRE(read_zip(fixture::read(fixture::data_path(c.path)), &out, &err));
        REQUIRE(out.size() == 2);
        CHECK(out[0].name == std::string(c.prefix) + "news1.ann");
        CHECK(out[0].data == ann);
        CHECK(out[1].name == std::string(c.prefix) + "news1.txt");
        CHECK(out[1].data == txt);
    }
}

TEST_CASE("zip: the writer deflates what shrinks, stores the rest, is deterministic and reads back", "[zip]") {
    const std::vector<ZipEntry> in = {{"a.txt", "hello\n"},
                                      {"claims.ann", kClaims},
                                      {"dir/\xC3\xA9.ann", std::string("\0\x01\xff", 3)},
                                      {"empty", ""}};
    const std::string z = write_zip(in);
    CHECK(write_zip(in) == z);
    // Methods in the local headers: "hello\n" and the short ones do not shrink; the claims do, a lot.
    CHECK(get16(z, 8) == 0);
    const size_t second = 30 + 5 + 6;
    REQUIRE(get32(z, second) == 0x04034b50u);
    CHECK(get16(z, second + 8) == 8);
    CHECK(get32(z, second + 18) < kClaims.size() / 4);
    std::vector<ZipEntry> out;
    std::string err;
    REQUIRE(read_zip(z, &out, &err));
    REQUIRE(out.size() == in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        CHECK(out[i].name == in[i].name);
        CHECK(out[i].data == in[i].data);
    }
    CHECK(write_zip({}) == std::string("PK\x05\x06", 4) + std::string(18, '\0'));
    CHECK(refusal(write_zip({})) == "read");
}

TEST_CASE("zip: refuses many entries before reading any, and entries that share data", "[zip]") {
    const std::string one = write_zip({{"a.txt", "hello"}});
    CHECK(refusal(repeat_entry(one, 65535)) == "the archive lists 65535 entries; at most 10000 are read");
    CHECK(refusal(repeat_entry(one, 10000)) ==
          "entry 'a.txt' overlaps the data of entry 'a.txt' (a zip bomb or a damaged archive)");
    CHECK(refusal(repeat_entry(one, 2)) ==
          "entry 'a.txt' overlaps the data of entry 'a.txt' (a zip bomb or a damaged archive)");
    CHECK(refusal(repeat_entry(one, 1)) == "read");
    ZipLimits three;
    three.max_entries = 3;
    CHECK(refusal(write_zip({{"a", "1"}, {"b", "2"}, {"c", "3"}}), three) == "read");
    CHECK(refusal(write_zip({{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}}), three) ==
          "the archive lists 4 entries; at most 3 are read");
}

TEST_CASE("zip: refuses zip bombs by ratio and by total size, before inflating", "[zip]") {
    CHECK(refusal(zip_file("bomb.zip")) == "entry 'zeros.txt' expands 1023 times (2049 bytes to 2097152); over 100 "
                                           "times is refused as a possible zip bomb");
    // Declared sizes are checked before any data is read: this archive holds 40 bytes of deflate data.
    std::string big = write_zip({{"big.txt", std::string(4000, 'x')}});
    set32(big, central(big) + 20, 3000000);
    set32(big, central(big) + 24, 300000000);
    CHECK(refusal(big) == "entry 'big.txt' takes the archive past 209715200 bytes expanded; refused as a possible "
                          "zip bomb");
    // The same limits, small, on real data: the third entry passes the total.
    ZipLimits small;
    small.max_total_size = 1000;
    const std::string line(400, 'x');
    CHECK(refusal(write_zip({{"a.txt", line}, {"b.txt", line}}), small) == "read");
    CHECK(refusal(write_zip({{"a.txt", line}, {"b.txt", line}, {"c.txt", line}}), small) ==
          "entry 'c.txt' takes the archive past 1000 bytes expanded; refused as a possible zip bomb");
    small.ratio_from = 400;
    small.max_ratio = 10;
    CHECK(refusal(write_zip({{"a.txt", line.substr(1)}}), small) == "read"); // below ratio_from
    CHECK(refusal(write_zip({{"a.txt", line}}), small) ==
          "entry 'a.txt' expands 50 times (8 bytes to 400); over 10 times is refused as a possible zip bomb");
}

TEST_CASE("zip: refuses absolute names and names with '..'", "[zip]") {
    CHECK(refusal(zip_file("dotdot.zip")) == "entry '../news1.ann' has '..' in its path, which leads out of the "
                                             "folder it is unpacked into; refused");
    for (const char* name : {"a/../../b.ann", "..\\b.ann", "a/..", ".."}) {
        INFO(name);
        CHECK(refusal(write_zip({{name, "x"}})) == "entry '" + std::string(name) +
                                                       "' has '..' in its path, which leads out of the folder it is "
                                                       "unpacked into; refused");
    }
    for (const char* name : {"/etc/passwd", "\\x.ann", "C:\\x.ann", "c:x.ann"}) {
        INFO(name);
        CHECK(refusal(write_zip({{name, "x"}})) == "entry '" + std::string(name) + "' has an absolute path; refused");
    }
    for (const char* name : {"a..b.ann", "..a/b...", "ab:c.ann", "dir/"}) {
        INFO(name);
        CHECK(refusal(write_zip({{name, ""}})) == "read");
    }
    CHECK(refusal(write_zip({{"", "x"}})) == "entry '' has an empty name (damaged archive)");
}

TEST_CASE("zip: encryption, other methods and ZIP64 are refused by name", "[zip]") {
    CHECK(refusal(zip_file("encrypted.zip")) == "entry 'news1.ann' is encrypted (password-protected); unzip it with "
                                                "its password and zip it again without one");
    CHECK(refusal(zip_file("bzip2.zip")) == "entry 'news1.ann' is compressed with method 12 (bzip2); only stored (0) "
                                            "and deflate (8) entries are read: zip it again with a plain zip tool");
    CHECK(refusal(zip_file("zip64.zip")) ==
          "the archive uses ZIP64 (made with zip -fz, or over 4 GB or 65,535 entries), which is not supported");
    std::string z64 = write_zip({{"a.txt", "hello"}});
    set32(z64, central(z64) + 24, 0xFFFFFFFF);
    CHECK(refusal(z64) == "entry 'a.txt' has ZIP64 sizes (over 4 GB, or made with zip -fz), which are not supported");
    std::string split = write_zip({{"a.txt", "hello"}});
    set16(split, end_record(split) + 4, 1);
    CHECK(refusal(split) == "the archive is split across several files (a multi-part ZIP), which is not supported");
}

TEST_CASE("zip: damage is named: CRC-32, deflate data, sizes, truncation", "[zip]") {
    const std::string stored = write_zip({{"a.txt", "hello\n"}});
    std::string bad = stored;
    bad[30 + 5] ^= 1; // a byte of "hello"
    CHECK(refusal(bad) == "entry 'a.txt' fails its CRC-32 check (damaged archive)");

    const std::string deflated = write_zip({{"c.ann", kClaims}});
    const size_t cd = central(deflated), data = 30 + 5;
    bad = deflated;
    set32(bad, cd + 16, get32(bad, cd + 16) ^ 1);
    CHECK(refusal(bad) == "entry 'c.ann' fails its CRC-32 check (damaged archive)");
    bad = deflated;
    bad[data] = char(0xFF); // final block of the reserved type 3
    CHECK(refusal(bad) == "entry 'c.ann' has damaged deflate data (invalid block type)");
    bad = deflated;
    set32(bad, cd + 24, 100); // declares fewer bytes than the data gives
    CHECK(refusal(bad) == "entry 'c.ann' expands to more than the 100 bytes its header declares (damaged archive)");
    bad = deflated;
    set32(bad, cd + 24, uint32_t(kClaims.size() + 1));
    CHECK(refusal(bad) == "entry 'c.ann' expands to " + std::to_string(kClaims.size()) + " bytes, fewer than the " +
                              std::to_string(kClaims.size() + 1) + " bytes its header declares (damaged archive)");
    bad = deflated;
    set32(bad, cd + 20, 5); // the deflate stream cut short
    CHECK(refusal(bad) == "entry 'c.ann' has deflate data that ends early (truncated archive)");
    bad = deflated;
    set32(bad, cd + 42, 7);
    CHECK(refusal(bad) == "entry 'c.ann' has no local header where the central directory says (damaged archive)");
    bad = deflated;
    set32(bad, cd + 20, uint32_t(cd));
    CHECK(refusal(bad) == "entry 'c.ann' has data past the end of the archive's file data (truncated or damaged)");

    CHECK(refusal("not a zip") == "not a ZIP archive (too short)");
    CHECK(refusal(std::string(100, 'x')) == "not a ZIP archive (no end of central directory)");
    CHECK(refusal(stored.substr(0, stored.size() - 1)) == "not a ZIP archive (no end of central directory)");
    for (size_t n = 0; n < deflated.size(); ++n) { // every cut, and every byte flipped, fails cleanly or reads
        CHECK(refusal(deflated.substr(0, n)) != "read");
        std::string flipped = deflated;
        flipped[n] ^= 0x55;
        (void)refusal(flipped);
    }
}
