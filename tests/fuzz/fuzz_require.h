// Require: the invariant check shared by the fuzz target bodies.
#ifndef SPOKE_TESTS_FUZZ_FUZZ_REQUIRE_H_
#define SPOKE_TESTS_FUZZ_FUZZ_REQUIRE_H_

#include <cstdio>
#include <cstdlib>

namespace spoke::fuzz {

// A broken invariant: abort so that libFuzzer (and the replay test) report it.
inline void Require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

}  // namespace spoke::fuzz

#endif  // SPOKE_TESTS_FUZZ_FUZZ_REQUIRE_H_
