// Claimscope core — ZIP archives: the brat export (.txt + .ann + annotation.conf in one download) and
// the brat zip import (what brat's download, Windows, macOS and Info-ZIP's `zip` make). The container
// (headers, central directory, limits, names) is parsed here, one code path for the native and web
// builds; zlib only inflates and deflates. Reading is a pure function of the bytes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

struct ZipEntry {
    std::string name; // UTF-8 path inside the archive, '/' separated
    std::string data;
};

// Deflates each entry (stores it when deflate would not make it smaller). Deterministic: entries in
// the given order, a fixed timestamp (1980-01-01 00:00), so the same project gives the same bytes.
std::string write_zip(const std::vector<ZipEntry>& entries);

// What read_zip accepts before it refuses an archive as a possible zip bomb. Checked against the
// sizes the central directory declares, before anything is inflated; an entry that inflates to more
// than it declares is refused as damaged, so these bound the memory and time a read takes.
struct ZipLimits {
    size_t max_entries = 10000;
    uint64_t max_total_size = 200u << 20; // all entries together, expanded
    uint64_t max_ratio = 100;             // expanded / compressed size of one entry...
    uint64_t ratio_from = 1u << 20;       // ...once it expands to this many bytes (small files may be tiny)
};

// Reads stored (method 0) and deflated (method 8) entries; directory entries are skipped. Returns
// false with *error naming the entry and the problem ("entry 'a.ann' is encrypted ...") for other
// methods, encryption, ZIP64, absolute or '..' names, entries sharing data, the limits above,
// truncation and CRC-32 mismatches.
bool read_zip(std::string_view bytes, std::vector<ZipEntry>* out, std::string* error, const ZipLimits& limits = {});
bool looks_like_zip(std::string_view bytes); // starts with the local-header signature

} // namespace cs
