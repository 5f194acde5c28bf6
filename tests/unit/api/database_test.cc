// The public C++ API end to end: open, load, query with parameters, write
// batches, datasets, dump, settings, read-only handles.

#include <atomic>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "spoke/spoke.h"

namespace spoke {
namespace {

#define ASSERT_OK(expr)                                  \
  do {                                                   \
    const ::spoke::Status _s = (expr);                   \
    ASSERT_TRUE(_s.ok()) << _s.ToString();               \
  } while (0)

constexpr char kData[] = R"(
@prefix ex: <http://example.org/> .
ex:alice ex:knows ex:bob ; ex:age 42 ; ex:name "Alice"@en .
ex:bob ex:knows ex:carol ; ex:age 7 .
ex:carol ex:name "Carol" .
)";

class DatabaseTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("spoke_api_test_" + std::to_string(::getpid()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    auto db = Database::Open(Options(), dir_.string());
    ASSERT_OK(db.status());
    db_ = std::move(*db);
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  void LoadSample(const std::string& dataset = "people") {
    LoadOptions lo;
    lo.dataset = dataset;
    lo.has_format = true;
    lo.format = RdfFormat::kTurtle;
    auto r = db_->LoadText(kData, "people.ttl", lo);
    ASSERT_OK(r.status());
    EXPECT_EQ(r->quads_new, 6u);
  }

  std::vector<std::vector<std::string>> Rows(Cursor& cur) {
    std::vector<std::vector<std::string>> rows;
    for (; cur.Valid(); cur.Next()) {
      std::vector<std::string> row;
      for (const Term& t : cur.row()) row.push_back(t.ToNTriples());
      rows.push_back(row);
    }
    EXPECT_TRUE(cur.status().ok()) << cur.status().ToString();
    return rows;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(DatabaseTest, LoadsAndQueriesUnionOfGraphs) {
  LoadSample();
  auto cur = db_->Query(
      "PREFIX ex: <http://example.org/> "
      "SELECT ?who WHERE { ex:alice ex:knows ?who }");
  ASSERT_OK(cur.status());
  EXPECT_EQ(cur->kind(), Cursor::Kind::kRows);
  ASSERT_EQ(cur->columns(), std::vector<std::string>{"who"});
  auto rows = Rows(*cur);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0], "<http://example.org/bob>");
}

TEST_F(DatabaseTest, StrictDefaultGraphSeesOnlyTheUnnamedGraph) {
  LoadSample();
  auto q = db_->Prepare("SELECT ?s WHERE { ?s ?p ?o }");
  ASSERT_OK(q.status());
  ExecuteOptions strict;
  strict.strict_default_graph = true;
  auto cur = q->Execute(strict);
  ASSERT_OK(cur.status());
  EXPECT_TRUE(Rows(*cur).empty());
}

TEST_F(DatabaseTest, PreparedQueryWithParameters) {
  LoadSample();
  auto q = db_->Prepare(
      "PREFIX ex: <http://example.org/> SELECT ?age WHERE { ?p ex:age ?age }");
  ASSERT_OK(q.status());
  for (auto [who, age] : {std::pair{"alice", "42"}, std::pair{"bob", "7"}}) {
    ASSERT_OK(q->Bind("p", Term::Iri(std::string("http://example.org/") + who)));
    auto cur = q->Execute();
    ASSERT_OK(cur.status());
    ASSERT_TRUE(cur->Valid());
    EXPECT_EQ(cur->Get("age").AsInteger(), std::stoi(age));
    cur->Next();
    EXPECT_FALSE(cur->Valid());
  }
  // A value that looks like query syntax is just a value.
  ASSERT_OK(q->Bind("?p", Term::Literal("x } . ?s ?p ?o")));
  auto cur = q->Execute();
  ASSERT_OK(cur.status());
  EXPECT_TRUE(Rows(*cur).empty());
  EXPECT_FALSE(q->Bind("p", Term()).ok());
  ASSERT_OK(q->Bind("nosuchvar", Term::Literal("x")));
  EXPECT_FALSE(q->Execute().ok());
}

TEST_F(DatabaseTest, SyntaxErrorHasPositionAndCaret) {
  auto q = db_->Prepare("SELECT ?s WHERE { ?s <knows> }");
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.status().code(), Status::Code::kSyntaxError);
  ASSERT_TRUE(q.status().span().has_value());
  EXPECT_EQ(q.status().span()->line, 1u);
  EXPECT_EQ(q.status().span()->column, 30u);
  EXPECT_NE(q.status().context().find('^'), std::string::npos);
}

TEST_F(DatabaseTest, AskAndUpdateCursors) {
  auto up = db_->Query("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }");
  ASSERT_OK(up.status());
  EXPECT_EQ(up->kind(), Cursor::Kind::kUpdate);
  EXPECT_EQ(up->inserted(), 1u);
  auto ask = db_->Query("ASK { <http://x/a> <http://x/b> ?o }");
  ASSERT_OK(ask.status());
  EXPECT_EQ(ask->kind(), Cursor::Kind::kBoolean);
  EXPECT_TRUE(ask->boolean());
}

TEST_F(DatabaseTest, WriteBatchIsAtomicAndIdempotent) {
  WriteBatch b;
  Quad q{Term::Iri("http://x/s"), Term::Iri("http://x/p"),
         Term::Literal("o"), Term()};
  b.Insert(q);
  b.Insert(q);
  auto r = db_->Apply(b);
  ASSERT_OK(r.status());
  EXPECT_EQ(r->first, 1u);
  r = db_->Apply(b);
  ASSERT_OK(r.status());
  EXPECT_EQ(r->first, 0u);
  auto stats = db_->Stats();
  ASSERT_OK(stats.status());
  EXPECT_EQ(stats->quads, 1u);
  WriteBatch del;
  del.Delete(q);
  r = db_->Apply(del);
  ASSERT_OK(r.status());
  EXPECT_EQ(r->second, 1u);
}

TEST_F(DatabaseTest, DatasetsListReplaceDrop) {
  LoadSample();
  auto ds = db_->Datasets();
  ASSERT_OK(ds.status());
  ASSERT_EQ(ds->size(), 1u);
  EXPECT_EQ((*ds)[0].name, "people");
  EXPECT_EQ((*ds)[0].quads, 6u);
  ASSERT_EQ((*ds)[0].graphs.size(), 1u);
  EXPECT_EQ((*ds)[0].graphs[0], Term::Iri("urn:spoke:dataset:people"));

  // Loading again without replace is an error; with replace it swaps.
  LoadOptions lo;
  lo.dataset = "people";
  lo.has_format = true;
  lo.format = RdfFormat::kNTriples;
  EXPECT_FALSE(db_->LoadText("<http://x/a> <http://x/b> <http://x/c> .\n",
                             "x.nt", lo)
                   .ok());
  lo.replace = true;
  ASSERT_OK(db_->LoadText("<http://x/a> <http://x/b> <http://x/c> .\n", "x.nt",
                          lo)
                .status());
  auto stats = db_->Stats();
  ASSERT_OK(stats.status());
  EXPECT_EQ(stats->quads, 1u);

  auto dropped = db_->DropDataset("people");
  ASSERT_OK(dropped.status());
  EXPECT_EQ(*dropped, 1u);
  EXPECT_EQ(db_->DropDataset("people").status().code(),
            Status::Code::kNotFound);
  stats = db_->Stats();
  ASSERT_OK(stats.status());
  EXPECT_EQ(stats->quads, 0u);
  ASSERT_OK(db_->Check());
}

TEST_F(DatabaseTest, UpdatesKeepDatasetCountsThroughReopenReplaceAndDrop) {
  auto count = [this]() -> int64_t {
    auto ds = db_->Datasets();
    EXPECT_TRUE(ds.ok()) << ds.status().ToString();
    if (!ds.ok() || ds->empty()) return -1;
    EXPECT_EQ((*ds)[0].graphs.size(), 1u);
    return static_cast<int64_t>((*ds)[0].quads);
  };
  auto reopen = [this] {
    db_.reset();
    auto db = Database::Open(Options(), dir_.string());
    ASSERT_OK(db.status());
    db_ = std::move(*db);
  };
  const std::string g = "<urn:spoke:dataset:people>";
  LoadSample();
  EXPECT_EQ(count(), 6);
  ASSERT_OK(db_->Query("INSERT DATA { GRAPH " + g +
                       " { <http://x/a> <http://x/b> 1, 2 } }")
                .status());
  EXPECT_EQ(count(), 8);
  reopen();
  EXPECT_EQ(count(), 8);
  ASSERT_OK(
      db_->Query("DELETE DATA { GRAPH " + g + " { <http://x/a> <http://x/b> 1 } }")
          .status());
  EXPECT_EQ(count(), 7);
  // A replace sets the count from the new load; later updates start there.
  LoadOptions lo;
  lo.dataset = "people";
  lo.replace = true;
  lo.has_format = true;
  lo.format = RdfFormat::kNTriples;
  ASSERT_OK(db_->LoadText("<http://x/a> <http://x/b> <http://x/c> .\n", "x.nt",
                          lo)
                .status());
  EXPECT_EQ(count(), 1);
  reopen();
  EXPECT_EQ(count(), 1);
  ASSERT_OK(db_->Query("INSERT DATA { GRAPH " + g +
                       " { <http://x/a> <http://x/b> 3 } }")
                .status());
  EXPECT_EQ(count(), 2);
  // Dropped and loaded again: no count survives from before.
  ASSERT_OK(db_->DropDataset("people").status());
  EXPECT_EQ(count(), -1);
  LoadSample();
  EXPECT_EQ(count(), 6);
  reopen();
  EXPECT_EQ(count(), 6);
  ASSERT_OK(db_->Check());
}

TEST_F(DatabaseTest, FailedLoadStoresNothing) {
  LoadOptions lo;
  lo.dataset = "bad";
  lo.has_format = true;
  lo.format = RdfFormat::kNTriples;
  auto r = db_->LoadText(
      "<http://x/a> <http://x/b> <http://x/c> .\n<http://x/a> <http://x/b> .\n",
      "bad.nt", lo);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("bad.nt:2:"), std::string::npos)
      << r.status().ToString();
  auto stats = db_->Stats();
  ASSERT_OK(stats.status());
  EXPECT_EQ(stats->quads, 0u);
  auto ds = db_->Datasets();
  ASSERT_OK(ds.status());
  EXPECT_TRUE(ds->empty());

