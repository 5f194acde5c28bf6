#include "shell/line_editor.h"

#include <errno.h>
#include <histedit.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <cwchar>

#include "shell/completion.h"
#include "shell/interrupt.h"

namespace spoke::shell {

namespace {

constexpr int kHistorySize = 2000;

// Set by SIGWINCH; the reader then tells libedit the new terminal size.
volatile sig_atomic_t g_resized = 0;
void OnSigwinch(int) { g_resized = 1; }

LineEditor* Self(EditLine* el) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return static_cast<LineEditor*>(data);
}

// Prints `words` in columns under the line being edited.
void ListCandidates(const std::vector<std::string>& words) {
  size_t width = 80;
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) width = ws.ws_col;
  size_t longest = 0;
  for (const std::string& w : words) longest = std::max(longest, w.size());
  size_t columns = std::max<size_t>(1, width / (longest + 2));
  std::fputc('\n', stdout);
  for (size_t i = 0; i < words.size(); ++i) {
    if ((i + 1) % columns == 0 || i + 1 == words.size()) {
      std::fprintf(stdout, "%s\n", words[i].c_str());
    } else {
      std::fprintf(stdout, "%-*s", static_cast<int>(longest + 2), words[i].c_str());
    }
  }
  std::fflush(stdout);
}

}  // namespace

LineEditor::LineEditor(const char* program, std::string history_path,
                       Completer completer)
    : history_path_(std::move(history_path)), completer_(std::move(completer)) {
  el_ = el_init(program, stdin, stdout, stderr);
  hist_ = history_init();
  HistEvent ev;
  history(hist_, &ev, H_SETSIZE, kHistorySize);
  history(hist_, &ev, H_SETUNIQUE, 1);
  if (!history_path_.empty()) history(hist_, &ev, H_LOAD, history_path_.c_str());
  el_set(el_, EL_CLIENTDATA, this);
  el_set(el_, EL_EDITOR, "emacs");
  el_set(el_, EL_HIST, history, hist_);
  el_set(el_, EL_PROMPT, &LineEditor::PromptThunk);
  el_set(el_, EL_GETCFN, &LineEditor::GetCharThunk);
  el_set(el_, EL_ADDFN, "spoke-complete", "complete a word", &LineEditor::CompleteThunk);
  el_set(el_, EL_BIND, "^I", "spoke-complete", nullptr);
  el_source(el_, nullptr);  // the user's ~/.editrc, if any
  struct sigaction sa {};
  sa.sa_handler = OnSigwinch;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGWINCH, &sa, nullptr);
}

LineEditor::~LineEditor() {
  el_end(el_);
  history_end(hist_);
}

LineEditor::Read LineEditor::ReadLine(const std::string& prompt, std::string* line) {
  prompt_ = prompt;
  ClearInterrupt();
  int count = 0;
  const char* text = el_gets(el_, &count);
  if (Interrupted()) {
    ClearInterrupt();
    // libedit may keep the abandoned text; start the next line clean.
    el_reset(el_);
    std::fputs("^C\n", stdout);
    std::fflush(stdout);
    return Read::kInterrupted;
  }
  if (text == nullptr || count <= 0) return Read::kEof;
  line->assign(text, static_cast<size_t>(count));
  if (!line->empty() && line->back() == '\n') line->pop_back();
  return Read::kLine;
}

void LineEditor::AddHistory(const std::string& line) {
  if (line.find_first_not_of(" \t") == std::string::npos) return;
  HistEvent ev;
  history(hist_, &ev, H_ENTER, line.c_str());
  if (!history_path_.empty()) history(hist_, &ev, H_SAVE, history_path_.c_str());
}

const char* LineEditor::PromptThunk(EditLine* el) { return Self(el)->prompt_.c_str(); }

// Reads one character. Unlike libedit's own reader it gives up on EINTR
// when Ctrl-C was pressed, so el_gets returns and the prompt starts over.
int LineEditor::GetCharThunk(EditLine* el, wchar_t* out) {
  std::mbstate_t state{};
  char byte;
  for (;;) {
    ssize_t n = read(STDIN_FILENO, &byte, 1);
    if (n == 0) return 0;
    if (n < 0) {
      if (errno == EINTR && !Interrupted()) {
        if (g_resized) {
          g_resized = 0;
          el_resize(el);
        }
        continue;
      }
      return -1;
    }
    size_t r = std::mbrtowc(out, &byte, 1, &state);
    if (r == static_cast<size_t>(-2)) continue;  // more bytes to come
    if (r == static_cast<size_t>(-1)) {
      state = std::mbstate_t{};
      *out = static_cast<unsigned char>(byte);  // not valid here: pass it on
    }
    return 1;
  }
}

unsigned char LineEditor::CompleteThunk(EditLine* el, int) { return Self(el)->Complete(); }

unsigned char LineEditor::Complete() {
  const LineInfo* li = el_line(el_);
  std::string_view before(li->buffer, static_cast<size_t>(li->cursor - li->buffer));
  std::vector<std::string> candidates = completer_(before);
  std::string_view word = CompletionWord(before);
  if (candidates.empty()) return CC_REFRESH_BEEP;
  std::string replacement = candidates.size() == 1 ? candidates[0] : CommonPrefix(candidates);
  if (candidates.size() == 1 && replacement.back() != ':' && replacement.back() != '/') {
    replacement += ' ';
  }
  if (replacement.size() > word.size() ||
      (candidates.size() == 1 && replacement != word)) {
    // libedit counts characters, not bytes.
    int chars = 0;
    for (char c : word) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    el_deletestr(el_, chars);
    el_insertstr(el_, replacement.c_str());
    return CC_REFRESH;
  }
  ListCandidates(candidates);
  return CC_REDISPLAY;
}

}  // namespace spoke::shell
