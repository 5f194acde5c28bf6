// Writing RDF: RdfWriter streams quads out as N-Quads, N-Triples, Turtle or
// TriG. The output parses back (through rdf_reader.h) to the same quads,
// blank nodes up to renaming.
//
// - N-Quads, N-Triples: one statement per line, in the order given.
// - Turtle: @prefix lines first; consecutive quads with the same subject
//   are grouped with ';', and with the same predicate with ','. Feed quads
//   sorted by subject for the most compact output; any order is correct.
// - TriG: as Turtle, inside one "GRAPH { ... }" block per run of quads in
//   the same graph; default-graph quads are written outside blocks.
// - Graphs and triples-only formats: a quad in a named graph given to an
//   N-Triples or Turtle writer is an error (InvalidArgument) unless
//   drop_graphs is set, which writes its triple without the graph.
// - Blank node labels are rewritten into a form every syntax accepts:
//   letters and digits stay, any other byte becomes "_HH" (hex), and a label
//   that would start with "b"/"B" + digit gets a "_z" prefix (serd renames
//   such Turtle labels). The mapping is one-to-one within a document.
// - Literals keep their exact lexical form ("01"^^xsd:integer stays so).
//
// Thread safety: one writer must not be used by two threads at once.

#ifndef SPOKE_IO_RDF_WRITER_H_
#define SPOKE_IO_RDF_WRITER_H_

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/rdf_format.h"
#include "spoke/status.h"
#include "spoke/term.h"

namespace spoke::io {

struct WriteOptions {
  RdfFormat format = RdfFormat::kNQuads;
  // N-Triples/Turtle only: write quads of named graphs without their graph
  // instead of failing.
  bool drop_graphs = false;
  // Turtle/TriG: (prefix, namespace IRI) pairs declared at the top and used
  // to abbreviate IRIs. A prefix is empty or [A-Za-z][A-Za-z0-9_-]*.
  std::vector<std::pair<std::string, std::string>> prefixes = {
      {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
      {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
      {"xsd", "http://www.w3.org/2001/XMLSchema#"},
  };
};

class RdfWriter {
 public:
  // Receives the text, in pieces of up to about 64 KiB; a non-OK Status
  // stops the writer and is returned by the Write/Finish call that flushed.
  using Output = std::function<Status(std::string_view)>;

  RdfWriter(WriteOptions options, Output output);
  RdfWriter(const RdfWriter&) = delete;
  RdfWriter& operator=(const RdfWriter&) = delete;

  // Writes one quad. Errors: InvalidArgument for a quad the format cannot
  // hold (a named graph in a triples-only format without drop_graphs, a
  // literal or blank subject, a non-IRI predicate, an IRI without a scheme
  // or with characters IRIs forbid, invalid UTF-8, a bad language tag, a
  // bad prefix); the output's error. After an error the writer is unusable.
  Status Write(const Quad& quad);
  // Ends the document (closes the open statement and graph block) and
  // flushes. REQUIRES: called once, after the last Write.
  Status Finish();

  uint64_t quads_written() const { return quads_; }

 private:
  Status Start();
  Status Check(const Quad& quad) const;
  void AppendIri(std::string_view iri, bool allow_prefix);
  void AppendTerm(const Term& term);
  Status Flush(bool force);
  void CloseStatement();

  const WriteOptions options_;
  const Output output_;
  std::string buf_;
  Status status_;
  bool started_ = false;
  uint64_t quads_ = 0;
  // Turtle/TriG grouping state.
  bool in_statement_ = false;
  bool in_block_ = false;
  Term subject_;
  Term predicate_;
  Term graph_;
};

// Writes `quads` in one document into a string.
Result<std::string> WriteRdfString(const std::vector<Quad>& quads,
                                   const WriteOptions& options);

// An Output appending to `out`; a failed stream gives IOError naming `name`.
RdfWriter::Output StreamOutput(std::ostream* out, std::string name);

// Rewrites a blank node label into the writer's safe form (see above).
std::string SafeBlankLabel(std::string_view label);

}  // namespace spoke::io

#endif  // SPOKE_IO_RDF_WRITER_H_
