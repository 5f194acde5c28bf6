// Cancellation, deadline and memory limit through QueryEngine.

#include <atomic>
#include <chrono>
#include <thread>

#include "tests/unit/exec/engine_fixture.h"

namespace spoke::engine::testing {
namespace {

class LimitsTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    std::vector<Quad> quads;
    for (int i = 0; i < 500; ++i) {
      quads.push_back({I("n" + std::to_string(i)), I("v"), Int(i), {}});
    }
    Insert(quads);
  }
  // 500 x 500 x 500 rows: far more than any test waits for.
  static constexpr const char* kHuge =
      "SELECT * WHERE { ?a ex:v ?x . ?b ex:v ?y . ?c ex:v ?z }";
};

TEST_F(LimitsTest, CancelledBeforeStart) {
  std::atomic<bool> cancel{true};
  ExecOptions options;
  options.cancel = &cancel;
  EXPECT_EQ(RunStatus(kHuge, options).code(), Status::Code::kCancelled);
}

TEST_F(LimitsTest, CancelledWhileRunning) {
  std::atomic<bool> cancel{false};
  ExecOptions options;
  options.cancel = &cancel;
  auto cursor = Run(kHuge, options);
  ASSERT_TRUE(cursor.ok());
  uint64_t rows = 0;
  for (; (*cursor)->Valid(); (*cursor)->Next()) {
    if (++rows == 1000) cancel = true;
  }
  EXPECT_EQ((*cursor)->status().code(), Status::Code::kCancelled);
  EXPECT_LT(rows, 2000u);
}

TEST_F(LimitsTest, Deadline) {
  ExecOptions options;
  options.deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(50);
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(RunStatus(kHuge, options).code(), Status::Code::kTimedOut);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  ExecOptions past;
  past.deadline = std::chrono::steady_clock::now();
  EXPECT_EQ(RunStatus("SELECT * WHERE { ?a ex:v ?x }", past).code(),
            Status::Code::kTimedOut);
}

TEST_F(LimitsTest, MemoryLimit) {
  ExecOptions options;
  options.memory_limit_bytes = 4096;
  Status s = RunStatus("SELECT ?a WHERE { ?a ex:v ?x } ORDER BY ?x", options);
  EXPECT_EQ(s.code(), Status::Code::kResourceExhausted);
  EXPECT_NE(s.message().find("ORDER BY"), std::string::npos) << s.message();
  EXPECT_EQ(RunStatus("SELECT DISTINCT ?x WHERE { ?a ex:v ?x }", options).code(),
            Status::Code::kResourceExhausted);
  EXPECT_EQ(RunStatus("SELECT ?x (COUNT(*) AS ?c) WHERE { ?a ex:v ?x } "
                      "GROUP BY ?x",
                      options)
                .code(),
            Status::Code::kResourceExhausted);
  // Top-k keeps only k rows, so it fits.
  EXPECT_TRUE(RunStatus("SELECT ?a WHERE { ?a ex:v ?x } ORDER BY ?x LIMIT 3",
                        options)
                  .ok());
}

TEST_F(LimitsTest, LimitStopsEarly) {
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(Rows(std::string(kHuge) + " LIMIT 5").size(), 5u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST_F(LimitsTest, ConcurrentExecutions) {
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        ExecOptions options;
        options.parameters["a"] = I("n" + std::to_string(t * 20 + i));
        auto prepared =
            engine_->Prepare("SELECT ?x WHERE { ?a ex:v ?x }", prefixes_);
        if (!prepared.ok()) {
          ++failures;
          continue;
        }
        auto cursor = engine_->Execute(**prepared, options);
        if (!cursor.ok() || !(*cursor)->Valid() ||
            (*cursor)->row()[0] != Int(t * 20 + i)) {
          ++failures;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace spoke::engine::testing
