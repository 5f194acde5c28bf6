// LineEditor: line input at a terminal through libedit (BSD licence):
// emacs key bindings, persistent history, Tab completion, and Ctrl-C that
// abandons the line being typed instead of killing the process.
//
// Not thread-safe; one per process (libedit keeps terminal state).

#ifndef SPOKE_SHELL_LINE_EDITOR_H_
#define SPOKE_SHELL_LINE_EDITOR_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct editline;
struct history;

namespace spoke::shell {

class LineEditor {
 public:
  // Candidates replacing the word before the cursor (see completion.h).
  using Completer =
      std::function<std::vector<std::string>(std::string_view before_cursor)>;

  // Loads history from `history_path` (empty: no persistent history).
  LineEditor(const char* program, std::string history_path, Completer completer);
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  enum class Read { kLine, kEof, kInterrupted };
  // Shows `prompt` and reads one line (without its newline) into *line.
  // kEof at Ctrl-D on an empty line or end of input; kInterrupted at Ctrl-C.
  Read ReadLine(const std::string& prompt, std::string* line);

  // Adds a line to the history and appends it to the history file.
  void AddHistory(const std::string& line);

 private:
  static unsigned char CompleteThunk(editline* el, int ch);
  static int GetCharThunk(editline* el, wchar_t* out);
  static const char* PromptThunk(editline* el);
  unsigned char Complete();

  editline* el_ = nullptr;
  history* hist_ = nullptr;
  std::string history_path_;
  Completer completer_;
  std::string prompt_;
};

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_LINE_EDITOR_H_