  lo.skip_invalid = true;
  std::vector<std::string> errors;
  lo.on_error = [&](const std::string& e) { errors.push_back(e); };
  r = db_->LoadText(
      "<http://x/a> <http://x/b> <http://x/c> .\n<http://x/a> <http://x/b> .\n",
      "bad.nt", lo);
  ASSERT_OK(r.status());
  EXPECT_EQ(r->quads_new, 1u);
  EXPECT_EQ(r->invalid_skipped, 1u);
  EXPECT_EQ(errors.size(), 1u);
}

TEST_F(DatabaseTest, DumpLoadsBackToTheSameQuads) {
  LoadSample();
  for (RdfFormat f : {RdfFormat::kNQuads, RdfFormat::kTriG,
                      RdfFormat::kTurtle, RdfFormat::kNTriples}) {
    DumpOptions d;
    d.dataset = "people";
    d.format = f;
    std::ostringstream out;
    ASSERT_OK(db_->Dump(d, out));
    LoadOptions lo;
    lo.dataset = "copy";
    lo.replace = true;
    lo.graph_iri = "urn:spoke:dataset:people";
    lo.has_format = true;
    lo.format = f;
    // Loading into a graph another dataset owns is refused ...
    EXPECT_FALSE(db_->LoadText(out.str(), "dump", lo).ok());
    // ... so compare through a second database.
    auto dir2 = dir_.string() + "_copy";
    std::filesystem::remove_all(dir2);
    {
      auto db2 = Database::Open(Options(), dir2);
      ASSERT_OK(db2.status());
      auto r = (*db2)->LoadText(out.str(), "dump", lo);
      ASSERT_OK(r.status());
      EXPECT_EQ(r->quads_new, 6u) << static_cast<int>(f);
    }
    std::filesystem::remove_all(dir2);
  }
}

