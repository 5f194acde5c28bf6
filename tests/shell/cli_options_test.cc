#include "shell/cli_options.h"

#include <gtest/gtest.h>

namespace spoke::shell {
namespace {

Result<CliOptions> Parse(std::vector<std::string> args) {
  return ParseCommandLine(args);
}

TEST(CliOptionsTest, NoArgumentsIsTheShell) {
  auto r = Parse({});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->command, Command::kShell);
  EXPECT_TRUE(r->db.empty());
  r = Parse({"shell", "--db", "/tmp/x"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->command, Command::kShell);
  EXPECT_EQ(r->db, "/tmp/x");
}

TEST(CliOptionsTest, GlobalOptionsAnywhere) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--db", "D", "--read-only", "--cache-mb", "8", "query", "ASK {}"},
           {"query", "--db", "D", "ASK {}", "--cache-mb", "8", "--read-only"},
           {"--cache-mb", "8", "--read-only", "query", "ASK {}", "--db=D"},
           {"query", "ASK {}", "--read-only", "--db", "D", "--cache-mb=8"}}) {
    auto r = Parse(args);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->command, Command::kQuery);
    EXPECT_EQ(r->db, "D");
    EXPECT_TRUE(r->read_only);
    EXPECT_EQ(r->cache_bytes, size_t{8} << 20);
    EXPECT_EQ(r->query_text, "ASK {}");
  }
  auto plain = Parse({"query", "ASK {}"});
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->cache_bytes, 0u);  // the library's default
}

TEST(CliOptionsTest, QueryOptions) {
  auto r = Parse({"query", "--format", "json", "--timeout", "250", "--repeat",
                  "5", "--strict-default-graph", "SELECT * WHERE {?s ?p ?o}"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->format, "json");
  EXPECT_EQ(r->timeout_ms, 250u);
  EXPECT_EQ(r->repeat, 5u);
  EXPECT_TRUE(r->strict_default_graph);
  EXPECT_EQ(r->query_text, "SELECT * WHERE {?s ?p ?o}");

  r = Parse({"query", "-f", "q.rq"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->query_file, "q.rq");
  EXPECT_EQ(r->format, "table");
  EXPECT_EQ(r->repeat, 0u);

  r = Parse({"query", "-"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->query_stdin);
}

TEST(CliOptionsTest, UsageErrors) {
  const std::vector<std::vector<std::string>> bad = {
      {"frobnicate"},
      {"query"},                               // no query
      {"query", "ASK {}", "ASK {}"},           // two queries
      {"query", "-f", "x", "ASK {}"},          // file and text
      {"query", "--format", "xml", "ASK {}"},  // bad format
      {"query", "--timeout", "-3", "ASK {}"},
      {"query", "--timeout", "soon", "ASK {}"},
      {"query", "--repeat", "0", "ASK {}"},
      {"query", "--bogus", "ASK {}"},
      {"query", "--db"},                       // missing value
      {"load"},                                // no file
      {"load", "--graph", "http://g", "--default-graph", "a.nt"},
      {"load", "--format", "rdfxml", "a.rdf"},
      {"load", "-"},                           // stdin needs --format
      {"dump", "--dataset", "a", "--graph", "http://g"},
      {"dump", "--format", "json"},
      {"drop"},
      {"drop", "a", "b"},
      {"datasets", "extra"},
      {"stats", "--format", "json"},
      {"explain"},
  };
  for (const auto& args : bad) {
    auto r = Parse(args);
    std::string joined;
    for (const auto& a : args) joined += a + " ";
    ASSERT_FALSE(r.ok()) << joined;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument) << joined;
    const std::string& m = r.status().message();
    EXPECT_FALSE(m.empty());
    EXPECT_NE(m.back(), '.') << m;
  }
}

TEST(CliOptionsTest, UnknownCommandNamesIt) {
  auto r = Parse({"--db", "x", "qurey", "ASK {}"});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("'qurey'"), std::string::npos);
}

TEST(CliOptionsTest, LoadOptions) {
  auto r = Parse({"load", "--dataset", "news", "--graph", "http://g",
                  "--base", "http://b/", "--format", "ttl", "--replace",
                  "--skip-invalid", "a.ttl", "b.ttl"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->command, Command::kLoad);
  EXPECT_EQ(r->dataset, "news");
  EXPECT_EQ(r->graph, "http://g");
  EXPECT_EQ(r->base, "http://b/");
  EXPECT_EQ(r->format, "ttl");
  EXPECT_TRUE(r->replace);
  EXPECT_TRUE(r->skip_invalid);
  EXPECT_EQ(r->files, (std::vector<std::string>{"a.ttl", "b.ttl"}));
  r = Parse({"load", "--default-graph", "--format", "nt", "-"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->default_graph);
}

TEST(CliOptionsTest, DumpDropExplain) {
  auto r = Parse({"dump", "--graph", "http://g", "--format", "trig", "-o", "out.trig"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->graph, "http://g");
  EXPECT_EQ(r->format, "trig");
  EXPECT_EQ(r->output, "out.trig");
  r = Parse({"dump"});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->format, "nquads");
  r = Parse({"drop", "news"});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->name, "news");
  r = Parse({"explain", "--analyze", "ASK {}"});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->analyze);
  EXPECT_EQ(r->query_text, "ASK {}");
}

TEST(CliOptionsTest, HelpAndVersion) {
  auto r = Parse({"--help"});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->help);
  EXPECT_NE(r->help_text.find("spoke query"), std::string::npos);
  r = Parse({"load", "--help"});  // per command, no FILE needed
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->help_text.find("--skip-invalid"), std::string::npos);
  EXPECT_NE(r->help_text.find("--db"), std::string::npos);
  EXPECT_EQ(r->help_text.find("--repeat"), std::string::npos);
  r = Parse({"--version"});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->version);
}

}  // namespace
}  // namespace spoke::shell
