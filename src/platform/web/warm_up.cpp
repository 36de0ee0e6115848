// Claimscope web platform — warms the file reader and writer once, shortly after start.
//
// Why: browsers compile WebAssembly twice. The first, quick compile (V8's Liftoff) runs code 2–4×
// slower; a function is recompiled optimised, on another thread, only after it has run for a
// while. The first file a person opens would pay that: with the reader of the time, a 740 KB file
// took 50–85 ms to read cold, 27 ms after a small warm-up and 13–15 ms when read again
// (bench/notes.md, second round); and the optimising compiles it set off competed with the read
// and the first frame for the machine's cores. So the app writes a generated project of ~1,000
// annotations, then reads and writes it again four times, one read and write per task, starting
// in the task after its first frame (nothing visible changes).
#include "platform/web/warm_up.h"
#include "platform/web/web_backend.h"
#include "platform/platform.h"
#include "core/model/codebook.h"
#include "core/file/file_format.h"
#include "ui/app.h"
#include "ui/article_view.h"
#include <emscripten.h>
#include <cstdio>

namespace cs::web {

namespace {

// The sample article with ~150 annotations of every type, attributes, entities, notes and
// relations: every code path of the reader runs.
Project warm_up_project() {
    // Three times the sample (~1,000 annotations): enough calls for the reader's functions to be
    // optimised before a first file of that size is opened, not while it is read.
    const std::string sample = platform::read_bundled_file("/assets/sample-article.txt");
    Project p;
    p.doc = make_shared_document(sample + "\n\n" + sample + "\n\n" + sample,
                                 ArticleMeta{"Warm-up", "", "", "", "", "", "en"});
    p.codebook = default_codebook();
    const std::string& text = p.doc->text;
    const char* types[] = {"claim", "actor", "source"};
    uint32_t cp = 0, word_start = 0, words = 0;
    std::string last_actor;
    for (size_t i = 0; i < text.size(); i++) {
        if (((unsigned char)text[i] & 0xC0) == 0x80) continue; // count code points, not bytes
        if (text[i] == ' ' || text[i] == '\n') {
            if (cp > word_start && ++words % 3 == 0) {
                Annotation a;
                a.id = "w" + std::to_string(words);
                a.type = types[(words / 3) % 3];
                a.span = {word_start, cp};
                fill_quote(a, *p.doc);
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

// One step per task, so that a click or key press during the warm-up waits for one read at most.
struct WarmUp {
    std::string bytes;
    LoadResult last;
    int step = 0;
};

void warm_up_step(void* arg) {
    auto* w = static_cast<WarmUp*>(arg);
    constexpr int kReads = 4; // 1 read left a first 100k file 2× slower to read than the 4th
    if (w->step == 0) w->bytes = save_project(warm_up_project());
    if (w->step < kReads) {
        w->last = load_project(w->bytes);
        // And written again: the autosave of a large document is the same writer (150 ms for 7 MB
        // before the optimising compiler has seen it).
        if (w->last.ok) w->bytes = save_project(w->last.project);
        w->step++;
        emscripten_async_call(warm_up_step, w, 0);
        return;
    }
    if (cs::ui::App* app = cs::ui::g_app_for_api()) cs::ui::warm_up_layout(app->state(), 20);
    // A file we just wrote must read back; if not, say so (tests/browser/skeleton.test.mjs checks).
    if (!w->last.ok || w->last.project.annotations.size() < 100)
        std::fprintf(stderr, "Claimscope: warm-up file did not read back (%s)\n",
                     w->last.errors.empty() ? "too few annotations" : w->last.errors[0].to_string().c_str());
    delete w;
}

} // namespace

// 50 ms later: after the first frame is on screen (the browser paints it after the animation-frame
// task that drew it, and a task queued from there may run before that paint).
void schedule_warm_up() { emscripten_async_call(warm_up_step, new WarmUp, 50); }

} // namespace cs::web
