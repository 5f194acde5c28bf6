// Positive cases: what each syntax gives, term by term.

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <thread>
#include <vector>

#include "io/rdf_reader.h"
#include "tests/unit/io/io_test_util.h"

namespace spoke::io {
namespace {

using testing::Nq;
using testing::ReadText;

constexpr const char* kXsdInt = "http://www.w3.org/2001/XMLSchema#integer";

TEST(ReaderTest, NTriplesTerms) {
  auto r = ReadText(
      "# a comment line\n"
      "<http://a/s> <http://a/p> <http://a/o> .\n"
      "<http://a/s> <http://a/p> \"plain\" . # trailing comment\n"
      "<http://a/s> <http://a/p> \"chat\"@FR-be .\n"
      "<http://a/s> <http://a/p> "
      "\"01\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
      "_:x <http://a/p> _:y .\n"
      "\n"
      "   <http://a/s>\t<http://a/p>   \"tab\\tnl\\nq\\\"bs\\\\\"  .\n",
      RdfFormat::kNTriples);
  ASSERT_OK(r.status);
  ASSERT_EQ(r.quads.size(), 6u) << testing::Nq(r.quads);
  EXPECT_EQ(r.quads[0].object, Term::Iri("http://a/o"));
  EXPECT_TRUE(r.quads[0].graph.is_none());
  EXPECT_EQ(r.quads[1].object, Term::Literal("plain"));
  EXPECT_EQ(r.quads[2].object, Term::LangLiteral("chat", "fr-be"));
  // The lexical form is kept exactly, not normalised to "1".
  EXPECT_EQ(r.quads[3].object, Term::TypedLiteral("01", kXsdInt));
  EXPECT_EQ(r.quads[4].subject, Term::Blank("x"));
  EXPECT_EQ(r.quads[4].object, Term::Blank("y"));
  EXPECT_EQ(r.quads[5].object, Term::Literal("tab\tnl\nq\"bs\\"));
  EXPECT_EQ(r.stats.quads, 6u);
}

TEST(ReaderTest, UnicodeEscapesAndRawUtf8) {
  auto r = ReadText(
      "<http://a/\\u00E9> <http://a/p> \"\\u00e9\\U0001F600\" .\n"
      "<http://a/s> <http://a/p> \"é😀 الكاظمي\" .\n",
      RdfFormat::kNTriples);
  ASSERT_OK(r.status);
  ASSERT_EQ(r.quads.size(), 2u);
  EXPECT_EQ(r.quads[0].subject, Term::Iri("http://a/\xC3\xA9"));
  EXPECT_EQ(r.quads[0].object, Term::Literal("\xC3\xA9\xF0\x9F\x98\x80"));
  EXPECT_EQ(r.quads[1].object, Term::Literal("é😀 الكاظمي"));
}

TEST(ReaderTest, CrlfBomAndEmptyFiles) {
  auto r = ReadText(
      "\xEF\xBB\xBF<http://a/s> <http://a/p> \"x\" .\r\n"
      "<http://a/s> <http://a/p> \"y\" .\r\n",
      RdfFormat::kNTriples);
  ASSERT_OK(r.status);
  ASSERT_EQ(r.quads.size(), 2u);
  EXPECT_EQ(r.quads[1].object, Term::Literal("y"));
  for (RdfFormat f : {RdfFormat::kNTriples, RdfFormat::kNQuads,
                      RdfFormat::kTurtle, RdfFormat::kTriG}) {
    for (const char* text : {"", "\n\n", "# only a comment\n", "  \r\n"}) {
      auto e = ReadText(text, f);
      ASSERT_OK(e.status);
      EXPECT_TRUE(e.quads.empty());
    }
  }
  auto t = ReadText(
      "\xEF\xBB\xBF@prefix a: <http://a/> .\r\n"
      "a:s a:p \"x\" ;\r\n a:q 1 .\r\n",
      RdfFormat::kTurtle);
  ASSERT_OK(t.status);
  EXPECT_EQ(t.quads.size(), 2u);
}

TEST(ReaderTest, NQuadsGraphs) {
  ReadOptions options;
  options.default_graph = Term::Iri("http://d/");
  auto r = ReadText(
      "<http://a/s> <http://a/p> <http://a/o> <http://g/1> .\n"
      "<http://a/s> <http://a/p> \"x\"@en _:g .\n"
      "<http://a/s> <http://a/p> \"y\" .\n",
      RdfFormat::kNQuads, options);
  ASSERT_OK(r.status);
  ASSERT_EQ(r.quads.size(), 3u);
  EXPECT_EQ(r.quads[0].graph, Term::Iri("http://g/1"));
  EXPECT_EQ(r.quads[1].graph, Term::Blank("g"));
  EXPECT_EQ(r.quads[2].graph, Term::Iri("http://d/"));
}

TEST(ReaderTest, TurtleAbbreviations) {
  auto r = ReadText(
      "@prefix ex: <http://ex/> .\n"
      "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
      "ex:s a ex:Event ;\n"
      "  ex:n 01, -2.50, 1e3, true ;\n"
      "  ex:d \"2021-11-07\"^^xsd:date ;\n"
      "  ex:b [ ex:q \"in\" ] ;\n"
      "  ex:l ( 1 ) .\n"
      "[] ex:p \"\"\"long \"quoted\"\n"
      "text\"\"\" , '''single''' .\n",
      RdfFormat::kTurtle);
  ASSERT_OK(r.status);
  std::string nq = Nq(r.quads);
  const char* expected[] = {
      "<http://ex/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
      "<http://ex/Event> .",
      "<http://ex/s> <http://ex/n> "
      "\"01\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
      "<http://ex/s> <http://ex/n> "
      "\"-2.50\"^^<http://www.w3.org/2001/XMLSchema#decimal> .",
      "<http://ex/s> <http://ex/n> "
      "\"1e3\"^^<http://www.w3.org/2001/XMLSchema#double> .",
      "<http://ex/s> <http://ex/n> "
      "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .",
      "<http://ex/s> <http://ex/d> "
      "\"2021-11-07\"^^<http://www.w3.org/2001/XMLSchema#date> .",
      "<http://ex/q> \"in\" .",
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "
      "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> "
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .",
      "<http://ex/p> \"long \\\"quoted\\\"\\ntext\" .",
      "<http://ex/p> \"single\" .",
  };
  for (const char* e : expected) {
    EXPECT_NE(nq.find(e), std::string::npos) << e << "\nin:\n" << nq;
  }
  EXPECT_EQ(r.quads.size(), 13u) << nq;
  // [ ... ] and ( ... ) produce fresh blank nodes.
  EXPECT_TRUE(r.quads[6].object.is_blank());
  EXPECT_EQ(r.quads[7].subject, r.quads[6].object);
}

TEST(ReaderTest, TriGGraphBlocks) {
  ReadOptions options;
  options.default_graph = Term::Iri("http://default/");
  auto r = ReadText(
      "@prefix ex: <http://ex/> .\n"
      "ex:s ex:p ex:o .\n"
      "ex:g1 { ex:s ex:p \"a\" . ex:s ex:p \"b\" }\n"
      "GRAPH ex:g2 {\n  ex:s ex:p [ ex:q 1 ] .\n}\n"
      "{ ex:s ex:p \"dflt\" }\n"
      "_:bg { ex:s ex:p \"blank graph\" }\n",
      RdfFormat::kTriG, options);
  ASSERT_OK(r.status);
  ASSERT_EQ(r.quads.size(), 7u) << Nq(r.quads);
  EXPECT_EQ(r.quads[0].graph, Term::Iri("http://default/"));
  EXPECT_EQ(r.quads[1].graph, Term::Iri("http://ex/g1"));
  EXPECT_EQ(r.quads[2].graph, Term::Iri("http://ex/g1"));
  EXPECT_EQ(r.quads[3].graph, Term::Iri("http://ex/g2"));
  EXPECT_EQ(r.quads[4].graph, Term::Iri("http://ex/g2"));
  EXPECT_EQ(r.quads[5].graph, Term::Iri("http://default/"));
  EXPECT_TRUE(r.quads[6].graph.is_blank());
}

TEST(ReaderTest, BaseIriResolution) {
  ReadOptions options;
  options.base_iri = "http://x/y/z";
  auto r = ReadText(
      "<../a> <b#c> <?q> .\n"
      "@base <http://other/dir/> .\n"
      "<s> <p> <#frag> .\n"
      "@prefix r: <rel/> .\n"
      "r:x <p> \"v\"^^<dt> .\n",
      RdfFormat::kTurtle, options);
  ASSERT_OK(r.status);
  ASSERT_EQ(r.quads.size(), 3u);
  EXPECT_EQ(r.quads[0].subject, Term::Iri("http://x/a"));
  EXPECT_EQ(r.quads[0].predicate, Term::Iri("http://x/y/b#c"));
  EXPECT_EQ(r.quads[0].object, Term::Iri("http://x/y/z?q"));
  EXPECT_EQ(r.quads[1].subject, Term::Iri("http://other/dir/s"));
  EXPECT_EQ(r.quads[1].object, Term::Iri("http://other/dir/#frag"));
  EXPECT_EQ(r.quads[2].subject, Term::Iri("http://other/dir/rel/x"));
  EXPECT_EQ(r.quads[2].object, Term::TypedLiteral("v", "http://other/dir/dt"));
}

TEST(ReaderTest, BlankPrefixKeepsFilesApart) {
  ReadOptions a;
  a.blank_prefix = "f1_";
  ReadOptions b;
  b.blank_prefix = "f2_";
  const char* text = "_:x <http://a/p> [] .\n";
  auto ra = ReadText(text, RdfFormat::kTurtle, a);
  auto rb = ReadText(text, RdfFormat::kTurtle, b);
  ASSERT_OK(ra.status);
  ASSERT_OK(rb.status);
  ASSERT_EQ(ra.quads.size(), 1u);
  ASSERT_EQ(rb.quads.size(), 1u);
  EXPECT_NE(ra.quads[0].subject, rb.quads[0].subject);
  EXPECT_NE(ra.quads[0].object, rb.quads[0].object);
  EXPECT_EQ(ra.quads[0].subject.value().rfind("f1_", 0), 0u);
  EXPECT_EQ(rb.quads[0].object.value().rfind("f2_", 0), 0u);
  // Same label, same file: the same node.
  auto same = ReadText("_:x <http://a/p> _:x .\n", RdfFormat::kNTriples, a);
  ASSERT_OK(same.status);
  EXPECT_EQ(same.quads[0].subject, same.quads[0].object);
  EXPECT_EQ(same.quads[0].subject, Term::Blank("f1_x"));
}

std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "spoke_io_" + std::to_string(getpid()) + "_" +
         name;
}

TEST(ReaderTest, GzipFiles) {
  const std::string path = TempPath("a.nq.gz");
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  std::string text;
  for (int i = 0; i < 5000; ++i) {
    text += "<http://a/s" + std::to_string(i) + "> <http://a/p> \"" +
            std::to_string(i) + "\" <http://g/> .\n";
  }
  ASSERT_EQ(gzwrite(gz, text.data(), static_cast<unsigned>(text.size())),
            static_cast<int>(text.size()));
  ASSERT_EQ(gzclose(gz), Z_OK);

  ReadOptions options;
  options.format = RdfFormat::kNQuads;
  uint64_t progress_calls = 0, last_done = 0, total = 0;
  options.on_progress = [&](uint64_t done, uint64_t all) {
    ++progress_calls;
    last_done = done;
    total = all;
  };
  uint64_t n = 0;
  auto r = ReadRdfFile(path, options, [&](const Quad& q) {
    EXPECT_EQ(q.graph, Term::Iri("http://g/"));
    ++n;
    return Status::OK();
  });
  ASSERT_OK(r.status());
  EXPECT_EQ(r->quads, 5000u);
  EXPECT_EQ(n, 5000u);
  EXPECT_GE(progress_calls, 1u);
  EXPECT_EQ(last_done, total);  // the final call reports the whole file

  // A truncated gzip file is an I/O error, not a silent short read.
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  const std::string cut = TempPath("cut.nq.gz");
  std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  auto t = ReadRdfFile(cut, options, [](const Quad&) { return Status::OK(); });
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().message().rfind(cut + ": cannot read: ", 0), 0u)
      << t.status().message();
  std::remove(path.c_str());
  std::remove(cut.c_str());
}

