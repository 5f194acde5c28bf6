#include "io/fast_line_parser.h"

#include <array>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "io/rdf_text.h"

namespace spoke::io {

namespace {

// Byte classes of the plain shape.
enum : uint8_t {
  kIriChar = 1,      // inside <...>: serd keeps it as is
  kLiteralChar = 2,  // inside "...": serd keeps it as is
  kLabelChar = 4,    // in a blank node label
  kSchemeChar = 8,   // in an IRI scheme after its first letter
  kAlpha = 16,
  kHigh = 32,        // part of a multi-byte UTF-8 sequence
};

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> c{};
  for (int b = 0x21; b < 0x7F; ++b) c[b] |= kIriChar | kLiteralChar;
  // IRIREF forbids these (serd reads '\\' as an escape, '>' ends it).
  for (char b : {'"', '<', '>', '\\', '^', '`', '{', '|', '}'}) {
    c[static_cast<uint8_t>(b)] &= ~kIriChar;
  }
  // '"' ends a literal and '\\' starts an escape; space and tab are
  // literal text.
  c['"'] &= ~kLiteralChar;
  c['\\'] &= ~kLiteralChar;
  c[' '] |= kLiteralChar;
  c['\t'] |= kLiteralChar;
  for (int b = 0x80; b < 0x100; ++b) {
    c[b] |= kIriChar | kLiteralChar | kHigh;
  }
  for (int b = 'a'; b <= 'z'; ++b) c[b] |= kAlpha | kLabelChar | kSchemeChar;
  for (int b = 'A'; b <= 'Z'; ++b) c[b] |= kAlpha | kLabelChar | kSchemeChar;
  for (int b = '0'; b <= '9'; ++b) c[b] |= kLabelChar | kSchemeChar;
  c['_'] |= kLabelChar;
  c['-'] |= kLabelChar | kSchemeChar;
  c['+'] |= kSchemeChar;
  c['.'] |= kSchemeChar;
  return c;
}

constexpr std::array<uint8_t, 256> kClasses = MakeClasses();

inline uint8_t ClassOf(char c) { return kClasses[static_cast<uint8_t>(c)]; }

inline void SkipSpace(const char** pos, const char* end) {
  const char* p = *pos;
  while (p < end && (*p == ' ' || *p == '\t')) ++p;
  *pos = p;
}

#if defined(__SSE2__)
// Skips whole 16-byte blocks of bytes of class `cls` (kIriChar or
// kLiteralChar), as the table would; sets *high if one held a byte >= 0x80.
inline const char* SkipBlocks(const char* p, const char* end, uint8_t cls,
                              bool* high) {
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i del = _mm_set1_epi8(0x7F);
  const __m128i tab = _mm_set1_epi8('\t');
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  int any_high = 0;
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Controls and space: v <= 0x20 (unsigned).
    __m128i bad = _mm_cmpeq_epi8(_mm_min_epu8(v, space), v);
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, del));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, quote));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, backslash));
    if (cls == kIriChar) {
      for (char c : {'<', '>', '^', '`', '{', '|', '}'}) {
        bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
      }
    } else {
      // Space and tab are literal text.
      bad = _mm_andnot_si128(_mm_cmpeq_epi8(v, space), bad);
      bad = _mm_andnot_si128(_mm_cmpeq_epi8(v, tab), bad);
    }
    if (_mm_movemask_epi8(bad) != 0) break;
    any_high |= _mm_movemask_epi8(v);
    p += 16;
  }
  *high = any_high != 0;
  return p;
}
#endif

// Scans bytes of class `cls` from `p`; sets *high if any is non-ASCII.
inline const char* Scan(const char* p, const char* end, uint8_t cls,
                        bool* high) {
#if defined(__SSE2__)
  p = SkipBlocks(p, end, cls, high);
  uint8_t seen = *high ? kHigh : 0;
#else
  uint8_t seen = 0;
#endif
  while (p < end) {
    const uint8_t k = ClassOf(*p);
    if ((k & cls) == 0) break;
    seen |= k;
    ++p;
  }
  *high = (seen & kHigh) != 0;
  return p;
}

}  // namespace

FastLineParser::FastLineParser(const ReadOptions& options)
    : options_(options), quads_(options.format == RdfFormat::kNQuads) {}

