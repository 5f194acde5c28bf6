// NQuadsWriter: writes N-Quads lines into a large buffer and hands full
// buffers to a FILE*. Built for speed (spoke_gen writes millions of quads per
// second): no iostreams, no per-quad allocation.
//
// IRIs are passed without angle brackets and must already be valid IRIs
// (the generator only builds IRIs from fixed ASCII parts and numbers).
// Literal lexical forms may hold any UTF-8; `"`, `\`, LF and CR are escaped.
//
// Thread safety: none.

#ifndef SPOKE_BENCH_GEN_NQUADS_WRITER_H_
#define SPOKE_BENCH_GEN_NQUADS_WRITER_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "spoke/status.h"

namespace spoke::bench {

class NQuadsWriter {
 public:
  // Does not take ownership of `out`, which must outlive the writer.
  explicit NQuadsWriter(std::FILE* out);
  NQuadsWriter(const NQuadsWriter&) = delete;
  NQuadsWriter& operator=(const NQuadsWriter&) = delete;
  // Flushes what is still buffered; a failure here is lost, so call Finish().
  ~NQuadsWriter();

  // One quad each; `g` is the graph IRI (never the default graph: every
  // generated fact sits in a named graph, as in the story dataset).
  void IriObject(std::string_view s, std::string_view p, std::string_view o,
                 std::string_view g);
  void StringObject(std::string_view s, std::string_view p,
                    std::string_view lex, std::string_view g);
  void LangObject(std::string_view s, std::string_view p, std::string_view lex,
                  std::string_view lang, std::string_view g);
  // `datatype` is a full IRI without brackets.
  void TypedObject(std::string_view s, std::string_view p,
                   std::string_view lex, std::string_view datatype,
                   std::string_view g);
  void IntegerObject(std::string_view s, std::string_view p, int64_t value,
                     std::string_view g);

  // Writes out what is buffered and flushes the FILE. IOError if any write
  // so far failed (e.g. disk full, closed pipe).
  Status Finish();

  uint64_t quads() const { return quads_; }
  uint64_t bytes() const { return bytes_; }

 private:
  void Iri(std::string_view iri);
  void Literal(std::string_view lex);
  void End(std::string_view g);
  void Drain();

  std::FILE* out_;
  std::string buf_;
  uint64_t quads_ = 0;
  uint64_t bytes_ = 0;
  bool failed_ = false;
};

}  // namespace spoke::bench

#endif  // SPOKE_BENCH_GEN_NQUADS_WRITER_H_
