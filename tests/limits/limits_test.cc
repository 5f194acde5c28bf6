// Query limits through the public API: time limit, cancellation, memory
// limit of ORDER BY / GROUP BY / DISTINCT, query length, nesting depth and
// regular expressions that would blow up a backtracking engine.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include "gtest/gtest.h"
#include "spoke/database.h"

namespace spoke {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

class LimitsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string((fs::temp_directory_path() /
                            ("spoke-limits-" + std::to_string(getpid())))
                               .string());
    fs::remove_all(*dir_);
    auto db = Database::Open(Options(), *dir_);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = db->release();
    // 300 quads: a 3-way cross product has 27 million rows.
    std::string text;
    for (int i = 0; i < 300; ++i) {
      text += "<http://l/s" + std::to_string(i) + "> <http://l/p" +
              std::to_string(i % 5) + "> \"v" + std::to_string(i) + "\" .\n";
    }
    text += "<http://l/long> <http://l/text> \"" + std::string(30000, 'a') +
            "\" .\n";
    LoadOptions lo;
    lo.dataset = "limits";
    lo.has_format = true;
    lo.format = RdfFormat::kNTriples;
    auto r = db_->LoadText(text, "limits.nt", lo);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
    fs::remove_all(*dir_);
    delete dir_;
  }

  // Runs `query` to the end; returns the cursor's final status (or the
  // Prepare/Execute error) and counts the rows.
  static Status RunAll(const std::string& query, const ExecuteOptions& eo,
                       size_t* rows = nullptr) {
    Result<Cursor> cur = db_->Query(query, eo);
    if (!cur.ok()) return cur.status();
    size_t n = 0;
    for (; cur->Valid(); cur->Next()) ++n;
    if (rows) *rows = n;
    return cur->status();
  }

  static Database* db_;
  static std::string* dir_;
};

Database* LimitsTest::db_ = nullptr;
std::string* LimitsTest::dir_ = nullptr;

constexpr char kCrossCount[] =
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

TEST_F(LimitsTest, TimeoutStopsSlowCrossProduct) {
  ExecuteOptions eo;
  eo.timeout_ms = 200;
  auto t0 = Clock::now();
  Status s = RunAll(kCrossCount, eo);
  double secs = SecondsSince(t0);
  EXPECT_EQ(s.code(), Status::Code::kTimedOut) << s.ToString();
  EXPECT_NE(s.message().find("time limit"), std::string::npos) << s.message();
  EXPECT_LT(secs, 3.0) << "the time limit was not enforced promptly";
}

TEST_F(LimitsTest, CancelFromAnotherThread) {
  std::atomic<bool> cancel{false};
  ExecuteOptions eo;
  eo.cancel = &cancel;
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    cancel.store(true);
  });
  auto t0 = Clock::now();
  Status s = RunAll(kCrossCount, eo);
  double secs = SecondsSince(t0);
  canceller.join();
  EXPECT_EQ(s.code(), Status::Code::kCancelled) << s.ToString();
  EXPECT_LT(secs, 3.0);
}

// Each of these holds ~90000 rows (a 2-way cross product).
struct MemoryCase {
  const char* what;
  const char* query;
};
constexpr MemoryCase kMemoryCases[] = {
    {"ORDER BY", "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"},
    {"GROUP BY",
     "SELECT ?c ?f (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } "
     "GROUP BY ?c ?f"},
    {"DISTINCT", "SELECT DISTINCT ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f }"},
};

TEST_F(LimitsTest, MemoryLimitForSortGroupDistinct) {
  for (const MemoryCase& c : kMemoryCases) {
    ExecuteOptions small;
    small.memory_limit_bytes = 256 << 10;
    Status s = RunAll(c.query, small);
    EXPECT_EQ(s.code(), Status::Code::kResourceExhausted)
        << c.what << ": " << s.ToString();
    EXPECT_NE(s.message().find("memory limit"), std::string::npos)
        << c.what << ": " << s.message();
    // The default limit (1 GiB) lets the same query finish.
    size_t rows = 0;
    Status ok = RunAll(c.query, ExecuteOptions(), &rows);
    EXPECT_TRUE(ok.ok()) << c.what << ": " << ok.ToString();
    EXPECT_EQ(rows, 301u * 301u) << c.what;
  }
}

// Query length: the default limit (16 MiB) lets a 1 MiB query (a long IN
// list) parse and run; past the limit the query is refused before parsing.
TEST_F(LimitsTest, QueryLengthLimit) {
  std::string q = "SELECT ?s WHERE { ?s ?p ?o FILTER(?o IN (";
  while (q.size() < (1u << 20)) q += "\"x" + std::to_string(q.size()) + "\", ";
  q += "\"v7\")) }";
  size_t rows = 0;
  auto t0 = Clock::now();
  Status s = RunAll(q, ExecuteOptions(), &rows);
  EXPECT_TRUE(s.ok()) << s.ToString().substr(0, 300);
  EXPECT_EQ(rows, 1u);
  EXPECT_LT(SecondsSince(t0), 30.0);

  EXPECT_EQ(PrepareOptions().max_query_bytes, uint64_t{16} << 20);
  std::string huge(size_t{17} << 20, ' ');
  huge.replace(0, 8, "ASK { }");
  auto refused = db_->Prepare(huge);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(refused.status().message().find("more than the limit of 16777216"),
            std::string::npos)
      << refused.status().message();

  PrepareOptions small;
  small.max_query_bytes = 64;
  std::string at_limit = "ASK { ?s ?p ?o }";
  at_limit.resize(64, ' ');
  EXPECT_TRUE(db_->Prepare(at_limit, small).ok());
  auto over = db_->Prepare(at_limit + " ", small);
  EXPECT_EQ(over.status().code(), Status::Code::kInvalidArgument);
  small.max_query_bytes = 0;  // no limit
  EXPECT_TRUE(db_->Prepare(at_limit + " ", small).ok());
}

