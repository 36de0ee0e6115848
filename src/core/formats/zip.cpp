// Store-only ZIP writer/reader (APPNOTE.TXT sections 4.3.7 local header, 4.3.12 central
// directory, 4.3.16 end of central directory). No ZIP64: exports are far below 4 GB.
#include "core/formats/zip.h"
#include <array>

namespace cs {

static const std::array<uint32_t, 256>& crc_table() {
    static const std::array<uint32_t, 256> t = [] {
        std::array<uint32_t, 256> r{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            r[i] = c;
        }
        return r;
    }();
    return t;
}

uint32_t crc32(std::string_view data) {
    const auto& t = crc_table();
    uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : data) c = t[(c ^ b) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static void put16(std::string& o, uint32_t v) {
    o += char(v & 0xFF);
    o += char((v >> 8) & 0xFF);
}
static void put32(std::string& o, uint32_t v) {
    put16(o, v & 0xFFFF);
    put16(o, v >> 16);
}

constexpr uint32_t kLocalSig = 0x04034b50, kCentralSig = 0x02014b50, kEndSig = 0x06054b50;
constexpr uint32_t kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr uint32_t kUtf8Flag = 0x0800;                 // bit 11: names are UTF-8

std::string write_zip(const std::vector<ZipEntry>& entries) {
    std::string out, central;
    for (const auto& e : entries) {
        const uint32_t crc = crc32(e.data), size = uint32_t(e.data.size()), offset = uint32_t(out.size());
        auto common = [&](std::string& o) { // fields shared by both headers, from "version needed"
            put16(o, 20);
            put16(o, kUtf8Flag);
            put16(o, 0 /*stored*/);
            put16(o, 0 /*time*/);
            put16(o, kDosDate);
            put32(o, crc);
            put32(o, size);
            put32(o, size);
            put16(o, uint32_t(e.name.size()));
            put16(o, 0 /*extra*/);
        };
        put32(out, kLocalSig);
        common(out);
        out += e.name;
        out += e.data;
        put32(central, kCentralSig);
        put16(central, 20 /*made by: MS-DOS, 2.0*/);
        common(central);
        put16(central, 0 /*comment*/);
        put16(central, 0 /*disk*/);
        put16(central, 0 /*int attr*/);
        put32(central, 0 /*ext attr*/);
        put32(central, offset);
        central += e.name;
    }
    const uint32_t cd_offset = uint32_t(out.size()), cd_size = uint32_t(central.size());
    out += central;
    put32(out, kEndSig);
    put16(out, 0);
    put16(out, 0);
    put16(out, uint32_t(entries.size()));
    put16(out, uint32_t(entries.size()));
    put32(out, cd_size);
    put32(out, cd_offset);
    put16(out, 0);
    return out;
}

static uint32_t get16(std::string_view b, size_t at) { return uint8_t(b[at]) | (uint8_t(b[at + 1]) << 8); }
static uint32_t get32(std::string_view b, size_t at) { return get16(b, at) | (get16(b, at + 2) << 16); }

bool looks_like_zip(std::string_view b) { return b.size() >= 4 && get32(b, 0) == kLocalSig; }

bool read_zip(std::string_view b, std::vector<ZipEntry>* out, std::string* error) {
    auto fail = [&](std::string m) {
        *error = std::move(m);
        return false;
    };
    out->clear();
    // The end record is the last 22 bytes plus a comment of up to 64 KiB: scan backwards.
    if (b.size() < 22) return fail("not a ZIP archive (too short)");
    size_t end = std::string_view::npos;
    for (size_t i = b.size() - 22 + 1; i-- > 0 && b.size() - i <= 22 + 0xFFFF;)
        if (get32(b, i) == kEndSig) {
            end = i;
            break;
        }
    if (end == std::string_view::npos) return fail("not a ZIP archive (no end of central directory)");
    const uint32_t count = get16(b, end + 10), cd_size = get32(b, end + 12), cd_offset = get32(b, end + 16);
    if (uint64_t(cd_offset) + cd_size > end) return fail("damaged ZIP archive (central directory out of range)");
    size_t at = cd_offset;
    for (uint32_t i = 0; i < count; ++i) {
        if (at + 46 > end || get32(b, at) != kCentralSig)
            return fail("damaged ZIP archive (central directory entry " + std::to_string(i) + ")");
        const uint32_t method = get16(b, at + 10), crc = get32(b, at + 16), csize = get32(b, at + 20);
        const uint32_t usize = get32(b, at + 24), nlen = get16(b, at + 28), xlen = get16(b, at + 30);
        const uint32_t clen = get16(b, at + 32), local = get32(b, at + 42);
        if (at + 46 + nlen > end) return fail("damaged ZIP archive (entry name out of range)");
        ZipEntry e;
        e.name = std::string(b.substr(at + 46, nlen));
        at += 46 + nlen + xlen + clen;
        if (method != 0)
            return fail("entry '" + e.name + "' is compressed (method " + std::to_string(method) + "); unzip it first");
        if (uint64_t(local) + 30 > b.size() || get32(b, local) != kLocalSig)
            return fail("damaged ZIP archive (local header of '" + e.name + "')");
        const uint64_t data_at = uint64_t(local) + 30 + get16(b, local + 26) + get16(b, local + 28);
        if (csize != usize || data_at + csize > cd_offset)
            return fail("damaged ZIP archive (data of '" + e.name + "' out of range)");
        e.data = std::string(b.substr(size_t(data_at), csize));
        if (crc32(e.data) != crc) return fail("damaged ZIP archive (CRC mismatch in '" + e.name + "')");
        out->push_back(std::move(e));
    }
    return true;
}

} // namespace cs
