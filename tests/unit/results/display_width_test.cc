#include "engine/results/display_width.h"

#include <gtest/gtest.h>

#include "engine/results/utf8.h"

namespace spoke::engine {
namespace {

TEST(DisplayWidthTest, Table) {
  struct Case {
    const char* text;
    size_t width;
  } cases[] = {
      {"", 0},
      {"hello", 5},
      {"é", 1},                     // precomposed
      {"e\xCC\x81", 1},             // e + combining acute (Mn)
      {"\xE4\xB8\xAD\xE6\x96\x87", 4},  // 中文
      {"\xEF\xBC\xA1", 2},          // fullwidth A
      {"\xED\x95\x9C", 2},          // 한 (Hangul syllable)
      {"\xE3\x81\x8B\xE3\x82\x99", 2},  // か + combining voiced mark
      // بغداد (Baghdad): 5 Arabic letters, 1 column each.
      {"\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF", 5},
      // مُصطفى: 5 letters and a damma (U+064F, Mn): 5 columns.
      {"\xD9\x85\xD9\x8F\xD8\xB5\xD8\xB7\xD9\x81\xD9\x89", 5},
      {"\xF0\x9F\x98\x80", 2},      // 😀 U+1F600
      {"\xE2\x9C\x88\xEF\xB8\x8F", 1},  // ✈ + VS16 (VS16 is Mn: 0)
      {"a\xE2\x80\x8B" "b", 2},     // zero width space (Cf)
      {"\xE2\x80\x8F", 0},          // right-to-left mark (Cf)
      {"\xE1\x84\x80\xE1\x85\xA1", 2},  // conjoining jamo: L (2) + V (0)
      {"\xFF", 1},                  // invalid byte: U+FFFD
      {"\xC3", 1},                  // truncated sequence
      {"\xC0\x80", 2},              // overlong NUL: two invalid bytes
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DisplayWidth(c.text), c.width) << "text: " << c.text;
  }
}

TEST(DisplayWidthTest, CodepointWidthBoundaries) {
  EXPECT_EQ(CodepointWidth(U'A'), 1);
  EXPECT_EQ(CodepointWidth(0x0300), 0);   // combining grave
  EXPECT_EQ(CodepointWidth(0x20DD), 0);   // combining enclosing circle (Me)
  EXPECT_EQ(CodepointWidth(0x1100), 2);   // Hangul choseong
  EXPECT_EQ(CodepointWidth(0x3000), 2);   // ideographic space (F)
  EXPECT_EQ(CodepointWidth(0x4DBF), 2);   // CJK ext A end
  EXPECT_EQ(CodepointWidth(0x2F800), 2);  // CJK compatibility supplement
  EXPECT_EQ(CodepointWidth(0xFEFF), 0);   // BOM (Cf)
  EXPECT_EQ(CodepointWidth(0x0007), 0);   // control
  EXPECT_EQ(CodepointWidth(0x00E9), 1);
  EXPECT_EQ(CodepointWidth(0x1F1E6), 1);  // regional indicator (N)
}

TEST(DisplayWidthTest, Truncate) {
  struct Case {
    const char* text;
    size_t max;
    const char* want;
  } cases[] = {
      {"hello", 5, "hello"},
      {"hello", 10, "hello"},
      {"hello world", 6, "hello…"},
      {"hello", 1, "…"},
      // 中文字 is 6 columns; in 4 only 中 (2) + … fit.
      {"\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97", 4, "\xE4\xB8\xAD…"},
      {"\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97", 5, "\xE4\xB8\xAD\xE6\x96\x87…"},
      // Combining marks stay with their base letter.
      {"e\xCC\x81" "e\xCC\x81" "e\xCC\x81", 3, "e\xCC\x81" "e\xCC\x81" "e\xCC\x81"},
      {"e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "x", 3, "e\xCC\x81" "e\xCC\x81" "…"},
      // Never splits a multi-byte sequence.
      {"\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF", 3, "\xD8\xA8\xD8\xBA…"},
  };
  for (const Case& c : cases) {
    std::string got = TruncateToWidth(c.text, c.max);
    EXPECT_EQ(got, c.want) << c.text << " max " << c.max;
    EXPECT_LE(DisplayWidth(got), c.max);
  }
}

TEST(Utf8Test, RoundTrip) {
  for (char32_t cp : {U'\0', U'A', char32_t{0x7FF}, char32_t{0x800},
                      char32_t{0xFFFD}, char32_t{0x10000},
                      char32_t{0x10FFFF}}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t pos = 0;
    EXPECT_EQ(DecodeUtf8(s, &pos), cp);
    EXPECT_EQ(pos, s.size());
  }
  std::string surrogate = "\xED\xA0\x80";
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8(surrogate, &pos), kReplacementChar);
  EXPECT_EQ(pos, 1u);
}

}  // namespace
}  // namespace spoke::engine
