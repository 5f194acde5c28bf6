#include "bench/gen/news_generator.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <vector>

#include "bench/gen/vocabulary.h"

namespace spoke::bench {

namespace {

enum EventType { kAttack = 0, kProtest, kStatement, kSpeech, kElection,
                 kMeeting, kArrest, kTypeCount };

struct TypeInfo {
  const char* cls;  // local name in the spoke: vocabulary
  const char* en;
  const char* ar;
  int weight;
};

// Attack is split into subtypes below; its entry here is the superclass.
constexpr TypeInfo kTypes[kTypeCount] = {
    {"Attack", "attack", "هجوم", 24},
    {"Protest", "protest", "احتجاج", 18},
    {"Statement", "statement", "بيان", 20},
    {"Speech", "speech", "خطاب", 10},
    {"Election", "election", "انتخابات", 6},
    {"Meeting", "meeting", "اجتماع", 12},
    {"Arrest", "arrest", "اعتقال", 10},
};
constexpr TypeInfo kAttackKinds[] = {
    {"DroneAttack", "drone attack", "هجوم بطائرة مسيرة", 3},
    {"Bombing", "car bombing", "تفجير سيارة مفخخة", 3},
    {"Shooting", "shooting", "إطلاق نار", 2},
    {"RocketAttack", "rocket attack", "هجوم صاروخي", 2},
};
constexpr int kAttackKindCount = sizeof(kAttackKinds) / sizeof(kAttackKinds[0]);

// Hub organisations (ranks) that publish articles, most frequent first.
constexpr uint64_t kPublishers[] = {2, 4, 7, 12, 16};
constexpr int kPublisherShares[] = {40, 25, 15, 12, 8};  // percent

const char* const kDemands[] = {
    "early elections", "an end to corruption", "jobs for graduates",
    "reliable electricity", "the release of detainees", "a recount of the votes",
};
const char* const kTopics[] = {
    "border security", "the election results", "reconstruction funding",
    "the return of displaced families", "oil exports", "a ceasefire",
};
const char* const kCharges[] = {
    "terrorism", "corruption", "incitement", "smuggling", "attacking protesters",
};
const char* const kLooks[] = {
    "looking calm and composed", "seated behind a desk", "visibly angry",
    "standing before the flag",
};

template <size_t N>
const char* PickOf(const char* const (&items)[N], Random* rng) {
  return items[rng->Uniform(N)];
}

std::string V(std::string_view local) {
  std::string iri(vocab::kSpoke);
  iri += local;
  return iri;
}
std::string S(std::string_view local) {
  std::string iri(vocab::kSchema);
  iri += local;
  return iri;
}
std::string Sem(std::string_view local) {
  std::string iri(vocab::kSem);
  iri += local;
  return iri;
}

// Days since 2000-01-01 to "YYYY-MM-DD" (Howard Hinnant's civil_from_days).
std::string DateText(uint64_t day) {
  int64_t z = static_cast<int64_t>(day) + 10957 + 719468;  // from 1970-01-01
  const int64_t era = z / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", static_cast<int>(y),
                static_cast<int>(m), static_cast<int>(d));
  return buf;
}

std::string Capitalised(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(text[0]));
  return text;
}

}  // namespace

NewsGenerator::NewsGenerator(const GeneratorOptions& options, NQuadsWriter* out)
    : options_(options), out_(out), rng_(options.seed), catalog_(options.quads) {}

Status NewsGenerator::Run() {
  catalog_.WriteHubs(out_);
  while (out_->quads() < options_.quads) WriteArticle(++articles_);
  return out_->Finish();
}

std::string NewsGenerator::Use(EntityKind kind, uint64_t id,
                               const std::string& g) {
  catalog_.Mention(kind, id, g, out_);
  return catalog_.Iri(kind, id);
}

int64_t NewsGenerator::LogUniform(int64_t lo, int64_t hi) {
  const double x = std::exp(rng_.Unit() * std::log(static_cast<double>(hi - lo + 1)));
  return lo + static_cast<int64_t>(x) - 1;
}

std::string NewsGenerator::Quote() {
  const int words = static_cast<int>(rng_.Between(12, 60));
  const bool inner_quote = rng_.Chance(0.05);
  const bool line_break = rng_.Chance(0.03);
  std::string q;
  q.reserve(words * 8);
  for (int i = 0; i < words; ++i) {
    if (i > 0) q += (line_break && i == words / 2) ? '\n' : ' ';
    if (inner_quote && i == words / 3) q += '"';
    if (rng_.Chance(0.02)) {
      q += vocab::kArabicPhrases[rng_.Uniform(vocab::kArabicPhraseCount)];
    } else {
      q += vocab::kQuoteWords[rng_.Uniform(vocab::kQuoteWordCount)];
    }
    if (inner_quote && i == words / 3 + 2) q += '"';
  }
  q += '.';
  return Capitalised(std::move(q));
}

