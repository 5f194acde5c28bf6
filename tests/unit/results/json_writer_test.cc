#include "engine/results/json_writer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/unit/results/test_terms.h"

namespace spoke::engine {
namespace {

using namespace spoke::engine::testing;  // NOLINT

std::string WriteJson(const std::vector<std::string>& vars,
                      const std::vector<std::vector<Term>>& rows) {
  std::ostringstream out;
  JsonWriter w(out);
  EXPECT_TRUE(w.Begin(vars).ok());
  for (const auto& row : rows) EXPECT_TRUE(w.Row(row).ok());
  EXPECT_TRUE(w.End().ok());
  return out.str();
}

TEST(JsonWriterTest, EveryTermKind) {
  struct Case {
    Term term;
    const char* binding;
  } cases[] = {
      {I("http://ex.org/a"), R"({"type":"uri","value":"http://ex.org/a"})"},
      {B("b0"), R"({"type":"bnode","value":"b0"})"},
      {L("plain"), R"({"type":"literal","value":"plain"})"},
      {LL("hi", "en-GB"), R"({"type":"literal","value":"hi","xml:lang":"en-gb"})"},
      {Int("42"),
       R"({"type":"literal","value":"42","datatype":"http://www.w3.org/2001/XMLSchema#integer"})"},
      {TL("x", kXsdString), R"({"type":"literal","value":"x"})"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(WriteJson({"x"}, {{c.term}}),
              std::string(R"({"head":{"vars":["x"]},"results":{"bindings":[)") +
                  "\n{\"x\":" + c.binding + "}\n]}}\n");
  }
}

TEST(JsonWriterTest, UnboundKeysOmitted) {
  EXPECT_EQ(WriteJson({"a", "b"}, {{U(), L("1")}, {I("x"), U()}, {U(), U()}}),
            "{\"head\":{\"vars\":[\"a\",\"b\"]},\"results\":{\"bindings\":[\n"
            "{\"b\":{\"type\":\"literal\",\"value\":\"1\"}},\n"
            "{\"a\":{\"type\":\"uri\",\"value\":\"x\"}},\n"
            "{}\n"
            "]}}\n");
}

TEST(JsonWriterTest, EmptyResult) {
  EXPECT_EQ(WriteJson({"a"}, {}),
            "{\"head\":{\"vars\":[\"a\"]},\"results\":{\"bindings\":[]}}\n");
  EXPECT_EQ(WriteJson({}, {{}}),
            "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[\n{}\n]}}\n");
}

TEST(JsonWriterTest, Boolean) {
  for (bool b : {true, false}) {
    std::ostringstream out;
    JsonWriter w(out);
    ASSERT_TRUE(w.Boolean(b).ok());
    EXPECT_EQ(out.str(), std::string("{\"head\":{},\"boolean\":") +
                             (b ? "true" : "false") + "}\n");
  }
}

TEST(JsonWriterTest, Escaping) {
  struct Case {
    std::string in;
    std::string want;
  } cases[] = {
      {"", R"("")"},
      {"say \"hi\"", R"("say \"hi\"")"},
      {"back\\slash", R"("back\\slash")"},
      {"a\nb\rc\td", R"("a\nb\rc\td")"},
      {"\b\f", R"("\b\f")"},
      {std::string("nul\0x", 5), R"("nul\u0000x")"},
      {"\x01\x1f", R"("\u0001\u001f")"},
      {"\x7f", "\"\x7f\""},
      {"/", R"("/")"},
      {"\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF",
       "\"\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF\""},  // UTF-8 kept
      {"\xF0\x9F\x98\x80", "\"\xF0\x9F\x98\x80\""},
      {"bad\xFFutf8", "\"bad\xEF\xBF\xBDutf8\""},  // invalid -> U+FFFD
  };
  for (const Case& c : cases) EXPECT_EQ(JsonQuote(c.in), c.want) << c.in;
}

TEST(JsonWriterTest, VariableNamesAreEscaped) {
  std::ostringstream out;
  JsonWriter w(out);
  ASSERT_TRUE(w.Begin({"a\"b"}).ok());
  ASSERT_TRUE(w.Row({L("v")}).ok());
  ASSERT_TRUE(w.End().ok());
  EXPECT_EQ(out.str(),
            "{\"head\":{\"vars\":[\"a\\\"b\"]},\"results\":{\"bindings\":[\n"
            "{\"a\\\"b\":{\"type\":\"literal\",\"value\":\"v\"}}\n]}}\n");
}

TEST(ResultWriterTest, ProtocolErrors) {
  std::ostringstream out;
  JsonWriter w(out);
  EXPECT_EQ(w.Row({L("x")}).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(w.End().code(), Status::Code::kInvalidArgument);
  ASSERT_TRUE(w.Begin({"a"}).ok());
  EXPECT_EQ(w.Begin({"a"}).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(w.Row({L("x"), L("y")}).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(w.Boolean(true).code(), Status::Code::kInvalidArgument);
  ASSERT_TRUE(w.End().ok());
  EXPECT_EQ(w.Row({L("x")}).code(), Status::Code::kInvalidArgument);
}

TEST(ResultWriterTest, StreamFailureIsIOError) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  JsonWriter w(out);
  EXPECT_EQ(w.Boolean(true).code(), Status::Code::kIOError);
}

TEST(ResultWriterTest, ParseFormat) {
  for (auto f : {ResultFormat::kTable, ResultFormat::kJson, ResultFormat::kCsv,
                 ResultFormat::kTsv}) {
    auto parsed = ParseResultFormat(ResultFormatName(f));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, f);
  }
  auto bad = ParseResultFormat("xml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(),
            "unknown result format 'xml': expected table, json, csv or tsv");
}

}  // namespace
}  // namespace spoke::engine
