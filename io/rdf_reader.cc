#include "io/rdf_reader.h"

#include <cstring>
#include <memory>

#include "io/byte_feeder.h"
#include "io/fast_line_parser.h"
#include "io/input_stream.h"
#include "io/line_splitter.h"
#include "io/serd_parser.h"

namespace spoke::io {

namespace {

constexpr uint64_t kProgressStep = uint64_t{1} << 20;

// Counts code points in the first `bytes` bytes of `s`.
uint64_t CodePoints(const char* s, size_t bytes) {
  uint64_t n = 0;
  for (size_t i = 0; i < bytes; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Shared by both read loops: progress, cancellation, error bookkeeping.
class ReadSession {
 public:
  ReadSession(InputStream* in, const ReadOptions& options, ReadStats* stats)
      : in_(in), options_(options), stats_(stats) {}

  // Reports progress if due (or if `force`), then checks cancellation.
  Status Tick(bool force) {
    const uint64_t done = in_->bytes_done();
    if (options_.on_progress &&
        (force || done >= last_progress_ + kProgressStep)) {
      last_progress_ = done;
      options_.on_progress(done, in_->bytes_total());
    }
    if (options_.cancel != nullptr &&
        options_.cancel->load(std::memory_order_relaxed)) {
      return Status::Cancelled(in_->name() + ": read cancelled");
    }
    return Status::OK();
  }

  // A bad statement: returns it as the read's error, or reports and counts
  // it when skipping invalid statements (then returns OK).
  Status BadStatement(Status error) {
    if (!options_.skip_invalid) return error;
    ++stats_->errors_skipped;
    if (options_.on_error) options_.on_error(error);
    return Status::OK();
  }

  Status Finish() {
    stats_->bytes = in_->bytes_done();
    if (!in_->status().ok()) return in_->status();
    return Tick(true);
  }

 private:
  InputStream* in_;
  const ReadOptions& options_;
  ReadStats* stats_;
  uint64_t last_progress_ = 0;
};

Status ReadLines(InputStream* in, const ReadOptions& options,
                 const QuadSink& sink, ReadStats* stats) {
  ReadSession session(in, options, stats);
  SerdParser parser(in->name(), options, sink, stats);
  LineSplitter lines(in);
  FastLineParser fast(options);
  Quad quad;
  char* line = nullptr;
  size_t len = 0;
  uint64_t number = 0;
  uint64_t count = 0;
  while (lines.Next(&line, &len, &number)) {
    if ((++count & 4095) == 0) {
      SPOKE_RETURN_IF_ERROR(session.Tick(false));
      parser.ResetReader();
    }
    // Blank lines never reach serd: serd 0.30 misreads an empty string.
    size_t first = 0;
    while (first < len && (line[first] == ' ' || line[first] == '\t')) {
      ++first;
    }
    if (first == len) continue;
    // A plain line (the fast parser declines any line with a NUL).
    if (options.fast_lines &&
        fast.Parse(std::string_view(line + first, len - first), &quad)) {
      SPOKE_RETURN_IF_ERROR(sink(quad));
      ++stats->quads;
      continue;
    }
    // serd reads the line as a C string: a NUL inside it would cut it.
    if (const auto* nul = static_cast<const char*>(std::memchr(line, 0, len));
        nul != nullptr) {
      SPOKE_RETURN_IF_ERROR(session.BadStatement(parser.MakeSyntaxError(
          number, CodePoints(line, static_cast<size_t>(nul - line)) + 1,
          "NUL character")));
      continue;
    }
    parser.ClearFailure();
    if (parser.ParseLine(line)) continue;
    const SerdParser::Failure& f = parser.failure();
    if (!f.fatal.ok()) return f.fatal;
    uint64_t column = 1;
    if (f.from_term && !f.needle.empty()) {
      const size_t at = std::string_view(line, len).find(f.needle);
      if (at != std::string_view::npos) column = CodePoints(line, at) + 1;
    } else if (!f.from_term && f.serd_col > 0) {
      // serd's column on the (only) line of the string is 1-based bytes.
      const size_t bytes = std::min<size_t>(f.serd_col - 1, len);
      column = CodePoints(line, bytes) + 1;
    }
    SPOKE_RETURN_IF_ERROR(session.BadStatement(
        parser.MakeSyntaxError(number, column, f.message)));
  }
  if (lines.too_long()) {
    return parser.MakeSyntaxError(number + 1, 1, "line longer than 256 MiB");
  }
  return session.Finish();
}

Status ReadDocument(InputStream* in, const ReadOptions& options,
                    const QuadSink& sink, ReadStats* stats) {
  ReadSession session(in, options, stats);
  SerdParser parser(in->name(), options, sink, stats);
  ByteFeeder feeder(in);
  if (options.skip_invalid) parser.HoldStatements(feeder.statement_ends());
  // A TriG graph block is one serd chunk: check inside chunks too.
  parser.SetTick([&session] { return session.Tick(false); });
  parser.StartStream(&ByteFeeder::Read, &ByteFeeder::Error, &feeder);
  Status result;
  for (uint64_t count = 1;; ++count) {
    if ((count & 255) == 0) {
      result = session.Tick(false);
      if (!result.ok()) break;
    }
    parser.ClearFailure();
    const uint64_t served = feeder.served();
    const SerdStatus st = parser.ReadChunk();
    if (st == SERD_SUCCESS) continue;
    if (st == SERD_FAILURE) {
      if (feeder.at_end()) break;
      if (feeder.served() != served) continue;
    }
    const SerdParser::Failure& f = parser.failure();
    if (!f.fatal.ok()) {
      result = f.fatal;
      break;
    }
    if (!in->status().ok()) break;  // reported by Finish
    // serd gives up without a report when it cannot start a statement.
    result = session.BadStatement(parser.MakeSyntaxError(
        feeder.line(), feeder.column(),
        f.has_syntax ? f.message : "expected a statement"));
    if (!result.ok()) break;
    // Resume after the broken statement with a fresh serd source; the
    // reader keeps its blank node ids, prefixes and base.
    parser.EndStream();
    if (!feeder.SkipStatement()) {
      parser.StartStream(&ByteFeeder::Read, &ByteFeeder::Error, &feeder);
      break;
    }
    parser.StartStream(&ByteFeeder::Read, &ByteFeeder::Error, &feeder);
  }
  parser.EndStream();
  if (!result.ok()) return result;
  return session.Finish();
}

Result<ReadStats> Read(InputStream* in, const ReadOptions& options,
                       const QuadSink& sink) {
  ReadStats stats;
  const bool lines = options.format == RdfFormat::kNTriples ||
                     options.format == RdfFormat::kNQuads;
  Status s = lines ? ReadLines(in, options, sink, &stats)
                   : ReadDocument(in, options, sink, &stats);
  if (!s.ok()) return s;
  return stats;
}

}  // namespace

Result<ReadStats> ReadRdfFile(const std::string& path,
                              const ReadOptions& options,
                              const QuadSink& sink) {
  Result<std::unique_ptr<InputStream>> in = InputStream::OpenFile(path);
  if (!in.ok()) return in.status();
  return Read(in->get(), options, sink);
}

Result<ReadStats> ReadRdfText(std::string_view text, std::string_view name,
                              const ReadOptions& options,
                              const QuadSink& sink) {
  std::unique_ptr<InputStream> in =
      InputStream::FromText(text, std::string(name));
  return Read(in.get(), options, sink);
}

}  // namespace spoke::io
