// spoke_gen: writes a synthetic news-event graph as N-Quads.
//
//   spoke_gen --quads 1m --seed 7 -o news-1m.nq
//
// Sizes take a k/m/g suffix (1000s). Output goes to stdout without -o.
// The same options always give the same bytes. Exit status 2 on a usage
// error, 1 on a write error.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "bench/gen/news_generator.h"
#include "bench/gen/nquads_writer.h"
#include "bench/gen/size_arg.h"

namespace {

constexpr const char* kUsage =
    "usage: spoke_gen [--quads N] [--seed S] [-o FILE] [--quiet]\n"
    "  --quads N   about N quads (k/m/g suffixes allowed; default 100k)\n"
    "  --seed S    random seed (default 1)\n"
    "  -o FILE     output file (default: standard output)\n"
    "  --quiet     no summary on standard error\n";

int UsageError(const std::string& msg) {
  std::fprintf(stderr, "spoke_gen: %s\n%s", msg.c_str(), kUsage);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  spoke::bench::GeneratorOptions options;
  std::string output;
  bool quiet = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    std::string text;
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (arg == "--quiet") {
      quiet = true;
    } else if (arg == "--quads" || arg == "--seed") {
      if (!value(&text)) return UsageError("missing value for " + std::string(arg));
      auto n = spoke::bench::ParseSize(text);
      if (!n.ok()) return UsageError(n.status().message());
      (arg == "--quads" ? options.quads : options.seed) = *n;
    } else if (arg == "-o" || arg == "--output") {
      if (!value(&output)) return UsageError("missing value for -o");
    } else {
      return UsageError("unknown argument '" + std::string(arg) + "'");
    }
  }

  std::FILE* out = stdout;
  if (!output.empty() && output != "-") {
    out = std::fopen(output.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "spoke_gen: cannot open '%s': %s\n", output.c_str(),
                   std::strerror(errno));
      return 1;
    }
  }
  const auto start = std::chrono::steady_clock::now();
  spoke::bench::NQuadsWriter writer(out);
  spoke::bench::NewsGenerator generator(options, &writer);
  spoke::Status s = generator.Run();
  if (out != stdout && std::fclose(out) != 0 && s.ok()) {
    s = spoke::Status::IOError(std::string("close failed: ") + std::strerror(errno));
  }
  if (!s.ok()) {
    std::fprintf(stderr, "spoke_gen: %s\n", s.message().c_str());
    return 1;
  }
  if (!quiet) {
    const double secs = std::chrono::duration<double>(
                            std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr,
                 "{\"quads\":%llu,\"articles\":%llu,\"bytes\":%llu,\"seconds\":%.3f}\n",
                 static_cast<unsigned long long>(writer.quads()),
                 static_cast<unsigned long long>(generator.articles()),
                 static_cast<unsigned long long>(writer.bytes()), secs);
  }
  return 0;
}
