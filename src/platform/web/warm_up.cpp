// Claimscope web platform — warms the file reader and writer once, shortly after start.
//
// Why: browsers compile WebAssembly twice. The first, quick compile (V8's Liftoff) runs code 2–4×
// slower; a function is recompiled optimised only after it has run for a while. The first file a
// person opens would pay that: with the reader of the time, a 740 KB file took 50–85 ms to read
// cold, 27 ms after this warm-up and 13–15 ms when read again (bench/notes.md, second round). So
// the app writes a small generated project once and reads it four times, in the task after its
// first frame (nothing visible changes).
#include "platform/web/warm_up.h"
#include "platform/web/web_backend.h"
#include "core/codebook.h"
#include "core/file_format.h"
#include "ui/app.h"
#include "ui/article_view.h"
#include <emscripten.h>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace cs::web {

namespace {

// The sample article with ~150 annotations of every type, attributes, entities, notes and
// relations: every code path of the reader runs.
Project warm_up_project() {
    std::ifstream f("/assets/sample-article.txt", std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    Project p;
    p.doc = make_shared_document(ss.str(), ArticleMeta{"Warm-up", "", "", "", "", "", "en"});
    p.codebook = default_codebook();
    const std::string& text = p.doc->text;
    const char* types[] = {"claim", "actor", "source"};
    uint32_t cp = 0, word_start = 0, words = 0;
    std::string last_actor;
    for (size_t i = 0; i < text.size(); i++) {
        if (((unsigned char)text[i] & 0xC0) == 0x80) continue;   // count code points, not bytes
        if (text[i] == ' ' || text[i] == '\n') {
            if (cp > word_start && ++words % 3 == 0) {
                Annotation a;
                a.id = "w" + std::to_string(words);
                a.type = types[(words / 3) % 3];
                a.span = {word_start, cp};
                p.fill_quote(a);
                a.entity = a.type == "claim" ? "" : a.exact;
                a.note = "Warm-up note " + std::to_string(words);
                if (a.type == "claim") a.attributes["check_worthy"] = true;
                if (a.type == "actor") last_actor = a.id;
                if (a.type == "claim" && !last_actor.empty())
                    p.relations.push_back({"r" + std::to_string(words), "said_by", a.id, last_actor});
                p.annotations.push_back(std::move(a));
            }
            word_start = cp + 1;
        }
        cp++;
    }
    return p;
}

void warm_up(void*) {
    const std::string bytes = save_project(warm_up_project());
    LoadResult r;
    for (int round = 0; round < 4; round++) r = load_project(bytes);   // 1 round: 52 ms cold -> 4: 27 ms
    if (cs::ui::App* app = cs::ui::g_app_for_api()) cs::ui::warm_up_layout(app->state(), 20);
    // A file we just wrote must read back; if not, say so (tests/browser/skeleton.test.mjs checks).
    if (!r.ok || r.project.annotations.size() < 100)
        std::fprintf(stderr, "Claimscope: warm-up file did not read back (%s)\n", r.errors.empty() ? "too few annotations" : r.errors[0].to_string().c_str());
}

} // namespace

void schedule_warm_up() { emscripten_async_call(warm_up, nullptr, 0); }

} // namespace cs::web
