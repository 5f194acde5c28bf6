// Helpers shared by the io tests.

#ifndef SPOKE_TESTS_UNIT_IO_IO_TEST_UTIL_H_
#define SPOKE_TESTS_UNIT_IO_IO_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "io/rdf_reader.h"

#define ASSERT_OK(expr)                    \
  do {                                     \
    const ::spoke::Status _s = (expr);     \
    ASSERT_TRUE(_s.ok()) << _s.ToString(); \
  } while (0)

namespace spoke::io::testing {

// Reads `text` in `format` into a vector; the status is the read's.
struct ReadOutcome {
  Status status;
  std::vector<Quad> quads;
  ReadStats stats;
  std::vector<std::string> errors;  // on_error messages
};

inline ReadOutcome ReadText(std::string_view text, RdfFormat format,
                            ReadOptions options = {},
                            std::string_view name = "in") {
  ReadOutcome out;
  options.format = format;
  options.on_error = [&](const Status& s) {
    out.errors.push_back(s.message());
  };
  auto r = ReadRdfText(text, name, options, [&](const Quad& q) {
    out.quads.push_back(q);
    return Status::OK();
  });
  if (r.ok()) {
    out.stats = *r;
  } else {
    out.status = r.status();
  }
  return out;
}

inline std::string Nq(const std::vector<Quad>& quads) {
  std::string s;
  for (const Quad& q : quads) s += q.ToNQuads() + "\n";
  return s;
}

}  // namespace spoke::io::testing

#endif  // SPOKE_TESTS_UNIT_IO_IO_TEST_UTIL_H_
