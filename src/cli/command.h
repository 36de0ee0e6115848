// Claimscope CLI — each subcommand lives in its own cmd_*.cpp and registers itself here, so
// adding a command touches no other file.
#pragma once
#include <string>
#include <vector>

namespace cs::cli {

using Args = std::vector<std::string>; // arguments after the subcommand name
using CommandFn = int (*)(const Args& args);

struct Command {
    const char* name;
    const char* summary; // one line, for `claimscope --help`
    CommandFn run;       // returns the process exit code; prints its own --help
};

// Registers at static-initialisation time: `static cs::cli::Registrar r{{"stats", "...", run}};`
struct Registrar {
    explicit Registrar(Command c);
};
const std::vector<Command>& commands();

} // namespace cs::cli
