// IRI reference resolution (RFC 3986 §5.2), for BASE and relative IRIs in
// queries. Internal to engine/parse.

#ifndef SPOKE_ENGINE_PARSE_IRI_RESOLVER_H_
#define SPOKE_ENGINE_PARSE_IRI_RESOLVER_H_

#include <string>
#include <string_view>

namespace spoke::engine {

// True if `iri` starts with a scheme ("http:", "urn:", ...).
bool IsAbsoluteIri(std::string_view iri);

// Returns `ref` resolved against the absolute IRI `base` (RFC 3986 §5.2.2,
// with dot-segment removal). If `ref` is absolute, returns it with its dot
// segments removed. REQUIRES: IsAbsoluteIri(base) or IsAbsoluteIri(ref).
std::string ResolveIri(std::string_view base, std::string_view ref);

}  // namespace spoke::engine

#endif  // SPOKE_ENGINE_PARSE_IRI_RESOLVER_H_
