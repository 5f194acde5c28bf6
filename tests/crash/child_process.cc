#include "tests/crash/child_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace spoke::crash {

bool ChildProcess::Start(const std::vector<std::string>& argv) {
  int fds[2];
  if (pipe(fds) != 0) {
    error_ = std::strerror(errno);
    return false;
  }
  pid_ = fork();
  if (pid_ < 0) {
    error_ = std::strerror(errno);
    return false;
  }
  if (pid_ == 0) {
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(fds[1]);
  out_fd_ = fds[0];
  return true;
}

bool ChildProcess::ReadLine(std::string* line) {
  for (;;) {
    size_t nl = buffer_.find('\n');
    if (nl != std::string::npos) {
      *line = buffer_.substr(0, nl);
      buffer_.erase(0, nl + 1);
      return true;
    }
    char buf[256];
    ssize_t n = read(out_fd_, buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    buffer_.append(buf, static_cast<size_t>(n));
  }
}

int ChildProcess::Kill(int signal) {
  if (pid_ > 0) kill(pid_, signal);
  return Wait();
}

int ChildProcess::Wait() {
  int status = 0;
  if (pid_ > 0) {
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
  }
  if (out_fd_ >= 0) {
    close(out_fd_);
    out_fd_ = -1;
  }
  return status;
}

ChildProcess::~ChildProcess() {
  if (pid_ > 0) Kill(SIGKILL);
}

}  // namespace spoke::crash
