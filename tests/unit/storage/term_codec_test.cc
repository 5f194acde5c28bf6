#include "storage/term_codec.h"

#include <gtest/gtest.h>

#include "storage/quad_store.h"
#include "tests/unit/storage/test_util.h"

namespace spoke::storage {
namespace {

std::vector<Term> EdgeCaseTerms() {
  std::string big(5 << 20, 'x');
  for (size_t i = 0; i < big.size(); i += 97) big[i] = static_cast<char>('a' + i % 26);
  return {
      Term::Iri("http://example.org/a"),
      Term::Iri(""),
      Term::Iri("http://example.org/\xc3\xa9t\xc3\xa9?q=1#frag"),
      Term::Blank("b0"),
      Term::Blank(""),
      Term::Literal(""),
      Term::Literal("plain"),
      Term::Literal("quote \" backslash \\ newline \n tab \t nul \0 end"),
      Term::Literal(std::string("embedded\0nul", 12)),
      Term::Literal("\xf0\x9f\x9a\x81 drone \xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf"),
      Term::Literal(big),
      Term::LangLiteral("Bagdad", "fr"),
      Term::LangLiteral("Baghdad", "en-GB"),
      Term::LangLiteral("", "ar"),
      Term::TypedLiteral("1", kXsdInteger),
      Term::TypedLiteral("0", kXsdInteger),
      Term::TypedLiteral("-42", kXsdInteger),
      Term::TypedLiteral("01", kXsdInteger),
      Term::TypedLiteral("+1", kXsdInteger),
      Term::TypedLiteral("-0", kXsdInteger),
      Term::TypedLiteral("36028797018963967", kXsdInteger),    // 2^55 - 1
      Term::TypedLiteral("36028797018963968", kXsdInteger),    // 2^55
      Term::TypedLiteral("-36028797018963968", kXsdInteger),   // -2^55
      Term::TypedLiteral("-36028797018963969", kXsdInteger),
      Term::TypedLiteral("123456789012345678901234567890", kXsdInteger),
      Term::TypedLiteral("abc", kXsdInteger),
      Term::TypedLiteral("", kXsdInteger),
      Term::TypedLiteral("1", "http://www.w3.org/2001/XMLSchema#int"),
      Term::TypedLiteral("true", kXsdBoolean),
      Term::TypedLiteral("false", kXsdBoolean),
      Term::TypedLiteral("1", kXsdBoolean),
      Term::TypedLiteral("TRUE", kXsdBoolean),
      Term::TypedLiteral("1.50", kXsdDecimal),
      Term::TypedLiteral("1e3", kXsdDouble),
      Term::TypedLiteral("2021-11-07", kXsdDate),
      Term::TypedLiteral("2021-11-07T03:00:00+03:00", kXsdDateTime),
      Term::TypedLiteral("x", "http://example.org/custom#type"),
      Term::TypedLiteral("x", ""),
  };
}

TEST(TermCodecTest, EncodeDecodeRoundTrips) {
  for (const Term& t : EdgeCaseTerms()) {
    Result<std::string> enc = EncodeTerm(t);
    ASSERT_OK(enc.status());
    Result<Term> dec = DecodeTerm(*enc);
    ASSERT_OK(dec.status());
    EXPECT_EQ(*dec, t) << t.ToNTriples().substr(0, 100);
  }
}

TEST(TermCodecTest, DistinctTermsHaveDistinctEncodings) {
  std::vector<Term> terms = EdgeCaseTerms();
  for (size_t i = 0; i < terms.size(); ++i) {
    for (size_t j = i + 1; j < terms.size(); ++j) {
      if (terms[i] == terms[j]) continue;
      EXPECT_NE(*EncodeTerm(terms[i]), *EncodeTerm(terms[j]))
          << terms[i].ToNTriples() << " vs " << terms[j].ToNTriples();
    }
  }
}

TEST(TermCodecTest, InlinesOnlyCanonicalValues) {
  struct Case {
    Term term;
    bool inlined;
  } cases[] = {
      {Term::TypedLiteral("1", kXsdInteger), true},
      {Term::TypedLiteral("0", kXsdInteger), true},
      {Term::TypedLiteral("-42", kXsdInteger), true},
      {Term::TypedLiteral("01", kXsdInteger), false},
      {Term::TypedLiteral("+1", kXsdInteger), false},
      {Term::TypedLiteral("-0", kXsdInteger), false},
      {Term::TypedLiteral(" 1", kXsdInteger), false},
      {Term::TypedLiteral("36028797018963967", kXsdInteger), true},
      {Term::TypedLiteral("36028797018963968", kXsdInteger), false},
      {Term::TypedLiteral("-36028797018963968", kXsdInteger), true},
      {Term::TypedLiteral("-36028797018963969", kXsdInteger), false},
      {Term::TypedLiteral("1", "http://www.w3.org/2001/XMLSchema#int"), false},
      {Term::TypedLiteral("true", kXsdBoolean), true},
      {Term::TypedLiteral("false", kXsdBoolean), true},
      {Term::TypedLiteral("1", kXsdBoolean), false},
      {Term::Literal("1"), false},
      {Term::Iri("http://x/1"), false},
  };
  for (const Case& c : cases) {
    std::optional<TermId> id = InlineId(c.term);
    EXPECT_EQ(id.has_value(), c.inlined) << c.term.ToNTriples();
    if (id) {
      EXPECT_EQ(DecodeInlineId(*id), c.term);
      EXPECT_EQ(KindOfId(*id), TermKind::kLiteral);
    }
  }
}

TEST(TermCodecTest, InlineIntegersOrderByValue) {
  std::vector<int64_t> values = {-36028797018963968, -1000, -1, 0, 1, 7, 1000,
                                 36028797018963967};
  for (size_t i = 0; i + 1 < values.size(); ++i) {
    TermId a = *InlineId(Term::TypedLiteral(std::to_string(values[i]), kXsdInteger));
    TermId b =
        *InlineId(Term::TypedLiteral(std::to_string(values[i + 1]), kXsdInteger));
    EXPECT_LT(a, b);
  }
}

TEST(TermCodecTest, DecodeRejectsGarbage) {
  EXPECT_TRUE(DecodeTerm("").status().IsCorruption());
  EXPECT_TRUE(DecodeTerm("Z").status().IsCorruption());
  EXPECT_TRUE(DecodeTerm("L\x7f" "en").status().IsCorruption());
  EXPECT_TRUE(DecodeTerm("T\xff\xff\xff").status().IsCorruption());
}

TEST(TermCodecTest, StoreRoundTripsEveryTerm) {
  TempDir dir;
  StoreOptions opts;
  opts.sync_writes = false;
  auto store = QuadStore::Open(opts, dir.db());
  ASSERT_OK(store.status());
  std::vector<Term> terms = EdgeCaseTerms();
  QuadBatch batch;
  Term s = Term::Iri("http://x/s"), p = Term::Iri("http://x/p");
  for (const Term& t : terms) batch.Insert({s, p, t, {}});
  ASSERT_OK((*store)->Apply(batch).status());
  std::unique_ptr<ReadView> view = (*store)->NewReadView();
  std::set<TermId> ids;
  for (const Term& t : terms) {
    Result<TermId> id = view->Lookup(t);
    ASSERT_OK(id.status());
    EXPECT_EQ(KindOfId(*id), t.kind());
    ids.insert(*id);
    Result<Term> back = view->Decode(*id);
    ASSERT_OK(back.status());
    EXPECT_EQ(*back, t) << t.ToNTriples().substr(0, 100);
  }
  // Equal ids exactly for equal terms.
  std::set<Term> distinct(terms.begin(), terms.end());
  EXPECT_EQ(ids.size(), distinct.size());
  EXPECT_TRUE(view->Lookup(Term::Iri("http://x/never")).status().IsNotFound());
  // The default graph.
  EXPECT_EQ(*view->Lookup(Term()), kDefaultGraphId);
  EXPECT_TRUE(view->Decode(kDefaultGraphId)->is_none());
  // Unknown ids are corruption, not a crash.
  EXPECT_TRUE(view->Decode(MakeId(kTagIri, 999999)).status().IsCorruption());
  EXPECT_TRUE(view->Decode(MakeId(static_cast<IdTag>(0x7f), 1)).status().IsCorruption());
}

}  // namespace
}  // namespace spoke::storage
