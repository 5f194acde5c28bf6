#include <gtest/gtest.h>

#include "io/rdf_format.h"

namespace spoke::io {
namespace {

TEST(FormatTest, FromName) {
  struct Case {
    const char* name;
    RdfFormat format;
  } cases[] = {
      {"nt", RdfFormat::kNTriples},        {"ntriples", RdfFormat::kNTriples},
      {"N-Triples", RdfFormat::kNTriples}, {"nq", RdfFormat::kNQuads},
      {"nquads", RdfFormat::kNQuads},      {"n-quads", RdfFormat::kNQuads},
      {"ttl", RdfFormat::kTurtle},         {"Turtle", RdfFormat::kTurtle},
      {"trig", RdfFormat::kTriG},
  };
  for (const Case& c : cases) {
    auto f = FormatFromName(c.name);
    ASSERT_TRUE(f.ok()) << c.name;
    EXPECT_EQ(*f, c.format) << c.name;
  }
  auto bad = FormatFromName("rdfxml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("'rdfxml'"), std::string::npos);
}

TEST(FormatTest, FromPath) {
  struct Case {
    const char* path;
    RdfFormat format;
  } cases[] = {
      {"a.nt", RdfFormat::kNTriples},        {"dir/a.NQ", RdfFormat::kNQuads},
      {"x.y/story.ttl", RdfFormat::kTurtle}, {"s.trig", RdfFormat::kTriG},
      {"big.nq.gz", RdfFormat::kNQuads},     {"t.ttl.GZ", RdfFormat::kTurtle},
  };
  for (const Case& c : cases) {
    auto f = FormatFromPath(c.path);
    ASSERT_TRUE(f.ok()) << c.path;
    EXPECT_EQ(*f, c.format) << c.path;
  }
  for (const char* bad : {"a.rdf", "noext", "a.gz", "dir.nt/file", ".nt"}) {
    EXPECT_FALSE(FormatFromPath(bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace spoke::io
