// Claimscope web platform — ImGui draw data -> WebGL 2 (see webgl_renderer.h for why our own).
//
// State that never changes (program, vertex layout, blending, texture unit) is set once in
// renderer_init; nothing else draws into this context, so it is never saved or restored.
// ImGui is not told RendererHasVtxOffset: with 32-bit indices (ImDrawIdx, cmake/web.cmake) a draw
// list never needs a vertex offset, and WebGL 2 has no base-vertex draw to honour one.
#include "platform/web/webgl_renderer.h"
#include "core/render/draw_plan.h"
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <vector>
#include <GLES3/gl3.h>
#include <imgui.h>

namespace cs::web {

namespace {

GLuint g_program = 0, g_vertex_shader = 0, g_fragment_shader = 0, g_vao = 0, g_vbo = 0, g_ebo = 0, g_font_texture = 0;
// The CSS px -> clip space transform (xy scale, zw translate) is a constant vertex attribute, not a
// uniform: looking up a uniform's location waits for the GPU process to link the program.
constexpr GLuint kTransform = 3;
// 1 while a colour texture is bound (an attribute constant per draw, like kTransform: no uniform to look up).
constexpr GLuint kColorTexture = 4;
std::vector<GLuint> g_color_textures; // RGBA textures (colour glyphs); every other texture is coverage
uint64_t g_drawn = 0;
DrawStats g_stats;             // of the last frame drawn
std::vector<DrawStep> g_steps; // reused: no allocation per command

static_assert(sizeof(ImDrawVert) == sizeof(DrawVertex) && offsetof(ImDrawVert, pos) == offsetof(DrawVertex, x) &&
                  offsetof(ImDrawVert, uv) == offsetof(DrawVertex, u) &&
                  offsetof(ImDrawVert, col) == offsetof(DrawVertex, color),
              "plan_draw reads ImGui's vertices as DrawVertex");
// Opaque rectangles at least this big are cleared instead of drawn (draw_plan.h). Smaller ones stay
// in the draw: splitting it costs two GL calls, which outweighs a few thousand pixels.
constexpr int kMinFillPixels = 64 * 64;

// The bytes of the last frame drawn (sizes, colours, commands, vertices, indices), compared piece
// by piece with the next one and rewritten from the first difference on: a frame that matches
// costs a memcmp of its buffers, no copy.
class LastFrame {
public:
    void begin() {
        pos_ = 0;
        same_ = true;
    }
    void add(const void* data, size_t n) {
        if (same_ && pos_ + n <= bytes_.size() && std::memcmp(bytes_.data() + pos_, data, n) == 0) {
            pos_ += n;
            return;
        }
        if (same_) {
            bytes_.resize(pos_);
            same_ = false;
        }
        const auto* p = static_cast<const unsigned char*>(data);
        bytes_.insert(bytes_.end(), p, p + n);
        pos_ += n;
    }
    template <typename T>
    void add(const T& v) {
        add(&v, sizeof v);
    }
    // True when every byte matched and there were no more: the frame is the one on screen.
    bool end_same() {
        const bool same = same_ && pos_ == bytes_.size();
        bytes_.resize(pos_);
        return same;
    }
    void forget() { bytes_.clear(); }

private:
    std::vector<unsigned char> bytes_;
    size_t pos_ = 0;
    bool same_ = true;
};
LastFrame g_last;

const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 position;
layout (location = 1) in vec2 uv;
layout (location = 2) in vec4 color;
layout (location = 3) in vec4 transform;
layout (location = 4) in float color_texture;
out vec2 frag_uv;
out vec4 frag_color;
flat out float frag_rgba;
void main() {
    frag_uv = uv;
    frag_color = color;
    frag_rgba = color_texture;
    gl_Position = vec4(position * transform.xy + transform.zw, 0.0, 1.0);
}
)";

const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D tex;   // unit 0, the default: no location to look up
in vec2 frag_uv;
in vec4 frag_color;
flat in float frag_rgba;
layout (location = 0) out vec4 out_color;
// A coverage texture tints its texels with the vertex colour; a colour one (emoji) keeps its own colours.
void main() {
    vec4 t = texture(tex, frag_uv);
    out_color = frag_rgba > 0.5 ? vec4(t.rgb, t.a * frag_color.a) : vec4(frag_color.rgb, frag_color.a * t.r);
}
)";

