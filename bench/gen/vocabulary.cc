#include "bench/gen/vocabulary.h"

namespace spoke::bench::vocab {

#define SCHEMA "https://schema.org/"
#define SPOKE "https://spoke.example/vocab#"

// Ordered by how often news mentions them: the Zipf rank is the index + 1.
const Country kCountries[] = {
    {"iraq", "Iraq", "العراق"},
    {"syria", "Syria", "سوريا"},
    {"iran", "Iran", "إيران"},
    {"united-states", "United States", "الولايات المتحدة"},
    {"lebanon", "Lebanon", "لبنان"},
    {"turkey", "Turkey", "تركيا"},
    {"egypt", "Egypt", "مصر"},
    {"saudi-arabia", "Saudi Arabia", "السعودية"},
    {"yemen", "Yemen", "اليمن"},
    {"israel", "Israel", "إسرائيل"},
    {"jordan", "Jordan", "الأردن"},
    {"libya", "Libya", "ليبيا"},
    {"russia", "Russia", "روسيا"},
    {"united-kingdom", "United Kingdom", "المملكة المتحدة"},
    {"france", "France", "فرنسا"},
    {"qatar", "Qatar", "قطر"},
    {"kuwait", "Kuwait", "الكويت"},
    {"united-arab-emirates", "United Arab Emirates", "الإمارات"},
    {"germany", "Germany", "ألمانيا"},
    {"tunisia", "Tunisia", "تونس"},
    {"algeria", "Algeria", "الجزائر"},
    {"morocco", "Morocco", "المغرب"},
    {"sudan", "Sudan", "السودان"},
    {"afghanistan", "Afghanistan", "أفغانستان"},
};
const size_t kCountryCount = sizeof(kCountries) / sizeof(kCountries[0]);

const HubCity kHubCities[] = {
    {"baghdad", "Baghdad", "بغداد", 0},
    {"damascus", "Damascus", "دمشق", 1},
    {"tehran", "Tehran", "طهران", 2},
    {"basra", "Basra", "البصرة", 0},
    {"beirut", "Beirut", "بيروت", 4},
    {"mosul", "Mosul", "الموصل", 0},
    {"aleppo", "Aleppo", "حلب", 1},
    {"cairo", "Cairo", "القاهرة", 6},
    {"erbil", "Erbil", "أربيل", 0},
    {"washington", "Washington", "واشنطن", 3},
};
const size_t kHubCityCount = sizeof(kHubCities) / sizeof(kHubCities[0]);

const HubOrg kHubOrgs[] = {
    {"iraqi-military", "Iraqi military", "الجيش العراقي",
     SCHEMA "GovernmentOrganization", 0},
    {"reuters", "Reuters", "رويترز", SCHEMA "NewsMediaOrganization", 13},
    {"united-nations", "United Nations", "الأمم المتحدة",
     SCHEMA "GovernmentOrganization", -1},
    {"independent-press", "Independent Press", nullptr,
     SCHEMA "NewsMediaOrganization", 0},
    {"iran-backed-militias", "Iran-backed militias", "الفصائل المدعومة من إيران",
     SPOKE "ArmedGroup", 0},
    {"election-commission", "Iraqi election commission",
     "المفوضية العليا المستقلة للانتخابات", SCHEMA "GovernmentOrganization", 0},
    {"al-jazeera", "Al Jazeera", "الجزيرة", SCHEMA "NewsMediaOrganization", 15},
    {"islamic-state", "Islamic State", "تنظيم الدولة الإسلامية",
     SPOKE "ArmedGroup", -1},
    {"hezbollah", "Hezbollah", "حزب الله", SPOKE "PoliticalParty", 4},
    {"sadrist-movement", "Sadrist Movement", "التيار الصدري",
     SPOKE "PoliticalParty", 0},
    {"state-of-law-coalition", "State of Law Coalition", "ائتلاف دولة القانون",
     SPOKE "PoliticalParty", 0},
    {"associated-press", "Associated Press", "أسوشيتد برس",
     SCHEMA "NewsMediaOrganization", 3},
    {"us-state-department", "US State Department", "وزارة الخارجية الأمريكية",
     SCHEMA "GovernmentOrganization", 3},
    {"kurdistan-regional-government", "Kurdistan Regional Government",
     "حكومة إقليم كردستان", SCHEMA "GovernmentOrganization", 0},
    {"red-cross", "International Committee of the Red Cross",
     "اللجنة الدولية للصليب الأحمر", SCHEMA "NGO", -1},
    {"bbc", "BBC", "بي بي سي", SCHEMA "NewsMediaOrganization", 13},
    {"syrian-government", "Syrian government", "الحكومة السورية",
     SCHEMA "GovernmentOrganization", 1},
    {"revolutionary-guard", "Islamic Revolutionary Guard Corps",
     "الحرس الثوري الإيراني", SCHEMA "GovernmentOrganization", 2},
    {"taqaddum-bloc", "Taqaddum bloc", "تحالف تقدم", SPOKE "PoliticalParty", 0},
    {"amnesty-international", "Amnesty International", "منظمة العفو الدولية",
     SCHEMA "NGO", -1},
};
const size_t kHubOrgCount = sizeof(kHubOrgs) / sizeof(kHubOrgs[0]);

const HubPerson kHubPersons[] = {
    {"mustafa-al-kadhimi", "Mustafa al-Kadhimi", "مصطفى الكاظمي", -1,
     "Prime Minister of Iraq"},
    {"muqtada-al-sadr", "Muqtada al-Sadr", "مقتدى الصدر", 9, nullptr},
    {"nouri-al-maliki", "Nouri al-Maliki", "نوري المالكي", 10, nullptr},
    {"mohamed-halbousi", "Mohamed Halbousi", "محمد الحلبوسي", 18,
     "Speaker of the Council of Representatives"},
    {"antonio-guterres", "António Guterres", "أنطونيو غوتيريش", 2,
     "Secretary-General of the United Nations"},
    {"bashar-al-assad", "Bashar al-Assad", "بشار الأسد", 16, "President of Syria"},
    {"hassan-nasrallah", "Hassan Nasrallah", "حسن نصر الله", 8, nullptr},
    {"ali-khamenei", "Ali Khamenei", "علي خامنئي", -1, "Supreme Leader of Iran"},
    {"masrour-barzani", "Masrour Barzani", "مسرور بارزاني", 13,
     "Prime Minister of the Kurdistan Region"},
    {"barham-salih", "Barham Salih", "برهم صالح", -1, "President of Iraq"},
};
const size_t kHubPersonCount = sizeof(kHubPersons) / sizeof(kHubPersons[0]);

const NamePart kGivenNames[] = {
    {"Ali", "علي"},       {"Ahmed", "أحمد"},     {"Mohammed", "محمد"},
    {"Hassan", "حسن"},    {"Hussein", "حسين"},   {"Omar", "عمر"},
    {"Fatima", "فاطمة"},  {"Zainab", "زينب"},    {"Maryam", "مريم"},
    {"Khalid", "خالد"},   {"Yusuf", "يوسف"},     {"Ibrahim", "إبراهيم"},
    {"Layla", "ليلى"},    {"Noor", "نور"},       {"Karim", "كريم"},
    {"Samir", "سمير"},    {"Rania", "رانيا"},    {"Tariq", "طارق"},
    {"Salim", "سليم"},    {"Huda", "هدى"},       {"Abbas", "عباس"},
    {"Jafar", "جعفر"},    {"Amira", "أميرة"},    {"Walid", "وليد"},
};
const size_t kGivenNameCount = sizeof(kGivenNames) / sizeof(kGivenNames[0]);

const NamePart kFamilyNames[] = {
    {"al-Jabouri", "الجبوري"}, {"al-Obeidi", "العبيدي"},  {"al-Tamimi", "التميمي"},
    {"al-Zubaidi", "الزبيدي"}, {"al-Hashimi", "الهاشمي"}, {"al-Rubaie", "الربيعي"},
    {"al-Dulaimi", "الدليمي"}, {"al-Shammari", "الشمري"}, {"al-Bayati", "البياتي"},
    {"al-Khafaji", "الخفاجي"}, {"Haddad", "حداد"},        {"Mansour", "منصور"},
    {"Nasser", "ناصر"},        {"Saleh", "صالح"},         {"Karimi", "كريمي"},
    {"Rahimi", "رحيمي"},       {"Barzani", "بارزاني"},    {"Talabani", "طالباني"},
    {"al-Amiri", "العامري"},   {"al-Musawi", "الموسوي"},
};
const size_t kFamilyNameCount = sizeof(kFamilyNames) / sizeof(kFamilyNames[0]);

const NamePart kPlaceSyllables[] = {
    {"ka", "كا"},  {"ram", "رام"}, {"su", "سو"},  {"lay", "لي"},  {"ha", "ها"},
    {"dith", "ديث"}, {"ta", "تا"}, {"rik", "ريك"}, {"zu", "زو"},  {"bayr", "بير"},
    {"na", "نا"},  {"jaf", "جف"},  {"ra", "را"},  {"mad", "ماد"}, {"fal", "فل"},
    {"lu", "لو"},  {"mo", "مو"},  {"sul", "صل"},  {"bar", "بار"}, {"qa", "قا"},
    {"sim", "سيم"}, {"kir", "كير"}, {"kuk", "كوك"}, {"dur", "دور"},
};
const size_t kPlaceSyllableCount =
    sizeof(kPlaceSyllables) / sizeof(kPlaceSyllables[0]);

const char* const kOrgAdjectives[] = {
    "National", "Popular", "Islamic",  "Democratic", "Independent",
    "Free",     "United",  "Revolutionary", "Civic", "Southern",
    "Northern", "Patriotic", "Progressive", "Arab", "Kurdish", "Reform",
};
const size_t kOrgAdjectiveCount = sizeof(kOrgAdjectives) / sizeof(kOrgAdjectives[0]);

const char* const kOrgNouns[] = {
    "Front",    "Movement", "Brigade",   "Council",  "Party",     "Alliance",
    "Union",    "Committee", "Network",  "Agency",   "Ministry",  "Foundation",
    "Gazette",  "Observer", "Coalition", "Assembly",
};
const size_t kOrgNounCount = sizeof(kOrgNouns) / sizeof(kOrgNouns[0]);

const char* const kOrgTypes[] = {
    SCHEMA "Organization",          SCHEMA "GovernmentOrganization",
    SCHEMA "NewsMediaOrganization", SPOKE "PoliticalParty",
    SPOKE "ArmedGroup",             SCHEMA "NGO",
};
const size_t kOrgTypeCount = sizeof(kOrgTypes) / sizeof(kOrgTypes[0]);

const char* const kQuoteWords[] = {
    "we",        "will",       "not",       "allow",      "the",       "security",
    "forces",    "are",        "taking",    "necessary",  "measures",  "against",
    "those",     "who",        "attack",    "our",        "people",    "country",
    "peace",     "ceasefire",  "elections", "results",    "must",      "be",
    "respected", "calm",       "and",       "restraint",  "on",        "part",
    "of",        "everyone",   "for",       "good",       "future",    "cowardly",
    "rocket",    "drone",      "attacks",   "don’t",      "build",     "homelands",
    "dialogue",  "is",         "only",      "way",        "forward",   "government",
    "parliament", "protesters", "demands",  "justice",    "accountability", "today",
    "tomorrow",  "violence",   "stability", "reconstruction", "negotiations", "—",
};
const size_t kQuoteWordCount = sizeof(kQuoteWords) / sizeof(kQuoteWords[0]);

const char* const kArabicPhrases[] = {
    "الحمد لله",        "إن شاء الله",       "لا للعنف",
    "نريد وطنا",        "الشعب يريد الإصلاح", "السلام عليكم",
    "العراق أولا",      "لا تفرقة",
};
const size_t kArabicPhraseCount = sizeof(kArabicPhrases) / sizeof(kArabicPhrases[0]);

#undef SCHEMA
#undef SPOKE

}  // namespace spoke::bench::vocab