void NewsGenerator::WriteArticle(uint64_t n) {
  std::string article(vocab::kArticle);
  article += std::to_string(n);
  const std::string prov = article + "/provenance";
  std::string event(vocab::kEntity);
  event += "event-";
  event += std::to_string(n);

  int pick = static_cast<int>(rng_.Uniform(100));
  int type = 0;
  while (pick >= kTypes[type].weight) pick -= kTypes[type++].weight;
  const uint64_t day = rng_.Uniform(26 * 365);  // 2000 .. 2025

  std::vector<Sentence> sentences;
  auto add_sentence = [&]() -> Sentence& {
    Sentence& s = sentences.emplace_back();
    s.iri = article + "/sentence/" + std::to_string(sentences.size());
    return s;
  };
  {
    Sentence& s = add_sentence();
    s.text = WriteLead(event, type, day, s.iri);
  }
  {
    Sentence& s = add_sentence();
    s.text = WriteDetails(event, type, s.iri);
  }
  if (rng_.Chance(0.6)) {
    Sentence& s = add_sentence();
    s.text = WriteReport(event, "-report", false, &s);
  }
  if (rng_.Chance(0.25)) {
    Sentence& s = add_sentence();
    s.text = WriteReport(event, "-reaction", true, &s);
  }

  // Provenance: the article, then each sentence.
  const std::string& g = prov;
  out_->IriObject(article, vocab::kRdfType, S("NewsArticle"), g);
  out_->LangObject(article, vocab::kRdfsLabel, "article " + std::to_string(n), "en", g);
  char published[32];
  std::snprintf(published, sizeof(published), "%sT%02d:%02d:%02dZ",
                DateText(day + rng_.Uniform(3)).c_str(),
                static_cast<int>(rng_.Uniform(24)), static_cast<int>(rng_.Uniform(60)),
                static_cast<int>(rng_.Uniform(60)));
  out_->TypedObject(article, S("datePublished"), published, vocab::kXsdDateTime, g);
  int share = static_cast<int>(rng_.Uniform(100));
  size_t k = 0;
  while (share >= kPublisherShares[k]) share -= kPublisherShares[k++];
  const uint64_t publisher = kPublishers[k];
  out_->IriObject(article, S("publisher"), Use(EntityKind::kOrg, publisher, g), g);
  out_->StringObject(article, S("inLanguage"), rng_.Chance(0.85) ? "en" : "ar", g);
  out_->IntegerObject(article, V("sentenceCount"),
                      static_cast<int64_t>(sentences.size()), g);
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    out_->IriObject(s.iri, vocab::kRdfType, V("Sentence"), g);
    out_->IntegerObject(s.iri, V("position"), static_cast<int64_t>(i + 1), g);
    out_->IriObject(s.iri, V("inArticle"), article, g);
    out_->StringObject(s.iri, V("text"), s.text, g);
    if (s.source_kind != 0) {
      const auto kind = static_cast<EntityKind>(s.source_kind - 1);
      out_->IriObject(s.iri, V("accordingTo"), catalog_.Iri(kind, s.source_id), g);
    }
  }
}

std::string NewsGenerator::WriteLead(const std::string& event, int type,
                                     uint64_t day, const std::string& g) {
  const TypeInfo* info = &kTypes[type];
  out_->IriObject(event, vocab::kRdfType, V(info->cls), g);
  if (type == kAttack) {
    int pick = static_cast<int>(rng_.Uniform(10));
    int k = 0;
    while (pick >= kAttackKinds[k].weight && k + 1 < kAttackKindCount) {
      pick -= kAttackKinds[k++].weight;
    }
    info = &kAttackKinds[k];
    out_->IriObject(event, vocab::kRdfType, V(info->cls), g);
  }
  const uint64_t city = catalog_.Pick(EntityKind::kCity, &rng_);
  const uint64_t country = catalog_.CountryOf(EntityKind::kCity, city);
  const std::string city_en = catalog_.LabelEn(EntityKind::kCity, city);
  const std::string country_en = catalog_.LabelEn(EntityKind::kCountry, country);
  const std::string date = DateText(day);

  out_->LangObject(event, vocab::kRdfsLabel, std::string(info->en) + " in " + city_en,
                   "en", g);
  if (rng_.Chance(0.3)) {
    out_->LangObject(event, vocab::kRdfsLabel,
                     std::string(info->ar) + " في " +
                         catalog_.LabelAr(EntityKind::kCity, city),
                     "ar", g);
  }
  out_->TypedObject(event, Sem("hasTimeStamp"), date, vocab::kXsdDate, g);
  out_->IriObject(event, Sem("hasPlace"), Use(EntityKind::kCity, city, g), g);
  out_->IriObject(event, V("country"), Use(EntityKind::kCountry, country, g), g);
  return Capitalised(std::string(type == kAttack ? "a " : "the ") + info->en) +
         " in " + city_en + ", " + country_en + ", on " + date + ".";
}

