// Reading RDF files: N-Triples, N-Quads, Turtle and TriG, plain or gzipped,
// parsed by the serd library and handed out one Quad at a time. Plain
// N-Triples/N-Quads lines (no escapes or comments) are read by a faster
// parser of our own that gives the same quads (fast_line_parser.h); every
// other line, and every error, is serd's.
//
// Streaming: memory stays bounded whatever the file size (the file is read
// in chunks; N-Triples/N-Quads hold one line at a time, Turtle/TriG one
// statement's terms).
//
// Errors: a syntax error is a Status::SyntaxError whose message is
// "FILE:LINE:COLUMN: what was wrong" (1-based; the column counts Unicode
// code points), with the position also in Status::span(). I/O failures are
// IOError/NotFound "FILE: cannot open: ..." / "FILE: cannot read: ...".
//
// Strictness: invalid IRIs (bad characters, relative IRIs with no base),
// bad escapes, invalid UTF-8, unterminated strings, bad language tags and
// undefined prefixes are errors. Lexical forms are kept exactly as written
// ("01"^^xsd:integer stays "01"). Known serd 0.30 leniencies, accepted on
// purpose: N-Triples statements may use ';' and ',' and span lines in
// Turtle; a Turtle/TriG file must not use both "_:bN" and "_:BN" labels
// (serd renames "_:b1" to "_:B1" and rejects the mix with an error).
//
// Recovery with skip_invalid: each bad statement is reported through
// on_error, counted, and reading continues. A bad statement delivers none
// of its quads (they are held back until the statement ends; a statement
// of more than 65536 quads is delivered in parts).
//  - N-Triples, N-Quads: the bad line is dropped; the next line is read.
//  - Turtle, TriG: the reader skips to the end of the broken statement: the
//    next '.' outside IRIs, strings and comments that is not part of a name
//    or number. Inside a TriG graph block it skips to the '}' that closes
//    the block instead, so no statement can land in the wrong graph: the
//    rest of that block is lost. A broken string or IRI can hide the real
//    end of the statement; then later statements may be reported too.
// Without skip_invalid, quads read before the first error have already
// reached the sink when the error is returned.
//
// Thread safety: the functions are reentrant; callbacks run on the calling
// thread.

#ifndef SPOKE_IO_RDF_READER_H_
#define SPOKE_IO_RDF_READER_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "io/rdf_format.h"
#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke::io {

struct ReadOptions {
  RdfFormat format = RdfFormat::kNQuads;
  // Relative IRIs resolve against this (and then against the file's own
  // @base / BASE). Empty: a relative IRI is an error.
  std::string base_iri;
  // Graph of statements written without one: every triple of N-Triples and
  // Turtle, and those outside graph blocks in N-Quads and TriG. kNone (the
  // default) means the unnamed default graph.
  Term default_graph;
  // Prepended to every blank node label, so that blank nodes of different
  // files never merge (e.g. "f1_"). Must consist of characters valid in a
  // blank node label.
  std::string blank_prefix;
  // Skip bad statements instead of stopping at the first (see above).
  bool skip_invalid = false;
  // With skip_invalid: called with the SyntaxError of each skipped
  // statement.
  std::function<void(const Status&)> on_error;
  // Called now and then (about every MiB of input, and at the end) with
  // the file bytes consumed (compressed bytes for gzip) and the file size.
  std::function<void(uint64_t bytes_done, uint64_t bytes_total)> on_progress;
  // If set and it becomes true, the read stops with Status::Cancelled.
  std::atomic<bool>* cancel = nullptr;
  // N-Triples/N-Quads: read lines of the plain shape (no escapes, no
  // comments; see fast_line_parser.h) without serd, ~4x as fast, giving
  // the same quads. False sends every line through serd (for tests and
  // comparisons).
  bool fast_lines = true;
};

struct ReadStats {
  uint64_t quads = 0;           // quads handed to the sink
  uint64_t errors_skipped = 0;  // bad statements skipped (skip_invalid)
  uint64_t bytes = 0;           // file bytes read
};

// Called for each quad; a non-OK Status stops the read and is returned as
// the read's result. The Quad is only valid during the call; the sink may
// move from it (a bulk load keeps its strings without copying them).
using QuadSink = std::function<Status(Quad&)>;

// Reads the RDF file at `path` (gzip-compressed if it starts with the gzip
// magic bytes) in `options.format`. Returns the counts, or the first error
// (syntax error without skip_invalid, I/O error, the sink's error,
// Cancelled). Quads delivered before an error stay delivered: a caller that
// wants all-or-nothing buffers or rolls back.
Result<ReadStats> ReadRdfFile(const std::string& path,
                              const ReadOptions& options, const QuadSink& sink);

// As ReadRdfFile, for in-memory `text`; `name` stands for the file name in
// error messages.
Result<ReadStats> ReadRdfText(std::string_view text, std::string_view name,
                              const ReadOptions& options, const QuadSink& sink);

}  // namespace spoke::io

#endif  // SPOKE_IO_RDF_READER_H_
