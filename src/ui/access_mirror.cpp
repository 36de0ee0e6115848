// Claimscope UI — the accessible mirror kept in step: see access_mirror.h. What the mirror holds is
// decided in core (article_mirror.h); the page builds the elements (web/claimscope.js).
#include "ui/access_mirror.h"
#include "platform/platform.h"
#include <algorithm>

namespace cs::ui {

// The paragraph holding cp, or the one before it when cp is between paragraphs.
static size_t paragraph_index(const Document& d, size_t cp) {
    auto it = std::upper_bound(d.paragraphs.begin(), d.paragraphs.end(), cp,
                               [](size_t c, const Span& p) { return c < p.start; });
    return it == d.paragraphs.begin() ? 0 : size_t(it - d.paragraphs.begin()) - 1;
}

void sync_article_mirror(AppState& s, size_t first_cp, size_t last_cp) {
    const Document& d = s.doc();
    MirrorUi& m = s.mirror;
    const size_t vis_first = paragraph_index(d, first_cp), vis_last = paragraph_index(d, last_cp) + 1;
    const ParagraphWindow w =
        fit_mirror_window(mirror_window(d.paragraphs.size(), vis_first, vis_last), d.paragraphs, vis_first, vis_last);
    const uint64_t revision = s.editor.revision();
    if (s.view.anchor != m.anchor || s.view.caret != m.caret) {
        m.anchor = s.view.anchor;
        m.caret = s.view.caret;
        platform::show_mirror_selection(std::min(m.anchor, m.caret), std::max(m.anchor, m.caret), m.caret);
    }
    // Scrolling within the window, or a frame with no edit, sends nothing: the page keeps its copy.
    if (m.sent && w == m.window && revision == m.revision) return;
    // Scrolled to another window: sent once the scroll has rested, not in the frames of a scroll (an update
    // of a 1M-character document's window is 1.5 ms native, more in the page; BM_MirrorScroll). A screen
    // reader reads where the view stops. An edit is sent at once: it is what the reader is told about.
    constexpr double kSettleMs = 150;
    if (m.sent && revision == m.revision) {
        const double now = platform::now_ms();
        if (!(w == m.pending)) {
            m.pending = w;
            m.pending_since = now;
            platform::redraw_at(now + kSettleMs);
            return;
        }
        if (now - m.pending_since < kSettleMs) return;
    }
    if (m.links_revision != revision) {
        m.links = build_link_index(s.project());
        m.links_revision = revision;
    }
    m.window = w;
    m.revision = revision;
    m.sent = true;
    platform::update_article_mirror(d.meta.title, mirror_json(article_mirror(s.project(), s.index, m.links, w), d));
}

} // namespace cs::ui