std::string Repeat(std::string_view s, int n) {
  std::string out;
  out.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

struct DeepCase {
  const char* name;
  std::string query;
};

// Deep nesting is an error (or, for flat chains, a result), never a stack
// overflow.
TEST_F(LimitsTest, DeepNestingIsAnErrorNotACrash) {
  const int n = 100000;
  DeepCase bracketed[] = {
      {"parentheses", "SELECT ?s WHERE { ?s ?p ?o FILTER(" + Repeat("(", n) +
                          "true" + Repeat(")", n) + ") }"},
      {"braces", "SELECT ?s WHERE " + Repeat("{ ", n) + "?s ?p ?o" +
                     Repeat(" }", n)},
      {"brackets", "SELECT ?s WHERE { ?s ?p " + Repeat("[ ?p ", n) + "?o" +
                       Repeat(" ]", n) + " }"},
      {"unclosed", "SELECT ?s WHERE { " + Repeat("{", n)},
  };
  for (const DeepCase& c : bracketed) {
    Result<PreparedQuery> q = db_->Prepare(c.query);
    ASSERT_FALSE(q.ok()) << c.name;
    EXPECT_EQ(q.status().code(), Status::Code::kSyntaxError) << c.name;
    EXPECT_NE(q.status().message().find("nested too deeply"),
              std::string::npos)
        << c.name << ": " << q.status().message();
  }
  // 128 levels are allowed.
  Result<PreparedQuery> ok = db_->Prepare(
      "ASK { ?s ?p ?o FILTER(" + Repeat("(", 120) + "true" + Repeat(")", 120) +
      ") }");
  EXPECT_TRUE(ok.ok()) << ok.status().ToString();
}

// Chains without brackets: unary operators and long binary / UNION chains.
// Either an error or an answer is fine; a crash is not.
TEST_F(LimitsTest, LongOperatorChainsDoNotCrash) {
  const int n = 100000;
  DeepCase chains[] = {
      {"not chain", "ASK { ?s ?p ?o FILTER(" + Repeat("!", n) + "true) }"},
      {"minus chain", "ASK { ?s ?p ?o FILTER(" + Repeat("- ", n) + "1 = 1) }"},
      {"union chain", "SELECT * WHERE { { ?s <http://l/p1> ?o }" +
                          Repeat(" UNION { ?s <http://l/p1> ?o }", n / 10) +
                          " }"},
  };
  for (const DeepCase& c : chains) {
    ExecuteOptions eo;
    eo.timeout_ms = 5000;
    std::fprintf(stderr, "chain: %s\n", c.name);
    Status s = RunAll(c.query, eo);
    SCOPED_TRACE(c.name);
    EXPECT_NE(s.code(), Status::Code::kInternal) << s.ToString();
  }
}

// Long operator and OPTIONAL chains once overflowed the stack in the
// expression compiler and the planner; the parser now rejects chains longer
// than 512 at one bracket level.
TEST_F(LimitsTest, LongChainsAreRejected) {
  const int n = 100000;
  DeepCase chains[] = {
      {"plus chain", "ASK { ?s ?p ?o FILTER(1" + Repeat(" + 1", n) + " > 0) }"},
      {"and chain",
       "ASK { ?s ?p ?o FILTER(true" + Repeat(" && true", n) + ") }"},
      // engine/exec planner.cc Planner::Plan -> PlanLeftJoin recurses once
      // per OPTIONAL: 10000 OPTIONALs overflow the stack.
      {"optional chain", "SELECT * WHERE { ?s <http://l/p1> ?o " +
                             Repeat("OPTIONAL { ?s <http://l/p2> ?x } ", n / 10) +
                             "}"},
  };
  for (const DeepCase& c : chains) {
    Status s = RunAll(c.query, ExecuteOptions());
    EXPECT_EQ(s.code(), Status::Code::kSyntaxError) << c.name << s.ToString();
    EXPECT_TRUE(s.message().find("too long") != std::string::npos ||
                s.message().find("too many") != std::string::npos)
        << c.name << ": " << s.ToString();
  }
  // Just under the limit still runs.
  Status s = RunAll("ASK { ?s ?p ?o FILTER(1" + Repeat(" + 1", 500) + " > 0) }",
                    ExecuteOptions());
  EXPECT_TRUE(s.ok()) << s.ToString();
}

// RE2 runs in linear time: patterns that take exponential time in a
// backtracking engine finish fast on a 30000-character string.
TEST_F(LimitsTest, PathologicalRegexFinishesFast) {
  const char* patterns[] = {"(a*)*b", "(a+)+$x", "(a|a)*b", "(a|aa)+c",
                            "^(a?){30}a{30}$"};
  for (const char* p : patterns) {
    std::string q = std::string("SELECT ?s WHERE { ?s <http://l/text> ?o "
                                "FILTER(REGEX(?o, \"") +
                    p + "\")) }";
    size_t rows = 99;
    auto t0 = Clock::now();
    Status s = RunAll(q, ExecuteOptions(), &rows);
    double secs = SecondsSince(t0);
    EXPECT_TRUE(s.ok()) << p << ": " << s.ToString();
    EXPECT_EQ(rows, 0u) << p;
    EXPECT_LT(secs, 1.0) << p;
  }
  // A back-reference needs backtracking: RE2 rejects it, and the query says
  // so instead of running a slow engine.
  Status s = RunAll(
      "SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(?o, \"(a)\\\\1\")) }",
      ExecuteOptions());
  EXPECT_FALSE(s.ok()) << "a back-reference was accepted";
}

}  // namespace
}  // namespace spoke
