// ResultWriter: streams one query result (a SELECT table or an ASK boolean)
// into an output stream in one format. See json_writer.h, csv_writer.h,
// tsv_writer.h and table_writer.h for the formats.
//
// Protocol: either Begin(vars), Row(row) zero or more times, End(); or
// Boolean(value) alone. Each call returns IOError if the stream failed and
// InvalidArgument if the protocol is broken (Row before Begin, a row whose
// width differs from the variable count, ...). A writer is single-use and
// not thread-safe; the stream must outlive it.

#ifndef SPOKE_ENGINE_RESULTS_RESULT_WRITER_H_
#define SPOKE_ENGINE_RESULTS_RESULT_WRITER_H_

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/results/prefix_map.h"
#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke::engine {

enum class ResultFormat { kTable, kJson, kCsv, kTsv };

// Parses "table", "json", "csv" or "tsv" (case-sensitive). InvalidArgument
// otherwise.
Result<ResultFormat> ParseResultFormat(std::string_view name);
const char* ResultFormatName(ResultFormat format);

// Options of the human-readable table (ignored by the other formats).
struct TableOptions {
  // Longest cell, in terminal columns; longer values end in "…". Min 2.
  size_t max_column_width = 48;
  // IRIs are shown as prefix:local where a prefix fits.
  PrefixMap prefixes;
  // ANSI colours (header bold, IRIs cyan, literals green, unbound dim).
  bool colour = false;
  // Plain ASCII borders instead of Unicode box drawing.
  bool ascii = false;
  // At most this many rows are drawn (0: all); the footer counts them all.
  size_t max_rows = 0;
};

class ResultWriter {
 public:
  // `out` must outlive the writer.
  explicit ResultWriter(std::ostream& out) : out_(out) {}
  virtual ~ResultWriter() = default;
  ResultWriter(const ResultWriter&) = delete;
  ResultWriter& operator=(const ResultWriter&) = delete;

  // Starts a SELECT result. `vars` are the variable names without '?'.
  Status Begin(const std::vector<std::string>& vars);
  // One solution; row[i] binds vars[i]; a kNone term is unbound.
  Status Row(const std::vector<Term>& row);
  // Finishes a SELECT result and flushes the stream.
  Status End();
  // Writes a complete ASK result and flushes the stream.
  Status Boolean(bool value);

  // Elapsed time shown by writers that show it (the table footer). Call
  // before End() / Boolean().
  void set_elapsed_ms(double ms) { elapsed_ms_ = ms; }

 protected:
  virtual void DoBegin(const std::vector<std::string>& vars) = 0;
  virtual void DoRow(const std::vector<Term>& row) = 0;
  virtual void DoEnd() = 0;
  virtual void DoBoolean(bool value) = 0;

  std::ostream& out_;
  std::optional<double> elapsed_ms_;

 private:
  Status StreamStatus() const;

  enum class State { kFresh, kRows, kDone };
  State state_ = State::kFresh;
  size_t width_ = 0;
};

// Creates a writer for `format` writing to `out` (which must outlive it).
std::unique_ptr<ResultWriter> NewResultWriter(ResultFormat format,
                                              std::ostream& out,
                                              TableOptions table_options = {});

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_RESULTS_RESULT_WRITER_H_
