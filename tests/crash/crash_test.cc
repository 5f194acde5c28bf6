// Kills a writing child process (crash_driver) with SIGKILL at random
// moments, then reopens the database and checks that it opens, that
// Database::Check passes, and that every operation is wholly present or
// wholly absent: all the journal names are present, at most the one in
// flight may be either, nothing later exists.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "spoke/database.h"
#include "tests/crash/child_process.h"
#include "tests/crash/workload.h"

namespace spoke::crash {
namespace {

namespace fs = std::filesystem;

constexpr int kRounds = 24;
constexpr uint32_t kSeed = 20261129;

std::string TempDir(const std::string& name) {
  fs::path p = fs::temp_directory_path() /
               (name + "-" + std::to_string(getpid()));
  fs::remove_all(p);
  fs::create_directories(p);
  return p.string();
}

// The ops a journal names, in order; an unterminated last line is ignored.
std::vector<int> ReadJournal(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)),
                   std::istreambuf_iterator<char>());
  std::vector<int> ops;
  size_t pos = 0;
  for (size_t nl; (nl = text.find('\n', pos)) != std::string::npos;
       pos = nl + 1) {
    ops.push_back(std::stoi(text.substr(pos, nl - pos)));
  }
  return ops;
}

std::string Diff(const ModelState& want, const ModelState& got) {
  std::string out;
  int shown = 0;
  for (const std::string& q : want.quads) {
    if (!got.quads.count(q) && shown++ < 5) out += "\n  missing " + q;
  }
  for (const std::string& q : got.quads) {
    if (!want.quads.count(q) && shown++ < 10) out += "\n  extra   " + q;
  }
  if (want.datasets != got.datasets) out += "\n  datasets differ";
  return out;
}

TEST(CrashTest, EveryOperationIsWhollyPresentOrAbsentAfterSigkill) {
  const std::string dir = TempDir("spoke-crash");
  const std::string db_path = dir + "/db";
  std::mt19937 rng(kSeed);
  ModelState model;  // the state after ops [0, committed)
  int committed = 0;
  int in_flight_present = 0, in_flight_absent = 0;
  auto t0 = std::chrono::steady_clock::now();

  for (int round = 0; round < kRounds; ++round) {
    std::string journal = dir + "/journal-" + std::to_string(round);
    // Mostly mid-stream kills; every fifth round kills during open/recovery.
    int delay_ms = round % 5 == 4 ? static_cast<int>(rng() % 40)
                                  : static_cast<int>(rng() % 700);
    ChildProcess child;
    ASSERT_TRUE(child.Start({SPOKE_CRASH_DRIVER, "run", db_path, journal,
                             std::to_string(committed)}))
        << child.error();
    if (round % 5 != 4) {
      // Mid-stream: the random delay starts once the driver has committed
      // an op, however slowly it opens (sanitizer builds, a busy machine).
      auto limit = std::chrono::steady_clock::now() + std::chrono::seconds(60);
      while (ReadJournal(journal).empty() &&
             std::chrono::steady_clock::now() < limit) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    int ws = child.Kill(SIGKILL);
    ASSERT_TRUE(WIFSIGNALED(ws) && WTERMSIG(ws) == SIGKILL)
        << "round " << round << ": the driver exited by itself (status " << ws
        << "); see its stderr above";

    std::vector<int> ops = ReadJournal(journal);
    for (size_t i = 0; i < ops.size(); ++i) {
      ASSERT_EQ(ops[i], committed + static_cast<int>(i))
          << "round " << round << ": journal out of order";
    }
    for (int op : ops) Workload::Model(op, &model);
    committed += static_cast<int>(ops.size());

    Options options;
    options.create_if_missing = round == 0;  // a kill may precede creation
    auto db = Database::Open(options, db_path);
    if (round == 0 && !db.ok() && db.status().IsNotFound()) continue;
    ASSERT_TRUE(db.ok()) << "round " << round
                         << ": reopen failed: " << db.status().ToString();
    Status check = (*db)->Check();
    ASSERT_TRUE(check.ok()) << "round " << round << ": " << check.ToString();
    Result<ModelState> got = Workload::Read(db->get());
    ASSERT_TRUE(got.ok()) << got.status().ToString();

    ModelState next = model;
    Workload::Model(committed, &next);
    if (*got == model) {
      ++in_flight_absent;
    } else if (*got == next) {
      // The op in flight committed but was killed before its journal line.
      ++in_flight_present;
      model = std::move(next);
      ++committed;
    } else {
      FAIL() << "round " << round << ": state after " << committed
             << " journaled ops matches neither with nor without "
             << Workload::Describe(committed) << "; vs without:"
             << Diff(model, *got) << "\nvs with:" << Diff(next, *got);
    }
    Result<Statistics> stats = (*db)->Stats();
    ASSERT_TRUE(stats.ok()) << stats.status().ToString();
    EXPECT_EQ(stats->quads, model.quads.size()) << "round " << round;
  }
  double secs = std::chrono::duration<double>(
                    std::chrono::steady_clock::now() - t0).count();
  std::printf("crash test: %d SIGKILLs survived, %d ops committed, in-flight "
              "op present %d / absent %d times, %zu quads, %.1f s\n",
              kRounds, committed, in_flight_present, in_flight_absent,
              model.quads.size(), secs);
  // The test must have exercised something: loads, batches and updates.
  EXPECT_GE(committed, 10);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace spoke::crash
