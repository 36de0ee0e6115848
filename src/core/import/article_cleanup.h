// Claimscope core — clean-up of an imported article: page furniture out, the date into the metadata.
//
// Saved pages, pastes and the sample bring lines that are not the article: "Advertisement",
// a bare "Image", "Read more", share and subscribe buttons, "Order Reprints | Today's Paper |
// Subscribe", "[promo headline]" links, photo credits glued to captions, the headline again as
// the first paragraph, a leading "date 2024-03-09". The clean-up takes out whole lines only, and
// only lines that are not real sentences, so a sentence that mentions "share" stays. Every change
// is listed with the line as it was, and the text before the clean-up is returned with it, so the
// app can show what went and offer "Undo clean-up". Pure and deterministic: the same input gives
// the same output, and cleaning a cleaned text changes nothing.
//
// Index
// - CleanupChange / ArticleCleanup
// - clean_article
// - suggest_title: the paste dialog's title from the first line
#pragma once
#include "core/model/document.h"
#include <string>
#include <string_view>
#include <vector>

namespace cs {

struct CleanupChange {
    std::string line;   // the line as it was (white space at its ends trimmed)
    std::string reason; // in plain words: "advertisement", "photo credit", "repeated headline", ...
    std::string kept;   // what stays of the line ("" when the whole line went)
    size_t line_number = 0; // 1-based, in the text before the clean-up
};

struct ArticleCleanup {
    std::string text; // the cleaned text
    ArticleMeta meta; // with `published` from a leading date line when it had none
    std::vector<CleanupChange> changes; // in text order; empty when nothing changed
    // "Undo clean-up" opens these: the text and metadata exactly as given.
    std::string uncleaned_text;
    ArticleMeta uncleaned_meta;
};

// `text`: paragraphs separated by blank lines (or one per line), as import produces.
// Rules, each on a whole line (compared case-insensitively, trailing punctuation ignored):
// - advertisements: "Advertisement", "Advertisment", "ADVERTISEMENT", "Sponsored", "Supported by", ...
// - image labels: "Image", "Photo", "Video" alone on a line (a player or picture placeholder);
// - photo credits: "Credit: …", "Photograph: …", "Image copyright …" lines go; a credit glued to
//   its caption ("…weather.CreditKirsten Luce for The New York Times") is cut off and the caption
//   stays: the credit is not article text, and a student would read it as a stray sentence;
// - links to more, share and subscribe buttons: "Read more", "Share", "Subscribe", "Sign up for
//   our newsletter", "Continue reading", ... (prefixed forms only when the line is no sentence);
// - page links: "Order Reprints", "Order Reprints | Today's Paper | Subscribe" (short pieces
//   between '|', one of them known page furniture);
// - promo links: a line wholly in brackets ("[What you need to know…]"), except editor's notes
//   ("[Updated …]", "[Correction …]");
// - a leading "date 2024-03-09" (or "Date: 2024-03-09") on the first line: the date becomes
//   meta.published (when the metadata has none) and the rest of the line stays;
// - the headline repeated: the first paragraph being the headline (meta.title, or a line of three
//   words or more), the next paragraph with the same words goes.
// When meta.title was a line that went (a plain-text file starting "date 2024-03-09"), the
// title becomes suggest_title of the cleaned text.
ArticleCleanup clean_article(std::string_view text, const ArticleMeta& meta);

// The first non-empty line, white space collapsed; a line over 120 code points is cut at the last
// space before that length and ends with "…". "" for a text with no visible character.
std::string suggest_title(std::string_view text);

} // namespace cs
