// ChildProcess: starts a program with fork/exec, reads its stdout, kills it.
// Used by the crash and writer-lock tests. Not thread-safe.
#ifndef SPOKE_TESTS_CRASH_CHILD_PROCESS_H_
#define SPOKE_TESTS_CRASH_CHILD_PROCESS_H_

#include <sys/types.h>

#include <string>
#include <vector>

namespace spoke::crash {

class ChildProcess {
 public:
  // Starts `argv[0]` with `argv`; its stdout goes to a pipe. Returns false
  // (and sets error()) if it could not start.
  bool Start(const std::vector<std::string>& argv);
  // Reads one line of the child's stdout (without '\n'); false at EOF.
  bool ReadLine(std::string* line);
  // Sends `signal`, then waits; returns the wait status.
  int Kill(int signal);
  // Waits for the child to exit; returns the wait status.
  int Wait();
  const std::string& error() const { return error_; }
  ~ChildProcess();

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  std::string buffer_;
  std::string error_;
};

}  // namespace spoke::crash

#endif  // SPOKE_TESTS_CRASH_CHILD_PROCESS_H_
