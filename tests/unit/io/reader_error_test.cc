// Negative cases: every error names FILE:LINE:COLUMN, and skip_invalid
// delivers exactly the valid statements.

#include <gtest/gtest.h>

#include "io/rdf_reader.h"
#include "tests/unit/io/io_test_util.h"

namespace spoke::io {
namespace {

using testing::Nq;
using testing::ReadText;

constexpr const char* kOk = "<http://a/s> <http://a/p> \"ok\" .\n";

struct ErrorCase {
  RdfFormat format;
  std::string text;
  std::string message;  // the full expected message
};

void ExpectError(const ErrorCase& c) {
  auto r = ReadText(c.text, c.format, {}, "data/f.x");
  ASSERT_FALSE(r.status.ok()) << c.text;
  EXPECT_TRUE(r.status.IsSyntaxError()) << r.status.ToString();
  EXPECT_EQ(r.status.message(), c.message) << c.text;
  // The position is also machine-readable.
  auto span = r.status.span();
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ("data/f.x:" + std::to_string(span->line) + ":" +
                std::to_string(span->column) + ": ",
            c.message.substr(0, c.message.find(": ") + 2));
}

TEST(ReaderErrorTest, LineFormats) {
  const std::string p = "data/f.x:2:";
  const ErrorCase cases[] = {
      {RdfFormat::kNTriples,
       std::string(kOk) + "<http://a/s> <http://a/p> \"bad\\q\" .\n",
       p + "32: invalid escape `\\q'"},
      {RdfFormat::kNQuads,
       std::string(kOk) + "<http://a/s> <http://a/p> <http://a b> .\n",
       p + "37: invalid IRI character (escape %20)"},
      {RdfFormat::kNTriples,
       std::string(kOk) + "<http://a/s> <http://a/p> \"unterminated .\n",
       p + "42: end of file in short string"},
      {RdfFormat::kNQuads,
       std::string(kOk) + "<http://a/s> <http://a/p> \"x\"@1x .\n",
       p + "31: unexpected `1'"},
      {RdfFormat::kNTriples,
       std::string(kOk) + "<http://a/s> <http://a/p> \"\xC3\xA9\xFF\" .\n",
       p + "30: invalid UTF-8 start 0xFF"},
      {RdfFormat::kNTriples,
       std::string(kOk) + "<http://a/s> <http://a/p> <rel> .\n",
       p + "31: missing IRI scheme"},
      {RdfFormat::kNTriples,
       std::string(kOk) + "<http://a/s> <http://a/p> \"x\"\n",
       p + "30: unexpected end of file"},
      {RdfFormat::kNTriples,
       std::string(kOk) + "<http://a/s> <http://a/p> \"x\" <http://g> .\n",
       p + "31: missing ';' or '.'"},
      {RdfFormat::kNQuads,
       std::string(kOk) + "<http://a/s> <http://a/p> \"\\uZZZZ\" .\n",
       p + "30: invalid hexadecimal digit `Z'"},
      {RdfFormat::kNQuads,
       std::string(kOk) + "<http://a/s> <http://a/p> \"x\" . extra\n",
       p + "1: expected a statement"},
      {RdfFormat::kNTriples,
       std::string(kOk) + "<http://a/s> <http://a/p> 12 .\n",
       p + "27: expected: ':', '<', or '_'"},
      {RdfFormat::kNQuads,
       std::string(kOk) +
           std::string("<http://a/s> <http://a/p> \"a\0b\" .\n", 34),
       p + "29: NUL character"},
      // serd decodes these escapes into bytes that are not UTF-8.
      {RdfFormat::kNQuads,
       std::string(kOk) + "<http://a/s> <http://a/p> \"\\uD800\" .\n",
       p + "1: literal holds an invalid code point"},
      {RdfFormat::kNTriples,
       std::string(kOk) + "<http://a/s> <http://a/p> \"x\"@en- .\n",
       p + "30: bad language tag 'en-'"},
      {RdfFormat::kNQuads, std::string(kOk) + "@prefix a: <http://a/> .\n",
       p + "1: syntax does not support directives"},
      // CRLF files count lines the same way.
      {RdfFormat::kNTriples,
       "<http://a/s> <http://a/p> \"ok\" .\r\n<http://a/s> <p> \"x\" .\r\n",
       p + "16: missing IRI scheme"},
  };
  for (const ErrorCase& c : cases) ExpectError(c);
}

TEST(ReaderErrorTest, TurtleAndTriG) {
  const std::string pre = "@prefix ex: <http://ex/> .\n";
  const ErrorCase cases[] = {
      {RdfFormat::kTurtle, pre + "ex:s ex:p \"bad\\q\" ;\n  ex:q 1 .\n",
       "data/f.x:2:16: invalid escape `\\q'"},
      {RdfFormat::kTurtle, pre + "ex:s ex:p undefined:x .\n",
       "data/f.x:2:22: undefined prefix 'undefined:'"},
      {RdfFormat::kTurtle, pre + "ex:s ex:p <rel> .\n",
       "data/f.x:2:16: relative IRI <rel> with no base IRI to resolve it "
       "against"},
      {RdfFormat::kTurtle, pre + "ex:s ex:p \"\"\"never closed .\n",
       "data/f.x:2:28: end of file in long string"},
      {RdfFormat::kTurtle, pre + "ex:s ex:p \"x\"@-en .\n",
       "data/f.x:2:15: unexpected `-'"},
      {RdfFormat::kTurtle, pre + "ex:s ex:p \"a\" ; ex:q\n",
       "data/f.x:2:21: expected object"},
      {RdfFormat::kTurtle, pre + "<http://a/\\U00110000> ex:p 1 .\n",
       "data/f.x:2:29: unicode character 0x110000 out of range"},
      {RdfFormat::kTurtle, "@base <rel/> .\n",
       "data/f.x:1:13: relative base IRI <rel/> with no base to resolve it "
       "against"},
      {RdfFormat::kTurtle, pre + "ex:s ex:p \"x\" .\n}\n",
       "data/f.x:3:1: invalid statement"},
      {RdfFormat::kTurtle, "_:b1 <http://a/p> _:B1 .\n",
       "data/f.x:1:23: found both `b' and `B' blank IDs, prefix required"},
      {RdfFormat::kTriG, pre + "ex:g {\n  ex:s ex:p \"x\\y\" .\n}\n",
       "data/f.x:3:16: invalid escape `\\y'"},
      {RdfFormat::kTriG, pre + "ex:g { ex:s ex:p \"x\" \n",
       "data/f.x:2:22: unexpected end of file"},
  };
  for (const ErrorCase& c : cases) ExpectError(c);
}

TEST(ReaderErrorTest, SkipInvalidLines) {
  ReadOptions options;
  options.skip_invalid = true;
  for (RdfFormat f : {RdfFormat::kNTriples, RdfFormat::kNQuads}) {
    auto r = ReadText(
        "<http://a/s> <http://a/p> \"1\" .\n"
        "<http://a/s> <http://a/p> \"bad\\q\" .\n"
        "<http://a/s> <http://a/p> \"2\" .\n"
        "<http://a/s> <http://a/p> \"x\" <http://a/g> <http://a/h> .\n"
        "<http://a/s> <http://a/p> \"missing dot\"\n"
        "<http://a/s> <http://a/p> \"3\" .\n",
        f, options);
    ASSERT_OK(r.status);
    EXPECT_EQ(r.stats.quads, 3u);
    EXPECT_EQ(r.stats.errors_skipped, 3u);
    ASSERT_EQ(r.quads.size(), 3u) << Nq(r.quads);
    EXPECT_EQ(r.quads[2].object, Term::Literal("3"));
    ASSERT_EQ(r.errors.size(), 3u);
    EXPECT_EQ(r.errors[0].rfind("in:2:", 0), 0u) << r.errors[0];
    EXPECT_EQ(r.errors[1].rfind("in:4:", 0), 0u) << r.errors[1];
    EXPECT_EQ(r.errors[2].rfind("in:5:", 0), 0u) << r.errors[2];
  }
}

TEST(ReaderErrorTest, SkipInvalidTurtle) {
  ReadOptions options;
  options.skip_invalid = true;
  auto r = ReadText(
      "@prefix ex: <http://ex/> .\n"
      "ex:s ex:p \"a\" .\n"
      "ex:s ex:p \"bad\\q\" ;\n"  // broken statement over two lines
      "   ex:q \"lost\" .\n"
      "ex:s ex:p \"c\" . ex:s ex:p undefined:x . ex:s ex:p \"d\" .\n"
      // The " . " inside the long string does not end the statement, so
      // its first object goes with the broken second one.
      "ex:s ex:p \"\"\"long . with\n"
      "a dot\"\"\" , \"e\\z\" .\n"
      "ex:s ex:p 1.5, ex:a.b .\n",
      RdfFormat::kTurtle, options);
  ASSERT_OK(r.status);
  EXPECT_EQ(Nq(r.quads),
            "<http://ex/s> <http://ex/p> \"a\" .\n"
            "<http://ex/s> <http://ex/p> \"c\" .\n"
            "<http://ex/s> <http://ex/p> \"d\" .\n"
            "<http://ex/s> <http://ex/p> "
            "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n"
            "<http://ex/s> <http://ex/p> <http://ex/a.b> .\n");
  EXPECT_EQ(r.stats.errors_skipped, 3u);
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_EQ(r.errors[0], "in:3:16: invalid escape `\\q'");
  EXPECT_EQ(r.errors[1].rfind("in:5:", 0), 0u) << r.errors[1];
  EXPECT_EQ(r.errors[2].rfind("in:7:", 0), 0u) << r.errors[2];
}

TEST(ReaderErrorTest, SkipInvalidTriGDropsTheRestOfTheBlock) {
  ReadOptions options;
  options.skip_invalid = true;
  auto r = ReadText(
      "@prefix ex: <http://ex/> .\n"
      "ex:s ex:p \"top\" .\n"
      "ex:g {\n"
      "  ex:s ex:p \"a\" .\n"
      "  ex:s ex:p \"bad\\q\" .\n"
      "  ex:s ex:p \"would land in the default graph\" .\n"
      "}\n"
      "ex:g2 { ex:s ex:p \"b\" }\n"
      "<bad iri> { ex:s ex:p \"c\" }\n"
      "ex:s ex:p \"d\" .\n",
      RdfFormat::kTriG, options);
  ASSERT_OK(r.status);
  EXPECT_EQ(Nq(r.quads),
            "<http://ex/s> <http://ex/p> \"top\" .\n"
            "<http://ex/s> <http://ex/p> \"a\" <http://ex/g> .\n"
            "<http://ex/s> <http://ex/p> \"b\" <http://ex/g2> .\n"
            "<http://ex/s> <http://ex/p> \"d\" .\n");
  EXPECT_EQ(r.stats.errors_skipped, 2u);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].rfind("in:5:", 0), 0u) << r.errors[0];
  EXPECT_EQ(r.errors[1].rfind("in:9:", 0), 0u) << r.errors[1];
}