TEST_F(DatabaseTest, SettingsPersistAcrossReopen) {
  ASSERT_OK(db_->PutSetting("prefix.ex", "http://example.org/"));
  LoadSample();
  db_.reset();
  auto db = Database::Open(Options(), dir_.string());
  ASSERT_OK(db.status());
  auto v = (*db)->GetSetting("prefix.ex");
  ASSERT_OK(v.status());
  EXPECT_EQ(*v, "http://example.org/");
  EXPECT_EQ((*db)->GetSetting("nope").status().code(), Status::Code::kNotFound);
  auto stats = (*db)->Stats();
  ASSERT_OK(stats.status());
  EXPECT_EQ(stats->quads, 6u);
}

TEST_F(DatabaseTest, ReopeningLeavesNoEmptyWriteAheadLogs) {
  // RocksDB 7.8 kept one empty log per writable open until a flush.
  auto logs = [this] {
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir_)) {
      n += e.path().extension() == ".log";
    }
    return n;
  };
  ASSERT_OK(db_->Query("INSERT DATA { <http://x/a> <http://x/b> 1 }").status());
  for (int i = 0; i < 8; ++i) {
    db_.reset();
    auto db = Database::Open(Options(), dir_.string());
    ASSERT_OK(db.status());
    db_ = std::move(*db);
    if (i == 0) {
      // An update that stays in the log (no flush) until the next open.
      ASSERT_OK(
          db_->Query("INSERT DATA { <http://x/a> <http://x/b> 2 }").status());
    }
  }
  EXPECT_EQ(logs(), 1);
  auto stats = db_->Stats();
  ASSERT_OK(stats.status());
  EXPECT_EQ(stats->quads, 2u);
  ASSERT_TRUE(db_->Check().ok());
}

