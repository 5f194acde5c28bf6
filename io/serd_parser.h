// SerdParser: one serd reader plus the environment (base IRI, prefixes) it
// needs, turning serd's callbacks into spoke::Quad values and serd's error
// reports into Status values. Internal to io/: used by rdf_reader.cc only.
//
// Thread safety: one object must not be used by two threads at once.

#ifndef SPOKE_IO_SERD_PARSER_H_
#define SPOKE_IO_SERD_PARSER_H_

#include <serd/serd.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "io/rdf_reader.h"

namespace spoke::io {

class SerdParser {
 public:
  // `options`, `sink` and `stats` must outlive the parser.
  SerdParser(const std::string& name, const ReadOptions& options,
             const QuadSink& sink, ReadStats* stats);
  ~SerdParser();
  SerdParser(const SerdParser&) = delete;
  SerdParser& operator=(const SerdParser&) = delete;

  // Why the last parse step failed, in the order they are checked.
  struct Failure {
    // A fatal error: the sink's own error, or cancellation. Never skipped.
    Status fatal;
    // The first syntax problem serd reported (message without position,
    // serd's line and column), or a term that failed to convert.
    bool has_syntax = false;
    std::string message;
    unsigned serd_line = 0;
    unsigned serd_col = 0;
    bool from_term = false;  // a conversion error, not a serd report
    // For conversion errors: text to look for in a line to place the error.
    std::string needle;
  };

  // Parses `line` (NUL-terminated, not blank) as one N-Triples/N-Quads
  // line. The line's quads reach the sink only if the whole line is valid.
  // Returns true on success; on false, failure() says why.
  bool ParseLine(const char* line);

  // Replaces the serd reader by a fresh one. serd 0.30 does not pop all
  // nodes of an N-Quads line from its stack, which would otherwise grow with
  // the file; line formats keep no state between lines, so the line loop
  // calls this every few thousand lines.
  void ResetReader();

  // Turtle/TriG streaming: starts reading bytes from `read` (serd's
  // fread-like signature, one byte per call) with `handle` as its stream.
  void StartStream(SerdSource read, SerdStreamErrorFunc error, void* handle);
  // Turtle/TriG with skip_invalid: holds each statement's quads back until
  // the statement has ended, so that a statement serd reports an error on
  // delivers nothing. `*statement_ends` must count the statements ended so
  // far in the input (ByteFeeder::statement_ends()); it must outlive the
  // parser.
  void HoldStatements(const uint64_t* statement_ends);
  void EndStream();
  // Reads one statement (in TriG, a whole graph block). Returns
  // SERD_SUCCESS, SERD_FAILURE at the end of input, or an error (see
  // failure()); quads held back for a failed statement are dropped.
  SerdStatus ReadChunk();

  // Sets a check run every few thousand statements (progress, cancel); its
  // error stops the parse as a fatal failure.
  void SetTick(std::function<Status()> tick) { tick_ = std::move(tick); }

  const Failure& failure() const { return failure_; }
  void ClearFailure() { failure_ = Failure(); }

  // Builds "NAME:LINE:COL: message" as a SyntaxError.
  Status MakeSyntaxError(uint64_t line, uint64_t col,
                         const std::string& message) const;

 private:
  static SerdStatus OnBase(void* handle, const SerdNode* uri);
  static SerdStatus OnPrefix(void* handle, const SerdNode* name,
                             const SerdNode* uri);
  static SerdStatus OnStatement(void* handle, SerdStatementFlags flags,
                                const SerdNode* graph, const SerdNode* subject,
                                const SerdNode* predicate,
                                const SerdNode* object,
                                const SerdNode* datatype, const SerdNode* lang);
  static SerdStatus OnError(void* handle, const SerdError* error);

  // Converts an IRI (absolute, relative or prefixed) node; false and
  // failure_ set on error.
  bool ToIri(const SerdNode* node, std::string* iri);
  bool ToTerm(const SerdNode* node, Term* term);
  bool ToObject(const SerdNode* node, const SerdNode* datatype,
                const SerdNode* lang, Term* term);
  void TermError(std::string message, std::string needle = "");
  void NewReader();
  // Hands held-back quads to the sink; false (failure_.fatal set) if the
  // sink fails.
  bool FlushPending();

  const std::string name_;
  const ReadOptions& options_;
  const QuadSink& sink_;
  ReadStats* stats_;
  SerdReader* reader_ = nullptr;
  SerdEnv* env_ = nullptr;
  bool have_base_ = false;
  Quad quad_;  // reused to keep string capacity between statements
  // Quads held back (line mode: the current line's; with HoldStatements:
  // the current statement's); pending_used_ of them are live.
  bool hold_ = false;
  const uint64_t* statement_ends_ = nullptr;
  uint64_t held_since_ = 0;  // *statement_ends_ when holding began
  std::vector<Quad> pending_;
  size_t pending_used_ = 0;
  Failure failure_;
  std::function<Status()> tick_;
  uint64_t statements_ = 0;
};

}  // namespace spoke::io

#endif  // SPOKE_IO_SERD_PARSER_H_
