#include "storage/term_codec.h"

#include <xxhash.h>

namespace spoke::storage {

namespace {

constexpr char kTypeIri = 'I';
constexpr char kTypeBlank = 'B';
constexpr char kTypeSimple = 'S';
constexpr char kTypeLang = 'L';
constexpr char kTypeTyped = 'T';

constexpr int64_t kInlineBias = int64_t{1} << 55;

void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

bool GetVarint(std::string_view* in, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !in->empty(); shift += 7) {
    uint8_t byte = static_cast<uint8_t>(in->front());
    in->remove_prefix(1);
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) {
      *v = result;
      return true;
    }
  }
  return false;
}

// Canonical xsd:integer lexical form: "0" or -?[1-9][0-9]*, value within
// the inline range.
std::optional<int64_t> CanonicalInlineInteger(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;  // 2^55 has 17 digits
  bool neg = s[0] == '-';
  std::string_view digits = neg ? s.substr(1) : s;
  if (digits.empty() || (digits[0] == '0' && (digits.size() > 1 || neg))) {
    return std::nullopt;
  }
  int64_t v = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (neg) v = -v;
  if (v < -kInlineBias || v >= kInlineBias) return std::nullopt;
  return v;
}

}  // namespace

std::optional<TermId> InlineId(const Term& term) {
  if (!term.is_literal() || !term.language().empty()) return std::nullopt;
  std::string_view dt = term.datatype();
  if (dt == kXsdInteger) {
    std::optional<int64_t> v = CanonicalInlineInteger(term.value());
    if (!v) return std::nullopt;
    return MakeId(kTagInteger, static_cast<uint64_t>(*v + kInlineBias));
  }
  if (dt == kXsdBoolean) {
    if (term.value() == "true") return MakeId(kTagBoolean, 1);
    if (term.value() == "false") return MakeId(kTagBoolean, 0);
  }
  return std::nullopt;
}

Term DecodeInlineId(TermId id) {
  uint64_t payload = id & kPayloadMask;
  if (TagOf(id) == kTagInteger) {
    int64_t v = static_cast<int64_t>(payload) - kInlineBias;
    return Term::TypedLiteral(std::to_string(v), kXsdInteger);
  }
  return Term::TypedLiteral(payload ? "true" : "false", kXsdBoolean);
}

TermKind KindOfId(TermId id) {
  switch (TagOf(id)) {
    case kTagIri: return TermKind::kIri;
    case kTagBlank: return TermKind::kBlank;
    case kTagLiteral:
    case kTagInteger:
    case kTagBoolean: return TermKind::kLiteral;
    default: return TermKind::kNone;
  }
}

Result<IdTag> DictionaryTag(const Term& term) {
  switch (term.kind()) {
    case TermKind::kIri: return kTagIri;
    case TermKind::kBlank: return kTagBlank;
    case TermKind::kLiteral: return kTagLiteral;
    case TermKind::kNone: break;
  }
  return Status::InvalidArgument("cannot store an empty term");
}

Status AppendEncodedTerm(const Term& term, std::string* out) {
  switch (term.kind()) {
    case TermKind::kNone:
      return Status::InvalidArgument("cannot store an empty term");
    case TermKind::kIri:
      out->push_back(kTypeIri);
      break;
    case TermKind::kBlank:
      out->push_back(kTypeBlank);
      break;
    case TermKind::kLiteral:
      if (term.is_simple_literal()) {
        out->push_back(kTypeSimple);
      } else if (!term.language().empty()) {
        out->push_back(kTypeLang);
        PutVarint(out, term.language().size());
        out->append(term.language());
      } else {
        std::string_view dt = term.datatype();
        out->push_back(kTypeTyped);
        PutVarint(out, dt.size());
        out->append(dt);
      }
      break;
  }
  out->append(term.value());
  return Status::OK();
}

Result<std::string> EncodeTerm(const Term& term) {
  std::string out;
  size_t extra = term.is_literal()
                     ? 6 + term.language().size() + term.datatype().size()
                     : 1;
  out.reserve(extra + term.value().size());
  SPOKE_RETURN_IF_ERROR(AppendEncodedTerm(term, &out));
  return out;
}

Result<IdTag> EncodedTag(std::string_view encoded) {
  if (!encoded.empty()) {
    switch (encoded.front()) {
      case kTypeIri: return kTagIri;
      case kTypeBlank: return kTagBlank;
      case kTypeSimple:
      case kTypeLang:
      case kTypeTyped: return kTagLiteral;
      default: break;
    }
  }
  return Status::Corruption("bad term encoding");
}

Result<Term> DecodeTerm(std::string_view bytes) {
  if (bytes.empty()) return Status::Corruption("empty term encoding");
  char type = bytes.front();
  bytes.remove_prefix(1);
  auto prefixed = [&bytes](std::string_view* field) {
    uint64_t len;
    if (!GetVarint(&bytes, &len) || len > bytes.size()) return false;
    *field = bytes.substr(0, len);
    bytes.remove_prefix(len);
    return true;
  };
  std::string_view field;
  switch (type) {
    case kTypeIri: return Term::Iri(std::string(bytes));
    case kTypeBlank: return Term::Blank(std::string(bytes));
    case kTypeSimple: return Term::Literal(std::string(bytes));
    case kTypeLang:
      if (!prefixed(&field)) break;
      return Term::LangLiteral(std::string(bytes), field);
    case kTypeTyped:
      if (!prefixed(&field)) break;
      return Term::TypedLiteral(std::string(bytes), field);
    default:
      return Status::Corruption("unknown term type byte " +
                                std::to_string(static_cast<uint8_t>(type)));
  }
  return Status::Corruption("truncated term encoding");
}

std::array<char, 16> HashEncodedTerm(std::string_view encoded) {
  return TermHashKey(HashTerm(encoded));
}

TermHash HashTerm(std::string_view encoded) {
  XXH128_hash_t h = XXH3_128bits(encoded.data(), encoded.size());
  return TermHash{h.high64, h.low64};
}

std::array<char, 16> TermHashKey(const TermHash& hash) {
  std::array<char, 16> out;
  for (int i = 0; i < 8; ++i) {
    out[i] = static_cast<char>(hash.high >> (56 - 8 * i));
    out[8 + i] = static_cast<char>(hash.low >> (56 - 8 * i));
  }
  return out;
}

Status ValidateQuad(const Quad& quad) {
  if (!quad.subject.is_iri() && !quad.subject.is_blank()) {
    return Status::InvalidArgument("quad subject must be an IRI or blank node");
  }
  if (!quad.predicate.is_iri()) {
    return Status::InvalidArgument("quad predicate must be an IRI");
  }
  if (quad.object.is_none()) {
    return Status::InvalidArgument("quad object is missing");
  }
  if (quad.graph.is_literal()) {
    return Status::InvalidArgument("quad graph must be an IRI or blank node");
  }
  return Status::OK();
}

}  // namespace spoke::storage
