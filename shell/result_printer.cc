#include "shell/result_printer.h"

#include <cstdio>

namespace spoke::shell {

namespace {

double MsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now() - start)
      .count();
}

std::string FormatMs(double ms) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), ms < 10 ? "%.2f ms" : "%.0f ms", ms);
  return buf;
}

void ShowTime(const PrintOptions& options, double ms) {
  if (options.show_time && options.time_out != nullptr) {
    *options.time_out << "(" << FormatMs(ms) << ")\n";
  }
}

}  // namespace

Result<PrintSummary> PrintCursor(Cursor* cursor, std::ostream& out,
                                 const PrintOptions& options,
                                 std::chrono::steady_clock::time_point start) {
  PrintSummary summary;
  const bool table = options.format == engine::ResultFormat::kTable;
  switch (cursor->kind()) {
    case Cursor::Kind::kUpdate:
      SPOKE_RETURN_IF_ERROR(cursor->status());
      summary.elapsed_ms = MsSince(start);
      out << cursor->inserted() << (cursor->inserted() == 1 ? " quad" : " quads")
          << " inserted, " << cursor->deleted() << " deleted";
      if (options.show_time) out << " (" << FormatMs(summary.elapsed_ms) << ")";
      out << "\n" << std::flush;
      break;
    case Cursor::Kind::kExplain:
      SPOKE_RETURN_IF_ERROR(cursor->status());
      summary.elapsed_ms = MsSince(start);
      out << cursor->explain_text();
      if (!cursor->explain_text().empty() && cursor->explain_text().back() != '\n') {
        out << "\n";
      }
      out << std::flush;
      ShowTime(options, summary.elapsed_ms);
      break;
    case Cursor::Kind::kBoolean: {
      SPOKE_RETURN_IF_ERROR(cursor->status());
      summary.elapsed_ms = MsSince(start);
      auto writer = engine::NewResultWriter(options.format, out, options.table);
      if (table && options.show_time) writer->set_elapsed_ms(summary.elapsed_ms);
      SPOKE_RETURN_IF_ERROR(writer->Boolean(cursor->boolean()));
      summary.rows = 1;
      if (!table) ShowTime(options, summary.elapsed_ms);
      break;
    }
    case Cursor::Kind::kRows: {
      auto writer = engine::NewResultWriter(options.format, out, options.table);
      SPOKE_RETURN_IF_ERROR(writer->Begin(cursor->columns()));
      for (; cursor->Valid(); cursor->Next()) {
        SPOKE_RETURN_IF_ERROR(writer->Row(cursor->row()));
        ++summary.rows;
      }
      // A cancelled or failed query prints no footer: the error says why.
      SPOKE_RETURN_IF_ERROR(cursor->status());
      summary.elapsed_ms = MsSince(start);
      if (table && options.show_time) writer->set_elapsed_ms(summary.elapsed_ms);
      SPOKE_RETURN_IF_ERROR(writer->End());
      if (!table) ShowTime(options, summary.elapsed_ms);
      break;
    }
  }
  if (!out) return Status::IOError("cannot write the result");
  return summary;
}

}  // namespace spoke::shell
