// Claimscope UI — what a finger does that a mouse does not (issue 16). The page (web/claimscope.js)
// recognises gestures from Pointer Events; before it treats a press as a swipe, a tap or a long-press,
// it asks touch_target what lies under the finger:
// - the selection's handles: after a finger made a selection (a long-press selects a word), a knob
//   above its start and one below its end. Dragging one moves that end by whole words, as iOS and
//   Android do, and a bar of the codebook's types floats by the selection (Claim, Actor, Source...);
// - what a finger holds as a mouse button would be held: a scrollbar's thumb, the bottom sheet's grip
//   (panes.h); a tap on a scrollbar's track pages.
#pragma once

namespace cs::ui {
struct AppState;

enum class TouchTarget { None = 0, StartHandle = 1, EndHandle = 2, Held = 3, ScrollTrack = 4 };

// What the finger at (x, y) (CSS px, canvas) lands on, as last drawn.
TouchTarget touch_target(const AppState& s, float x, float y);
// A selection handle held by the finger: phase 0 down, 1 moved, 2 lifted. The end the finger holds
// follows it by whole words; the other end stays.
void drag_touch_handle(AppState& s, TouchTarget handle, float x, float y, int phase);
// A tap on a scrollbar's track: one page up (above the thumb) or down (below it).
void page_scrollbar_at(float x, float y);
// Where a Held target is held: a scrollbar's thumb at its bar's middle (the finger may be beside the
// narrow bar), anything else where the finger is.
float held_x(float x, float y);
// The handles and the type bar, drawn by the article view once its text is drawn; `line_h` is its
// line height.
void draw_touch_selection(AppState& s, float line_h);

} // namespace cs::ui
