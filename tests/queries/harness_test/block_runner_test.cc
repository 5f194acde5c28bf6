#include "tests/queries/block_runner.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "tests/queries/test_rewriter.h"

namespace spoke::querytest {
namespace {

// A fake database: queries are looked up in a table of canned outcomes;
// updates append to a log so tests can see what was replayed.
class FakeBackend : public QueryBackend {
 public:
  Status Reset() override {
    log.push_back("reset");
    return Status::OK();
  }
  Status Load(const std::vector<std::string>& paths,
              const std::string& name) override {
    log.push_back("load " + name + " " + std::to_string(paths.size()));
    return Status::OK();
  }
  Result<QueryOutcome> Run(const std::string& text,
                           const RunOptions& options) override {
    log.push_back("run " + text.substr(0, text.size() - 1) +
                  (options.strict_default_graph ? " strict" : ""));
    auto it = answers.find(text);
    if (it == answers.end()) return Status::Internal("no canned answer");
    return it->second;
  }

  std::map<std::string, Result<QueryOutcome>> answers;
  std::vector<std::string> log;
};

QueryOutcome Rows(std::vector<std::string> vars,
                  std::vector<std::vector<Term>> rows) {
  QueryOutcome o;
  o.vars = std::move(vars);
  o.rows = std::move(rows);
  return o;
}

QueryOutcome Bool(bool b) {
  QueryOutcome o;
  o.kind = QueryOutcome::Kind::kBoolean;
  o.boolean = b;
  return o;
}

QueryOutcome Update() {
  QueryOutcome o;
  o.kind = QueryOutcome::Kind::kUpdate;
  return o;
}

Term Iri(const char* s) { return Term::Iri(std::string("http://example.org/") + s); }

class BlockRunnerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::path(::testing::TempDir()) / "spoke_block_runner";
    std::filesystem::create_directories(root_ / "tests/queries/data");
    std::ofstream(root_ / "tests/queries/data/tiny.nt") << "";
    backend_.answers.emplace("SELECT 1\n",
                             Rows({"a"}, {{Iri("x")}, {Iri("y")}}));
    backend_.answers.emplace("ASK 1\n", Bool(true));
    backend_.answers.emplace("INSERT 1\n", Update());
    backend_.answers.emplace(
        "BAD\n", Status::SyntaxError("syntax error at 1:1 near 'BAD'"));
  }

  TestFile Parse(const char* text) {
    auto f = ParseTestFile(text, (root_ / "x.test").string());
    EXPECT_TRUE(f.ok()) << f.status().ToString();
    return *f;
  }

  std::filesystem::path root_;
  FakeBackend backend_;
};

constexpr const char* kFile = R"(prefix ex: <http://example.org/>
dataset tiny

query ?a
SELECT 1
----
ex:y
ex:x

statement ok
INSERT 1

ask
ASK 1
----
true

error
BAD
----
near 'BAD'

query ordered ?a
SELECT 1
----
ex:y
ex:x

query ?a ?b
SELECT 1
----

ask
ASK 1
----
false

error
SELECT 1
----
x

query ?a
BAD
----
)";

TEST_F(BlockRunnerTest, ChecksEachKind) {
  TestFile f = Parse(kFile);
  BlockRunner runner(root_.string(), &backend_, /*rewrite=*/false);
  std::vector<bool> passed;
  std::vector<std::string> failures;
  for (size_t i = 0; i < f.blocks.size(); ++i) {
    BlockResult r = runner.Run(f, i);
    passed.push_back(r.passed);
    failures.push_back(r.failure);
    EXPECT_FALSE(r.new_expected.has_value());
  }
  EXPECT_EQ(passed, (std::vector<bool>{true, true, true, true, false, false,
                                       false, false, false}));
  const std::string where = (root_ / "x.test").string();
  EXPECT_EQ(failures[4], where + ":23: wrong rows: first difference at row 1:\n"
                         "  expected: ex:y\n  actual:   ex:x\n"
                         "expected rows (2):\n  ex:y\n  ex:x\n"
                         "actual rows (2):\n  ex:x\n  ex:y\n");
  EXPECT_EQ(failures[5], where + ":29: expected columns ?a ?b, got ?a");
  EXPECT_EQ(failures[6], where + ":33: expected false, got true");
  EXPECT_EQ(failures[7],
            where + ":38: expected an error, but the query succeeded");
  EXPECT_EQ(failures[8], where + ":43: unexpected error:\n"
                         "  syntax error at 1:1 near 'BAD'");
  // One reset and load for the whole file, the update run once.
  EXPECT_EQ(backend_.log,
            (std::vector<std::string>{"reset", "load tiny 1", "run SELECT 1",
                                      "run INSERT 1", "run ASK 1", "run BAD",
                                      "run SELECT 1", "run SELECT 1",
                                      "run ASK 1", "run SELECT 1", "run BAD"}));
}

