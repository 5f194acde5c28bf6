// Parse from several threads at once (the ANTLR 4.9 runtime is not
// thread-safe; Parse serialises it), and a timing printout.

#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "engine/parse/ast_printer.h"
#include "engine/parse/parser.h"
#include "gtest/gtest.h"
#include "tests/unit/parse/corpus.h"

namespace spoke::engine {
namespace {

TEST(ConcurrencyTest, FourThreadsParseTheCorpus) {
  const auto& corpus = testing::ValidCorpus();
  // Expected renderings, computed single-threaded.
  std::vector<std::string> expected;
  for (const std::string& q : corpus) {
    Result<ast::Statement> r = Parse(q);
    ASSERT_TRUE(r.ok()) << q;
    expected.push_back(ast::ToString(*r));
  }
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) {
        for (size_t i = 0; i < corpus.size(); ++i) {
          size_t k = (i + static_cast<size_t>(t) * 7) % corpus.size();
          Result<ast::Statement> r = Parse(corpus[k]);
          if (!r.ok() || ast::ToString(*r) != expected[k]) ++mismatches;
          // Errors too go through the shared parser state.
          if (Parse("SELECT ?s WHERE { ?s <p> }").ok()) ++mismatches;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

double ThreadCpuMicros() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

// Prints (does not assert) parse times, wall clock and CPU (the machine may
// be shared), for 5-pattern queries: the first parse in the process (which
// also fills ANTLR's prediction caches) and the steady state.
void TimeParse(const char* name, const char* q) {
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  double c0 = ThreadCpuMicros();
  ASSERT_TRUE(Parse(q).ok());
  double cold_cpu = ThreadCpuMicros() - c0;
  auto cold = std::chrono::duration<double, std::micro>(Clock::now() - t0);
  constexpr int kRounds = 2000;
  t0 = Clock::now();
  c0 = ThreadCpuMicros();
  for (int i = 0; i < kRounds; ++i) ASSERT_TRUE(Parse(q).ok());
  double warm_cpu = (ThreadCpuMicros() - c0) / kRounds;
  auto warm = std::chrono::duration<double, std::micro>(Clock::now() - t0);
  std::printf(
      "parse %s: first %.1f us (cpu %.1f), then %.2f us/parse (cpu %.2f), "
      "%d rounds\n",
      name, cold.count(), cold_cpu, warm.count() / kRounds, warm_cpu, kRounds);
}

TEST(ParseTiming, FivePatternQueries) {
  TimeParse("5-pattern story query",
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "PREFIX spoke: <https://spoke.example/vocab#>\n"
            "SELECT ?name ?office WHERE {\n"
            "  ?attack a spoke:AssassinationAttempt ; spoke:target ?person .\n"
            "  ?person rdfs:label ?name ; spoke:holdsOffice ?o .\n"
            "  ?o rdfs:label ?office .\n"
            "  FILTER(LANG(?name) = \"en\")\n"
            "}");
  TimeParse("5-pattern BGP",
            "PREFIX ex: <http://example.org/> SELECT ?person ?name WHERE { "
            "?person a ex:Person ; ex:name ?name ; ex:memberOf ?org . "
            "?org ex:locatedIn ?city . ?city ex:name \"Baghdad\" }");
}

}  // namespace
}  // namespace spoke::engine
