// spoke: the command line and interactive shell of the Spoke database.

#include <clocale>
#include <iostream>
#include <string>
#include <vector>

#include "shell/catalog_printer.h"
#include "shell/cli_options.h"
#include "shell/commands.h"
#include "shell/default_database.h"
#include "shell/interrupt.h"
#include "shell/paths.h"
#include "shell/repl.h"
#include "spoke/database.h"

int main(int argc, char** argv) {
  using namespace spoke::shell;  // NOLINT: a main file
  // UTF-8 line editing (the result writers do not depend on the locale).
  // Queries and data are UTF-8 whatever the environment says, so a plain
  // C locale is upgraded to C.UTF-8.
  const char* ctype = std::setlocale(LC_CTYPE, "");
  if (ctype == nullptr || std::string(ctype) == "C" || std::string(ctype) == "POSIX") {
    std::setlocale(LC_CTYPE, "C.UTF-8");
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  spoke::Result<CliOptions> cli = ParseCommandLine(args);
  if (!cli.ok()) {
    std::cerr << "spoke: " << cli.status().message() << "\n";
    return 2;
  }
  if (cli->help) {
    std::cout << cli->help_text;
    return 0;
  }
  if (cli->version) {
    std::cout << "spoke " << spoke::Database::Version() << "\n";
    return 0;
  }
  Environment env = Environment::Current();
  std::string path;
  auto db =
      OpenDatabase(cli->db, cli->read_only, cli->cache_bytes, env, &path);
  if (!db.ok()) {
    std::cerr << FormatError(db.status()) << "\n";
    if (db.status().code() == spoke::Status::Code::kBusy) {
      std::cerr << "hint: one process at a time opens a database while it is "
                   "open for writing; run the command in that process (e.g. "
                   "its shell), or close it first\n";
    }
    return 1;
  }
  if (cli->command == Command::kShell) {
    return RunShell(db->get(), path, HistoryPath(env));
  }
  InstallInterruptHandler(/*second_exits=*/true);
  return RunCommand(*cli, db->get());
}
