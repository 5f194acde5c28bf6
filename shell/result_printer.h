// PrintCursor: writes one executed query's result (rows, ASK boolean,
// update counts or an EXPLAIN plan) in the chosen format. The one place
// where the shell meets the result writers of engine/results.

#ifndef SPOKE_SHELL_RESULT_PRINTER_H_
#define SPOKE_SHELL_RESULT_PRINTER_H_

#include <chrono>
#include <cstdint>
#include <ostream>

#include "engine/results/result_writer.h"
#include "spoke/cursor.h"
#include "spoke/status.h"

namespace spoke::shell {

struct PrintOptions {
  engine::ResultFormat format = engine::ResultFormat::kTable;
  // Prefixes, colour and row cap of the table format.
  engine::TableOptions table;
  // Show the elapsed time (in the table footer; other formats: a line on
  // `time_out`).
  bool show_time = false;
  std::ostream* time_out = nullptr;
};

struct PrintSummary {
  uint64_t rows = 0;
  double elapsed_ms = 0;  // from `start` until the last row was read
};

// Reads `cursor` to its end, writing to `out`. `start` is when the query
// began (the footer's time). Returns the cursor's error (kCancelled,
// kTimedOut, ...) if it stopped early, or IOError if `out` failed.
Result<PrintSummary> PrintCursor(Cursor* cursor, std::ostream& out,
                                 const PrintOptions& options,
                                 std::chrono::steady_clock::time_point start);

}  // namespace spoke::shell

#endif  // SPOKE_SHELL_RESULT_PRINTER_H_
