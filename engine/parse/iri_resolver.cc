#include "engine/parse/iri_resolver.h"

#include <cctype>
#include <optional>

namespace spoke::engine {
namespace {

struct IriParts {
  std::optional<std::string_view> scheme;
  std::optional<std::string_view> authority;
  std::string_view path;
  std::optional<std::string_view> query;
  std::optional<std::string_view> fragment;
};

size_t SchemeLength(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return 0;
  for (size_t i = 1; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') return i;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' &&
        c != '.') {
      return 0;
    }
  }
  return 0;
}

// RFC 3986 appendix B.
IriParts Split(std::string_view s) {
  IriParts p;
  if (size_t n = SchemeLength(s); n > 0) {
    p.scheme = s.substr(0, n);
    s.remove_prefix(n + 1);
  }
  if (size_t hash = s.find('#'); hash != std::string_view::npos) {
    p.fragment = s.substr(hash + 1);
    s = s.substr(0, hash);
  }
  if (size_t q = s.find('?'); q != std::string_view::npos) {
    p.query = s.substr(q + 1);
    s = s.substr(0, q);
  }
  if (s.substr(0, 2) == "//") {
    s.remove_prefix(2);
    size_t slash = s.find('/');
    p.authority = s.substr(0, slash);
    s = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
  }
  p.path = s;
  return p;
}

// RFC 3986 §5.2.4.
std::string RemoveDotSegments(std::string_view in) {
  std::string out;
  while (!in.empty()) {
    if (in.substr(0, 3) == "../") {
      in.remove_prefix(3);
    } else if (in.substr(0, 2) == "./") {
      in.remove_prefix(2);
    } else if (in.substr(0, 3) == "/./") {
      in.remove_prefix(2);
    } else if (in == "/.") {
      in = "/";
    } else if (in.substr(0, 4) == "/../" || in == "/..") {
      in = in.size() == 3 ? std::string_view("/") : in.substr(3);
      size_t last = out.rfind('/');
      out.erase(last == std::string::npos ? 0 : last);
    } else if (in == "." || in == "..") {
      in = {};
    } else {
      size_t next = in.find('/', 1);
      if (next == std::string_view::npos) next = in.size();
      out.append(in.substr(0, next));
      in.remove_prefix(next);
    }
  }
  return out;
}

std::string Merge(const IriParts& base, std::string_view ref_path) {
  if (base.authority && base.path.empty()) {
    return "/" + std::string(ref_path);
  }
  size_t last = base.path.rfind('/');
  if (last == std::string_view::npos) return std::string(ref_path);
  return std::string(base.path.substr(0, last + 1)) + std::string(ref_path);
}

std::string Recompose(std::string_view scheme,
                      std::optional<std::string_view> authority,
                      std::string_view path,
                      std::optional<std::string_view> query,
                      std::optional<std::string_view> fragment) {
  std::string out;
  out.append(scheme).append(":");
  if (authority) out.append("//").append(*authority);
  out.append(path);
  if (query) out.append("?").append(*query);
  if (fragment) out.append("#").append(*fragment);
  return out;
}

}  // namespace

bool IsAbsoluteIri(std::string_view iri) { return SchemeLength(iri) > 0; }

std::string ResolveIri(std::string_view base, std::string_view ref) {
  IriParts r = Split(ref);
  if (r.scheme) {
    return Recompose(*r.scheme, r.authority, RemoveDotSegments(r.path),
                     r.query, r.fragment);
  }
  IriParts b = Split(base);
  std::string_view scheme = b.scheme ? *b.scheme : std::string_view();
  if (r.authority) {
    return Recompose(scheme, r.authority, RemoveDotSegments(r.path), r.query,
                     r.fragment);
  }
  if (r.path.empty()) {
    return Recompose(scheme, b.authority, b.path, r.query ? r.query : b.query,
                     r.fragment);
  }
  std::string path = r.path[0] == '/' ? RemoveDotSegments(r.path)
                                      : RemoveDotSegments(Merge(b, r.path));
  return Recompose(scheme, b.authority, path, r.query, r.fragment);
}

}  // namespace spoke::engine