GLuint compile(GLenum kind, const char* source) {
    GLuint s = glCreateShader(kind);
    glShaderSource(s, 1, &source, nullptr);
    glCompileShader(s); // its status is asked only if the link fails (renderer_start)
    return s;
}

void log_shader(GLuint s, const char* what) {
    GLint ok = 0;
    glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
    if (ok) return;
    char log[512] = {};
    glGetShaderInfoLog(s, sizeof log, nullptr, log);
    std::fprintf(stderr, "Claimscope: %s shader did not compile: %s\n", what, log);
}

// A new texture, bound: linear, clamped (every texture here samples so).
GLuint new_texture() {
    GLuint tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return tex;
}

// A texture as the font atlas is made, bound: coverage only (one byte per texel, the shader's
// alpha; ImGui's RGBA form is white everywhere, so the same pixels for a quarter of the upload).
GLuint make_atlas_texture(int w, int h, const void* pixels) {
    const GLuint tex = new_texture();
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    return tex;
}

// The GPU process sets up what it needs to draw with this program, blending and texture format
// (without a GPU, SwiftShader compiles it: ~70-100 ms) when it first executes such a draw. A scissored
// clear and an invisible triangle (alpha 0, one pixel), drawn and flushed at start-up, have that
// happen while the first frame is being built (fonts, layout) instead of while it is shown. The
// texture is a 1×1 stand-in with the font atlas's format and sampling.
void warm_gpu() {
    const uint8_t covered = 0xFF;
    const GLuint tex = make_atlas_texture(1, 1, &covered);
    const ImDrawVert tri[3] = {{ImVec2(0, 0), ImVec2(0, 0), 0x00FFFFFF},
                               {ImVec2(4, 0), ImVec2(0, 0), 0x00FFFFFF},
                               {ImVec2(0, 4), ImVec2(0, 0), 0x00FFFFFF}};
    const ImDrawIdx idx[3] = {0, 1, 2};
    glBufferData(GL_ARRAY_BUFFER, sizeof(tri), tri, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof(idx), idx, GL_STREAM_DRAW);
    glVertexAttrib4f(kTransform, 2.0f / 64, -2.0f / 64, -1.0f, 1.0f);
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 0, 1, 1);
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glDrawElements(GL_TRIANGLES, 3, GL_UNSIGNED_INT, nullptr);
    glFlush();
    glDeleteTextures(1, &tex);
}

} // namespace

// Nothing here waits for the GPU process: shaders compile and the program links there while
// main() goes on (asking for a status or a uniform location would wait for it: ~10-25 ms).
void renderer_init() {
    g_vertex_shader = compile(GL_VERTEX_SHADER, kVertexShader);
    g_fragment_shader = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    g_program = glCreateProgram();
    glAttachShader(g_program, g_vertex_shader);
    glAttachShader(g_program, g_fragment_shader);
    glLinkProgram(g_program);

    // One vertex array object for everything; the buffers are refilled per draw list.
    glGenVertexArrays(1, &g_vao);
    glBindVertexArray(g_vao);
    glGenBuffers(1, &g_vbo);
    glGenBuffers(1, &g_ebo);
    glBindBuffer(GL_ARRAY_BUFFER, g_vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_ebo);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(ImDrawVert, pos));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(ImDrawVert, uv));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, (void*)offsetof(ImDrawVert, col));

    // Straight (not premultiplied) alpha blending, as ImGui's colours are; no depth, stencil or culling.
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glActiveTexture(GL_TEXTURE0);

    glFlush(); // the GPU process starts compiling now
    ImGui::GetIO().BackendRendererName = "claimscope_webgl2";
}

bool renderer_start() {
    GLint ok = 0;
    glGetProgramiv(g_program, GL_LINK_STATUS, &ok); // the one wait for the GPU process
    if (!ok) {
        log_shader(g_vertex_shader, "vertex");
        log_shader(g_fragment_shader, "fragment");
        return false;
    }
    glDeleteShader(g_vertex_shader);
    glDeleteShader(g_fragment_shader);
    glUseProgram(g_program);
    warm_gpu();
    return true;
}

