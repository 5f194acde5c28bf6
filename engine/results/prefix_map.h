// PrefixMap: declared IRI prefixes (ex: -> http://example.org/) used to show
// IRIs as prefixed names. Thread-compatible value type.

#ifndef SPOKE_ENGINE_RESULTS_PREFIX_MAP_H_
#define SPOKE_ENGINE_RESULTS_PREFIX_MAP_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spoke::engine {

class PrefixMap {
 public:
  PrefixMap() = default;
  // The map with rdf:, rdfs:, xsd: and owl: declared.
  static PrefixMap Standard();

  // Declares `prefix` (without ':'; may be empty) for `iri`, replacing an
  // earlier declaration of the same prefix.
  void Add(std::string prefix, std::string iri);
  // The namespace IRI of `prefix`, if declared.
  std::optional<std::string> Find(std::string_view prefix) const;
  // `iri` as prefix:local using the longest namespace whose remainder is a
  // valid Turtle PN_LOCAL (without escapes); nullopt if none fits.
  std::optional<std::string> Shorten(std::string_view iri) const;

  const std::vector<std::pair<std::string, std::string>>& entries() const {
    return entries_;
  }
  bool empty() const { return entries_.empty(); }

  // True if `local` may follow "prefix:" unescaped in Turtle.
  static bool IsValidLocalName(std::string_view local);

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
};

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_RESULTS_PREFIX_MAP_H_
