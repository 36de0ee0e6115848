// Claimscope UI — the font faces' bytes, fetched when a text needs them (docs/FONTS.md).
//
// Latin is embedded in the wasm and always Loaded. Every other face (core/text/font_faces.inc) is
// fetched from fonts/<face_file> beside the app the first time request_face asks for it; the page
// shows the progress. A face that failed stays Failed (its text is drawn as boxes) until the page
// is reloaded: request_face does not ask again every frame.
#pragma once
#include "core/text/font_faces.h"
#include <cstdint>
#include <string>

namespace cs::ui {

enum class FaceState { Absent, Loading, Loaded, Failed };

FaceState face_state(FontFace f);
// The face's font file (TTF/OTF bytes); empty unless Loaded. Stays valid and unchanged once Loaded.
const std::string& face_bytes(FontFace f);
// Starts fetching the face if it is Absent; otherwise does nothing. The answer comes in a later
// browser task, which wakes the render loop.
void request_face(FontFace f);
// Bumps each time a face arrives (becomes Loaded): a view compares it to rebuild its fonts.
uint64_t fonts_generation();

const char* face_state_name(FaceState s); // "absent", "loading", "loaded", "failed" (getState().fonts.faces)

} // namespace cs::ui