// Reads `bytes` through a pipe (as from `spoke load -`): no seeking, no
// size. A writer thread feeds it, so a reader that wants the whole input
// before it starts would still work, but one that seeks fails.
Result<std::vector<Quad>> ReadThroughPipe(const std::string& bytes) {
  std::signal(SIGPIPE, SIG_IGN);
  int fds[2];
  if (pipe(fds) != 0) return Status::IOError("pipe");
  std::thread writer([&] {
    size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = write(fds[1], bytes.data() + done, bytes.size() - done);
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    close(fds[1]);
  });
  ReadOptions options;
  options.format = RdfFormat::kNQuads;
  std::vector<Quad> quads;
  auto r = ReadRdfFile("/dev/fd/" + std::to_string(fds[0]), options,
                       [&](const Quad& q) {
                         quads.push_back(q);
                         return Status::OK();
                       });
  // Closing first makes a writer blocked on a reader that gave up fail
  // (EPIPE; SIGPIPE is ignored) instead of hanging the test.
  close(fds[0]);
  writer.join();
  if (!r.ok()) return r.status();
  return quads;
}

TEST(ReaderTest, PipesAreStreamedPlainOrGzip) {
  std::string text;
  for (int i = 0; i < 20000; ++i) {  // more than a pipe's buffer
    text += "<http://a/s" + std::to_string(i) + "> <http://a/p> \"" +
            std::to_string(i) + "\" <http://g/> .\n";
  }
  auto plain = ReadThroughPipe(text);
  ASSERT_OK(plain.status());
  ASSERT_EQ(plain->size(), 20000u);
  EXPECT_EQ(plain->back().object, Term::Literal("19999"));

  // The same text gzip-compressed (deflate with a gzip header).
  z_stream z{};
  ASSERT_EQ(deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
                         Z_DEFAULT_STRATEGY),
            Z_OK);
  std::string gz(deflateBound(&z, text.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(text.data());
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(gz.data());
  z.avail_out = static_cast<uInt>(gz.size());
  ASSERT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  gz.resize(z.total_out);
  deflateEnd(&z);
  auto unzipped = ReadThroughPipe(gz);
  ASSERT_OK(unzipped.status());
  EXPECT_EQ(*unzipped, *plain);

  // A broken line is reported with its line number, as for a file.
  auto bad = ReadThroughPipe("<http://a/s> <http://a/p> \"x\" .\nnot rdf\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find(":2:"), std::string::npos)
      << bad.status().message();
}

TEST(ReaderTest, FileErrors) {
  ReadOptions options;
  auto missing = ReadRdfFile("/nonexistent/x.nt", options,
                             [](const Quad&) { return Status::OK(); });
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(missing.status().IsNotFound());
  EXPECT_EQ(missing.status().message(),
            "/nonexistent/x.nt: cannot open: No such file or directory");
  const std::string fake = TempPath("fake.nt.gz");
  std::ofstream(fake) << "<http://a/s> <http://a/p> <http://a/o> .\n";
  auto notgz =
      ReadRdfFile(fake, options, [](const Quad&) { return Status::OK(); });
  ASSERT_FALSE(notgz.ok());
  EXPECT_EQ(notgz.status().message(),
            fake + ": cannot open: not in gzip format");
  std::remove(fake.c_str());
}

TEST(ReaderTest, SinkErrorStopsTheRead) {
  for (RdfFormat f : {RdfFormat::kNTriples, RdfFormat::kTurtle}) {
    int calls = 0;
    ReadOptions options;
    options.format = f;
    options.skip_invalid = true;  // a sink error is never skipped
    auto r = ReadRdfText(
        "<http://a/s> <http://a/p> \"1\" .\n<http://a/s> <http://a/p> \"2\" .\n"
        "<http://a/s> <http://a/p> \"3\" .\n",
        "in", options, [&](const Quad&) {
          return ++calls == 2 ? Status::ResourceExhausted("full")
                              : Status::OK();
        });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kResourceExhausted);
    EXPECT_EQ(r.status().message(), "full");
    EXPECT_EQ(calls, 2);
  }
}

TEST(ReaderTest, Cancel) {
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text += "<http://a/s> <http://a/p> \"" + std::to_string(i) + "\" .\n";
  }
  std::string block = "<http://g/> {\n" + text + "}\n";
  for (RdfFormat f :
       {RdfFormat::kNTriples, RdfFormat::kTurtle, RdfFormat::kTriG}) {
    std::atomic<bool> cancel{false};
    ReadOptions options;
    options.format = f;
    options.cancel = &cancel;
    uint64_t n = 0;
    // In TriG, one graph block holds everything.
    auto r = ReadRdfText(f == RdfFormat::kTriG ? block : text, "in", options,
                         [&](const Quad&) {
                           if (++n == 100) cancel = true;
                           return Status::OK();
                         });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kCancelled);
    EXPECT_LT(n, 20000u);
  }
}

}  // namespace
}  // namespace spoke::io
