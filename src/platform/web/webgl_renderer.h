// Claimscope web platform — draws ImGui's draw data with WebGL 2.
//
// Our own renderer instead of ImGui's OpenGL3 backend: that backend saves and restores ~20 pieces
// of GL state around every frame (glGetIntegerv -> WebGL getParameter, synchronous calls into the
// browser's GPU process), because it must share a context with other renderers. Claimscope owns
// its context, so the fixed state is set once and a frame only uploads buffers and draws.
#pragma once
#include "core/render/draw_plan.h"
#include <cstdint>

struct ImDrawData;
struct ImVec4;

namespace cs::web {
void renderer_init();         // after the WebGL 2 context is current: starts compiling shaders
bool renderer_start();        // before the first frame, as late as possible: false if shaders failed
void renderer_upload_fonts(); // (re)builds the font atlas texture from ImGui's atlas
// Clears the framebuffer (fb_* in device pixels) to `clear`, then draws `data` — unless the frame
// is the same as the last one drawn: then nothing is drawn and the browser keeps showing that one
// (a present costs far more than a frame: the GPU, or under software compositing a read-back of
// the whole canvas). Big opaque rectangles (backgrounds, the article page) are cleared instead of
// drawn as triangles (core/draw_plan.h). renderer_frames_drawn() counts the frames drawn.
void renderer_draw(const ImDrawData* data, int fb_width, int fb_height, const ImVec4& clear);
uint64_t renderer_frames_drawn();
// Coverage textures the UI fills (platform::create_coverage_texture).
uintptr_t renderer_create_coverage_texture(int w, int h);
void renderer_update_coverage_texture(uintptr_t tex, int x, int y, int w, int h, const unsigned char* pixels);
uintptr_t renderer_create_color_texture(int w, int h);
void renderer_update_color_texture(uintptr_t tex, int x, int y, int w, int h, const unsigned char* rgba);
const DrawStats& renderer_last_frame(); // what the last frame drawn asked of the GPU
} // namespace cs::web
