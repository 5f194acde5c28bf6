// Fuzz target bodies, shared by the libFuzzer binaries (fuzz_entry.cc, built
// only with SPOKE_BUILD_FUZZ) and the regression replay test (default run).
// Each takes arbitrary bytes, must never crash, and returns 0.
//
// Thread safety: not thread-safe (query_exec keeps one database).
#ifndef SPOKE_TESTS_FUZZ_FUZZ_TARGETS_H_
#define SPOKE_TESTS_FUZZ_FUZZ_TARGETS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace spoke::fuzz {

using FuzzFn = int (*)(const uint8_t* data, size_t size);

// engine/parse Parse on the bytes as query text.
int FuzzQueryParser(const uint8_t* data, size_t size);
// Prepare + Execute through the public API on a tiny database in a
// temporary directory (timeout, memory limit and row cap keep it bounded).
int FuzzQueryExec(const uint8_t* data, size_t size);
// io::ReadRdfText in one format.
int FuzzNTriples(const uint8_t* data, size_t size);
int FuzzNQuads(const uint8_t* data, size_t size);
int FuzzTurtle(const uint8_t* data, size_t size);
int FuzzTriG(const uint8_t* data, size_t size);
// storage DecodeTerm / DecodeInlineId; checks what decodes re-encodes.
int FuzzTermDecoder(const uint8_t* data, size_t size);

// The target called `name` (the names of tests/fuzz/corpus/*), or nullptr.
FuzzFn TargetByName(std::string_view name);

}  // namespace spoke::fuzz

#endif  // SPOKE_TESTS_FUZZ_FUZZ_TARGETS_H_
