#include "shell/formats.h"

#include <string>

namespace spoke::shell {

bool IsResultFormatName(std::string_view name) {
  return name == "table" || name == "json" || name == "csv" || name == "tsv";
}

Result<RdfFormat> ParseRdfFormat(std::string_view name) {
  if (name == "ntriples" || name == "nt") return RdfFormat::kNTriples;
  if (name == "nquads" || name == "nq") return RdfFormat::kNQuads;
  if (name == "turtle" || name == "ttl") return RdfFormat::kTurtle;
  if (name == "trig") return RdfFormat::kTriG;
  return Status::InvalidArgument("unknown RDF format '" + std::string(name) +
                                 "': expected ntriples, nquads, turtle or trig");
}

const char* RdfFormatName(RdfFormat format) {
  switch (format) {
    case RdfFormat::kNTriples: return "ntriples";
    case RdfFormat::kNQuads: return "nquads";
    case RdfFormat::kTurtle: return "turtle";
    case RdfFormat::kTriG: return "trig";
  }
  return "nquads";
}

}  // namespace spoke::shell
