#include <gtest/gtest.h>

#include <sstream>

#include "engine/results/csv_writer.h"
#include "engine/results/tsv_writer.h"
#include "tests/unit/results/test_terms.h"

namespace spoke::engine {
namespace {

using namespace spoke::engine::testing;  // NOLINT

std::string Write(ResultFormat format, const std::vector<std::string>& vars,
                  const std::vector<std::vector<Term>>& rows) {
  std::ostringstream out;
  auto w = NewResultWriter(format, out);
  EXPECT_TRUE(w->Begin(vars).ok());
  for (const auto& row : rows) EXPECT_TRUE(w->Row(row).ok());
  EXPECT_TRUE(w->End().ok());
  return out.str();
}

std::string WriteBool(ResultFormat format, bool value) {
  std::ostringstream out;
  EXPECT_TRUE(NewResultWriter(format, out)->Boolean(value).ok());
  return out.str();
}

TEST(CsvWriterTest, Values) {
  EXPECT_EQ(Write(ResultFormat::kCsv, {"s", "o", "n"},
                  {{I("http://ex.org/a"), LL("hi", "en"), Int("42")},
                   {B("b1"), U(), TL("2021-11-07", kXsdDate)}}),
            "s,o,n\r\n"
            "http://ex.org/a,hi,42\r\n"
            "_:b1,,2021-11-07\r\n");
}

TEST(CsvWriterTest, Quoting) {
  struct Case {
    std::string in;
    std::string want;
  } cases[] = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"line\nbreak", "\"line\nbreak\""},
      {"cr\rx", "\"cr\rx\""},
      {"tab\there", "tab\there"},
      {" spaced ", " spaced "},
      {"\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF",
       "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CsvField(c.in), c.want);
    EXPECT_EQ(Write(ResultFormat::kCsv, {"x"}, {{L(c.in)}}),
              "x\r\n" + c.want + "\r\n");
  }
}

TEST(CsvWriterTest, Boolean) {
  EXPECT_EQ(WriteBool(ResultFormat::kCsv, true), "_askResult\r\ntrue\r\n");
  EXPECT_EQ(WriteBool(ResultFormat::kCsv, false), "_askResult\r\nfalse\r\n");
}

TEST(TsvWriterTest, Values) {
  EXPECT_EQ(
      Write(ResultFormat::kTsv, {"s", "o", "n"},
            {{I("http://ex.org/a"), LL("hi", "en"), Int("42")},
             {B("b1"), U(), TL("2021-11-07", kXsdDate)},
             {L("x"), TL("1.5", kXsdDecimal), TL("1.0E0", kXsdDouble)},
             {TL("true", kXsdBoolean), TL("1", kXsdBoolean), Int("042")},
             {TL("1.", kXsdDecimal), Int("abc"), TL("7", kXsdDouble)}}),
      "?s\t?o\t?n\n"
      "<http://ex.org/a>\t\"hi\"@en\t42\n"
      "_:b1\t\t\"2021-11-07\"^^<http://www.w3.org/2001/XMLSchema#date>\n"
      "\"x\"\t1.5\t1.0E0\n"
      "true\t\"1\"^^<http://www.w3.org/2001/XMLSchema#boolean>\t042\n"
      "\"1.\"^^<http://www.w3.org/2001/XMLSchema#decimal>\t"
      "\"abc\"^^<http://www.w3.org/2001/XMLSchema#integer>\t"
      "\"7\"^^<http://www.w3.org/2001/XMLSchema#double>\n");
}

TEST(TsvWriterTest, Escaping) {
  struct Case {
    Term term;
    std::string want;
  } cases[] = {
      {L("a\tb"), R"("a\tb")"},
      {L("a\nb\rc"), R"("a\nb\rc")"},
      {L("q\"uote"), R"("q\"uote")"},
      {L("back\\slash"), R"("back\\slash")"},
      {L("\xE4\xB8\xAD\xE6\x96\x87"), "\"\xE4\xB8\xAD\xE6\x96\x87\""},
      {I("http://ex.org/a b"), "<http://ex.org/a\\u0020b>"},
      {I("http://ex.org/a>b"), "<http://ex.org/a\\u003Eb>"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Write(ResultFormat::kTsv, {"x"}, {{c.term}}),
              "?x\n" + c.want + "\n");
  }
}

TEST(TsvWriterTest, Boolean) {
  EXPECT_EQ(WriteBool(ResultFormat::kTsv, true), "?_askResult\ntrue\n");
  EXPECT_EQ(WriteBool(ResultFormat::kTsv, false), "?_askResult\nfalse\n");
}

TEST(TsvWriterTest, NoVariables) {
  EXPECT_EQ(Write(ResultFormat::kTsv, {}, {{}}), "\n\n");
  EXPECT_EQ(Write(ResultFormat::kCsv, {}, {{}}), "\r\n\r\n");
}

}  // namespace
}  // namespace spoke::engine
