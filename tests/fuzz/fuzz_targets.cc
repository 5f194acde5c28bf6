// TargetByName: the registry the replay test uses.
#include "tests/fuzz/fuzz_targets.h"

namespace spoke::fuzz {

FuzzFn TargetByName(std::string_view name) {
  struct Entry {
    std::string_view name;
    FuzzFn fn;
  };
  static constexpr Entry kTargets[] = {
      {"query_parser", FuzzQueryParser}, {"query_exec", FuzzQueryExec},
      {"ntriples", FuzzNTriples},        {"nquads", FuzzNQuads},
      {"turtle", FuzzTurtle},            {"trig", FuzzTriG},
      {"term_decoder", FuzzTermDecoder},
  };
  for (const Entry& e : kTargets) {
    if (e.name == name) return e.fn;
  }
  return nullptr;
}

}  // namespace spoke::fuzz
