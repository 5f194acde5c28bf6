// The fixed names of the generated news world: IRI namespaces, the hub
// entities (countries, big cities, organisations, people) that exist at every
// size under fixed IRIs, and the word and name parts rare entities and quotes
// are made from. English and Arabic go side by side.

#ifndef SPOKE_BENCH_GEN_VOCABULARY_H_
#define SPOKE_BENCH_GEN_VOCABULARY_H_

#include <cstddef>
#include <string_view>

namespace spoke::bench::vocab {

// Namespaces.
inline constexpr std::string_view kBase = "https://spoke.example/bench/";
inline constexpr std::string_view kEntity = "https://spoke.example/bench/entity/";
inline constexpr std::string_view kArticle = "https://spoke.example/bench/article/";
inline constexpr std::string_view kBackground =
    "https://spoke.example/bench/background";
inline constexpr std::string_view kSpoke = "https://spoke.example/vocab#";
inline constexpr std::string_view kSchema = "https://schema.org/";
inline constexpr std::string_view kSem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
inline constexpr std::string_view kRdfType =
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view kRdfsLabel =
    "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr std::string_view kXsdDate = "http://www.w3.org/2001/XMLSchema#date";
inline constexpr std::string_view kXsdDateTime =
    "http://www.w3.org/2001/XMLSchema#dateTime";
inline constexpr std::string_view kXsdDecimal =
    "http://www.w3.org/2001/XMLSchema#decimal";
inline constexpr std::string_view kXsdBoolean =
    "http://www.w3.org/2001/XMLSchema#boolean";

struct Country {
  const char* slug;
  const char* en;
  const char* ar;
};
// Hub cities and organisations name their country by index into kCountries;
// -1 = none.
struct HubCity {
  const char* slug;
  const char* en;
  const char* ar;
  int country;
};
struct HubOrg {
  const char* slug;
  const char* en;
  const char* ar;    // nullptr: no Arabic label
  const char* type;  // full class IRI
  int country;
};
struct HubPerson {
  const char* slug;
  const char* en;
  const char* ar;
  int org;  // index into kHubOrgs, -1 = none
  const char* office;  // English office label, nullptr = none
};
struct NamePart {
  const char* en;
  const char* ar;
};

extern const Country kCountries[];
extern const size_t kCountryCount;
extern const HubCity kHubCities[];
extern const size_t kHubCityCount;
extern const HubOrg kHubOrgs[];
extern const size_t kHubOrgCount;
extern const HubPerson kHubPersons[];
extern const size_t kHubPersonCount;

extern const NamePart kGivenNames[];
extern const size_t kGivenNameCount;
extern const NamePart kFamilyNames[];
extern const size_t kFamilyNameCount;
extern const NamePart kPlaceSyllables[];
extern const size_t kPlaceSyllableCount;
extern const char* const kOrgAdjectives[];
extern const size_t kOrgAdjectiveCount;
extern const char* const kOrgNouns[];
extern const size_t kOrgNounCount;
extern const char* const kOrgTypes[];  // class IRIs for generated orgs
extern const size_t kOrgTypeCount;
extern const char* const kQuoteWords[];
extern const size_t kQuoteWordCount;
extern const char* const kArabicPhrases[];
extern const size_t kArabicPhraseCount;

}  // namespace spoke::bench::vocab

#endif  // SPOKE_BENCH_GEN_VOCABULARY_H_
