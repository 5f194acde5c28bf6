#include "shell/repl.h"

#include <termios.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <system_error>

#include "shell/catalog_printer.h"
#include "shell/interrupt.h"
#include "shell/line_editor.h"
#include "shell/session.h"

namespace spoke::shell {

namespace {

constexpr char kPrompt[] = "spoke> ";
constexpr char kContinuation[] = "  ...> ";

// While a statement runs, keys typed ahead are not echoed by the terminal:
// libedit shows them itself at the next prompt (an echo would garble its
// line). Signals stay on, so Ctrl-C still cancels.
class NoEchoWhileRunning {
 public:
  NoEchoWhileRunning() {
    if (tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    active_ = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
  }
  ~NoEchoWhileRunning() {
    if (active_) tcsetattr(STDIN_FILENO, TCSANOW, &saved_);
  }
  NoEchoWhileRunning(const NoEchoWhileRunning&) = delete;
  NoEchoWhileRunning& operator=(const NoEchoWhileRunning&) = delete;

 private:
  termios saved_{};
  bool active_ = false;
};

void Banner(Database* db, const std::string& db_path) {
  std::cout << "Spoke " << Database::Version() << " — " << db_path;
  Result<Statistics> stats = db->Stats();
  if (stats.ok()) {
    std::cout << " (" << stats->quads << " quads in " << stats->datasets
              << (stats->datasets == 1 ? " dataset)" : " datasets)");
  }
  std::cout << "\nEnter .help for help; end statements with ';' or an empty line.\n";
}

}  // namespace

int RunShell(Database* db, const std::string& db_path,
             const std::string& history_path) {
  const bool tty = isatty(STDIN_FILENO);
  InstallInterruptHandler(/*second_exits=*/!tty);
  Session session(db, tty);
  Status s = session.LoadPrefixes();
  if (!s.ok()) session.ReportError(s);

  if (!tty) {
    session.RunScript(std::cin);
    return session.errors() > 0 ? 1 : 0;
  }

  if (!history_path.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(
        std::filesystem::path(history_path).parent_path(), ec);
  }
  StatementSplitter splitter;
  LineEditor editor("spoke", history_path,
                    [&session, &splitter](std::string_view before_cursor) {
                      return CompletionCandidates(before_cursor,
                                                  session.Completion(splitter));
                    });
  Banner(db, db_path);
  for (;;) {
    std::string line;
    LineEditor::Read r =
        editor.ReadLine(splitter.pending() ? kContinuation : kPrompt, &line);
    if (r == LineEditor::Read::kEof) {
      std::cout << "\n";
      break;
    }
    if (r == LineEditor::Read::kInterrupted) {
      splitter.Reset();
      continue;
    }
    editor.AddHistory(line);
    NoEchoWhileRunning no_echo;
    if (!session.HandleLine(line, &splitter)) break;
  }
  return 0;
}

}  // namespace spoke::shell
