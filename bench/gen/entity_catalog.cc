#include "bench/gen/entity_catalog.h"

#include <algorithm>
#include <cctype>

#include "bench/gen/vocabulary.h"

namespace spoke::bench {

namespace {

using vocab::kCountries;
using vocab::kHubCities;
using vocab::kHubOrgs;
using vocab::kHubPersons;

size_t Index(EntityKind kind) { return static_cast<size_t>(kind); }

uint64_t HubCount(EntityKind kind) {
  switch (kind) {
    case EntityKind::kCountry: return vocab::kCountryCount;
    case EntityKind::kCity: return vocab::kHubCityCount;
    case EntityKind::kOrg: return vocab::kHubOrgCount;
    case EntityKind::kPerson: return vocab::kHubPersonCount;
  }
  return 0;
}

const char* Prefix(EntityKind kind) {
  switch (kind) {
    case EntityKind::kCountry: return "country-";
    case EntityKind::kCity: return "city-";
    case EntityKind::kOrg: return "org-";
    case EntityKind::kPerson: return "person-";
  }
  return "";
}

// A per-kind hash of the rank: names and attributes depend on it alone.
uint64_t Hash(EntityKind kind, uint64_t id) {
  return Mix64(id * 8 + Index(kind) + 0x5eed);
}

std::string PlaceName(uint64_t h, bool arabic) {
  const int syllables = 2 + static_cast<int>(h % 2);
  std::string name;
  for (int i = 0; i < syllables; ++i) {
    h = Mix64(h);
    const vocab::NamePart& part =
        vocab::kPlaceSyllables[h % vocab::kPlaceSyllableCount];
    name += arabic ? part.ar : part.en;
  }
  if (!arabic) name[0] = static_cast<char>(std::toupper(name[0]));
  return name;
}

std::string Concat(std::string_view ns, std::string_view local) {
  std::string iri;
  iri.reserve(ns.size() + local.size());
  iri += ns;
  iri += local;
  return iri;
}

std::string Vocab(std::string_view local) { return Concat(vocab::kSpoke, local); }
std::string Schema(std::string_view local) { return Concat(vocab::kSchema, local); }

}  // namespace

EntityCatalog::EntityCatalog(uint64_t target_quads)
    : samplers_{ZipfSampler(vocab::kCountryCount, 1.2),
                ZipfSampler(std::max<uint64_t>(40, target_quads / 600), 1.0),
                ZipfSampler(std::max<uint64_t>(60, target_quads / 250), 1.0),
                ZipfSampler(std::max<uint64_t>(200, target_quads / 60), 1.0)} {
  for (size_t k = 0; k < 4; ++k) {
    described_[k].assign(samplers_[k].size() + 1, false);
  }
}

uint64_t EntityCatalog::Pick(EntityKind kind, Random* rng) const {
  return samplers_[Index(kind)].Sample(rng);
}

uint64_t EntityCatalog::population(EntityKind kind) const {
  return samplers_[Index(kind)].size();
}

std::string EntityCatalog::Iri(EntityKind kind, uint64_t id) const {
  if (id <= HubCount(kind)) {
    const char* slug = nullptr;
    switch (kind) {
      case EntityKind::kCountry: slug = kCountries[id - 1].slug; break;
      case EntityKind::kCity: slug = kHubCities[id - 1].slug; break;
      case EntityKind::kOrg: slug = kHubOrgs[id - 1].slug; break;
      case EntityKind::kPerson: slug = kHubPersons[id - 1].slug; break;
    }
    return Concat(vocab::kEntity, slug);
  }
  std::string iri = Concat(vocab::kEntity, Prefix(kind));
  iri += std::to_string(id);
  return iri;
}

std::string EntityCatalog::LabelEn(EntityKind kind, uint64_t id) const {
  if (id <= HubCount(kind)) {
    switch (kind) {
      case EntityKind::kCountry: return kCountries[id - 1].en;
      case EntityKind::kCity: return kHubCities[id - 1].en;
      case EntityKind::kOrg: return kHubOrgs[id - 1].en;
      case EntityKind::kPerson: return kHubPersons[id - 1].en;
    }
  }
  const uint64_t h = Hash(kind, id);
  switch (kind) {
    case EntityKind::kCountry:
      break;
    case EntityKind::kCity:
      return PlaceName(h, false);
    case EntityKind::kOrg: {
      std::string name = vocab::kOrgAdjectives[h % vocab::kOrgAdjectiveCount];
      name += ' ';
      name += vocab::kOrgNouns[(h >> 8) % vocab::kOrgNounCount];
      if ((h >> 16) % 3 != 0) {
        name += " of ";
        name += PlaceName(Mix64(h), false);
      }
      return name;
    }
    case EntityKind::kPerson: {
      std::string name = vocab::kGivenNames[h % vocab::kGivenNameCount].en;
      name += ' ';
      name += vocab::kGivenNames[(h >> 16) % vocab::kGivenNameCount].en;
      name += ' ';
      name += vocab::kFamilyNames[(h >> 32) % vocab::kFamilyNameCount].en;
      return name;
    }
  }
  return std::string();
}

std::string EntityCatalog::LabelAr(EntityKind kind, uint64_t id) const {
  if (id <= HubCount(kind)) {
    const char* ar = nullptr;
    switch (kind) {
      case EntityKind::kCountry: ar = kCountries[id - 1].ar; break;
      case EntityKind::kCity: ar = kHubCities[id - 1].ar; break;
      case EntityKind::kOrg: ar = kHubOrgs[id - 1].ar; break;
      case EntityKind::kPerson: ar = kHubPersons[id - 1].ar; break;
    }
    return ar ? std::string(ar) : std::string();
  }
  const uint64_t h = Hash(kind, id);
  switch (kind) {
    case EntityKind::kCity:
      return PlaceName(h, true);
    case EntityKind::kPerson: {
      std::string name = vocab::kGivenNames[h % vocab::kGivenNameCount].ar;
      name += ' ';
      name += vocab::kGivenNames[(h >> 16) % vocab::kGivenNameCount].ar;
      name += ' ';
      name += vocab::kFamilyNames[(h >> 32) % vocab::kFamilyNameCount].ar;
      return name;
    }
    case EntityKind::kCountry:
    case EntityKind::kOrg:
      break;
  }
  return std::string();
}

uint64_t EntityCatalog::CountryOf(EntityKind kind, uint64_t id) const {
  if (kind == EntityKind::kCity && id <= vocab::kHubCityCount) {
    return static_cast<uint64_t>(kHubCities[id - 1].country + 1);
  }
  if (kind == EntityKind::kOrg && id <= vocab::kHubOrgCount) {
    return static_cast<uint64_t>(kHubOrgs[id - 1].country + 1);
  }
  if (kind != EntityKind::kCity && kind != EntityKind::kOrg) return 0;
  Random rng(Hash(kind, id) ^ 0xc0c0);
  if (kind == EntityKind::kOrg && rng.Chance(0.25)) return 0;
  return Pick(EntityKind::kCountry, &rng);
}

uint64_t EntityCatalog::OrgOfPerson(uint64_t id) const {
  if (id <= vocab::kHubPersonCount) {
    return static_cast<uint64_t>(kHubPersons[id - 1].org + 1);
  }
  Random rng(Hash(EntityKind::kPerson, id) ^ 0x0e6);
  if (!rng.Chance(0.6)) return 0;
  return Pick(EntityKind::kOrg, &rng);
}

void EntityCatalog::Mention(EntityKind kind, uint64_t id, std::string_view g,
                            NQuadsWriter* out) {
  if (described_[Index(kind)][id]) return;
  described_[Index(kind)][id] = true;
  Describe(kind, id, g, out);
}

void EntityCatalog::Describe(EntityKind kind, uint64_t id, std::string_view g,
                             NQuadsWriter* out) {
  const std::string iri = Iri(kind, id);
  const uint64_t h = Hash(kind, id);
  std::string type;
  switch (kind) {
    case EntityKind::kCountry: type = Schema("Country"); break;
    case EntityKind::kCity: type = Schema("City"); break;
    case EntityKind::kOrg:
      type = id <= vocab::kHubOrgCount
                 ? kHubOrgs[id - 1].type
                 : vocab::kOrgTypes[(h >> 24) % vocab::kOrgTypeCount];
      break;
    case EntityKind::kPerson: type = Schema("Person"); break;
  }
  out->IriObject(iri, vocab::kRdfType, type, g);
  out->LangObject(iri, vocab::kRdfsLabel, LabelEn(kind, id), "en", g);
  const std::string ar = LabelAr(kind, id);
  if (!ar.empty()) out->LangObject(iri, vocab::kRdfsLabel, ar, "ar", g);

  if (kind == EntityKind::kCity || kind == EntityKind::kOrg) {
    const uint64_t country = CountryOf(kind, id);
    if (country != 0) {
      const std::string p = kind == EntityKind::kCity
                                ? Schema("containedInPlace")
                                : Vocab("country");
      out->IriObject(iri, p, Iri(EntityKind::kCountry, country), g);
    }
  }
  if (kind == EntityKind::kPerson) {
    const uint64_t org = OrgOfPerson(id);
    if (org != 0) {
      out->IriObject(iri, Vocab("memberOf"), Iri(EntityKind::kOrg, org), g);
      Mention(EntityKind::kOrg, org, g, out);
    }
    if (id <= vocab::kHubPersonCount && kHubPersons[id - 1].office != nullptr) {
      out->LangObject(iri, Vocab("office"), kHubPersons[id - 1].office, "en", g);
    }
  }
}

void EntityCatalog::WriteHubs(NQuadsWriter* out) {
  const std::string g(vocab::kBackground);
  for (EntityKind kind : {EntityKind::kCountry, EntityKind::kCity,
                          EntityKind::kOrg, EntityKind::kPerson}) {
    for (uint64_t id = 1; id <= HubCount(kind); ++id) Mention(kind, id, g, out);
  }
  out->LangObject(g, vocab::kRdfsLabel, "background facts", "en", g);
  out->IriObject(g, vocab::kRdfType, Vocab("BackgroundGraph"), g);
}

}  // namespace spoke::bench
