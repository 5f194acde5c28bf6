// FastLineParser against serd: every line the fast parser accepts must read
// the same through serd alone, and whole files must read the same (quads,
// errors, counts) with and without it.

#include "io/fast_line_parser.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "io_test_util.h"

namespace spoke::io {
namespace {

using testing::ReadOutcome;
using testing::ReadText;

// Random pieces of N-Quads lines, mostly plain, with the edge cases that
// the fast parser must leave to serd mixed in.
class LineGen {
 public:
  explicit LineGen(uint32_t seed) : rng_(seed) {}

  std::string Line(bool with_graph) {
    std::string s = Space(true) + Subject() + Space(false) + Iri() +
                    Space(false) + Object();
    if (with_graph && Pick(3) != 0) s += Space(false) + Subject();
    s += Space(false) + (Pick(40) == 0 ? "" : ".") + Space(true);
    if (Pick(40) == 0) s += Pick(2) ? "# note" : "junk";
    return s;
  }

 private:
  size_t Pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  template <size_t N>
  std::string One(const char* const (&options)[N]) {
    return options[Pick(N)];
  }

  std::string Space(bool edge) {
    static const char* const kSpaces[] = {" ", " ", " ", "  ", "\t", " \t"};
    if (Pick(12) == 0) return "";
    if (edge && Pick(3) != 0) return "";
    return One(kSpaces);
  }

  // Text for inside an IRI or literal: plain runs with odd characters.
  std::string Text() {
    static const char* const kOdd[] = {
        "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80",  // valid UTF-8
        "\xC3", "\xED\xA0\x80", "\xC0\xAF", "\xF5\x80\x80\x80",  // invalid
        "\\u0041", "\\U0001F600", "\\n", "\\\"", "\\", "\\uD800",
        " ", "\t", "\x01", "\x7F", "\"", "<", ">", "{", "|", "^", "`",
        "#", "%20", ":", "/", "@", "_", "-", ".",
    };
    std::string s;
    // Long texts too: the scanner checks 16 bytes at a time.
    const size_t n = Pick(3) == 0 ? Pick(48) : Pick(12);
    const bool odd = Pick(4) == 0;
    for (size_t i = 0; i < n; ++i) {
      if (odd && Pick(4) == 0) {
        s += One(kOdd);
      } else {
        s += static_cast<char>("abcxyzABC019/:#?=&"[Pick(18)]);
      }
    }
    return s;
  }

  std::string Iri() {
    static const char* const kSchemes[] = {"http://ex.org/", "urn:x:", "a:",
                                           "h1+.-:",        "",       "1a:",
                                           "ht tp:",        ":"};
    std::string scheme = Pick(4) ? "http://ex.org/" : One(kSchemes);
    return "<" + scheme + Text() + (Pick(50) == 0 ? "" : ">");
  }

  std::string Blank() {
    static const char* const kLabels[] = {"b1", "B1", "x", "_a", "0", "a-b",
                                          "-a", "a.b", "a.", "\xC3\xA9",
                                          "a:b", "", "genid7", "b0c"};
    return "_:" + One(kLabels);
  }

  std::string Subject() { return Pick(4) == 0 ? Blank() : Iri(); }

  std::string Object() {
    switch (Pick(4)) {
      case 0:
        return Iri();
      case 1:
        return Blank();
      default:
        break;
    }
    static const char* const kLangs[] = {"en", "EN-us", "en-", "1en", "en_US",
                                         "de-1996", "x", "", "en--a"};
    std::string lit = "\"" + Text() + (Pick(60) == 0 ? "" : "\"");
    switch (Pick(4)) {
      case 0:
        return lit + "@" + One(kLangs);
      case 1: {
        static const char* const kTypes[] = {
            "<http://www.w3.org/2001/XMLSchema#integer>",
            "<http://www.w3.org/2001/XMLSchema#string>", "<rel>",
            "xsd:integer", "<http://x/\xC3\xA9>"};
        return lit + (Pick(20) == 0 ? "^" : "^^") + One(kTypes);
      }
      default:
        return lit;
    }
  }

