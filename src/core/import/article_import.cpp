// Claimscope core — opening an article file: checks, kind detection, encodings, token F1.
//
// Index
// - file checks: empty, oversized, binary (magic numbers, NUL bytes, control bytes)
// - encodings: UTF-16 with BOM, legacy single-byte text (read as windows-1252)
// - import_article_file: extraction by kind, then clean_article
// - token_f1, same_words
#include "core/import/article_import.h"
#include "core/import/article_cleanup.h"
#include "core/import/html_dom.h"
#include "core/text/case_fold.h"
#include "core/text/text.h"
#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace cs {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return (char)std::tolower(c); });
    return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }

// Names a well-known binary format from its first bytes, or "" when none matches.
std::string binary_format(std::string_view b) {
    if (starts_with(b, "%PDF")) return "a PDF document";
    if (starts_with(b, "PK\x03\x04")) return "a ZIP archive (or a Word/OpenDocument file)";
    if (starts_with(b, "\x89PNG")) return "a PNG image";
    if (starts_with(b, "\xFF\xD8\xFF")) return "a JPEG image";
    if (starts_with(b, "GIF8")) return "a GIF image";
    if (starts_with(b, "\xD0\xCF\x11\xE0")) return "an old Microsoft Office file";
    if (starts_with(b, "{\\rtf")) return "an RTF document";
    if (starts_with(b, "\x1F\x8B")) return "a gzip archive";
    return "";
}

// UTF-16 text (with its byte-order mark, as Windows Notepad saves it) -> UTF-8.
std::string utf16_to_utf8(std::string_view b, bool little_endian) {
    std::string out;
    auto unit = [&](size_t i) -> uint32_t {
        unsigned char x = (unsigned char)b[i], y = (unsigned char)b[i + 1];
        return little_endian ? (uint32_t)(x | y << 8) : (uint32_t)(y | x << 8);
    };
    for (size_t i = 2; i + 1 < b.size(); i += 2) {
        uint32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
            uint32_t lo = unit(i + 2);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 2;
                continue;
            }
        }
        append_utf8(out, u >= 0xD800 && u <= 0xDFFF ? kReplacementChar : u);
    }
    return out;
}

// Not valid UTF-8 and not one valid multi-byte sequence: a legacy single-byte file.
bool looks_single_byte(std::string_view b) {
    size_t invalid = 0, multibyte = 0;
    for (size_t i = 0; i < b.size();) {
        if ((unsigned char)b[i] < 0x80) {
            ++i;
            continue;
        }
        size_t len = 1;
        uint32_t cp = decode_utf8(b, i, &len);
        if (cp == kReplacementChar && len == 1)
            ++invalid;
        else
            ++multibyte;
        i += len;
    }
    return invalid > 0 && multibyte == 0;
}

size_t control_bytes(std::string_view b) {
    size_t n = 0;
    for (unsigned char c : b.substr(0, 65536))
        n += (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    return n;
}

bool looks_like_html(std::string_view b) {
    std::string head = lower(std::string(b.substr(0, 2048)));
    size_t i = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (i == std::string::npos) return false;
    std::string_view s = std::string_view(head).substr(i);
    return starts_with(s, "<!doctype html") || starts_with(s, "<html") || head.find("<body") != std::string::npos ||
           head.find("<head") != std::string::npos;
}

// Plain text: the first line, when short, is taken as the title (it stays in the text).
ExtractedArticle extract_text(std::string_view bytes) {
    ExtractedArticle a;
    a.text = normalize_newlines(bytes);
    while (!a.text.empty() && std::isspace((unsigned char)a.text.back())) a.text.pop_back();
    size_t s = a.text.find_first_not_of(" \t\n");
    if (s != std::string::npos) {
        size_t e = a.text.find('\n', s);
        std::string first = collapse_whitespace(a.text.substr(s, e == std::string::npos ? std::string::npos : e - s));
        if (!first.empty() && first.size() <= 200) a.meta.title = first;
    }
    return a;
}

std::string fail_prefix(const std::string& name) { return "Cannot open '" + name + "': "; }

} // namespace

ArticleKind article_kind(std::string_view file_name) {
    const size_t dot = file_name.rfind('.');
    if (dot == std::string_view::npos || file_name.find_first_of("/\\", dot) != std::string_view::npos)
        return ArticleKind::Sniff;
    const std::string ext = lower(std::string(file_name.substr(dot)));
    if (ext == ".txt" || ext == ".text") return ArticleKind::Text;
    if (ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mkd") return ArticleKind::Markdown;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml") return ArticleKind::Html;
    return ext.size() > 6 ? ArticleKind::Sniff : ArticleKind::Other;
}

