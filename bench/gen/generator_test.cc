#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include <serd/serd.h>

#include "bench/gen/news_generator.h"
#include "bench/gen/nquads_writer.h"
#include "bench/gen/random.h"
#include "bench/gen/size_arg.h"
#include "bench/gen/zipf_sampler.h"
#include "gtest/gtest.h"

namespace spoke::bench {
namespace {

struct Output {
  std::string text;
  uint64_t quads = 0;
};

Output Generate(uint64_t quads, uint64_t seed) {
  std::FILE* f = std::tmpfile();
  EXPECT_NE(f, nullptr);
  Output out;
  {
    NQuadsWriter writer(f);
    NewsGenerator gen({quads, seed}, &writer);
    EXPECT_TRUE(gen.Run().ok());
    out.quads = writer.quads();
  }
  std::rewind(f);
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) out.text.append(buf, n);
  std::fclose(f);
  return out;
}

std::string NodeText(const SerdNode* node) {
  return node ? std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes)
              : std::string();
}

struct Parsed {
  uint64_t statements = 0;
  uint64_t errors = 0;
  std::set<std::string> triples;  // "s p o^^dt@lang"
  uint64_t duplicate_triples = 0;
  uint64_t default_graph = 0;
  std::set<std::string> lines_of_interest;
};

SerdStatus OnStatement(void* handle, SerdStatementFlags, const SerdNode* graph,
                       const SerdNode* s, const SerdNode* p, const SerdNode* o,
                       const SerdNode* dt, const SerdNode* lang) {
  auto* parsed = static_cast<Parsed*>(handle);
  ++parsed->statements;
  if (graph == nullptr || graph->type == SERD_NOTHING) ++parsed->default_graph;
  const std::string key = NodeText(s) + " " + NodeText(p) + " " + NodeText(o) +
                          "^^" + NodeText(dt) + "@" + NodeText(lang);
  if (!parsed->triples.insert(key).second) ++parsed->duplicate_triples;
  return SERD_SUCCESS;
}

SerdStatus OnError(void* handle, const SerdError*) {
  ++static_cast<Parsed*>(handle)->errors;
  return SERD_SUCCESS;
}

Parsed Parse(const std::string& text) {
  Parsed parsed;
  SerdReader* reader = serd_reader_new(SERD_NQUADS, &parsed, nullptr, nullptr,
                                       nullptr, OnStatement, nullptr);
  serd_reader_set_error_sink(reader, OnError, &parsed);
  const SerdStatus st =
      serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(text.c_str()));
  EXPECT_EQ(st, SERD_SUCCESS);
  serd_reader_free(reader);
  return parsed;
}

TEST(SpokeGenTest, WritesValidNQuadsOfAboutTheAskedSize) {
  const Output out = Generate(30000, 7);
  EXPECT_GE(out.quads, 30000u);
  EXPECT_LT(out.quads, 30200u);
  const Parsed parsed = Parse(out.text);
  EXPECT_EQ(parsed.errors, 0u);
  EXPECT_EQ(parsed.statements, out.quads);
  EXPECT_EQ(parsed.default_graph, 0u);
}

TEST(SpokeGenTest, EveryTripleSitsInOneGraphOnly) {
  // Oxigraph's union default graph is a bag, Spoke's a set: they agree only
  // if no triple is stated in two graphs.
  const Parsed parsed = Parse(Generate(30000, 3).text);
  EXPECT_EQ(parsed.duplicate_triples, 0u);
}

TEST(SpokeGenTest, SameSeedSameBytesOtherSeedOtherBytes) {
  const Output a = Generate(5000, 11);
  const Output b = Generate(5000, 11);
  const Output c = Generate(5000, 12);
  EXPECT_EQ(a.text, b.text);
  EXPECT_NE(a.text, c.text);
}

TEST(SpokeGenTest, HubsExistAtTinySizes) {
  const std::string text = Generate(1000, 1).text;
  const char* const kExpected[] = {
      "<https://spoke.example/bench/entity/iraq> "
      "<http://www.w3.org/2000/01/rdf-schema#label> \"العراق\"@ar "
      "<https://spoke.example/bench/background> .\n",
      "<https://spoke.example/bench/entity/mustafa-al-kadhimi> "
      "<https://spoke.example/vocab#memberOf>",
      "<https://spoke.example/bench/entity/event-1> "
      "<http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp> \"",
      "<https://spoke.example/bench/article/1/sentence/1> "
      "<https://spoke.example/vocab#position> "
      "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer> "
      "<https://spoke.example/bench/article/1/provenance> .\n",
  };
  // The second one is absent on purpose: al-Kadhimi belongs to no party.
  EXPECT_NE(text.find(kExpected[0]), std::string::npos);
  EXPECT_EQ(text.find(kExpected[1]), std::string::npos);
  EXPECT_NE(text.find(kExpected[2]), std::string::npos);
  EXPECT_NE(text.find(kExpected[3]), std::string::npos);
}

TEST(SpokeGenTest, WriterEscapesLiterals) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    NQuadsWriter w(f);
    w.StringObject("s", "p", "a \"b\" \\ c\nd\re", "g");
    w.IntegerObject("s", "p", -42, "g");
    ASSERT_TRUE(w.Finish().ok());
    EXPECT_EQ(w.quads(), 2u);
  }
  std::rewind(f);
  char buf[256] = {};
  const size_t n = std::fread(buf, 1, sizeof(buf) - 1, f);
  std::fclose(f);
  EXPECT_EQ(std::string(buf, n),
            "<s> <p> \"a \\\"b\\\" \\\\ c\\nd\\re\" <g> .\n"
            "<s> <p> \"-42\"^^<http://www.w3.org/2001/XMLSchema#integer> <g> .\n");
}

TEST(SpokeGenTest, ParsesSizes) {
  struct Case {
    const char* text;
    bool ok;
    uint64_t value;
  };
  const Case kCases[] = {
      {"0", true, 0},         {"123", true, 123},      {"100k", true, 100000},
      {"1m", true, 1000000},  {"10M", true, 10000000}, {"2g", true, 2000000000},
      {"", false, 0},         {"k", false, 0},         {"1x", false, 0},
      {"-1", false, 0},       {"1.5m", false, 0},
      {"99999999999999999999", false, 0}, {"99999999999g", false, 0},
  };
  for (const Case& c : kCases) {
    auto r = ParseSize(c.text);
    EXPECT_EQ(r.ok(), c.ok) << c.text;
    if (c.ok && r.ok()) {
      EXPECT_EQ(*r, c.value) << c.text;
    }
  }
}

TEST(SpokeGenTest, ZipfFavoursLowRanks) {
  ZipfSampler zipf(1000, 1.0);
  Random rng(5);
  std::vector<int> counts(1001, 0);
  for (int i = 0; i < 100000; ++i) {
    const uint64_t k = zipf.Sample(&rng);
    ASSERT_GE(k, 1u);
    ASSERT_LE(k, 1000u);
    ++counts[k];
  }
  // P(1) = 1/H(1000) ~ 13.4%, P(10) ~ 1.3%.
  EXPECT_GT(counts[1], 12000);
  EXPECT_LT(counts[1], 15000);
  EXPECT_GT(counts[1], 5 * counts[10]);
}

}  // namespace
}  // namespace spoke::bench
