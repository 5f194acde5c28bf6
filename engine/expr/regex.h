// Regex: SPARQL's REGEX (XPath fn:matches) on RE2, a linear-time engine.
//
// Flags: i (case-insensitive), s (dot matches newlines), m (^ and $ match at
// line boundaries), x (whitespace outside character classes is removed).
// Without s, `.` matches anything but \n and \r, as in XPath. Constructs
// XPath has and RE2 lacks are rejected with kNotSupported: backreferences
// (\1 ... \9) and character class subtraction ([a-z-[aeiou]]); so are other
// flags (e.g. q). Anything RE2 cannot parse (including XPath's \i, \c and
// \p{IsBlock} escapes) is kInvalidArgument with RE2's reason.
//
// Thread safety: a compiled Regex may be used from many threads at once.

#ifndef SPOKE_ENGINE_EXPR_REGEX_H_
#define SPOKE_ENGINE_EXPR_REGEX_H_

#include <memory>
#include <string>
#include <string_view>

#include "spoke/status.h"

namespace re2 {
class RE2;
}

namespace spoke::engine::expr {

class Regex {
 public:
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  // Errors: kNotSupported for an unsupported flag or construct,
  // kInvalidArgument for a pattern that does not parse. Messages name the
  // pattern and the problem, e.g. "invalid regular expression 'a(': missing )".
  static Result<std::unique_ptr<Regex>> Compile(std::string_view pattern,
                                                std::string_view flags);

  // True if some substring of `text` matches.
  bool Matches(std::string_view text) const;

 private:
  explicit Regex(std::unique_ptr<re2::RE2> re);
  std::unique_ptr<re2::RE2> re_;
};

}  // namespace spoke::engine::expr

#endif  // SPOKE_ENGINE_EXPR_REGEX_H_
