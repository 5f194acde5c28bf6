// RdfFormat: the four RDF syntaxes Spoke reads and writes, and how a format
// is chosen from a name ("--format ttl") or from a file name ("a.nq.gz").
//
// Thread safety: free functions on values; safe from any thread.

#ifndef SPOKE_IO_RDF_FORMAT_H_
#define SPOKE_IO_RDF_FORMAT_H_

#include <string_view>

#include "spoke/status.h"

namespace spoke::io {

enum class RdfFormat {
  kNTriples,  // .nt    one triple per line
  kNQuads,    // .nq    one quad per line
  kTurtle,    // .ttl   triples with prefixes and abbreviations
  kTriG,      // .trig  Turtle plus named-graph blocks
};

// Returns the format for a user-given name, case-insensitively: "nt",
// "ntriples", "n-triples", "nq", "nquads", "n-quads", "ttl", "turtle",
// "trig". Errors: InvalidArgument "unknown rdf format 'x'".
Result<RdfFormat> FormatFromName(std::string_view name);

// Returns the format for a file name from its extension (.nt .nq .ttl
// .trig), ignoring a trailing ".gz". Errors: InvalidArgument if the
// extension is missing or unknown.
Result<RdfFormat> FormatFromPath(std::string_view path);

// The canonical short name: "ntriples", "nquads", "turtle", "trig".
std::string_view FormatName(RdfFormat format);

// True for the formats that can carry named graphs (N-Quads, TriG).
inline bool FormatHasGraphs(RdfFormat format) {
  return format == RdfFormat::kNQuads || format == RdfFormat::kTriG;
}

}  // namespace spoke::io

#endif  // SPOKE_IO_RDF_FORMAT_H_
