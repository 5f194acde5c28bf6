#include "engine/results/term_format.h"

#include <gtest/gtest.h>

#include "tests/unit/results/test_terms.h"

namespace spoke::engine {
namespace {

using namespace spoke::engine::testing;  // NOLINT

TEST(TermFormatTest, Turtle) {
  PrefixMap p = PrefixMap::Standard();
  p.Add("ex", "http://example.org/");
  struct Case {
    Term term;
    const char* plain;
    const char* prefixed;
  } cases[] = {
      {U(), "", ""},
      {I("http://example.org/a"), "<http://example.org/a>", "ex:a"},
      {B("x1"), "_:x1", "_:x1"},
      {L("text"), "\"text\"", "\"text\""},
      {LL("text", "EN"), "\"text\"@en", "\"text\"@en"},
      {Int("42"), "42", "42"},
      {Int("-7"), "-7", "-7"},
      {Int("+7"), "+7", "+7"},
      {Int(" 7"), "\" 7\"^^<http://www.w3.org/2001/XMLSchema#integer>",
       "\" 7\"^^xsd:integer"},
      {TL("1.5", kXsdDecimal), "1.5", "1.5"},
      {TL(".5", kXsdDecimal), ".5", ".5"},
      {TL("5", kXsdDecimal), "\"5\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
       "\"5\"^^xsd:decimal"},
      {TL("1e3", kXsdDouble), "1e3", "1e3"},
      {TL("1.5E-2", kXsdDouble), "1.5E-2", "1.5E-2"},
      {TL("INF", kXsdDouble), "\"INF\"^^<http://www.w3.org/2001/XMLSchema#double>",
       "\"INF\"^^xsd:double"},
      {TL("1.5", kXsdFloat), "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#float>",
       "\"1.5\"^^xsd:float"},
      {TL("false", kXsdBoolean), "false", "false"},
      {TL("2021-11-07", kXsdDate),
       "\"2021-11-07\"^^<http://www.w3.org/2001/XMLSchema#date>",
       "\"2021-11-07\"^^xsd:date"},
      {TL("v", "http://example.org/dt"), "\"v\"^^<http://example.org/dt>",
       "\"v\"^^ex:dt"},
      {L("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"", "\"a\\\"b\\\\c\\nd\""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FormatTermTurtle(c.term), c.plain);
    EXPECT_EQ(FormatTermTurtle(c.term, &p), c.prefixed);
  }
}

}  // namespace
}  // namespace spoke::engine
