// Claimscope UI — an article opens cleaned (core/import/article_cleanup.h), and the notice says what
// the clean-up took out, with "Undo clean-up": nothing is lost, one click brings the article back as
// it came. Used by every way an article comes in: a file opened or dropped, a paste.
#pragma once
#include "core/import/article_cleanup.h"
#include "ui/app.h"

namespace cs::ui {

// What the clean-up changed, and the article as it came.
struct CleanupUndo {
    std::vector<CleanupChange> changes;
    std::string text;
    ArticleMeta meta;
};

// Opens `cleaned` ("opened", e.g. "Opened page.html", on the status line). When the clean-up changed
// something, or `lines` (the import's warnings) say something, one notice titled `opened` lists it.
// Its "Undo clean-up" opens the article as it came instead; the notice is modal, so nobody has
// annotated the cleaned article yet, and its stored copy (empty) is not kept in the Documents list.
void open_cleaned_article(AppState& s, Project cleaned, CleanupUndo undo, const std::string& opened,
                          std::vector<std::string> lines);

// A message's second button (Message::action) beside its OK; true when clicked (it has run). app.cpp's
// messages() closes the message then, as for OK.
bool draw_message_action(AppState& s, const Message& m);

} // namespace cs::ui
