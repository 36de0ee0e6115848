// Claimscope core — the first-visit guide's steps, and when each is done.
//
// The guide (ui/guide.cpp) asks the user to do things, not only to read them: make a claim, tag who
// said it, link the two, save. A step is done when the project shows it was done since the guide
// started (an annotation or link that was not there then, a file saved since), so reopening the
// guide on work that already has claims does not pass its steps by itself.
//
// Index
// - GuideStep
// - GuideStart: what was there when the guide started
// - guide_step_done, guide_advance
#pragma once
#include "core/model/model.h"
#include <set>
#include <string>

namespace cs {

enum class GuideStep { Claim, Actor, Link, Save, Done };
constexpr int kGuideSteps = 4; // the steps the user does (Done is the closing screen)

struct GuideStart {
    std::set<std::string> annotations, relations; // ids present when the guide started
    int saves = 0;                                // files saved by then
};

GuideStart guide_start(const Project& p, int saves);

// Claim: a new annotation of type "claim". Actor: a new "actor". Link: a new link from a claim to an
// actor (the default codebook's "said by"). Save: a file saved since the start. Done: always.
bool guide_step_done(GuideStep step, const Project& p, const GuideStart& start, int saves);

// The first step from `step` on that is not done yet (steps done out of order count).
GuideStep guide_advance(GuideStep step, const Project& p, const GuideStart& start, int saves);

} // namespace cs