std::string NewsGenerator::WriteDetails(const std::string& event, int type,
                                        const std::string& g) {
  switch (type) {
    case kAttack: return WriteAttack(event, g);
    case kProtest: return WriteProtest(event, g);
    case kStatement: return WriteUtterance(event, false, g);
    case kSpeech: return WriteUtterance(event, true, g);
    case kElection: return WriteElection(event, g);
    case kMeeting: return WriteMeeting(event, g);
    default: return WriteArrest(event, g);
  }
}

std::string NewsGenerator::WriteAttack(const std::string& event,
                                       const std::string& g) {
  const bool org_target = rng_.Chance(0.3);
  const EntityKind kind = org_target ? EntityKind::kOrg : EntityKind::kPerson;
  const uint64_t target = catalog_.Pick(kind, &rng_);
  const int64_t killed = LogUniform(0, 300);
  const int64_t injured = LogUniform(0, 800);
  out_->IriObject(event, V("target"), Use(kind, target, g), g);
  out_->IntegerObject(event, V("killed"), killed, g);
  out_->IntegerObject(event, V("injured"), injured, g);
  std::string text = "The attack targeted " + catalog_.LabelEn(kind, target) +
                     ", killing " + std::to_string(killed) + " and injuring " +
                     std::to_string(injured) + " people";
  if (rng_.Chance(0.35)) {
    const uint64_t perp = catalog_.Pick(EntityKind::kOrg, &rng_);
    const bool claimed = rng_.Chance(0.5);
    out_->IriObject(event, V("perpetrator"), Use(EntityKind::kOrg, perp, g), g);
    out_->TypedObject(event, V("responsibilityClaimed"), claimed ? "true" : "false",
                      vocab::kXsdBoolean, g);
    text += claimed ? "; " : "; officials blamed ";
    text += catalog_.LabelEn(EntityKind::kOrg, perp);
    if (claimed) text += " claimed responsibility";
  }
  return text + ".";
}

std::string NewsGenerator::WriteProtest(const std::string& event,
                                        const std::string& g) {
  const int64_t people = LogUniform(50, 200000);
  const uint64_t org = catalog_.Pick(EntityKind::kOrg, &rng_);
  const char* demand = PickOf(kDemands, &rng_);
  out_->IntegerObject(event, V("participantCount"), people, g);
  out_->IriObject(event, V("ledBy"), Use(EntityKind::kOrg, org, g), g);
  out_->LangObject(event, V("demand"), demand, "en", g);
  std::string text = "About " + std::to_string(people) + " people led by " +
                     catalog_.LabelEn(EntityKind::kOrg, org) + " demanded " + demand;
  if (rng_.Chance(0.5)) {
    const uint64_t p = catalog_.Pick(EntityKind::kPerson, &rng_);
    out_->IriObject(event, V("against"), Use(EntityKind::kPerson, p, g), g);
    text += " and protested against " + catalog_.LabelEn(EntityKind::kPerson, p);
  }
  return text + ".";
}

std::string NewsGenerator::WriteUtterance(const std::string& event, bool speech,
                                          const std::string& g) {
  const uint64_t speaker = catalog_.Pick(EntityKind::kPerson, &rng_);
  const std::string quote = Quote();
  out_->IriObject(event, V("speaker"), Use(EntityKind::kPerson, speaker, g), g);
  out_->StringObject(event, V("quote"), quote, g);
  std::string text = catalog_.LabelEn(EntityKind::kPerson, speaker);
  if (speech) {
    const uint64_t medium = kPublishers[rng_.Uniform(5)];
    const char* look = PickOf(kLooks, &rng_);
    out_->IriObject(event, V("medium"), Use(EntityKind::kOrg, medium, g), g);
    out_->LangObject(event, V("describedAs"), look, "en", g);
    text += ", " + std::string(look) + ", told " +
            catalog_.LabelEn(EntityKind::kOrg, medium) + ": “" + quote + "”";
  } else {
    const bool about_org = rng_.Chance(0.5);
    const EntityKind kind = about_org ? EntityKind::kOrg : EntityKind::kCountry;
    const uint64_t about = catalog_.Pick(kind, &rng_);
    out_->IriObject(event, V("about"), Use(kind, about, g), g);
    text += " said of " + catalog_.LabelEn(kind, about) + ": “" + quote + "”";
  }
  return text;
}

