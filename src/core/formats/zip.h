// Claimscope core — a minimal ZIP archive (store only, no compression) so an export made of
// several files (brat: .txt + .ann + annotation.conf) is one download. Deterministic: entries in
// the given order, a fixed timestamp (1980-01-01 00:00), so the same project gives the same bytes.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

struct ZipEntry {
    std::string name; // UTF-8 path inside the archive, '/' separated
    std::string data;
};

uint32_t crc32(std::string_view data); // IEEE 802.3 (the one ZIP and PNG use)
std::string write_zip(const std::vector<ZipEntry>& entries);

// Reads archives whose entries are stored (method 0), e.g. the ones write_zip makes. Returns
// false with *error set ("entry 'a.ann' is compressed (method 8); unzip it first") on anything
// else: compressed entries, truncation, bad CRC.
bool read_zip(std::string_view bytes, std::vector<ZipEntry>* out, std::string* error);
bool looks_like_zip(std::string_view bytes); // starts with the local-header signature

} // namespace cs
