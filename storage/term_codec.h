// Term codec: how a Term becomes bytes (dictionary values and hash input)
// and, for small canonical values, an inline TermId. See FORMAT.md.
//
// Thread safety: stateless functions.

#ifndef SPOKE_STORAGE_TERM_CODEC_H_
#define SPOKE_STORAGE_TERM_CODEC_H_

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "spoke/status.h"
#include "spoke/term.h"
#include "storage/term_id.h"

namespace spoke::storage {

// Tags in the top byte of a TermId.
enum IdTag : uint8_t {
  kTagDefaultGraph = 0x00,  // only id 0: the default graph
  kTagIri = 0x01,           // dictionary IRI
  kTagBlank = 0x02,         // dictionary blank node
  kTagLiteral = 0x03,       // dictionary literal
  kTagInteger = 0x10,       // inline canonical xsd:integer, biased by 2^55
  kTagBoolean = 0x11,       // inline xsd:boolean "true"/"false": 1/0
};

inline constexpr int kTagShift = 56;
inline constexpr uint64_t kPayloadMask = (uint64_t{1} << kTagShift) - 1;
// Largest dictionary sequence number.
inline constexpr uint64_t kMaxSequence = kPayloadMask;

inline IdTag TagOf(TermId id) { return static_cast<IdTag>(id >> kTagShift); }
inline TermId MakeId(IdTag tag, uint64_t payload) {
  return (static_cast<uint64_t>(tag) << kTagShift) | (payload & kPayloadMask);
}
inline bool IsInlineId(TermId id) {
  return TagOf(id) == kTagInteger || TagOf(id) == kTagBoolean;
}

// The inline id of `term` if it is a canonical value that fits, else nullopt.
std::optional<TermId> InlineId(const Term& term);
// The term of an inline id. REQUIRES: IsInlineId(id).
Term DecodeInlineId(TermId id);

// The dictionary tag for a non-inline term. InvalidArgument for kNone.
Result<IdTag> DictionaryTag(const Term& term);

// Type byte + payload (FORMAT.md, "id2term"). InvalidArgument for kNone.
Result<std::string> EncodeTerm(const Term& term);
// The same, appended to *out (a reused buffer saves an allocation per
// term). On error *out is unchanged.
Status AppendEncodedTerm(const Term& term, std::string* out);
// The dictionary tag of an encoded term, from its type byte; Corruption
// if `encoded` is empty or its type byte unknown.
Result<IdTag> EncodedTag(std::string_view encoded);
// Inverse of EncodeTerm; Corruption on malformed bytes.
Result<Term> DecodeTerm(std::string_view bytes);

// 128-bit XXH3 of an encoded term, big-endian (term2id keys use its top
// 40 bits: Dictionary::Term2IdKey).
std::array<char, 16> HashEncodedTerm(std::string_view encoded);

// The same hash as two integers; compares like its big-endian bytes.
struct TermHash {
  uint64_t high = 0;
  uint64_t low = 0;
  friend bool operator==(const TermHash&, const TermHash&) = default;
  friend auto operator<=>(const TermHash&, const TermHash&) = default;
};
struct TermHashHasher {
  size_t operator()(const TermHash& h) const { return h.low; }
};
TermHash HashTerm(std::string_view encoded);

// A term ready for the dictionary: its encoding (EncodeTerm) and the hash
// of it (HashTerm). The bytes are owned elsewhere.
struct EncodedTerm {
  TermHash hash;
  std::string_view bytes;
};
// `hash` as 16 big-endian bytes.
std::array<char, 16> TermHashKey(const TermHash& hash);

// Checks that a quad is valid RDF: subject IRI or blank node, predicate
// IRI, object any term, graph IRI, blank node or none (default graph).
// InvalidArgument naming the bad position otherwise.
Status ValidateQuad(const Quad& quad);

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_TERM_CODEC_H_
