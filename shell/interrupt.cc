#include "shell/interrupt.h"

#include <signal.h>
#include <unistd.h>

namespace spoke::shell {

namespace {

std::atomic<bool> g_interrupted{false};
volatile sig_atomic_t g_second_exits = 0;

static_assert(std::atomic<bool>::is_always_lock_free,
              "the flag is set from a signal handler");

void OnSigint(int) {
  if (g_second_exits && g_interrupted.load(std::memory_order_relaxed)) {
    _exit(130);
  }
  g_interrupted.store(true, std::memory_order_relaxed);
}

}  // namespace

std::atomic<bool>* InterruptFlag() { return &g_interrupted; }

void InstallInterruptHandler(bool second_exits) {
  g_second_exits = second_exits ? 1 : 0;
  struct sigaction sa {};
  sa.sa_handler = OnSigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: interrupt a blocking read
  sigaction(SIGINT, &sa, nullptr);
}

void ClearInterrupt() { g_interrupted.store(false, std::memory_order_relaxed); }

bool Interrupted() { return g_interrupted.load(std::memory_order_relaxed); }

}  // namespace spoke::shell
