// Claimscope UI — the clean-up notice and its "Undo clean-up" (see cleanup_notice.h).
#include "ui/cleanup_notice.h"
#include "core/text/plural.h"
#include "core/text/text.h"
#include "ui/sample_project.h"
#include "ui/session.h"
#include <memory>

namespace cs::ui {

// A line as the notice quotes it: long paragraphs cut, so the list stays one line per change.
static std::string quoted(const std::string& line) {
    const std::u32string cps = to_u32(line);
    return "\xE2\x80\x9C" + (cps.size() <= 70 ? line : to_utf8(cps.substr(0, 68)) + "\xE2\x80\xA6") + "\xE2\x80\x9D";
}

static std::string change_line(const CleanupChange& c) {
    if (c.kept.empty()) return "Removed " + quoted(c.line) + " (" + c.reason + ")";
    return "Kept " + quoted(c.kept) + " of " + quoted(c.line) + " (" + c.reason + ")";
}

// Listed up to this many, the rest under Technical details: the OK button stays on screen.
constexpr size_t kListed = 10;

void open_cleaned_article(AppState& s, Project cleaned, CleanupUndo undo, const std::string& opened,
                          std::vector<std::string> lines) {
    switch_project(s, std::move(cleaned), opened);
    if (undo.changes.empty()) {
        if (!lines.empty()) s.messages.push_back(Message{opened, std::move(lines), false});
        return;
    }
    Message m{opened, {}, false};
    m.lines.push_back("Cleaned up: " + count_noun(undo.changes.size(), "line") +
                      " that were not the article's text. Undo clean-up opens it as it came.");
    for (const CleanupChange& c : undo.changes)
        (m.lines.size() <= kListed ? m.lines : m.details).push_back(change_line(c));
    if (!m.details.empty())
        m.lines.push_back("\xE2\x80\xA6 and " + std::to_string(m.details.size()) + " more, under Technical details");
    m.lines.insert(m.lines.end(), lines.begin(), lines.end());
    m.action = "Undo clean-up";
    auto as_it_came = std::make_shared<const CleanupUndo>(std::move(undo));
    m.run = [as_it_came](AppState& s) {
        const std::string cleaned_key = open_document_key(s);
        const bool untouched = s.project().annotations.empty();
        switch_project(s, article_project(as_it_came->text, as_it_came->meta),
                       "Clean-up undone: the article is as it came");
        if (untouched) delete_stored_document(s, cleaned_key);
    };
    s.messages.push_back(std::move(m));
}

bool draw_message_action(AppState& s, const Message& m) {
    if (m.action.empty()) return false;
    ImGui::SameLine();
    const bool clicked = ImGui::Button(m.action.c_str());
    s.mark("dialog/message/action", m.action);
    if (clicked) {
        const std::function<void(AppState&)> run = m.run; // a copy: running it may add messages
        run(s);
    }
    return clicked;
}

} // namespace cs::ui
