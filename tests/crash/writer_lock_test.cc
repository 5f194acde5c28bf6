// One writer at a time, across processes: a second process opening for
// writing gets kBusy with a message that says why; so does a read-only open
// beside a writer (in any process), while a read-only handle opened first
// keeps its state when a writer comes later.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
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

class WriterLockTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (fs::temp_directory_path() /
            ("spoke-lock-" + std::to_string(getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name()))
               .string();
    fs::remove_all(dir_);
    // A small database with a few committed ops.
    auto db = Database::Open(Options(), dir_);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    for (int op = 0; op < 3; ++op) {
      Status s = Workload::Run(db->get(), op);
      ASSERT_TRUE(s.ok()) << s.ToString();
      Workload::Model(op, &model_);
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `crash_driver probe DIR rw|ro`; returns its exit code and line.
  int Probe(const char* mode, std::string* line) {
    ChildProcess child;
    EXPECT_TRUE(child.Start({SPOKE_CRASH_DRIVER, "probe", dir_, mode}));
    if (!child.ReadLine(line)) line->clear();
    int ws = child.Wait();
    return WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
  }

  std::string dir_;
  ModelState model_;
};

TEST_F(WriterLockTest, SecondWriterProcessGetsBusy) {
  auto db = Database::Open(Options(), dir_);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  std::string line;
  EXPECT_EQ(Probe("rw", &line), 3) << line;
  EXPECT_EQ(line.rfind("busy\t", 0), 0u) << line;
  EXPECT_NE(line.find("in use by another process"), std::string::npos) << line;
  // The writer is unharmed: it still writes and checks clean.
  EXPECT_TRUE(Workload::Run(db->get(), 3).ok());
  EXPECT_TRUE((*db)->Check().ok());
}

TEST_F(WriterLockTest, WriterInAnotherProcessMakesOpenBusy) {
  ChildProcess holder;
  ASSERT_TRUE(holder.Start({SPOKE_CRASH_DRIVER, "hold", dir_}));
  std::string line;
  ASSERT_TRUE(holder.ReadLine(&line));
  ASSERT_EQ(line, "ready");
  auto db = Database::Open(Options(), dir_);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kBusy) << db.status().ToString();
  EXPECT_NE(db.status().message().find("in use by another process"),
            std::string::npos)
      << db.status().message();
  holder.Kill(SIGKILL);
  // Once the writer is gone, the lock is free again.
  auto again = Database::Open(Options(), dir_);
  EXPECT_TRUE(again.ok()) << again.status().ToString();
}

TEST_F(WriterLockTest, ReadOnlyProcessBesideWriterIsRefused) {
  auto db = Database::Open(Options(), dir_);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  std::string line;
  EXPECT_EQ(Probe("ro", &line), 3) << line;
  EXPECT_EQ(line.rfind("busy\t", 0), 0u) << line;
  EXPECT_NE(line.find("open for writing by process " + std::to_string(getpid())),
            std::string::npos)
      << line;
  // The refused reader left the writer's lock alone.
  EXPECT_EQ(Probe("rw", &line), 3) << line;
  EXPECT_TRUE(Workload::Run(db->get(), 3).ok());
  db->reset();
  EXPECT_EQ(Probe("ro", &line), 0) << line;
}

TEST_F(WriterLockTest, ReadOnlyOpenBesideWriterInThisProcessIsRefused) {
  auto db = Database::Open(Options(), dir_);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  Options ro;
  ro.read_only = true;
  auto reader = Database::Open(ro, dir_);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), Status::Code::kBusy);
  EXPECT_NE(reader.status().message().find("open for writing by this process"),
            std::string::npos)
      << reader.status().message();
  // The same directory spelled another way is the same database.
  auto again = Database::Open(ro, dir_ + "/../" + fs::path(dir_).filename().string());
  EXPECT_EQ(again.status().code(), Status::Code::kBusy);
  // The probe did not drop this process's lock: another process still
  // cannot write.
  std::string line;
  EXPECT_EQ(Probe("rw", &line), 3) << line;
  db->reset();
  auto after = Database::Open(ro, dir_);
  EXPECT_TRUE(after.ok()) << after.status().ToString();
}

// Read-only opens while another process keeps committing loads, batches and
// updates: every one is refused with kBusy (RocksDB's read-only open could
// see part of a commit), none fails any other way.
TEST_F(WriterLockTest, ReadOnlyOpensBesideCommittingWriterAreRefused) {
  std::string journal = dir_ + "/../" + fs::path(dir_).filename().string() +
                        ".journal";
  ChildProcess writer;
  ASSERT_TRUE(writer.Start({SPOKE_CRASH_DRIVER, "run", dir_, journal, "3"}));
  // Wait until the writer has the database open (a read-only probe takes
  // no lock, so it cannot keep the writer out).
  std::string line;
  for (int i = 0; i < 200 && Probe("ro", &line) != 3; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_EQ(line.rfind("busy\t", 0), 0u) << "the writer never opened: " << line;
  for (int i = 0; i < 6; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    Options ro;
    ro.read_only = true;
    auto db = Database::Open(ro, dir_);
    ASSERT_FALSE(db.ok()) << "read-only open " << i << " succeeded beside a writer";
    EXPECT_EQ(db.status().code(), Status::Code::kBusy) << db.status().ToString();
    EXPECT_NE(db.status().message().find("open for writing by process"),
              std::string::npos)
        << db.status().message();
  }
  int ws = writer.Kill(SIGKILL);
  EXPECT_TRUE(WIFSIGNALED(ws)) << "the writer stopped by itself";
  fs::remove(journal);
}

// A read-only handle opened first keeps the state it opened while a writer
// process starts afterwards and commits (and compacts) underneath it.
TEST_F(WriterLockTest, ReadOnlyHandleKeepsItsStateWhileAWriterCommits) {
  std::string journal = dir_ + "/../" + fs::path(dir_).filename().string() +
                        ".journal";
  Options ro;
  ro.read_only = true;
  auto db = Database::Open(ro, dir_);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  ChildProcess writer;
  ASSERT_TRUE(writer.Start({SPOKE_CRASH_DRIVER, "run", dir_, journal, "3"}));
  for (int i = 0; i < 6; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(80));
    Result<ModelState> got = Workload::Read(db->get());
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    EXPECT_TRUE(*got == model_) << "read " << i << " saw the writer's commits";
    Status check = (*db)->Check();
    EXPECT_TRUE(check.ok()) << check.ToString();
  }
  int ws = writer.Kill(SIGKILL);
  EXPECT_TRUE(WIFSIGNALED(ws)) << "the writer stopped by itself";
  // The writer did commit underneath the reader.
  auto later = Database::Open(ro, dir_);
  ASSERT_TRUE(later.ok()) << later.status().ToString();
  Result<ModelState> now = Workload::Read(later->get());
  ASSERT_TRUE(now.ok()) << now.status().ToString();
  EXPECT_FALSE(*now == model_) << "the writer committed nothing";
  fs::remove(journal);
}

}  // namespace
}  // namespace spoke::crash
