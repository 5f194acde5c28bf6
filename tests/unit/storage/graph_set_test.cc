#include "storage/graph_set.h"

#include <gtest/gtest.h>

#include "tests/unit/storage/test_util.h"

namespace spoke::storage {
namespace {

TEST(GraphSetTest, KeepsEachGraphOnceSortedById) {
  GraphSet set;
  // Many graphs (several table growths), each added repeatedly, out of
  // order; one blank node graph.
  for (int round = 0; round < 3; ++round) {
    for (int i = 5000; i >= 1; --i) {
      Term t = i == 77 ? Term::Blank("b77")
                       : Term::Iri("http://ex.org/g/" + std::to_string(i));
      ASSERT_OK(set.Add(static_cast<TermId>(i * 3), t));
    }
  }
  ASSERT_EQ(set.size(), 5000u);
  EXPECT_TRUE(set.Contains(3));
  EXPECT_FALSE(set.Contains(4));
  set.SortById();
  EXPECT_TRUE(set.Contains(15000));
  EXPECT_FALSE(set.Contains(15001));
  for (size_t k = 0; k < set.size(); ++k) {
    int i = static_cast<int>(k) + 1;
    ASSERT_EQ(set.id(k), static_cast<TermId>(i * 3));
    Result<Term> t = set.term(k);
    ASSERT_OK(t.status());
    EXPECT_EQ(*t, i == 77 ? Term::Blank("b77")
                          : Term::Iri("http://ex.org/g/" + std::to_string(i)));
  }
}

// Ids as a load makes them (tag in the top byte, sequence numbers that
// differ only in low bits or only above bit 32): each found once, absent
// neighbours not found.
TEST(GraphSetTest, FindsDictionaryIdsByValue) {
  GraphSet set;
  std::vector<TermId> ids;
  for (uint64_t i = 1; i <= 3000; ++i) {
    ids.push_back((uint64_t{1} << 56) | i);
    ids.push_back((uint64_t{2} << 56) | (i << 32));
  }
  for (TermId id : ids) {
    ASSERT_OK(set.AddEncoded(id, "Ihttp://ex.org/" + std::to_string(id)));
  }
  for (TermId id : ids) ASSERT_OK(set.AddEncoded(id, "Iagain"));
  EXPECT_EQ(set.size(), ids.size());
  for (TermId id : ids) {
    EXPECT_TRUE(set.Contains(id)) << id;
    EXPECT_FALSE(set.Contains(id + (uint64_t{4} << 56))) << id;
  }
  EXPECT_FALSE(set.Contains((uint64_t{1} << 56) | 3001));
  set.SortById();
  for (size_t k = 0; k < set.size(); ++k) {
    EXPECT_EQ(set.encoded(k), "Ihttp://ex.org/" + std::to_string(set.id(k)));
  }
}

}  // namespace
}  // namespace spoke::storage