ArticleImportResult import_article_file(const std::string& file_name, std::string_view bytes) {
    ArticleImportResult r;
    const std::string name = file_name.empty() ? std::string("(unnamed file)") : file_name;
    if (bytes.size() > kMaxArticleFileBytes) {
        r.error = fail_prefix(name) + "the file is " + std::to_string((bytes.size() + 1048575) / 1048576) +
                  " MB; articles can be at most 20 MB.";
        return r;
    }
    if (bytes.empty()) {
        r.error = fail_prefix(name) + "the file is empty.";
        return r;
    }

    std::string decoded; // when the bytes needed converting to UTF-8
    std::vector<std::string> warnings;
    if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
        decoded = utf16_to_utf8(bytes, bytes[0] == '\xFF');
        bytes = decoded;
        warnings.push_back("file is UTF-16 text; converted to UTF-8");
    }
    std::string format = binary_format(bytes);
    if (!format.empty()) {
        r.error = fail_prefix(name) + "this looks like " + format +
                  ", not an article. Claimscope opens .txt, .md and .html files.";
        return r;
    }
    if (bytes.find('\0') != std::string_view::npos) {
        r.error = fail_prefix(name) + "the file contains NUL bytes: it is a binary file, not text, Markdown or HTML.";
        return r;
    }
    if (control_bytes(bytes) * 20 > std::min<size_t>(bytes.size(), 65536)) { // over 5% control characters
        r.error =
            fail_prefix(name) + "the file is mostly not text (many control characters): it looks like a binary file.";
        return r;
    }

    ArticleKind kind = article_kind(name);
    if (kind == ArticleKind::Sniff) kind = looks_like_html(bytes) ? ArticleKind::Html : ArticleKind::Text;
    if (kind == ArticleKind::Other) {
        r.error = fail_prefix(name) + "unsupported file type '" + lower(name.substr(name.rfind('.'))) +
                  "'. Claimscope opens .txt, .md and .html files.";
        return r;
    }

    // Old files saved as Latin-1/windows-1252 (an HTML page that declares a charset is
    // handled by extract_html).
    if (looks_single_byte(bytes) && !(kind == ArticleKind::Html && !sniff_html_charset(bytes).empty())) {
        decoded = windows1252_to_utf8(bytes);
        bytes = decoded;
        warnings.push_back("file is not UTF-8; read as Windows-1252 (Western European)");
    }

    switch (kind) {
        case ArticleKind::Markdown: r.article = extract_markdown(bytes); break;
        case ArticleKind::Html: r.article = extract_html(bytes); break;
        default: r.article = extract_text(bytes); break;
    }
    r.article.warnings.insert(r.article.warnings.begin(), warnings.begin(), warnings.end());
    ArticleCleanup cleaned = clean_article(r.article.text, r.article.meta);
    r.uncleaned_text = std::move(r.article.text);
    r.uncleaned_meta = std::move(r.article.meta);
    r.article.text = std::move(cleaned.text);
    r.article.meta = std::move(cleaned.meta);
    r.cleanup = std::move(cleaned.changes);
    if (r.article.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        r.error = fail_prefix(name) + "no article text found in the file.";
        r.article = {};
        return r;
    }
    r.ok = true;
    return r;
}

// ---- token F1 ---------------------------------------------------------------------------------
namespace {

std::unordered_map<std::string, int> word_bag(std::string_view s) {
    std::unordered_map<std::string, int> bag;
    std::string word;
    uint32_t prev = 0;
    for (size_t i = 0; i < s.size();) {
        size_t len = 1;
        uint32_t c = decode_utf8(s, i, &len);
        i += len;
        if (is_word_char(c)) {
            append_utf8(word, fold_case(c));
            prev = c;
            continue;
        }
        // Inner apostrophes and hyphens join ("don't", "Al-Jazeera"): keep when a letter follows.
        bool joiner = (c == '\'' || c == 0x2019 || c == '-') && !word.empty() && is_word_char(prev);
        if (joiner && i < s.size()) {
            size_t nlen = 1;
            if (is_word_char(decode_utf8(s, i, &nlen))) {
                append_utf8(word, c == 0x2019 ? '\'' : c);
                prev = c;
                continue;
            }
        }
        if (!word.empty()) ++bag[word];
        word.clear();
        prev = c;
    }
    if (!word.empty()) ++bag[word];
    return bag;
}

} // namespace

double token_f1(std::string_view extracted, std::string_view reference) {
    auto a = word_bag(extracted), b = word_bag(reference);
    size_t na = 0, nb = 0, common = 0;
    for (auto& [w, n] : a) {
        na += (size_t)n;
        auto it = b.find(w);
        if (it != b.end()) common += (size_t)std::min(n, it->second);
    }
    for (auto& kv : b) nb += (size_t)kv.second;
    if (na == 0 && nb == 0) return 1.0;
    if (common == 0) return 0.0;
    double p = (double)common / (double)na, r = (double)common / (double)nb;
    return 2 * p * r / (p + r);
}

bool same_words(std::string_view a, std::string_view b) { return !a.empty() && !b.empty() && token_f1(a, b) > 0.75; }

} // namespace cs
