// The RDF reader targets: io::ReadRdfText in each format.
#include <string>
#include <string_view>
#include <vector>

#include "io/rdf_reader.h"
#include "storage/term_codec.h"
#include "tests/fuzz/fuzz_require.h"
#include "tests/fuzz/fuzz_targets.h"

namespace spoke::fuzz {
namespace {

struct Outcome {
  std::string status;
  std::vector<Quad> quads;
  uint64_t skipped = 0;
};

Outcome Read(std::string_view text, const io::ReadOptions& options) {
  Outcome out;
  auto r = io::ReadRdfText(text, "fuzz", options, [&](const Quad& q) {
    Require(storage::ValidateQuad(q).ok(), "reader produced invalid quad");
    out.quads.push_back(q);
    return Status::OK();
  });
  if (r.ok()) {
    Require(r->quads == out.quads.size(), "quad count mismatch");
    out.skipped = r->errors_skipped;
  } else {
    out.status = r.status().ToString();
  }
  return out;
}

int FuzzRdf(const uint8_t* data, size_t size, io::RdfFormat format) {
  io::ReadOptions options;
  options.format = format;
  options.base_iri = "http://fuzz.test/base/";
  options.skip_invalid = (size % 2) == 1;  // both strict and lenient paths
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Outcome fast = Read(text, options);
  if (format == io::RdfFormat::kNTriples || format == io::RdfFormat::kNQuads) {
    // The fast line parser must change nothing but the speed.
    options.fast_lines = false;
    const Outcome serd = Read(text, options);
    Require(fast.status == serd.status, "fast lines: another status");
    Require(fast.quads == serd.quads, "fast lines: other quads");
    Require(fast.skipped == serd.skipped, "fast lines: other skip count");
  }
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
