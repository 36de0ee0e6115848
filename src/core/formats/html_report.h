// Claimscope core — a standalone HTML report a teacher can print: title and metadata, counts,
// media-literacy figures as inline SVG charts, a legend, the article with highlights, and a
// table of claims with who said each and what source it rests on.
//
// No script and no external resource: the page carries its CSS and its charts, and a Content-
// Security-Policy that forbids scripts, so even a mistake in escaping could run nothing.
// Every user string (title, metadata, labels, quotes, entity names, notes) goes through
// html_escape, in text and in attributes alike.
#pragma once
#include "core/model/model.h"
#include <string>
#include <string_view>

namespace cs {

std::string export_html_report(const Project& p);
// & < > " ' -> &amp; &lt; &gt; &quot; &#39; (safe in text and in quoted attributes).
std::string html_escape(std::string_view s);

} // namespace cs
