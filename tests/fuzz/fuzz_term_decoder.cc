// The term decoder target: storage DecodeTerm and DecodeInlineId.
#include "storage/term_codec.h"
#include "tests/fuzz/fuzz_require.h"
#include "tests/fuzz/fuzz_targets.h"

namespace spoke::fuzz {

int FuzzTermDecoder(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto term = storage::DecodeTerm(bytes);
  if (term.ok()) {
    // Whatever decodes must encode and decode to the same term.
    auto enc = storage::EncodeTerm(*term);
    Require(enc.ok(), "decoded term does not encode");
    auto again = storage::DecodeTerm(*enc);
    Require(again.ok() && *again == *term, "term does not round-trip");
    storage::HashEncodedTerm(*enc);
  }
  if (size >= 8) {
    uint64_t id = 0;
    for (int i = 0; i < 8; ++i) id = (id << 8) | data[i];
    if (storage::IsInlineId(id)) {
      Term t = storage::DecodeInlineId(id);
      if (storage::TagOf(id) == storage::kTagInteger) {
        auto back = storage::InlineId(t);
        Require(back.has_value() && *back == id, "inline integer round-trip");
      }
    }
  }
  return 0;
}

}  // namespace spoke::fuzz
