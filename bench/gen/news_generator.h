// NewsGenerator: writes a synthetic news-event knowledge graph as N-Quads.
//
// The graph imitates datasets/kadhimi-drone-attack-2021: articles made of
// sentences; each sentence's facts sit in a named graph whose name is the
// sentence's IRI; a per-article provenance graph describes the article
// (publisher, publication time) and each sentence (position, text, source).
// Each article reports one event (attack, protest, statement, speech,
// election, meeting or arrest) with its actors, place, date, counts and
// quotes. Actors and places come from an EntityCatalog (Zipf-skewed, with
// hub entities under fixed IRIs in the background graph).
//
// The output depends only on the options: same seed and size, same bytes.
// Every triple is written once, in one graph.
//
// Thread safety: none.

#ifndef SPOKE_BENCH_GEN_NEWS_GENERATOR_H_
#define SPOKE_BENCH_GEN_NEWS_GENERATOR_H_

#include <cstdint>
#include <string>

#include "bench/gen/entity_catalog.h"
#include "bench/gen/nquads_writer.h"
#include "bench/gen/random.h"
#include "spoke/status.h"

namespace spoke::bench {

struct GeneratorOptions {
  uint64_t quads = 100000;  // stop after the article that reaches this many
  uint64_t seed = 1;
};

class NewsGenerator {
 public:
  // `out` must outlive the generator.
  NewsGenerator(const GeneratorOptions& options, NQuadsWriter* out);

  // Writes the background graph, then articles until at least
  // options.quads quads are written, then flushes. IOError if writing fails.
  Status Run();

  uint64_t articles() const { return articles_; }

 private:
  struct Sentence {
    std::string iri;  // also the name of the graph of its facts
    std::string text;
    uint64_t source_kind = 0;  // EntityKind + 1 of the source; 0 = none
    uint64_t source_id = 0;
  };

  void WriteArticle(uint64_t n);
  // Facts of the lead sentence and of the type-specific sentence; each
  // returns the sentence's text.
  std::string WriteLead(const std::string& event, int type, uint64_t day,
                        const std::string& g);
  std::string WriteDetails(const std::string& event, int type,
                           const std::string& g);
  std::string WriteAttack(const std::string& event, const std::string& g);
  std::string WriteProtest(const std::string& event, const std::string& g);
  std::string WriteElection(const std::string& event, const std::string& g);
  std::string WriteMeeting(const std::string& event, const std::string& g);
  std::string WriteArrest(const std::string& event, const std::string& g);
  std::string WriteUtterance(const std::string& event, bool speech,
                             const std::string& g);
  // A statement by a source about `event`; fills the sentence's source.
  std::string WriteReport(const std::string& event, const std::string& suffix,
                          bool reaction, Sentence* sentence);

  // Mentions (describing at first use) and returns the IRI.
  std::string Use(EntityKind kind, uint64_t id, const std::string& g);
  std::string Quote();
  int64_t LogUniform(int64_t lo, int64_t hi);

  GeneratorOptions options_;
  NQuadsWriter* out_;
  Random rng_;
  EntityCatalog catalog_;
  uint64_t articles_ = 0;
};

}  // namespace spoke::bench

#endif  // SPOKE_BENCH_GEN_NEWS_GENERATOR_H_
