// Mutated corpus queries: Parse must always return, with either a statement
// or an error that has a message and (except for empty input) a position.

#include <cstdint>
#include <string>

#include "engine/parse/parser.h"
#include "gtest/gtest.h"
#include "tests/unit/parse/corpus.h"

namespace spoke::engine {
namespace {

// A small deterministic generator (xorshift), so failures reproduce.
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed | 1) {}
  uint64_t Next() {
    s_ ^= s_ << 13;
    s_ ^= s_ >> 7;
    s_ ^= s_ << 17;
    return s_;
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t s_;
};

std::string Mutate(const std::string& q, Rng* rng) {
  static const char* kPieces[] = {
      "{", "}", "(", ")", "[", "]", ".", ";", ",", "?", "?x", "$", "_:", ":",
      "<", ">", "\"", "'", "'''", "\\", "#", "@", "^^", "*", "+", "-", "/",
      "|", "^", "!", "=", "&&", "||", " ", "\n", "a", "A", "SELECT", "WHERE",
      "FILTER", "OPTIONAL", "UNION", "GRAPH", "COUNT(", "GROUP BY", "AS",
      "1", "1.5", "1e5", "\xc3\xa9", "\xff", "()", "[]", "EXPLAIN", "INSERT",
      "DATA", "IN", "NOT"};
  std::string out = q;
  int edits = 1 + static_cast<int>(rng->Below(3));
  for (int e = 0; e < edits; ++e) {
    size_t pos = out.empty() ? 0 : rng->Below(out.size() + 1);
    switch (rng->Below(3)) {
      case 0:  // delete a run
        if (!out.empty() && pos < out.size()) out.erase(pos, 1 + rng->Below(4));
        break;
      case 1:  // insert a piece
        out.insert(pos, kPieces[rng->Below(sizeof(kPieces) / sizeof(*kPieces))]);
        break;
      default:  // truncate
        out.resize(pos);
        break;
    }
  }
  return out;
}

TEST(FuzzTest, MutatedCorpusNeverCrashes) {
  Rng rng(0x5eed);
  const auto& corpus = testing::ValidCorpus();
  int errors = 0;
  for (int round = 0; round < 20; ++round) {
    for (const std::string& q : corpus) {
      std::string m = Mutate(q, &rng);
      Result<ast::Statement> r = Parse(m);
      if (r.ok()) continue;
      ++errors;
      const Status& s = r.status();
      EXPECT_FALSE(s.message().empty()) << m;
      EXPECT_NE(s.code(), Status::Code::kInternal) << m << "\n" << s.ToString();
      if (s.message() != "empty query") {
        ASSERT_TRUE(s.span().has_value()) << m << "\n" << s.ToString();
        EXPECT_GE(s.span()->line, 1u) << m;
        EXPECT_GE(s.span()->column, 1u) << m;
      }
    }
  }
  EXPECT_GT(errors, 0);
}

}  // namespace
}  // namespace spoke::engine