void renderer_upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    if (g_font_texture) glDeleteTextures(1, &g_font_texture);
    g_font_texture = make_atlas_texture(w, h, pixels);
    io.Fonts->SetTexID((ImTextureID)(intptr_t)g_font_texture);
    io.Fonts->ClearTexData(); // the pixels live on the GPU now
    g_last.forget();          // same texture name, new glyphs: the next frame must be drawn
}

uint64_t renderer_frames_drawn() { return g_drawn; }

// No pixels: WebGL gives a new texture zeros in the GPU process, where an upload of zeros from here
// would cross to it (a colour page is 4 MB: ~30 ms of the first frame with an emoji, and the GPU's
// copy of it). The caller uploads what it has drawn.
uintptr_t renderer_create_coverage_texture(int w, int h) { return (uintptr_t)make_atlas_texture(w, h, nullptr); }

void renderer_update_coverage_texture(uintptr_t tex, int x, int y, int w, int h, const unsigned char* pixels) {
    glBindTexture(GL_TEXTURE_2D, (GLuint)tex);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexSubImage2D(GL_TEXTURE_2D, 0, x, y, w, h, GL_RED, GL_UNSIGNED_BYTE, pixels);
    g_last.forget(); // same texture name, new texels: the next frame must be drawn
}

uintptr_t renderer_create_color_texture(int w, int h) {
    const GLuint tex = new_texture();
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    g_color_textures.push_back(tex);
    return tex;
}

void renderer_update_color_texture(uintptr_t tex, int x, int y, int w, int h, const unsigned char* rgba) {
    glBindTexture(GL_TEXTURE_2D, (GLuint)tex);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexSubImage2D(GL_TEXTURE_2D, 0, x, y, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    g_last.forget();
}

// Everything that decides the pixels; false when it equals the frame on screen.
static bool frame_changed(const ImDrawData* data, int fb_width, int fb_height, const ImVec4& clear) {
    g_last.begin();
    g_last.add(fb_width);
    g_last.add(fb_height);
    g_last.add(clear);
    g_last.add(data->DisplayPos);
    g_last.add(data->DisplaySize);
    g_last.add(data->FramebufferScale);
    for (int n = 0; n < data->CmdListsCount; n++) {
        const ImDrawList* list = data->CmdLists[n];
        g_last.add(list->CmdBuffer.Size);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            g_last.add(cmd.ClipRect);
            g_last.add(cmd.TextureId);
            g_last.add(cmd.IdxOffset);
            g_last.add(cmd.ElemCount);
            g_last.add(cmd.UserCallback);
        }
        g_last.add(list->VtxBuffer.Size);
        g_last.add(list->VtxBuffer.Data, (size_t)list->VtxBuffer.Size * sizeof(ImDrawVert));
        g_last.add(list->IdxBuffer.Size);
        g_last.add(list->IdxBuffer.Data, (size_t)list->IdxBuffer.Size * sizeof(ImDrawIdx));
    }
    return !g_last.end_same();
}