std::string NewsGenerator::WriteElection(const std::string& event,
                                         const std::string& g) {
  const int parties = static_cast<int>(rng_.Between(3, 5));
  char turnout[16];
  std::snprintf(turnout, sizeof(turnout), "%d.%d",
                static_cast<int>(rng_.Between(20, 80)), static_cast<int>(rng_.Uniform(10)));
  out_->TypedObject(event, V("turnout"), turnout, vocab::kXsdDecimal, g);
  std::string text = "Turnout was " + std::string(turnout) + " percent";
  uint64_t last_party = 0;
  for (int i = 1; i <= parties; ++i) {
    const uint64_t party = catalog_.Pick(EntityKind::kOrg, &rng_);
    if (party == last_party) continue;  // keeps results distinct in the text
    last_party = party;
    const std::string result = event + "-result-" + std::to_string(i);
    const int64_t seats = rng_.Between(1, 90);
    out_->IriObject(result, vocab::kRdfType, V("ElectionResult"), g);
    out_->IriObject(result, V("election"), event, g);
    out_->IriObject(result, V("party"), Use(EntityKind::kOrg, party, g), g);
    out_->IntegerObject(result, V("seats"), seats, g);
    text += "; " + catalog_.LabelEn(EntityKind::kOrg, party) + " won " +
            std::to_string(seats) + " seats";
  }
  return text + ".";
}

std::string NewsGenerator::WriteMeeting(const std::string& event,
                                        const std::string& g) {
  const int people = static_cast<int>(rng_.Between(2, 4));
  const char* topic = PickOf(kTopics, &rng_);
  std::vector<uint64_t> seen;
  std::string text;
  for (int i = 0; i < people; ++i) {
    const uint64_t p = catalog_.Pick(EntityKind::kPerson, &rng_);
    if (std::find(seen.begin(), seen.end(), p) != seen.end()) continue;
    seen.push_back(p);
    out_->IriObject(event, V("participant"), Use(EntityKind::kPerson, p, g), g);
    if (!text.empty()) text += " and ";
    text += catalog_.LabelEn(EntityKind::kPerson, p);
  }
  out_->LangObject(event, V("topic"), topic, "en", g);
  return text + " met to discuss " + topic + ".";
}

std::string NewsGenerator::WriteArrest(const std::string& event,
                                       const std::string& g) {
  const uint64_t p = catalog_.Pick(EntityKind::kPerson, &rng_);
  const uint64_t by = catalog_.Pick(EntityKind::kOrg, &rng_);
  const char* charge = PickOf(kCharges, &rng_);
  out_->IriObject(event, V("arrested"), Use(EntityKind::kPerson, p, g), g);
  out_->IriObject(event, V("arrestedBy"), Use(EntityKind::kOrg, by, g), g);
  out_->LangObject(event, V("charge"), charge, "en", g);
  return catalog_.LabelEn(EntityKind::kOrg, by) + " arrested " +
         catalog_.LabelEn(EntityKind::kPerson, p) + " on charges of " + charge + ".";
}

std::string NewsGenerator::WriteReport(const std::string& event,
                                       const std::string& suffix, bool reaction,
                                       Sentence* sentence) {
  const std::string& g = sentence->iri;
  const bool by_org = !reaction && rng_.Chance(0.6);
  const EntityKind kind = by_org ? EntityKind::kOrg : EntityKind::kPerson;
  const uint64_t who = catalog_.Pick(kind, &rng_);
  const std::string st = event + suffix;
  const std::string quote = Quote();
  out_->IriObject(st, vocab::kRdfType, V("Statement"), g);
  out_->IriObject(st, V("speaker"), Use(kind, who, g), g);
  out_->IriObject(st, V(reaction ? "about" : "reports"), event, g);
  out_->StringObject(st, V("quote"), quote, g);
  sentence->source_kind = static_cast<uint64_t>(kind) + 1;
  sentence->source_id = who;
  return "“" + quote + "”, " + catalog_.LabelEn(kind, who) +
         (reaction ? " said in reaction." : " said.");
}

}  // namespace spoke::bench
