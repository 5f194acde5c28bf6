#include "engine/results/table_writer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "engine/results/display_width.h"
#include "tests/unit/results/test_terms.h"

namespace spoke::engine {
namespace {

using namespace spoke::engine::testing;  // NOLINT

std::string WriteTable(const std::vector<std::string>& vars,
                       const std::vector<std::vector<Term>>& rows,
                       TableOptions options = {},
                       std::optional<double> ms = std::nullopt) {
  std::ostringstream out;
  TableWriter w(out, std::move(options));
  if (ms) w.set_elapsed_ms(*ms);
  EXPECT_TRUE(w.Begin(vars).ok());
  for (const auto& row : rows) EXPECT_TRUE(w.Row(row).ok());
  EXPECT_TRUE(w.End().ok());
  return out.str();
}

TableOptions Ascii() {
  TableOptions o;
  o.ascii = true;
  o.prefixes.Add("ex", "http://example.org/");
  return o;
}

TEST(TableWriterTest, BoxDrawing) {
  TableOptions o;
  o.prefixes.Add("ex", "http://example.org/");
  EXPECT_EQ(WriteTable({"a", "n"}, {{I("http://example.org/alice"), Int("42")}},
                       o, 0.4219),
            "┌──────────┬────┐\n"
            "│ a        │ n  │\n"
            "├──────────┼────┤\n"
            "│ ex:alice │ 42 │\n"
            "└──────────┴────┘\n"
            "1 row (0.42 ms)\n");
}

TEST(TableWriterTest, Ascii) {
  EXPECT_EQ(WriteTable({"s", "label", "when"},
                       {{I("http://example.org/x"), LL("Baghdad", "en"),
                         TL("2021-11-07", kXsdDate)},
                        {B("b0"), U(), Int("7")},
                        {I("http://other.org/y"), L("q\"t"), TL("1.5", kXsdDecimal)}},
                       Ascii()),
            "+----------------------+--------------+------------------------+\n"
            "| s                    | label        | when                   |\n"
            "+----------------------+--------------+------------------------+\n"
            "| ex:x                 | \"Baghdad\"@en | \"2021-11-07\"^^xsd:date |\n"
            "| _:b0                 |              |                      7 |\n"
            "| <http://other.org/y> | \"q\\\"t\"       |                    1.5 |\n"
            "+----------------------+--------------+------------------------+\n"
            "3 rows\n");
}

TEST(TableWriterTest, AlignsByDisplayWidth) {
  std::string baghdad = "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF";  // 5 cols
  std::string zhongwen = "\xE4\xB8\xAD\xE6\x96\x87";                // 4 cols
  std::string cafe = "cafe\xCC\x81";                                 // 4 cols
  std::string emoji = "\xF0\x9F\x9A\x81";                            // 🚁 2 cols
  std::string got = WriteTable(
      {"x"}, {{L(baghdad)}, {L(zhongwen)}, {L(cafe)}, {L(emoji)}}, Ascii());
  EXPECT_EQ(got,
            "+---------+\n"
            "| x       |\n"
            "+---------+\n"
            "| \"" + baghdad + "\" |\n"
            "| \"" + zhongwen + "\"  |\n"
            "| \"" + cafe + "\"  |\n"
            "| \"" + emoji + "\"    |\n"
            "+---------+\n"
            "4 rows\n");
  // Every line has the same display width.
  std::istringstream lines(got);
  std::string line;
  for (int i = 0; i < 8 && std::getline(lines, line); ++i) {
    EXPECT_EQ(DisplayWidth(line), 11u) << line;
  }
}

TEST(TableWriterTest, TruncatesLongValues) {
  TableOptions o = Ascii();
  o.max_column_width = 8;
  EXPECT_EQ(WriteTable({"long_variable_name"},
                       {{L("abcdefghijkl")},
                        {I("http://example.org/verylongname")},
                        {L("\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97\xE5\xAD\x97")}},
                       o),
            "+----------+\n"
            "| long_va… |\n"
            "+----------+\n"
            "| \"abcdef… |\n"
            "| ex:very… |\n"
            "| \"\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97… |\n"
            "+----------+\n"
            "3 rows\n");
}

TEST(TableWriterTest, EscapesControlCharacters) {
  EXPECT_EQ(WriteTable({"x"}, {{B("a\x01")}}, Ascii()),
            "+-----------+\n"
            "| x         |\n"
            "+-----------+\n"
            "| _:a\\u0001 |\n"
            "+-----------+\n"
            "1 row\n");
}

TEST(TableWriterTest, EmptyAndMaxRows) {
  EXPECT_EQ(WriteTable({"a"}, {}, Ascii(), 12.345),
            "+---+\n| a |\n+---+\n+---+\n0 rows (12.3 ms)\n");
  TableOptions o = Ascii();
  o.max_rows = 1;
  EXPECT_EQ(WriteTable({"a"}, {{Int("1")}, {Int("22")}, {Int("3")}}, o, 2500),
            "+---+\n| a |\n+---+\n| 1 |\n+---+\n3 rows, 1 shown (2.50 s)\n");
  EXPECT_EQ(WriteTable({}, {{}}, Ascii()), "1 row\n");
}

TEST(TableWriterTest, Boolean) {
  std::ostringstream out;
  TableWriter w(out, Ascii());
  w.set_elapsed_ms(0.5);
  ASSERT_TRUE(w.Boolean(false).ok());
  EXPECT_EQ(out.str(),
            "+-------+\n| ask   |\n+-------+\n| false |\n+-------+\n(0.50 ms)\n");
}

TEST(TableWriterTest, Colour) {
  TableOptions o = Ascii();
  o.colour = true;
  EXPECT_EQ(WriteTable({"a", "b"}, {{I("http://example.org/x"), U()}}, o),
            "+------+---+\n"
            "| \x1b[1ma\x1b[0m    | \x1b[1mb\x1b[0m |\n"
            "+------+---+\n"
            "| \x1b[36mex:x\x1b[0m |   |\n"
            "+------+---+\n"
            "1 row\n");
}

TEST(TableWriterTest, DeclaredPrefixesWin) {
  TableOptions o = Ascii();
  o.prefixes.Add("s", "http://www.w3.org/2001/XMLSchema#");
  EXPECT_EQ(WriteTable({"d"}, {{TL("2021-11-07", kXsdDate)}}, o),
            "+----------------------+\n"
            "| d                    |\n"
            "+----------------------+\n"
            "| \"2021-11-07\"^^s:date |\n"
            "+----------------------+\n"
            "1 row\n");
}

}  // namespace
}  // namespace spoke::engine
