// The query parser target: engine/parse Parse.
#include "engine/parse/parser.h"
#include "tests/fuzz/fuzz_require.h"
#include "tests/fuzz/fuzz_targets.h"

namespace spoke::fuzz {

int FuzzQueryParser(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto r = engine::Parse(text);
  if (!r.ok()) Require(!r.status().message().empty(), "error without message");
  return 0;
}

}  // namespace spoke::fuzz