TEST(ReaderErrorTest, SkipInvalidDeliversNothingOfABadStatement) {
  ReadOptions options;
  options.skip_invalid = true;
  auto r = ReadText(
      "@prefix ex: <http://ex/> .\n"
      "ex:g { ex:s ex:p \"a\" . ex:s ex:p \"b\", \"c\" .\n"
      "  ex:s ex:p \"d\" ; ex:q \"e\"@en-a_b .\n"
      "  ex:s ex:p \"lost\" }\n"
      "ex:s ex:p \"t1\", \"t2\" ; ex:q undefined:x .\n"
      "<http://a/\\U00110000> ex:p \"t3\" .\n"
      "ex:s ex:p \"t4\" .\n",
      RdfFormat::kTriG, options);
  ASSERT_OK(r.status);
  EXPECT_EQ(Nq(r.quads),
            "<http://ex/s> <http://ex/p> \"a\" <http://ex/g> .\n"
            "<http://ex/s> <http://ex/p> \"b\" <http://ex/g> .\n"
            "<http://ex/s> <http://ex/p> \"c\" <http://ex/g> .\n"
            "<http://ex/s> <http://ex/p> \"t4\" .\n");
  EXPECT_EQ(r.stats.errors_skipped, 3u);
}

TEST(ReaderErrorTest, LongLinesGrowTheBuffer) {
  const std::string big(3 << 20, 'x');
  const std::string text = std::string(kOk) + "<http://a/s> <http://a/p> \"" +
                           big + "\" .\n" + kOk + "<bad\n";
  auto r = ReadText(text, RdfFormat::kNTriples);
  ASSERT_EQ(r.quads.size(), 3u);
  EXPECT_EQ(r.quads[1].object.value().size(), big.size());
  EXPECT_EQ(r.status.message().rfind("in:4:", 0), 0u) << r.status.message();
}

TEST(ReaderErrorTest, WithoutSkipTheFirstErrorStops) {
  auto r = ReadText(std::string(kOk) + "garbage\n" + kOk, RdfFormat::kNTriples);
  ASSERT_FALSE(r.status.ok());
  EXPECT_EQ(r.quads.size(), 1u);  // delivered before the error
  EXPECT_EQ(r.status.message().rfind("in:2:", 0), 0u);
}

}  // namespace
}  // namespace spoke::io
