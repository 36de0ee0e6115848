// ZIP writer/reader (APPNOTE.TXT sections 4.3.7 local header, 4.3.9 data descriptor, 4.3.12 central
// directory, 4.3.16 end of central directory) over zlib's raw deflate. No ZIP64: exports are far below
// 4 GB, and the reader refuses it by name. Sizes and CRCs are taken from the central directory, so
// entries whose local header defers them to a data descriptor (zips written to a pipe) read the same.
#include "core/formats/zip.h"
#define ZLIB_CONST // next_in points at const bytes
#include <zlib.h>
#include <algorithm>
#include <new>

namespace cs {

namespace {

constexpr uint32_t kLocalSig = 0x04034b50, kCentralSig = 0x02014b50, kEndSig = 0x06054b50;
constexpr uint32_t kZip64LocatorSig = 0x07064b50;
constexpr size_t kLocalSize = 30, kCentralSize = 46, kEndSize = 22;
constexpr uint32_t kStored = 0, kDeflated = 8;
constexpr uint32_t kDosDate = (0 << 9) | (1 << 5) | 1;         // 1980-01-01
constexpr uint32_t kUtf8Flag = 0x0800;                         // bit 11: names are UTF-8
constexpr uint32_t kEncryptedFlags = 0x0001 | 0x0040 | 0x2000; // traditional, strong, central directory

void put16(std::string& o, uint32_t v) {
    o += char(v & 0xFF);
    o += char((v >> 8) & 0xFF);
}
void put32(std::string& o, uint32_t v) {
    put16(o, v & 0xFFFF);
    put16(o, v >> 16);
}
uint32_t get16(std::string_view b, size_t at) { return uint8_t(b[at]) | (uint8_t(b[at + 1]) << 8); }
uint32_t get32(std::string_view b, size_t at) { return get16(b, at) | (get16(b, at + 2) << 16); }

uint32_t crc_of(std::string_view d) { return uint32_t(crc32_z(0, reinterpret_cast<const Bytef*>(d.data()), d.size())); }

// Raw deflate (windowBits -15): ZIP frames the stream itself, with no zlib header or Adler-32.
std::string deflate_raw(std::string_view in) {
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) throw std::bad_alloc();
    std::string out(deflateBound(&z, uLong(in.size())), '\0');
    z.next_in = reinterpret_cast<const Bytef*>(in.data());
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(&out[0]);
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH); // one call finishes: the buffer has deflateBound's room
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

// Inflates a raw deflate stream that must give exactly `size` bytes. The buffer has room for one byte
// more, so a stream that would give more stops there and is refused: memory stays within what the
// central directory declared, which the limits have already checked. "" when it went well.
std::string inflate_raw(std::string_view in, uint32_t size, std::string* out) {
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) throw std::bad_alloc();
    out->assign(size_t(size) + 1, '\0');
    z.next_in = reinterpret_cast<const Bytef*>(in.data());
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(&(*out)[0]);
    z.avail_out = uInt(out->size());
    const int rc = inflate(&z, Z_FINISH);
    const uint64_t got = z.total_out;
    const std::string why = z.msg ? z.msg : "";
    inflateEnd(&z);
    out->resize(size_t(std::min<uint64_t>(got, size)));
    const std::string declared = std::to_string(size) + " bytes its header declares (damaged archive)";
    if (got > size) return "expands to more than the " + declared;
    if (rc == Z_DATA_ERROR) return "has damaged deflate data (" + why + ")";
    if (rc != Z_STREAM_END) return "has deflate data that ends early (truncated archive)";
    if (got < size) return "expands to " + std::to_string(got) + " bytes, fewer than the " + declared;
    return "";
}

} // namespace

