#include "io/rdf_format.h"

#include <string>

namespace spoke::io {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

Result<RdfFormat> FormatFromName(std::string_view name) {
  const std::string n = Lower(name);
  if (n == "nt" || n == "ntriples" || n == "n-triples") {
    return RdfFormat::kNTriples;
  }
  if (n == "nq" || n == "nquads" || n == "n-quads") return RdfFormat::kNQuads;
  if (n == "ttl" || n == "turtle") return RdfFormat::kTurtle;
  if (n == "trig") return RdfFormat::kTriG;
  return Status::InvalidArgument("unknown rdf format '" + std::string(name) +
                                 "' (expected nt, nq, ttl or trig)");
}

Result<RdfFormat> FormatFromPath(std::string_view path) {
  std::string_view base = path;
  if (size_t slash = base.find_last_of('/'); slash != std::string_view::npos) {
    base.remove_prefix(slash + 1);
  }
  std::string lower = Lower(base);
  std::string_view name = lower;
  if (name.size() > 3 && name.substr(name.size() - 3) == ".gz") {
    name.remove_suffix(3);
  }
  const size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) {
    return Status::InvalidArgument("cannot tell the rdf format of '" +
                                   std::string(path) +
                                   "' from its name: give the format");
  }
  const std::string_view ext = name.substr(dot + 1);
  if (ext == "nt") return RdfFormat::kNTriples;
  if (ext == "nq") return RdfFormat::kNQuads;
  if (ext == "ttl") return RdfFormat::kTurtle;
  if (ext == "trig") return RdfFormat::kTriG;
  return Status::InvalidArgument(
      "unknown rdf file extension '." + std::string(ext) + "' of '" +
      std::string(path) + "' (expected .nt, .nq, .ttl or .trig)");
}

std::string_view FormatName(RdfFormat format) {
  switch (format) {
    case RdfFormat::kNTriples:
      return "ntriples";
    case RdfFormat::kNQuads:
      return "nquads";
    case RdfFormat::kTurtle:
      return "turtle";
    case RdfFormat::kTriG:
      return "trig";
  }
  return "unknown";
}

}  // namespace spoke::io