bool FastLineParser::ReadIri(const char** pos, const char* end,
                             std::string* iri) {
  const char* p = *pos;
  if (p == end || *p != '<') return false;
  const char* start = ++p;
  // An absolute IRI: a scheme (letter, then letters, digits, + - .) and ':'.
  if (p == end || (ClassOf(*p) & kAlpha) == 0) return false;
  while (p < end && (ClassOf(*p) & kSchemeChar) != 0) ++p;
  if (p == end || *p != ':') return false;
  bool high = false;
  p = Scan(p + 1, end, kIriChar, &high);
  if (p == end || *p != '>') return false;
  const std::string_view text(start, static_cast<size_t>(p - start));
  if (high && !ValidUtf8(text)) return false;
  iri->assign(text);
  *pos = p + 1;
  return true;
}

bool FastLineParser::ReadBlank(const char** pos, const char* end,
                               Term* term) {
  const char* p = *pos;
  if (end - p < 3 || p[0] != '_' || p[1] != ':') return false;
  p += 2;
  const char* start = p;
  // The first character cannot be '-'; a '.' (which serd takes as part of
  // the label, or as the end of the statement) is left to serd.
  if (*p == '-') return false;
  while (p < end && (ClassOf(*p) & kLabelChar) != 0) ++p;
  if (p == start || p == end || (*p != ' ' && *p != '\t')) return false;
  std::string label;
  label.reserve(options_.blank_prefix.size() +
                static_cast<size_t>(p - start));
  label.append(options_.blank_prefix);
  label.append(start, p);
  *term = Term::Blank(std::move(label));
  *pos = p;
  return true;
}

bool FastLineParser::ReadLiteral(const char** pos, const char* end,
                                 Term* term) {
  const char* p = *pos;
  if (p == end || *p != '"') return false;
  const char* start = ++p;
  bool high = false;
  p = Scan(p, end, kLiteralChar, &high);
  if (p == end || *p != '"') return false;
  const std::string_view lexical(start, static_cast<size_t>(p - start));
  if (high && !ValidUtf8(lexical)) return false;
  ++p;
  if (p < end && *p == '@') {
    const char* tag = ++p;
    while (p < end && (ClassOf(*p) & kLabelChar) != 0 && *p != '_') ++p;
    const std::string_view lang(tag, static_cast<size_t>(p - tag));
    if (p == end || (*p != ' ' && *p != '\t') || !ValidLanguageTag(lang)) {
      return false;
    }
    *term = Term::LangLiteral(std::string(lexical), lang);
  } else if (p < end && *p == '^') {
    if (end - p < 2 || p[1] != '^') return false;
    p += 2;
    if (!ReadIri(&p, end, &datatype_)) return false;
    *term = Term::TypedLiteral(std::string(lexical), datatype_);
  } else {
    *term = Term::Literal(std::string(lexical));
  }
  *pos = p;
  return true;
}

bool FastLineParser::ReadIriTerm(const char** pos, const char* end,
                                 Term* term) {
  std::string iri;
  if (!ReadIri(pos, end, &iri)) return false;
  *term = Term::Iri(std::move(iri));
  return true;
}

bool FastLineParser::Parse(std::string_view line, Quad* quad) {
  const char* p = line.data();
  const char* const end = p + line.size();
  SkipSpace(&p, end);
  if (p == end) return false;
  if (*p == '<' ? !ReadIriTerm(&p, end, &quad->subject)
                : !ReadBlank(&p, end, &quad->subject)) {
    return false;
  }
  SkipSpace(&p, end);
  if (!ReadIriTerm(&p, end, &quad->predicate)) return false;
  SkipSpace(&p, end);
  if (p == end) return false;
  if (*p == '<') {
    if (!ReadIriTerm(&p, end, &quad->object)) return false;
  } else if (*p == '"') {
    if (!ReadLiteral(&p, end, &quad->object)) return false;
  } else if (!ReadBlank(&p, end, &quad->object)) {
    return false;
  }
  SkipSpace(&p, end);
  if (p == end) return false;
  if (*p == '.') {
    quad->graph = options_.default_graph;
  } else if (!quads_) {
    return false;
  } else if (*p == '<' ? ReadIriTerm(&p, end, &quad->graph)
                       : ReadBlank(&p, end, &quad->graph)) {
    SkipSpace(&p, end);
  } else {
    return false;
  }
  if (p == end || *p != '.') return false;
  ++p;
  SkipSpace(&p, end);
  return p == end;
}

}  // namespace spoke::io