TEST_F(DatabaseTest, ReadOnlyRefusesWrites) {
  LoadSample();
  db_.reset();
  Options ro;
  ro.read_only = true;
  auto db = Database::Open(ro, dir_.string());
  ASSERT_OK(db.status());
  auto cur = (*db)->Query("SELECT ?s WHERE { ?s ?p ?o }");
  ASSERT_OK(cur.status());
  EXPECT_EQ(Rows(*cur).size(), 6u);
  EXPECT_EQ((*db)->Query("INSERT DATA { <http://x/a> <http://x/b> 1 }")
                .status()
                .code(),
            Status::Code::kInvalidArgument);
  EXPECT_FALSE((*db)->DropDataset("people").ok());
}

TEST_F(DatabaseTest, SecondWriterIsBusy) {
  auto second = Database::Open(Options(), dir_.string());
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Status::Code::kBusy)
      << second.status().ToString();
}

TEST_F(DatabaseTest, CancelledQueryStops) {
  LoadSample();
  std::atomic<bool> cancel{true};
  ExecuteOptions eo;
  eo.cancel = &cancel;
  auto cur = db_->Query(
      "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", eo);
  if (cur.ok()) {
    size_t n = 0;
    for (; cur->Valid(); cur->Next()) ++n;
    EXPECT_EQ(cur->status().code(), Status::Code::kCancelled);
    EXPECT_LT(n, 6u * 6 * 6 * 6);
  } else {
    EXPECT_EQ(cur.status().code(), Status::Code::kCancelled);
  }
}

}  // namespace
}  // namespace spoke
