#include "engine/expr/regex.h"

#include <re2/re2.h>

namespace spoke::engine::expr {

namespace {

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string Quote(std::string_view pattern) {
  return "'" + std::string(pattern) + "'";
}

// Rewrites an XPath regular expression into RE2 syntax; see regex.h.
Status Translate(std::string_view p, bool strip_space, bool dot_all,
                 std::string* out) {
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\') {
      if (i + 1 >= p.size()) {
        return Status::InvalidArgument("invalid regular expression " + Quote(p) +
                                       ": trailing backslash");
      }
      char n = p[i + 1];
      if (n >= '0' && n <= '9') {
        return Status::NotSupported("regular expression " + Quote(p) +
                                    ": backreferences are not supported");
      }
      out->push_back(c);
      out->push_back(n);
      ++i;
      continue;
    }
    if (in_class) {
      if (c == '-' && i + 1 < p.size() && p[i + 1] == '[') {
        return Status::NotSupported("regular expression " + Quote(p) +
                                    ": character class subtraction is not supported");
      }
      if (c == ']') in_class = false;
      out->push_back(c);
      continue;
    }
    if (strip_space && IsXmlSpace(c)) continue;
    if (c == '[') {
      in_class = true;
      out->push_back(c);
      // A ']' or '^]' right after '[' is literal in RE2 but an error in
      // XPath; either way it must not close the class here.
      if (i + 1 < p.size() && p[i + 1] == '^') out->push_back(p[++i]);
      continue;
    }
    if (c == '.' && !dot_all) {
      out->append("[^\\n\\r]");
      continue;
    }
    out->push_back(c);
  }
  return Status::OK();
}

}  // namespace

Regex::Regex(std::unique_ptr<re2::RE2> re) : re_(std::move(re)) {}
Regex::~Regex() = default;

Result<std::unique_ptr<Regex>> Regex::Compile(std::string_view pattern,
                                              std::string_view flags) {
  bool icase = false, dot_all = false, multi_line = false, extended = false;
  for (char f : flags) {
    switch (f) {
      case 'i': icase = true; break;
      case 's': dot_all = true; break;
      case 'm': multi_line = true; break;
      case 'x': extended = true; break;
      default:
        return Status::NotSupported("unsupported regex flag '" + std::string(1, f) +
                                    "' (supported: i, m, s, x)");
    }
  }
  std::string translated;
  if (multi_line) translated = "(?m)";
  SPOKE_RETURN_IF_ERROR(Translate(pattern, extended, dot_all, &translated));
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(!icase);
  options.set_dot_nl(dot_all);
  auto re = std::make_unique<re2::RE2>(translated, options);
  if (!re->ok()) {
    return Status::InvalidArgument("invalid regular expression " + Quote(pattern) +
                                   ": " + re->error());
  }
  return std::unique_ptr<Regex>(new Regex(std::move(re)));
}

bool Regex::Matches(std::string_view text) const {
  return re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

}  // namespace spoke::engine::expr
