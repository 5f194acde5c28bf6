// Export then import: dumping a dataset in any format and loading the dump
// into a fresh database gives back the same quads (blank nodes up to
// renaming) — on the story and on random data.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
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

class RoundTripTest : public testing::TestWithParam<RdfFormat> {
 protected:
  std::unique_ptr<Database> OpenFresh(const std::string& suffix) {
    auto dir = std::filesystem::temp_directory_path() /
               ("spoke_roundtrip_" + std::to_string(::getpid()) + "_" + suffix);
    std::filesystem::remove_all(dir);
    dirs_.push_back(dir);
    auto db = Database::Open(Options(), dir.string());
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    return db.ok() ? std::move(*db) : nullptr;
  }
  void TearDown() override {
    for (const auto& d : dirs_) std::filesystem::remove_all(d);
  }

  // The whole database as sorted N-Quads lines, each blank node label
  // replaced by "_:b" so that renamed blank nodes compare equal.
  static std::vector<std::string> Canonical(Database* db) {
    std::ostringstream out;
    DumpOptions d;
    d.format = RdfFormat::kNQuads;
    EXPECT_TRUE(db->Dump(d, out).ok());
    std::vector<std::string> lines;
    std::istringstream in(out.str());
    for (std::string line; std::getline(in, line);) {
      std::string canon;
      for (size_t i = 0; i < line.size(); ++i) {
        // Blank nodes only occur outside literals as "_:" at a term start.
        if (line.compare(i, 2, "_:") == 0 && (i == 0 || line[i - 1] == ' ')) {
          canon += "_:b";
          i += 2;
          while (i < line.size() && line[i] != ' ') ++i;
          --i;
        } else {
          canon += line[i];
        }
      }
      lines.push_back(canon);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
  }

  void RoundTrip(Database* source, const std::string& dataset) {
    DumpOptions d;
    d.dataset = dataset;
    d.format = GetParam();
    std::ostringstream dump;
    ASSERT_OK(source->Dump(d, dump));
    auto copy = OpenFresh("copy");
    ASSERT_NE(copy, nullptr);
    LoadOptions lo;
    lo.dataset = dataset;
    lo.has_format = true;
    lo.format = GetParam();
    // A triples format carries no graph: name the dataset's one graph.
    auto ds = source->Datasets();
    ASSERT_OK(ds.status());
    ASSERT_EQ(ds->size(), 1u);
    if ((*ds)[0].graphs.size() == 1) lo.graph_iri = (*ds)[0].graphs[0].value();
    auto r = copy->LoadText(dump.str(), "dump", lo);
    ASSERT_OK(r.status());
    EXPECT_EQ(Canonical(source), Canonical(copy.get()));
    ASSERT_OK(copy->Check());
  }

  std::vector<std::filesystem::path> dirs_;
};

TEST_P(RoundTripTest, Story) {
  RdfFormat f = GetParam();
  if (f == RdfFormat::kNTriples || f == RdfFormat::kTurtle) {
    GTEST_SKIP() << "the story has 30 graphs; triples formats hold one";
  }
  auto db = OpenFresh("story");
  ASSERT_NE(db, nullptr);
  LoadOptions lo;
  lo.dataset = "story";
  auto r = db->Load({std::string(SPOKE_SOURCE_DIR) +
                     "/datasets/kadhimi-drone-attack-2021/story.trig"},
                    lo);
  ASSERT_OK(r.status());
  ASSERT_GT(r->quads_new, 500u);
  RoundTrip(db.get(), "story");
}

// Random quads over a small vocabulary with blank nodes, Unicode and tricky
// literals, in one graph (so every format can carry it) or in several.
std::string RandomNQuads(uint32_t seed, int quads, bool one_graph) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % n); };
  const char* literals[] = {
      "\"plain\"", "\"\"", "\"tab\\there\"", "\"quote \\\" and \\\\\"",
      "\"line\\nbreak\"", "\"مصطفى\"@ar", "\"東京\"@ja",
      "\"01\"^^<http://www.w3.org/2001/XMLSchema#integer>",
      "\"42\"^^<http://www.w3.org/2001/XMLSchema#integer>",
      "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
      "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>",
      "\"2021-11-07\"^^<http://www.w3.org/2001/XMLSchema#date>",
      "\"x\"^^<http://example.org/custom>"};
  std::string out;
  for (int i = 0; i < quads; ++i) {
    std::string s = pick(4) == 0 ? "_:n" + std::to_string(pick(20))
                                 : "<http://example.org/s" +
                                       std::to_string(pick(50)) + ">";
    std::string p = "<http://example.org/p" + std::to_string(pick(8)) + ">";
    std::string o;
    switch (pick(3)) {
      case 0: o = "<http://example.org/s" + std::to_string(pick(50)) + ">"; break;
      case 1: o = "_:n" + std::to_string(pick(20)); break;
      default: o = literals[pick(sizeof literals / sizeof *literals)];
    }
    std::string g = one_graph ? "<http://example.org/g>"
                              : "<http://example.org/g" +
                                    std::to_string(pick(5)) + ">";
    out += s + " " + p + " " + o + " " + g + " .\n";
  }
  return out;
}

TEST_P(RoundTripTest, RandomData) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    bool one_graph = GetParam() == RdfFormat::kNTriples ||
                     GetParam() == RdfFormat::kTurtle || seed == 1;
    auto db = OpenFresh("random" + std::to_string(seed));
    ASSERT_NE(db, nullptr);
    LoadOptions lo;
    lo.dataset = "random";
    lo.has_format = true;
    lo.format = RdfFormat::kNQuads;
    ASSERT_OK(db->LoadText(RandomNQuads(seed, 400, one_graph), "random.nq", lo)
                  .status());
    RoundTrip(db.get(), "random");
    db.reset();
  }
}

INSTANTIATE_TEST_SUITE_P(AllFormats, RoundTripTest,
                         testing::Values(RdfFormat::kNQuads, RdfFormat::kTriG,
                                         RdfFormat::kTurtle,
                                         RdfFormat::kNTriples),
                         [](const testing::TestParamInfo<RdfFormat>& info) {
                           switch (info.param) {
                             case RdfFormat::kNQuads: return "NQuads";
                             case RdfFormat::kTriG: return "TriG";
                             case RdfFormat::kTurtle: return "Turtle";
                             case RdfFormat::kNTriples: return "NTriples";
                           }
                           return "Unknown";
                         });

}  // namespace
}  // namespace spoke