  std::mt19937 rng_;
};

void CompareLines(RdfFormat format, const ReadOptions& base, uint32_t seed) {
  LineGen gen(seed);
  ReadOptions options = base;
  options.format = format;
  FastLineParser fast(options);
  ReadOptions slow = options;
  slow.fast_lines = false;
  size_t accepted = 0;
  constexpr size_t kLines = 20000;
  for (size_t i = 0; i < kLines; ++i) {
    const std::string line = gen.Line(format == RdfFormat::kNQuads);
    Quad quad;
    if (!fast.Parse(line, &quad)) continue;
    ++accepted;
    ReadOutcome serd = ReadText(line, format, slow);
    ASSERT_TRUE(serd.status.ok())
        << "fast path accepted a line serd rejects: [" << line << "]: "
        << serd.status.ToString();
    ASSERT_EQ(serd.quads.size(), 1u) << line;
    EXPECT_EQ(serd.quads[0], quad) << line;
  }
  // Most generated lines are plain, many are not.
  EXPECT_GT(accepted, kLines / 5);
  EXPECT_LT(accepted, kLines * 9 / 10);
}

TEST(FastLineTest, AcceptedNQuadsLinesReadTheSameThroughSerd) {
  for (uint32_t seed : {1u, 2u, 3u}) CompareLines(RdfFormat::kNQuads, {}, seed);
}

TEST(FastLineTest, AcceptedNTriplesLinesReadTheSameThroughSerd) {
  CompareLines(RdfFormat::kNTriples, {}, 4);
}

TEST(FastLineTest, BlankPrefixAndDefaultGraphAreApplied) {
  ReadOptions options;
  options.blank_prefix = "f1_";
  options.default_graph = Term::Iri("http://ex.org/default");
  CompareLines(RdfFormat::kNQuads, options, 5);
  options.format = RdfFormat::kNQuads;
  FastLineParser fast(options);
  Quad q;
  ASSERT_TRUE(fast.Parse("_:a <http://p/> \"x\"@EN .", &q));
  EXPECT_EQ(q.subject, Term::Blank("f1_a"));
  EXPECT_EQ(q.object, Term::LangLiteral("x", "en"));
  EXPECT_EQ(q.graph, options.default_graph);
}

TEST(FastLineTest, DeclinesWhatItDoesNotRead) {
  ReadOptions options;
  options.format = RdfFormat::kNTriples;
  FastLineParser triples(options);
  Quad q;
  EXPECT_TRUE(triples.Parse("<a:s> <a:p> <a:o> .", &q));
  EXPECT_FALSE(triples.Parse("<a:s> <a:p> <a:o> <a:g> .", &q));  // a graph
  EXPECT_FALSE(triples.Parse("<a:s> <a:p> \"a\\tb\" .", &q));    // escape
  EXPECT_FALSE(triples.Parse("<a:s> <a:p> <a:o> . # c", &q));    // comment
  EXPECT_FALSE(triples.Parse("<s> <a:p> <a:o> .", &q));          // relative
  EXPECT_FALSE(triples.Parse("<a:s> <a:p> _:b.", &q));           // label dot
  EXPECT_FALSE(triples.Parse(std::string("<a:s> <a:p> \"\0\" .", 16), &q));
}

// Whole files: the same quads, errors and counts with and without the fast
// path, with and without skip_invalid.
TEST(FastLineTest, FilesReadTheSameWithAndWithoutFastLines) {
  for (uint32_t seed : {11u, 12u}) {
    LineGen gen(seed);
    std::string text;
    for (int i = 0; i < 3000; ++i) text += gen.Line(true) + "\n";
    for (bool skip : {false, true}) {
      ReadOptions options;
      options.skip_invalid = skip;
      ReadOutcome with = ReadText(text, RdfFormat::kNQuads, options);
      options.fast_lines = false;
      ReadOutcome without = ReadText(text, RdfFormat::kNQuads, options);
      EXPECT_EQ(with.status.ToString(), without.status.ToString());
      EXPECT_EQ(with.quads, without.quads);
      EXPECT_EQ(with.errors, without.errors);
      EXPECT_EQ(with.stats.quads, without.stats.quads);
      EXPECT_EQ(with.stats.errors_skipped, without.stats.errors_skipped);
      if (skip) {
        EXPECT_GT(with.quads.size(), 500u);
        EXPECT_GT(with.errors.size(), 100u);
      }
    }
  }
}

}  // namespace
}  // namespace spoke::io
