// Claimscope web platform — files served beside the app, fetched when asked (platform.h, fetch_app_file).
// The fetch itself, its progress line and the same-origin check are in web/claimscope.js
// (Module.cs.fetchAppFile); the answer comes back through cs_app_file_fetched with the request's id.
#include "platform/platform.h"
#include "platform/web/web_backend.h"
#include <map>
#include <emscripten.h>

// clang-format off
EM_JS(void, js_fetch_app_file, (int id, const char* path), { Module.cs.fetchAppFile(id, UTF8ToString(path)); });
EM_JS(void, js_describe_font_file, (const char* path, const char* script), {
    Module.cs.describeFontFile(UTF8ToString(path), UTF8ToString(script));
});
// clang-format on

namespace cs::platform {
namespace {
using Done = std::function<void(bool ok, std::string_view bytes, const std::string& error)>;
int g_next_fetch = 1;
std::map<int, Done> g_fetches;
} // namespace

void fetch_app_file(const std::string& path, Done done) {
    const int id = g_next_fetch++;
    g_fetches[id] = std::move(done);
    js_fetch_app_file(id, path.c_str());
}
void describe_font_file(const std::string& path, const std::string& script) {
    js_describe_font_file(path.c_str(), script.c_str());
}

} // namespace cs::platform

extern "C" {
// `data` (`size` bytes, freed by the caller after this returns) when ok, else `error`.
EMSCRIPTEN_KEEPALIVE void cs_app_file_fetched(int id, int ok, const char* data, double size, const char* error) {
    auto it = cs::platform::g_fetches.find(id);
    if (it == cs::platform::g_fetches.end()) return;
    auto done = std::move(it->second);
    cs::platform::g_fetches.erase(it);
    done(ok != 0, ok ? std::string_view(data, (size_t)size) : std::string_view(), error ? error : "");
    cs::web::wake();
}
} // extern "C"
