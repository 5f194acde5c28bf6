// The shell's dot-commands (.help, .prefixes, .datasets, .load, .drop,
// .stats, .explain, .format, .timer, .output, .read, .quit).

#ifndef SPOKE_SHELL_DOT_COMMANDS_H_
#define SPOKE_SHELL_DOT_COMMANDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "spoke/status.h"

namespace spoke::shell {

class Session;

// Runs one dot-command line. Sets *quit for .quit. Errors (unknown command,
// bad arguments, database errors) come back to be printed; the shell goes on.
Status RunDotCommand(Session* session, std::string_view line, bool* quit);

// Splits a dot-command line into words; "double quotes" keep spaces.
std::vector<std::string> SplitWords(std::string_view line);

// The text of `.help`.
const char* DotHelp();

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_DOT_COMMANDS_H_