void renderer_draw(const ImDrawData* data, int fb_width, int fb_height, const ImVec4& clear) {
    if (!data || data->DisplaySize.x <= 0 || data->DisplaySize.y <= 0 || fb_width <= 0 || fb_height <= 0) return;
    if (!frame_changed(data, fb_width, fb_height, clear)) return;
    ++g_drawn;
    g_stats = DrawStats{};
    g_stats.clears = 1;
    glDisable(GL_SCISSOR_TEST); // clear the whole canvas, not the last command's clip rectangle
    glViewport(0, 0, fb_width, fb_height);
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glEnable(GL_SCISSOR_TEST);

    const float L = data->DisplayPos.x, R = L + data->DisplaySize.x;
    const float T = data->DisplayPos.y, B = T + data->DisplaySize.y;
    glVertexAttrib4f(kTransform, 2.0f / (R - L), -2.0f / (B - T), -(R + L) / (R - L), (B + T) / (B - T));

    const ImVec2 clip_off = data->DisplayPos, clip_scale = data->FramebufferScale;
    // What the viewport transform does to a position: the rectangles plan_draw clears must be the
    // pixels the triangles would have covered.
    const PixelMapping map{L, T, (float)fb_width / data->DisplaySize.x, (float)fb_height / data->DisplaySize.y};
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    // GL's scissor origin is the bottom-left corner; rectangles here are top-down.
    auto scissor = [fb_height](const PixelRect& r) { glScissor(r.x0, fb_height - r.y1, r.x1 - r.x0, r.y1 - r.y0); };
    GLuint bound_texture = 0;
    bool bound_rgba = false;
    glVertexAttrib1f(kColorTexture, 0.0f);
    for (int n = 0; n < data->CmdListsCount; n++) {
        const ImDrawList* list = data->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)list->VtxBuffer.Size * (GLsizeiptr)sizeof(ImDrawVert),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, (GLsizeiptr)list->IdxBuffer.Size * (GLsizeiptr)sizeof(ImDrawIdx),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                // ImDrawCallback_ResetRenderState asks for the state above, which nothing changed.
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            // The scissor ImGui's own backends set — (int) of the bottom-left corner and of the size —
            // so that text and fills are clipped to exactly the pixels they were before.
            const float cx0 = (cmd.ClipRect.x - clip_off.x) * clip_scale.x,
                        cy0 = (cmd.ClipRect.y - clip_off.y) * clip_scale.y;
            const float cx1 = (cmd.ClipRect.z - clip_off.x) * clip_scale.x,
                        cy1 = (cmd.ClipRect.w - clip_off.y) * clip_scale.y;
            if (cx1 <= cx0 || cy1 <= cy0) continue;
            PixelRect clip;
            clip.x0 = (int)cx0;
            clip.x1 = clip.x0 + (int)(cx1 - cx0);
            clip.y1 = fb_height - (int)((float)fb_height - cy1);
            clip.y0 = clip.y1 - (int)(cy1 - cy0);
            if (clip.empty()) continue;
            scissor(clip);
            GLuint tex = (GLuint)(intptr_t)cmd.GetTexID();
            if (tex != bound_texture) {
                glBindTexture(GL_TEXTURE_2D, tex);
                bound_texture = tex;
                bound_rgba = std::find(g_color_textures.begin(), g_color_textures.end(), tex) != g_color_textures.end();
                glVertexAttrib1f(kColorTexture, bound_rgba ? 1.0f : 0.0f);
            }
            static_assert(sizeof(ImDrawIdx) == 4,
                          "WebGL has no base vertex: 32-bit indices keep each list in one draw");
            g_steps.clear();
            plan_draw(reinterpret_cast<const DrawVertex*>(list->VtxBuffer.Data), list->IdxBuffer.Data + cmd.IdxOffset,
                      cmd.ElemCount, bound_rgba ? -1.0f : white.x, bound_rgba ? -1.0f : white.y, map, clip,
                      kMinFillPixels, g_steps); // a colour glyph is never a solid fill
            for (const DrawStep& step : g_steps) {
                if (step.kind == DrawStep::Triangles) {
                    ++g_stats.draw_calls;
                    add_triangles(reinterpret_cast<const DrawVertex*>(list->VtxBuffer.Data),
                                  list->IdxBuffer.Data + cmd.IdxOffset + step.first, step.count, map, g_stats);
                    glDrawElements(GL_TRIANGLES, (GLsizei)step.count, GL_UNSIGNED_INT,
                                   (void*)(intptr_t)((cmd.IdxOffset + step.first) * sizeof(ImDrawIdx)));
                    continue;
                }
                // Same pixels, same colour as the two triangles (opaque: blending would keep the source).
                const uint32_t c = step.color;
                scissor(step.rect);
                glClearColor((float)(c & 0xFF) / 255.0f, (float)((c >> 8) & 0xFF) / 255.0f,
                             (float)((c >> 16) & 0xFF) / 255.0f, 1.0f);
                glClear(GL_COLOR_BUFFER_BIT);
                ++g_stats.clears;
                scissor(clip);
            }
        }
    }
}

const DrawStats& renderer_last_frame() { return g_stats; }

} // namespace cs::web
