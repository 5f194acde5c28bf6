// EntityCatalog: the actors and places of the generated news world.
//
// Four kinds of entity (countries, cities, organisations, people), each
// numbered by popularity rank from 1. Ranks are drawn Zipf-like, so a few hub
// entities carry most mentions and a long tail is mentioned once or never.
// Hubs (every country; the first ranks of the other kinds, see vocabulary.h)
// have fixed IRIs and names and are described in the background graph, so
// queries can name them at every size. Any other entity gets a numbered IRI
// and a name and attributes derived from its rank alone (a hash), and is
// described (type, English and Arabic labels, links) once, in the graph of
// the first sentence that mentions it, as in the story dataset.
//
// Each fact about an entity is written exactly once, in one graph, so the
// union of all graphs has no duplicate triples (bag and set semantics of the
// union default graph agree).
//
// Thread safety: none.

#ifndef SPOKE_BENCH_GEN_ENTITY_CATALOG_H_
#define SPOKE_BENCH_GEN_ENTITY_CATALOG_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bench/gen/nquads_writer.h"
#include "bench/gen/random.h"
#include "bench/gen/zipf_sampler.h"

namespace spoke::bench {

enum class EntityKind : uint8_t { kCountry = 0, kCity, kOrg, kPerson };

class EntityCatalog {
 public:
  // Population sizes grow with `target_quads` (about one rare person per 60
  // quads), so a bigger graph has both bigger hubs and a longer tail.
  explicit EntityCatalog(uint64_t target_quads);

  // A rank drawn Zipf-like for `kind`.
  uint64_t Pick(EntityKind kind, Random* rng) const;
  uint64_t population(EntityKind kind) const;

  // The entity's IRI (no angle brackets) and labels. REQUIRES: 1 <= id <=
  // population(kind).
  std::string Iri(EntityKind kind, uint64_t id) const;
  std::string LabelEn(EntityKind kind, uint64_t id) const;
  // Empty when the entity has no Arabic label.
  std::string LabelAr(EntityKind kind, uint64_t id) const;

  // The country rank a city or organisation belongs to; 0 = none.
  uint64_t CountryOf(EntityKind kind, uint64_t id) const;

  // Marks the entity mentioned; the first time, writes its description
  // into graph `g` (the mentioning sentence).
  void Mention(EntityKind kind, uint64_t id, std::string_view g,
               NQuadsWriter* out);

  // Writes every hub's description into the background graph.
  void WriteHubs(NQuadsWriter* out);

 private:
  void Describe(EntityKind kind, uint64_t id, std::string_view g,
                NQuadsWriter* out);
  uint64_t OrgOfPerson(uint64_t id) const;

  ZipfSampler samplers_[4];
  std::vector<bool> described_[4];
};

}  // namespace spoke::bench

#endif  // SPOKE_BENCH_GEN_ENTITY_CATALOG_H_
