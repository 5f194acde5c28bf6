// The RDF reader targets: io::ReadRdfText in each format.
#include "io/rdf_reader.h"
#include "storage/term_codec.h"
#include "tests/fuzz/fuzz_require.h"
#include "tests/fuzz/fuzz_targets.h"

namespace spoke::fuzz {
namespace {

int FuzzRdf(const uint8_t* data, size_t size, io::RdfFormat format) {
  io::ReadOptions options;
  options.format = format;
  options.base_iri = "http://fuzz.test/base/";
  options.skip_invalid = (size % 2) == 1;  // both strict and lenient paths
  uint64_t quads = 0;
  auto r = io::ReadRdfText(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz",
      options, [&](const Quad& q) {
        Require(storage::ValidateQuad(q).ok(), "reader produced invalid quad");
        ++quads;
        return Status::OK();
      });
  if (r.ok()) Require(r->quads == quads, "quad count mismatch");
  return 0;
}

}  // namespace

int FuzzNTriples(const uint8_t* d, size_t n) {
  return FuzzRdf(d, n, io::RdfFormat::kNTriples);
}
int FuzzNQuads(const uint8_t* d, size_t n) {
  return FuzzRdf(d, n, io::RdfFormat::kNQuads);
}
int FuzzTurtle(const uint8_t* d, size_t n) {
  return FuzzRdf(d, n, io::RdfFormat::kTurtle);
}
int FuzzTriG(const uint8_t* d, size_t n) {
  return FuzzRdf(d, n, io::RdfFormat::kTriG);
}

}  // namespace spoke::fuzz
