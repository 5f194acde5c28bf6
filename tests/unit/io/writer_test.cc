// RdfWriter: exact output on small inputs, refusals, and write -> read round
// trips for every format on random and hand-written tricky quads.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <random>
#include <sstream>

#include "io/output_file.h"
#include "io/rdf_reader.h"
#include "io/rdf_writer.h"
#include "tests/unit/io/io_test_util.h"

namespace spoke::io {
namespace {

using testing::Nq;
using testing::ReadText;

constexpr std::string_view kXsdI = "http://www.w3.org/2001/XMLSchema#integer";

Quad Q(Term s, Term p, Term o, Term g = Term()) {
  return Quad{std::move(s), std::move(p), std::move(o), std::move(g)};
}
Term I(std::string iri) { return Term::Iri("http://ex/" + iri); }

WriteOptions Opts(RdfFormat f) {
  WriteOptions o;
  o.format = f;
  o.prefixes.emplace_back("ex", "http://ex/");
  return o;
}

TEST(WriterTest, NQuadsAndNTriplesLines) {
  std::vector<Quad> quads = {
      Q(I("s"), I("p"), Term::TypedLiteral("01", kXsdI), I("g")),
      Q(Term::Blank("b1"), I("p"), Term::LangLiteral("x\"y\n", "en-US")),
  };
  auto nq = WriteRdfString(quads, Opts(RdfFormat::kNQuads));
  ASSERT_OK(nq.status());
  EXPECT_EQ(
      *nq,
      "<http://ex/s> <http://ex/p> "
      "\"01\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://ex/g> .\n"
      "_:_zb1 <http://ex/p> \"x\\\"y\\n\"@en-us .\n");
  // A named graph cannot go into N-Triples unless dropped on purpose.
  auto nt = WriteRdfString(quads, Opts(RdfFormat::kNTriples));
  ASSERT_FALSE(nt.ok());
  EXPECT_EQ(nt.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(nt.status().message().find("<http://ex/g>"), std::string::npos);
  WriteOptions drop = Opts(RdfFormat::kNTriples);
  drop.drop_graphs = true;
  auto dropped = WriteRdfString(quads, drop);
  ASSERT_OK(dropped.status());
  EXPECT_EQ(dropped->substr(0, dropped->find('\n')),
            "<http://ex/s> <http://ex/p> "
            "\"01\"^^<http://www.w3.org/2001/XMLSchema#integer> .");
}

TEST(WriterTest, TurtleGroupsBySubjectAndPredicate) {
  std::vector<Quad> quads = {
      Q(I("s"), Term::Iri(std::string(kRdfType)), I("Event")),
      Q(I("s"), I("p"), Term::Literal("a")),
      Q(I("s"), I("p"), Term::Literal("b")),
      Q(I("t"), I("p"), Term::Iri("http://other/x.y")),
  };
  WriteOptions o = Opts(RdfFormat::kTurtle);
  o.prefixes = {{"ex", "http://ex/"}};
  auto ttl = WriteRdfString(quads, o);
  ASSERT_OK(ttl.status());
  EXPECT_EQ(*ttl,
            "@prefix ex: <http://ex/> .\n\n"
            "ex:s a ex:Event ;\n"
            "    ex:p \"a\" ,\n"
            "        \"b\" .\n"
            "ex:t ex:p <http://other/x.y> .\n");
}

TEST(WriterTest, TriGBlocksPerGraph) {
  std::vector<Quad> quads = {
      Q(I("s"), I("p"), Term::Literal("d")),
      Q(I("s"), I("p"), Term::Literal("a"), I("g1")),
      Q(I("s"), I("q"), Term::Literal("b"), I("g1")),
      Q(I("s"), I("p"), Term::Literal("c"), Term::Blank("g2")),
  };
  WriteOptions o = Opts(RdfFormat::kTriG);
  o.prefixes = {{"ex", "http://ex/"}};
  auto trig = WriteRdfString(quads, o);
  ASSERT_OK(trig.status());
  EXPECT_EQ(*trig,
            "@prefix ex: <http://ex/> .\n\n"
            "ex:s ex:p \"d\" .\n"
            "ex:g1 {\n"
            "  ex:s ex:p \"a\" ;\n"
            "      ex:q \"b\" .\n"
            "}\n\n"
            "_:g2 {\n"
            "  ex:s ex:p \"c\" .\n"
            "}\n");
}

TEST(WriterTest, RefusesWhatCannotBeReadBack) {
  const Quad bad[] = {
      Q(Term::Literal("x"), I("p"), I("o")),
      Q(I("s"), Term::Blank("p"), I("o")),
      Q(Term::Iri("relative"), I("p"), I("o")),
      Q(Term::Iri("http://a b"), I("p"), I("o")),
      Q(I("s"), I("p"), Term::Literal("bad \xFF utf8")),
      Q(I("s"), I("p"), Term::LangLiteral("x", "en_US")),
      Q(I("s"), I("p"), Term::TypedLiteral("x", "no scheme")),
      Q(I("s"), I("p"), Term()),
  };
  for (RdfFormat f : {RdfFormat::kNQuads, RdfFormat::kTurtle}) {
    for (const Quad& q : bad) {
      auto r = WriteRdfString({q}, Opts(f));
      ASSERT_FALSE(r.ok()) << q.ToNQuads();
      EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
    }
  }
  WriteOptions o = Opts(RdfFormat::kTurtle);
  o.prefixes = {{"1x", "http://ex/"}};
  EXPECT_FALSE(WriteRdfString({Q(I("s"), I("p"), I("o"))}, o).ok());
}

TEST(WriterTest, OutputErrorStops) {
  RdfWriter w(Opts(RdfFormat::kNQuads), [](std::string_view) {
    return Status::IOError("out: disk full");
  });
  ASSERT_OK(w.Write(Q(I("s"), I("p"), I("o"))));  // still buffered
  Status s = w.Finish();
  EXPECT_EQ(s.message(), "out: disk full");
  EXPECT_EQ(w.Write(Q(I("s"), I("p"), I("o"))).message(), "out: disk full");
}

// True if `b` equals `a` up to a one-to-one renaming of blank nodes. The
// writer keeps the order of its input and the reader that of the text, so
// quads are matched position by position.
::testing::AssertionResult Isomorphic(const std::vector<Quad>& a,
                                      const std::vector<Quad>& b) {
  if (a.size() != b.size()) {
    return ::testing::AssertionFailure()
           << a.size() << " quads vs " << b.size();
  }
  std::map<std::string, std::string> fwd, back;
  auto same = [&](const Term& x, const Term& y) {
    if (!x.is_blank() || !y.is_blank()) return x == y;
    auto [f, fnew] = fwd.emplace(x.value(), y.value());
    auto [r, rnew] = back.emplace(y.value(), x.value());
    return f->second == y.value() && r->second == x.value();
  };
  for (size_t i = 0; i < a.size(); ++i) {
    const Quad& x = a[i];
    const Quad& y = b[i];
    if (!same(x.subject, y.subject) || !same(x.predicate, y.predicate) ||
        !same(x.object, y.object) || !same(x.graph, y.graph)) {
      return ::testing::AssertionFailure()
             << "quad " << i << ":\n  " << x.ToNQuads() << "\n  "
             << y.ToNQuads();
    }
  }
  return ::testing::AssertionSuccess();
}

void RoundTrip(const std::vector<Quad>& quads, RdfFormat f,
               const std::string& label) {
  WriteOptions o = Opts(f);
  o.drop_graphs = !FormatHasGraphs(f);
  auto text = WriteRdfString(quads, o);
  ASSERT_OK(text.status());
  ReadOptions ro;
  ro.blank_prefix = "r_";  // renaming must not matter
  auto back = ReadText(*text, f, ro);
  ASSERT_TRUE(back.status.ok())
      << back.status.ToString() << " " << label << "\n"
      << *text;
  std::vector<Quad> expected = quads;
  if (!FormatHasGraphs(f)) {
    for (Quad& q : expected) q.graph = Term();
  }
  EXPECT_TRUE(Isomorphic(expected, back.quads))
      << label << " as " << FormatName(f) << "\n"
      << *text;
}

std::vector<Quad> TrickyQuads() {
  const Term p = I("p");
  return {
      Q(I("s"), p, Term::Literal("")),
      Q(I("s"), p, Term::Literal("quote \" backslash \\ nl \n cr \r tab \t")),
      Q(I("s"), p, Term::Literal("\"\"\" and ''' and ending quote\"")),
      Q(I("s"), p, Term::Literal("control \x01\x1f del \x7f bell \b \f")),
      Q(I("s"), p, Term::Literal("é 😀 الكاظمي \xE2\x80\xA8")),
      Q(I("s"), p, Term::LangLiteral("x", "EN-gb")),
      Q(I("s"), p, Term::TypedLiteral("01", kXsdI)),
      Q(I("s"), p, Term::TypedLiteral(" 1.50 ", std::string(kXsd) + "decimal")),
      Q(I("s"), p, Term::TypedLiteral("x", "http://dt/with#hash")),
      Q(I("a.b"), I("1x"), I("x%20y")),
      Q(I(""), I("é"), I("#frag")),
      Q(Term::Iri("urn:isbn:123"), p, Term::Iri("http://ex/-dash")),
      Q(Term::Blank("b1"), p, Term::Blank("B1")),
      Q(Term::Blank("b1"), p, Term::Blank("_zb1")),
      Q(Term::Blank(""), p, Term::Blank("f1/x.y-z")),
      Q(Term::Blank("x"), p, Term::Blank("x"), Term::Blank("x")),
      Q(I("s"), Term::Iri(std::string(kRdfType)), I("T"), I("g")),
      Q(I("s"), Term::Iri(std::string(kRdfType)), I("T"), I("g")),
      Q(I("s"), p, Term::Literal("after dup"), Term::Blank("g")),
  };
}

std::vector<Quad> RandomQuads(uint32_t seed, size_t n) {
  std::mt19937 rng(seed);
  auto pick = [&](size_t k) { return static_cast<size_t>(rng() % k); };
  const std::vector<Quad> tricky = TrickyQuads();
  auto term = [&](bool literal_ok) -> Term {
    switch (pick(literal_ok ? 6 : 3)) {
      case 0:
        return I("e" + std::to_string(pick(20)));
      case 1:
        return Term::Iri("http://other.org/" + std::to_string(pick(5)) + "#x");
      case 2:
        return Term::Blank((pick(2) ? "b" : "n") + std::to_string(pick(10)));
      case 3:
        return Term::TypedLiteral(std::to_string(pick(1000) - 500), kXsdI);
      case 4:
        return Term::LangLiteral("w" + std::to_string(pick(9)),
                                 pick(2) ? "en" : "ar-iq");
      default:
        return tricky[pick(tricky.size())].object;
    }
  };
  std::vector<Quad> out;
  for (size_t i = 0; i < n; ++i) {
    Quad q;
    q.subject = term(false);
    q.predicate = I("p" + std::to_string(pick(4)));
    q.object = term(true);
    switch (pick(4)) {
      case 0:
        q.graph = Term();
        break;
      case 1:
        q.graph = Term::Blank("g" + std::to_string(pick(3)));
        break;
      default:
        q.graph = I("g" + std::to_string(pick(3)));
    }
    out.push_back(std::move(q));
  }
  return out;
}

TEST(WriterTest, RoundTripTrickyQuads) {
  for (RdfFormat f : {RdfFormat::kNQuads, RdfFormat::kNTriples,
                      RdfFormat::kTurtle, RdfFormat::kTriG}) {
    RoundTrip(TrickyQuads(), f, "tricky");
  }
}

TEST(WriterTest, RoundTripRandomQuads) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    std::vector<Quad> quads = RandomQuads(seed, 2000);
    std::vector<Quad> sorted = quads;
    std::sort(sorted.begin(), sorted.end(), [](const Quad& a, const Quad& b) {
      return std::tie(a.graph, a.subject, a.predicate, a.object) <
             std::tie(b.graph, b.subject, b.predicate, b.object);
    });
    for (RdfFormat f : {RdfFormat::kNQuads, RdfFormat::kNTriples,
                        RdfFormat::kTurtle, RdfFormat::kTriG}) {
      RoundTrip(quads, f, "random seed " + std::to_string(seed));
      RoundTrip(sorted, f, "sorted seed " + std::to_string(seed));
    }
  }
}

TEST(WriterTest, RoundTripTheStory) {
  const std::string path = std::string(SPOKE_SOURCE_DIR) +
                           "/datasets/kadhimi-drone-attack-2021/story.trig";
  ReadOptions options;
  options.format = RdfFormat::kTriG;
  std::vector<Quad> story;
  auto r = ReadRdfFile(path, options, [&](const Quad& q) {
    story.push_back(q);
    return Status::OK();
  });
  ASSERT_OK(r.status());
  ASSERT_GT(story.size(), 100u);
  for (RdfFormat f : {RdfFormat::kNQuads, RdfFormat::kNTriples,
                      RdfFormat::kTurtle, RdfFormat::kTriG}) {
    RoundTrip(story, f, "story");
  }
}

TEST(WriterTest, OutputFilesPlainAndGzip) {
  const std::vector<Quad> quads = TrickyQuads();
  for (const char* name : {"out.nq", "out.trig.gz"}) {
    const std::string path = ::testing::TempDir() + "spoke_io_w_" +
                             std::to_string(getpid()) + "_" + name;
    auto format = FormatFromPath(path);
    ASSERT_OK(format.status());
    auto file = OutputFile::Open(path);
    ASSERT_OK(file.status());
    RdfWriter w(Opts(*format), (*file)->output());
    for (const Quad& q : quads) ASSERT_OK(w.Write(q));
    ASSERT_OK(w.Finish());
    ASSERT_OK((*file)->Close());
    ReadOptions ro;
    ro.format = *format;
    std::vector<Quad> back;
    auto r = ReadRdfFile(path, ro, [&](const Quad& q) {
      back.push_back(q);
      return Status::OK();
    });
    ASSERT_OK(r.status());
    EXPECT_TRUE(Isomorphic(quads, back)) << name;
    std::remove(path.c_str());
  }
  auto bad = OutputFile::Open("/nonexistent/dir/x.nq");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(
      bad.status().message().rfind("/nonexistent/dir/x.nq: cannot create: ", 0),
      0u);
}

TEST(WriterTest, StreamOutput) {
  std::ostringstream out;
  RdfWriter w(Opts(RdfFormat::kNTriples), StreamOutput(&out, "mem"));
  ASSERT_OK(w.Write(Q(I("s"), I("p"), I("o"))));
  ASSERT_OK(w.Finish());
  EXPECT_EQ(out.str(), "<http://ex/s> <http://ex/p> <http://ex/o> .\n");
  EXPECT_EQ(w.quads_written(), 1u);
}

}  // namespace
}  // namespace spoke::io
