// TermId: the 8-byte id of a term inside the store.
//
// The top byte is a tag: it tells the kind of term without a dictionary
// read, and for small canonical values (integers, booleans, ...) the low
// 56 bits hold the value itself, so those terms need no dictionary entry.
// Equal terms always have equal ids: a value is inlined only when its
// lexical form is canonical, so "01"^^xsd:integer and "1"^^xsd:integer get
// different ids, as they are different RDF terms.
// The exact tags are documented in storage/FORMAT.md.

#ifndef SPOKE_STORAGE_TERM_ID_H_
#define SPOKE_STORAGE_TERM_ID_H_

#include <cstdint>

#include "spoke/term.h"

namespace spoke::storage {

using TermId = uint64_t;

// The graph position of a quad in the unnamed default graph.
inline constexpr TermId kDefaultGraphId = 0;

// The kind of term an id stands for, read from its tag alone.
TermKind KindOfId(TermId id);

}  // namespace spoke::storage

#endif  // SPOKE_STORAGE_TERM_ID_H_
