// Ctrl-C handling. SIGINT sets one process-wide flag that running queries
// (ExecuteOptions::cancel) and loads (LoadOptions::cancel) watch, so Ctrl-C
// cancels the work in progress instead of killing the process.

#ifndef SPOKE_SHELL_INTERRUPT_H_
#define SPOKE_SHELL_INTERRUPT_H_

#include <atomic>

namespace spoke::shell {

// The flag SIGINT sets. Lives for the whole process.
std::atomic<bool>* InterruptFlag();

// Installs the SIGINT handler (without SA_RESTART, so a blocking read at
// the prompt returns EINTR). If `second_exits`, a second Ctrl-C while the
// flag is still set ends the process with status 130 (for one-shot
// commands, where the user may not want to wait for the cancel).
void InstallInterruptHandler(bool second_exits);

// Clears the flag before starting new work.
void ClearInterrupt();
bool Interrupted();

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_INTERRUPT_H_