std::string write_zip(const std::vector<ZipEntry>& entries) {
    std::string out, central;
    for (const auto& e : entries) {
        const std::string packed = deflate_raw(e.data);
        const bool deflated = packed.size() < e.data.size();
        const std::string_view body = deflated ? std::string_view(packed) : std::string_view(e.data);
        const uint32_t crc = crc_of(e.data), offset = uint32_t(out.size());
        auto common = [&](std::string& o) { // fields shared by both headers, from "version needed"
            put16(o, 20);
            put16(o, kUtf8Flag);
            put16(o, deflated ? kDeflated : kStored);
            put16(o, 0 /*time*/);
            put16(o, kDosDate);
            put32(o, crc);
            put32(o, uint32_t(body.size()));
            put32(o, uint32_t(e.data.size()));
            put16(o, uint32_t(e.name.size()));
            put16(o, 0 /*extra*/);
        };
        put32(out, kLocalSig);
        common(out);
        out += e.name;
        out += body;
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

bool looks_like_zip(std::string_view b) { return b.size() >= 4 && get32(b, 0) == kLocalSig; }

namespace {

struct End { // the end of central directory record
    size_t at = 0;
    uint32_t count = 0, cd_size = 0, cd_offset = 0;
};

struct Item { // one file entry of the central directory, checked
    std::string name;
    uint32_t method = 0, crc = 0, csize = 0, usize = 0, local = 0;
    uint64_t data_at = 0; // after its local header
};

std::string entry_problem(const std::string& name, const std::string& problem) {
    return "entry '" + name + "' " + problem;
}

std::string find_end(std::string_view b, const ZipLimits& limits, End* e) {
    if (b.size() < kEndSize) return "not a ZIP archive (too short)";
    // The end record is the last 22 bytes plus a comment of up to 64 KiB: scan backwards.
    size_t at = std::string_view::npos;
    for (size_t i = b.size() - kEndSize + 1; i-- > 0 && b.size() - i <= kEndSize + 0xFFFF;)
        if (get32(b, i) == kEndSig) {
            at = i;
            break;
        }
    if (at == std::string_view::npos) return "not a ZIP archive (no end of central directory)";
    e->at = at;
    e->count = get16(b, at + 10);
    e->cd_size = get32(b, at + 12);
    e->cd_offset = get32(b, at + 16);
    // ZIP64 keeps the real count and offsets in records before this one and saturates these fields;
    // without its locator, 65,535 is a plain count.
    const bool zip64 = at >= 20 && get32(b, at - 20) == kZip64LocatorSig;
    if (zip64 && (e->count == 0xFFFF || e->cd_size == 0xFFFFFFFF || e->cd_offset == 0xFFFFFFFF))
        return "the archive uses ZIP64 (made with zip -fz, or over 4 GB or 65,535 entries), which is not supported";
    if (get16(b, at + 4) != 0 || get16(b, at + 6) != 0 || get16(b, at + 8) != e->count)
        return "the archive is split across several files (a multi-part ZIP), which is not supported";
    if (e->count > limits.max_entries)
        return "the archive lists " + std::to_string(e->count) + " entries; at most " +
               std::to_string(limits.max_entries) + " are read";
    if (uint64_t(e->cd_offset) + e->cd_size > at || uint64_t(e->count) * kCentralSize > e->cd_size)
        return "damaged ZIP archive (central directory out of range)";
    return "";
}

// Names that climb out of the folder an archive is unpacked into. Nothing here writes entries to disk,
// but such names only come from crafted archives, and the next tool to unpack one may follow them.
// Backslashes count as separators too: some Windows tools write them.
std::string path_problem(const std::string& name) {
    if (name.empty()) return "has an empty name (damaged archive)";
    const bool drive = name.size() >= 2 && name[1] == ':' && ((name[0] | 0x20) >= 'a' && (name[0] | 0x20) <= 'z');
    if (name[0] == '/' || name[0] == '\\' || drive) return "has an absolute path; refused";
    for (size_t start = 0, i = 0; i <= name.size(); ++i)
        if (i == name.size() || name[i] == '/' || name[i] == '\\') {
            if (name.compare(start, i - start, "..") == 0)
                return "has '..' in its path, which leads out of the folder it is unpacked into; refused";
            start = i + 1;
        }
    return "";
}

std::string method_name(uint32_t method) {
    static const struct {
        uint32_t id;
        const char* name;
    } kNames[] = {{1, "Shrink"}, {6, "Implode"},    {9, "Deflate64"}, {12, "bzip2"},
                  {14, "LZMA"},  {93, "Zstandard"}, {95, "xz"},       {98, "PPMd"}};
    for (const auto& n : kNames)
        if (n.id == method) return std::to_string(method) + " (" + n.name + ")";
    return std::to_string(method);
}

// What makes one file entry unreadable, as words that follow "entry 'name' "; "" when it is fine.
// `total` adds up the expanded sizes declared so far.
std::string check_entry(const Item& it, uint32_t flags, const ZipLimits& limits, uint64_t* total) {
    if (flags & kEncryptedFlags)
        return "is encrypted (password-protected); unzip it with its password and zip it again without one";
    if (it.method != kStored && it.method != kDeflated)
        return "is compressed with method " + method_name(it.method) +
               "; only stored (0) and deflate (8) entries are read: zip it again with a plain zip tool";
    if (it.csize == 0xFFFFFFFF || it.usize == 0xFFFFFFFF || it.local == 0xFFFFFFFF)
        return "has ZIP64 sizes (over 4 GB, or made with zip -fz), which are not supported";
    if (it.method == kStored && it.csize != it.usize)
        return "is stored but declares two different sizes (damaged archive)";
    if (it.usize >= limits.ratio_from && it.usize > limits.max_ratio * it.csize)
        return "expands " + std::to_string(it.usize / std::max<uint32_t>(it.csize, 1)) + " times (" +
               std::to_string(it.csize) + " bytes to " + std::to_string(it.usize) + "); over " +
               std::to_string(limits.max_ratio) + " times is refused as a possible zip bomb";
    *total += it.usize;
    if (*total > limits.max_total_size)
        return "takes the archive past " + std::to_string(limits.max_total_size) +
               " bytes expanded; refused as a possible zip bomb";
    return "";
}

std::string read_central(std::string_view b, const End& e, const ZipLimits& limits, std::vector<Item>* items) {
    const size_t cd_end = size_t(e.cd_offset) + e.cd_size;
    auto damaged = [&](uint32_t i, const char* what) {
        return "damaged ZIP archive (" + std::string(what) + "central directory entry " + std::to_string(i + 1) +
               " of " + std::to_string(e.count) + ")";
    };
    uint64_t total = 0;
    size_t at = e.cd_offset;
    for (uint32_t i = 0; i < e.count; ++i) {
        if (at + kCentralSize > cd_end || get32(b, at) != kCentralSig) return damaged(i, "");
        const uint32_t flags = get16(b, at + 8), nlen = get16(b, at + 28);
        if (at + kCentralSize + nlen > cd_end) return damaged(i, "name of ");
        Item it;
        it.name = std::string(b.substr(at + kCentralSize, nlen));
        it.method = get16(b, at + 10);
        it.crc = get32(b, at + 16);
        it.csize = get32(b, at + 20);
        it.usize = get32(b, at + 24);
        it.local = get32(b, at + 42);
        at += kCentralSize + nlen + get16(b, at + 30) + get16(b, at + 32);
        std::string problem = path_problem(it.name);
        if (problem.empty() && it.name.back() == '/') continue; // a directory: nothing to read
        if (problem.empty()) problem = check_entry(it, flags, limits, &total);
        if (!problem.empty()) return entry_problem(it.name, problem);
        items->push_back(std::move(it));
    }
    return "";
}

// Where each entry's data starts (its local header's name and extra field may differ in length from
// the central directory's), and that no two entries share bytes: entries all pointing at the same
// data make a small archive expand a thousandfold.
std::string locate_data(std::string_view b, const End& e, std::vector<Item>* items) {
    for (auto& it : *items) {
        if (uint64_t(it.local) + kLocalSize > e.cd_offset || get32(b, it.local) != kLocalSig)
            return entry_problem(it.name, "has no local header where the central directory says (damaged archive)");
        it.data_at = uint64_t(it.local) + kLocalSize + get16(b, it.local + 26) + get16(b, it.local + 28);
        if (it.data_at + it.csize > e.cd_offset)
            return entry_problem(it.name, "has data past the end of the archive's file data (truncated or damaged)");
    }
    std::vector<const Item*> order;
    for (const auto& it : *items) order.push_back(&it);
    std::stable_sort(order.begin(), order.end(), [](const Item* x, const Item* y) { return x->local < y->local; });
    for (size_t i = 1; i < order.size(); ++i)
        if (order[i]->local < order[i - 1]->data_at + order[i - 1]->csize)
            return entry_problem(order[i]->name, "overlaps the data of entry '" + order[i - 1]->name +
                                                     "' (a zip bomb or a damaged archive)");
    return "";
}

std::string extract(std::string_view b, const Item& it, std::string* data) {
    const std::string_view packed = b.substr(size_t(it.data_at), it.csize);
    if (it.method == kStored) {
        data->assign(packed);
    } else {
        std::string problem = inflate_raw(packed, it.usize, data);
        if (!problem.empty()) return problem;
    }
    return crc_of(*data) == it.crc ? "" : "fails its CRC-32 check (damaged archive)";
}

} // namespace

bool read_zip(std::string_view b, std::vector<ZipEntry>* out, std::string* error, const ZipLimits& limits) {
    out->clear();
    End e;
    std::vector<Item> items;
    std::string problem = find_end(b, limits, &e);
    if (problem.empty()) problem = read_central(b, e, limits, &items);
    if (problem.empty()) problem = locate_data(b, e, &items);
    std::vector<ZipEntry> entries;
    for (size_t i = 0; problem.empty() && i < items.size(); ++i) {
        entries.push_back({items[i].name, {}});
        problem = extract(b, items[i], &entries.back().data);
        if (!problem.empty()) problem = entry_problem(items[i].name, problem);
    }
    if (!problem.empty()) {
        *error = std::move(problem);
        return false;
    }
    *out = std::move(entries);
    return true;
}

} // namespace cs