TEST_F(BlockRunnerTest, SingleBlockReplaysSetup) {
  TestFile f = Parse(kFile);
  BlockRunner runner(root_.string(), &backend_, false);
  EXPECT_TRUE(runner.Run(f, 2).passed);
  EXPECT_EQ(backend_.log,
            (std::vector<std::string>{"reset", "load tiny 1", "run INSERT 1",
                                      "run ASK 1"}));
  backend_.log.clear();
  // Going back to an earlier block needs a fresh database.
  EXPECT_TRUE(runner.Run(f, 0).passed);
  EXPECT_EQ(backend_.log, (std::vector<std::string>{"reset", "load tiny 1",
                                                    "run SELECT 1"}));
}

TEST_F(BlockRunnerTest, MissingDatasetFails) {
  TestFile f = Parse("dataset nothing_here\n\nask\nASK 1\n----\ntrue\n");
  BlockRunner runner(root_.string(), &backend_, false);
  BlockResult r = runner.Run(f, 0);
  EXPECT_FALSE(r.passed);
  EXPECT_NE(r.failure.find("dataset 'nothing_here' has no RDF files"),
            std::string::npos)
      << r.failure;
}

TEST_F(BlockRunnerTest, StrictOptionReachesBackend) {
  TestFile f = Parse("option strict-default-graph\n\nask\nASK 1\n----\ntrue\n");
  BlockRunner runner(root_.string(), &backend_, false);
  EXPECT_TRUE(runner.Run(f, 0).passed);
  EXPECT_EQ(backend_.log.back(), "run ASK 1 strict");
}

TEST_F(BlockRunnerTest, RewritesMismatches) {
  TestFile f = Parse(kFile);
  BlockRunner runner(root_.string(), &backend_, /*rewrite=*/true);
  std::map<size_t, BlockResult> changes;
  for (size_t i = 0; i < f.blocks.size(); ++i) {
    BlockResult r = runner.Run(f, i);
    if (r.new_expected || r.new_header) changes[i] = r;
    if (i == 7 || i == 8) {
      EXPECT_FALSE(r.passed) << i;  // kind mismatches are not rewritten
    } else {
      EXPECT_TRUE(r.passed) << i << r.failure;
    }
  }
  ASSERT_EQ(changes.size(), 3u);
  std::vector<std::string> lines = ApplyRewrites(f, changes);
  std::string text;
  for (const auto& l : lines) text += l + "\n";
  EXPECT_NE(text.find("query ordered ?a\nSELECT 1\n----\nex:x\nex:y\n"),
            std::string::npos) << text;
  EXPECT_NE(text.find("query ?a\nSELECT 1\n----\nex:x\nex:y\n\nask\nASK 1\n"
                      "----\ntrue\n\nerror\nSELECT"),
            std::string::npos) << text;

  // Written back, the file parses and now passes.
  ASSERT_TRUE(RewriteTestFile(f, changes).ok());
  auto again = ReadTestFile(f.path);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  BlockRunner checker(root_.string(), &backend_, false);
  for (size_t i = 0; i < again->blocks.size(); ++i) {
    EXPECT_EQ(checker.Run(*again, i).passed, i != 7 && i != 8) << i;
  }
}

}  // namespace
}  // namespace spoke::querytest
