// Claimscope command line: `claimscope <command> [args]`. Commands register themselves (command.h).
#include "command.h"
#include <cstdio>
#include <cstring>

namespace cs::cli {
static std::vector<Command>& registry() {
    static std::vector<Command> r;
    return r;
}
Registrar::Registrar(Command c) { registry().push_back(c); }
const std::vector<Command>& commands() { return registry(); }
} // namespace cs::cli

static void usage(FILE* out) {
    std::fprintf(out, "Usage: claimscope <command> [options]\n\nCommands:\n");
    for (const auto& c : cs::cli::commands()) std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
    std::fprintf(out, "\nRun `claimscope <command> --help` for a command's options.\n");
}

int main(int argc, char** argv) {
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
        usage(stdout);
        return 0;
    }
    if (!std::strcmp(argv[1], "--version")) {
        std::printf("claimscope %s\n", CLAIMSCOPE_CLI_VERSION);
        return 0;
    }
    for (const auto& c : cs::cli::commands())
        if (!std::strcmp(argv[1], c.name)) return c.run(cs::cli::Args(argv + 2, argv + argc));
    std::fprintf(stderr, "claimscope: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return 2;
}
