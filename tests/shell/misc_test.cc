#include <gtest/gtest.h>

#include "shell/paths.h"
#include "shell/prefix_setting.h"
#include "shell/repeat_timing.h"

namespace spoke::shell {
namespace {

TEST(PathsTest, DbFlagThenEnvironmentThenDataDirectory) {
  Environment env;
  env.spoke_db = "/env/db";
  env.xdg_data_home = "/xdg";
  env.home = "/home/u";
  auto r = ResolveDatabase("/flag/db", env);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->path, "/flag/db");
  EXPECT_FALSE(r->is_default);
  r = ResolveDatabase("", env);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->path, "/env/db");
  EXPECT_FALSE(r->is_default);
  env.spoke_db = "";  // set but empty counts as unset
  r = ResolveDatabase("", env);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->path, "/xdg/spoke/default");
  EXPECT_TRUE(r->is_default);
  env.xdg_data_home = "relative/ignored";
  r = ResolveDatabase("", env);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->path, "/home/u/.local/share/spoke/default");
  EXPECT_EQ(HistoryPath(env), "/home/u/.local/share/spoke/history");
  env.home = nullptr;
  env.xdg_data_home = nullptr;
  EXPECT_FALSE(ResolveDatabase("", env).ok());
  EXPECT_EQ(HistoryPath(env), "");
}

TEST(RepeatTimingTest, JsonShape) {
  EXPECT_EQ(RepeatJson({5, 1, 3, 2, 4}, 7),
            "{\"runs\":5,\"min_ms\":1.000,\"median_ms\":3.000,\"p90_ms\":5.000,"
            "\"max_ms\":5.000,\"rows\":7}");
  // Even count: mean of the middle two; p90 of 10 runs is the 9th.
  EXPECT_EQ(RepeatJson({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0),
            "{\"runs\":10,\"min_ms\":1.000,\"median_ms\":5.500,\"p90_ms\":9.000,"
            "\"max_ms\":10.000,\"rows\":0}");
  EXPECT_EQ(RepeatJson({0.25}, 1),
            "{\"runs\":1,\"min_ms\":0.250,\"median_ms\":0.250,\"p90_ms\":0.250,"
            "\"max_ms\":0.250,\"rows\":1}");
}

TEST(PrefixSettingTest, RoundTripAndDeclarations) {
  engine::PrefixMap m;
  m.Add("ex", "http://example.org/");
  m.Add("", "http://default.org/");
  auto back = DecodePrefixes(EncodePrefixes(m));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->entries(), m.entries());
  EXPECT_FALSE(DecodePrefixes("no tab here\n").ok());

  engine::PrefixMap found;
  AddDeclaredPrefixes(
      "@prefix ex: <http://example.org/> .\n"
      "PREFIX schema: <https://schema.org/>\n"
      "  @prefix : <http://base.org/#> .\n"
      "ex:a ex:b \"@prefix no: <http://not/> .\" .\n",
      &found);
  ASSERT_EQ(found.entries().size(), 3u);
  EXPECT_EQ(found.Find("ex").value_or(""), "http://example.org/");
  EXPECT_EQ(found.Find("schema").value_or(""), "https://schema.org/");
  EXPECT_EQ(found.Find("").value_or(""), "http://base.org/#");
  EXPECT_FALSE(found.Find("no").has_value());
}

}  // namespace
}  // namespace spoke::shell
