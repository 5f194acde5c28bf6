// io_parse_bench: measures how fast spoke_io parses an RDF file.
//
//   io_parse_bench --generate N FILE   writes N random-ish N-Quads lines
//   io_parse_bench FILE [FORMAT]        parses FILE, prints quads/s
//
// Run under `/usr/bin/time -v` to see the peak memory (maximum resident set).

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <functional>
#include <string>
#include <string_view>

#include "io/rdf_reader.h"

namespace {

int Generate(uint64_t n, const char* path) {
  FILE* f = std::fopen(path, "wb");
  if (f == nullptr) {
    std::perror(path);
    return 1;
  }
  std::mt19937_64 rng(42);
  static const char* kWords[] = {"drone",     "attack",     "Baghdad",
                                 "residence", "Green Zone", "élection",
                                 "الكاظمي"};
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t s = rng() % (n / 4 + 1);
    const uint64_t p = rng() % 50;
    const uint64_t g = rng() % 100;
    std::fprintf(f,
                 "<http://example.org/entity/%llu> "
                 "<http://example.org/vocab/p%llu> ",
                 static_cast<unsigned long long>(s),
                 static_cast<unsigned long long>(p));
    switch (rng() % 4) {
      case 0:
        std::fprintf(f, "<http://example.org/entity/%llu>",
                     static_cast<unsigned long long>(rng() % n));
        break;
      case 1:
        std::fprintf(f, "\"%llu\"^^<http://www.w3.org/2001/XMLSchema#integer>",
                     static_cast<unsigned long long>(rng() % 100000));
        break;
      case 2:
        std::fprintf(f, "\"%s %llu\"@en", kWords[rng() % 7],
                     static_cast<unsigned long long>(i));
        break;
      default:
        std::fprintf(f, "_:b%llu", static_cast<unsigned long long>(rng() % n));
    }
    std::fprintf(f, " <http://example.org/graph/%llu> .\n",
                 static_cast<unsigned long long>(g));
  }
  return std::fclose(f) == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::strcmp(argv[1], "--generate") == 0) {
    return Generate(std::strtoull(argv[2], nullptr, 10), argv[3]);
  }
  spoke::io::ReadOptions options;
  // --serd: every line through serd (ReadOptions::fast_lines off).
  if (argc >= 2 && std::strcmp(argv[1], "--serd") == 0) {
    options.fast_lines = false;
    ++argv;
    --argc;
  }
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr,
                 "usage: io_parse_bench --generate N FILE | [--serd] FILE "
                 "[FORMAT]\n");
    return 2;
  }
  auto format = argc == 3 ? spoke::io::FormatFromName(argv[2])
                          : spoke::io::FormatFromPath(argv[1]);
  if (!format.ok()) {
    std::fprintf(stderr, "%s\n", format.status().ToString().c_str());
    return 2;
  }
  options.format = *format;
  uint64_t checksum = 0;
  const auto start = std::chrono::steady_clock::now();
  auto stats =
      spoke::io::ReadRdfFile(argv[1], options, [&](const spoke::Quad& q) {
        // Every term's text: --serd and the fast path must agree.
        for (const spoke::Term* t : {&q.subject, &q.predicate, &q.object,
                                     &q.graph}) {
          checksum = checksum * 31 +
                     std::hash<std::string_view>()(t->value()) +
                     std::hash<std::string_view>()(t->datatype()) * 7 +
                     static_cast<uint64_t>(t->kind());
        }
        return spoke::Status::OK();
      });
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  if (!stats.ok()) {
    std::fprintf(stderr, "%s\n", stats.status().ToString().c_str());
    return 1;
  }
  std::printf(
      "%llu quads, %.1f MB in %.3f s: %.0f quads/s, %.1f MB/s "
      "(checksum %llu)\n",
      static_cast<unsigned long long>(stats->quads),
      static_cast<double>(stats->bytes) / 1e6, secs,
      static_cast<double>(stats->quads) / secs,
      static_cast<double>(stats->bytes) / 1e6 / secs,
      static_cast<unsigned long long>(checksum));
  return 0;
}
