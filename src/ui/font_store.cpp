// Claimscope UI — the font faces' bytes (font_store.h): the embedded Latin face, and the others as
// platform::fetch_app_file brings them.
#include "ui/font_store.h"
#include "platform/platform.h"
#include <array>

namespace cs::ui {
namespace {

struct Face {
    FaceState state = FaceState::Absent;
    std::string bytes;
};
std::array<Face, kFontFaceCount> g_faces;
uint64_t g_generation = 0;
const std::string kNone;

Face& slot(FontFace f) { return g_faces[(size_t)f < kFontFaceCount ? (size_t)f : 0]; }

// The embedded face, read from the wasm's file system the first time it is asked for.
void load_latin() {
    Face& latin = g_faces[(size_t)FontFace::Latin];
    if (latin.state == FaceState::Loaded) return;
    latin.bytes = platform::read_bundled_file(std::string("/fonts/") + face_file(FontFace::Latin));
    latin.state = latin.bytes.empty() ? FaceState::Failed : FaceState::Loaded;
}

// What the page's status line calls a face's script.
const char* script_label(FontFace f) {
    switch (f) {
        case FontFace::Cjk: return "Chinese, Japanese and Korean";
        case FontFace::Emoji: return "emoji";
        default: return face_name(f);
    }
}

} // namespace

FaceState face_state(FontFace f) {
    if ((size_t)f >= kFontFaceCount) return FaceState::Absent;
    if (f == FontFace::Latin) load_latin();
    return slot(f).state;
}

const std::string& face_bytes(FontFace f) {
    if (face_state(f) != FaceState::Loaded) return kNone;
    return slot(f).bytes;
}

void request_face(FontFace f) {
    if ((size_t)f >= kFontFaceCount) return;
    if (f == FontFace::Latin) {
        load_latin();
        return;
    }
    if (slot(f).state != FaceState::Absent) return;
    slot(f).state = FaceState::Loading;
    const std::string path = std::string("fonts/") + face_file(f);
    platform::describe_font_file(path, script_label(f));
    platform::fetch_app_file(path, [f](bool ok, std::string_view bytes, const std::string&) {
        Face& face = slot(f);
        // An answer with no bytes is no font (an empty file, a server's error page cut short).
        if (ok && !bytes.empty()) {
            face.bytes.assign(bytes.data(), bytes.size());
            face.state = FaceState::Loaded;
            ++g_generation;
        } else {
            face.state = FaceState::Failed;
        }
        platform::request_redraw();
    });
}

uint64_t fonts_generation() { return g_generation; }

const char* face_state_name(FaceState s) {
    switch (s) {
        case FaceState::Loading: return "loading";
        case FaceState::Loaded: return "loaded";
        case FaceState::Failed: return "failed";
        default: return "absent";
    }
}

} // namespace cs::ui
