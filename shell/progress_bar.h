// ProgressBar: one self-overwriting line on a terminal showing how far a
// load has got: percent and bar (when the total size is known), bytes,
// quads per second and the time left. Fed by LoadOptions::on_progress.
// Silent for the first half second, so quick loads print nothing.
//
// Not thread-safe: Update and Finish must not race (the loader calls
// Update from its thread while the shell waits for Load to return).

#ifndef SPOKE_SHELL_PROGRESS_BAR_H_
#define SPOKE_SHELL_PROGRESS_BAR_H_

#include <chrono>
#include <cstdio>
#include <string>

#include "spoke/database.h"
#include "spoke/options.h"

namespace spoke::shell {

// The progress line for `p` after `elapsed_s` seconds, at most `width`
// columns, without a line ending. Pure, for tests.
std::string RenderProgress(const LoadProgress& p, double elapsed_s,
                           size_t width);

// The line printed after a load: "loaded 1,000 quads (990 new, 10
// duplicate) into dataset 'x' in 0.52 s (1,923 quads/s)". Pure, for tests.
std::string FormatLoadSummary(const LoadSummary& summary);

class ProgressBar {
 public:
  // Draws on `out` (normally stderr) only if `enabled` (a terminal).
  ProgressBar(std::FILE* out, bool enabled);
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void Update(const LoadProgress& p);
  // Erases the line if one was drawn.
  void Finish();

 private:
  std::FILE* out_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_PROGRESS_BAR_H_
