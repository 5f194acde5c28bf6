// The one-shot commands of the `spoke` binary: query, load, dump,
// datasets, drop, stats, explain, check. Results go to stdout, errors and
// progress to stderr.

#ifndef SPOKE_SHELL_COMMANDS_H_
#define SPOKE_SHELL_COMMANDS_H_

#include "shell/cli_options.h"
#include "spoke/database.h"

namespace spoke::shell {

// Runs `cli.command` (not kShell) on `db`. Returns the exit status: 0 on
// success, 1 on a query or data error (printed to stderr).
int RunCommand(const CliOptions& cli, Database* db);

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_COMMANDS_H_
