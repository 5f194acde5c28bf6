#include "engine/results/prefix_map.h"

#include <gtest/gtest.h>

namespace spoke::engine {
namespace {

TEST(PrefixMapTest, Shorten) {
  PrefixMap m;
  m.Add("ex", "http://example.org/");
  m.Add("exa", "http://example.org/a/");
  m.Add("", "http://default.org/");
  struct Case {
    const char* iri;
    const char* want;  // nullptr: not shortened
  } cases[] = {
      {"http://example.org/alice", "ex:alice"},
      {"http://example.org/", "ex:"},
      {"http://example.org/a/b", "exa:b"},  // longest namespace wins
      {"http://example.org/a/", "exa:"},
      {"http://default.org/x", ":x"},
      {"http://example.org/1st", "ex:1st"},
      {"http://example.org/a.b", "ex:a.b"},
      {"http://example.org/end.", nullptr},  // may not end with '.'
      {"http://example.org/a b", nullptr},
      {"http://example.org/a/b/c", nullptr},  // '/' needs an escape
      {"http://example.org/-x", nullptr},     // may not start with '-'
      {"http://example.org/x-y_z", "ex:x-y_z"},
      {"http://example.org/%20x", "ex:%20x"},
      {"http://example.org/%2", nullptr},
      {"http://example.org/\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF",
       "ex:\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF"},
      {"http://other.org/x", nullptr},
      {"http://example.or", nullptr},
  };
  for (const Case& c : cases) {
    auto got = m.Shorten(c.iri);
    if (c.want == nullptr) {
      EXPECT_FALSE(got.has_value()) << c.iri << " -> " << *got;
    } else {
      ASSERT_TRUE(got.has_value()) << c.iri;
      EXPECT_EQ(*got, c.want);
    }
  }
}

TEST(PrefixMapTest, AddReplacesAndFinds) {
  PrefixMap m = PrefixMap::Standard();
  EXPECT_EQ(*m.Find("xsd"), "http://www.w3.org/2001/XMLSchema#");
  m.Add("xsd", "http://x/");
  EXPECT_EQ(*m.Find("xsd"), "http://x/");
  EXPECT_FALSE(m.Find("nope").has_value());
  EXPECT_EQ(m.entries().size(), 4u);
}

}  // namespace
}  // namespace spoke::engine
