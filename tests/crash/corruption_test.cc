// Damaged databases: bytes flipped inside table files, a truncated table
// file, a missing table file, a damaged MANIFEST. Each is reported as an
// error naming the damage (kCorruption where RocksDB can tell), never a
// crash and never a silently wrong answer.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "spoke/database.h"

namespace spoke::crash {
namespace {

namespace fs = std::filesystem;

class CorruptionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (fs::temp_directory_path() /
            ("spoke-corrupt-" + std::to_string(getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name()))
               .string();
    fs::remove_all(dir_);
    auto db = Database::Open(Options(), dir_);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    std::string text;
    for (int i = 0; i < 2000; ++i) {
      std::string n = std::to_string(i);
      text += "<http://ex.org/s" + n + "> <http://ex.org/p" +
              std::to_string(i % 7) + "> \"value " + n + "\"@en .\n";
      text += "<http://ex.org/s" + n + "> <http://ex.org/next> <http://ex.org/s" +
              std::to_string((i * 31) % 2000) + "> .\n";
    }
    LoadOptions lo;
    lo.has_format = true;
    lo.format = RdfFormat::kNTriples;
    auto loaded = (*db)->LoadText(text, "data", lo);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    ASSERT_TRUE((*db)->Check().ok());
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<fs::path> TableFiles() const {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir_)) {
      if (e.path().extension() == ".sst") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // Flips `count` bytes from `offset` (negative: from the end).
  static void Flip(const fs::path& file, long offset, int count) {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    ASSERT_TRUE(f) << file;
    f.seekg(0, std::ios::end);
    long size = f.tellg();
    long at = offset >= 0 ? offset : size + offset;
    ASSERT_GE(at, 0);
    ASSERT_LE(at + count, size) << file;
    for (int i = 0; i < count; ++i) {
      f.seekg(at + i);
      char c = 0;
      f.get(c);
      f.seekp(at + i);
      f.put(static_cast<char>(c ^ 0x5a));
    }
  }

  std::string dir_;
};

bool Mentions(const Status& s, const std::string& what) {
  return s.ToString().find(what) != std::string::npos;
}

// All rows of `query` as text, or the error that stopped it.
Result<std::vector<std::string>> AllRows(Database* db, const std::string& query) {
  auto cur = db->Query(query);
  if (!cur.ok()) return cur.status();
  std::vector<std::string> rows;
  for (; cur->Valid(); cur->Next()) {
    std::string row;
    for (size_t i = 0; i < cur->columns().size(); ++i) {
      row += cur->Get(i).ToNTriples() + " ";
    }
    rows.push_back(row);
  }
  if (!cur->status().ok()) return cur->status();
  std::sort(rows.begin(), rows.end());
  return rows;
}

// One table file at a time gets four bytes of its first data block
// flipped. The damage is found either by the open (the tables read at
// open: format version, catalog) or by Check, naming the file, and a query
// over everything either fails with kCorruption or, when it never reads
// the damaged table, gives exactly the undamaged answer.
TEST_F(CorruptionTest, FlippedDataBytesAreFoundByOpenOrCheck) {
  const std::string all = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
  std::vector<std::string> want;
  {
    auto db = Database::Open(Options(), dir_);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    auto rows = AllRows(db->get(), all);
    ASSERT_TRUE(rows.ok()) << rows.status().ToString();
    want = *rows;
    ASSERT_EQ(want.size(), 4000u);
  }
  const std::string pristine = dir_ + ".pristine";
  fs::remove_all(pristine);
  fs::copy(dir_, pristine, fs::copy_options::recursive);
  std::vector<fs::path> tables = TableFiles();
  ASSERT_GE(tables.size(), 6u);
  int at_open = 0, by_check = 0;
  for (const fs::path& t : tables) {
    SCOPED_TRACE(t.filename().string());
    fs::remove_all(dir_);
    fs::copy(pristine, dir_, fs::copy_options::recursive);
    Flip(t, 16, 4);
    auto db = Database::Open(Options(), dir_);
    if (!db.ok()) {
      EXPECT_EQ(db.status().code(), Status::Code::kCorruption)
          << db.status().ToString();
      EXPECT_TRUE(Mentions(db.status(), t.filename().string()))
          << db.status().ToString();
      ++at_open;
      continue;
    }
    Status check = (*db)->Check();
    EXPECT_EQ(check.code(), Status::Code::kCorruption) << check.ToString();
    EXPECT_TRUE(Mentions(check, t.filename().string())) << check.ToString();
    ++by_check;
    auto rows = AllRows(db->get(), all);
    if (rows.ok()) {
      EXPECT_EQ(*rows, want) << "a query over a damaged database answered wrongly";
    } else {
      EXPECT_EQ(rows.status().code(), Status::Code::kCorruption)
          << rows.status().ToString();
    }
  }
  // Most tables hold indexes and the dictionary, which the open does not
  // read.
  EXPECT_GT(by_check, at_open);
  fs::remove_all(pristine);
}

TEST_F(CorruptionTest, TruncatedTableFileFailsTheOpen) {
  std::vector<fs::path> tables = TableFiles();
  ASSERT_FALSE(tables.empty());
  fs::resize_file(tables.front(), fs::file_size(tables.front()) / 2);
  auto db = Database::Open(Options(), dir_);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kCorruption)
      << db.status().ToString();
  EXPECT_TRUE(Mentions(db.status(), tables.front().filename().string()))
      << db.status().ToString();
  Options ro;
  ro.read_only = true;
  auto reader = Database::Open(ro, dir_);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), Status::Code::kCorruption)
      << reader.status().ToString();
}

TEST_F(CorruptionTest, DamagedTableFooterFailsTheOpen) {
  std::vector<fs::path> tables = TableFiles();
  ASSERT_FALSE(tables.empty());
  Flip(tables.back(), -8, 8);  // the magic number
  auto db = Database::Open(Options(), dir_);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kCorruption)
      << db.status().ToString();
}

TEST_F(CorruptionTest, MissingTableFileFailsTheOpen) {
  std::vector<fs::path> tables = TableFiles();
  ASSERT_FALSE(tables.empty());
  fs::remove(tables.front());
  auto db = Database::Open(Options(), dir_);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kCorruption)
      << db.status().ToString();
  EXPECT_TRUE(Mentions(db.status(), tables.front().stem().string()))
      << db.status().ToString();
}

TEST_F(CorruptionTest, DamagedManifestFailsTheOpen) {
  std::string manifest;
  for (const auto& e : fs::directory_iterator(dir_)) {
    if (e.path().filename().string().rfind("MANIFEST-", 0) == 0) {
      manifest = e.path().string();
    }
  }
  ASSERT_FALSE(manifest.empty());
  Flip(manifest, 10, 16);
  auto db = Database::Open(Options(), dir_);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kCorruption)
      << db.status().ToString();
}

}  // namespace
}  // namespace spoke::crash
