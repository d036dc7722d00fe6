// Place finding and disambiguation.
//
// Design: three passes over the article.
//  1. Spans: at each capitalised word, the longest run of up to
//     Gazetteer::max_key_tokens() tokens whose joined norms form a gazetteer
//     key ("Gulf of Aden"; lower-case connectors such as "of", "es", "al" may
//     sit inside, the last word must be capitalised). Spans that are not
//     places in context are dropped: months and weekdays, common English
//     words ("March", "Police"), a word right after a personal title
//     ("President Jordan").
//  2. Context: the countries the article clearly names. A span votes for a
//     country when its best reading (by the scores below, without context)
//     is a country, or beats every reading in another country by a clear
//     margin. A span's own vote never counts as context for itself, so
//     "Georgia" alone does not decide "Georgia".
//  3. Choice: score = log10(population) + bonuses for countries, our curated
//     places, capitals and regional seats, and for readings in a context
//     country. Places under 100,000 people need their country in context
//     unless they are seats of government: a small town in a country the
//     article never names is most often a surname or a word ("Moore",
//     "Summit", "Hays").
#include "geo/place_finder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "geo/place_words.h"

namespace dyad {
namespace {

using place_words::IsAdjective;
using place_words::IsCommonWord;
using place_words::IsConnector;
using place_words::IsDirection;
using place_words::IsMonthOrWeekday;
using place_words::IsPlaceTypeWord;
using place_words::IsTitle;
using place_words::LooksLikeVerbOrAdverb;

constexpr int kMaxSpanTokens = 5;
constexpr uint64_t kSmallPlace = 100000;  // Below this, a city needs its country named.
constexpr double kContextBonus = 2.5;
constexpr uint64_t kNamesake = 50000;  // Below this, a city may be a namesake.
constexpr uint64_t kMajorCity = 100000;
constexpr double kClearMargin = 1.5;

struct Span {
  uint32_t sentence = 0;
  uint32_t first = 0;
  uint32_t end = 0;
  std::string key;
  std::vector<PlaceCandidate> candidates;
};

// Maps a country code to the keys of the spans that voted for it.
using Context = std::map<std::string, std::set<std::string>, std::less<>>;

bool InSet(const std::unordered_set<std::string_view>& set, std::string_view w) {
  return set.count(w) > 0;
}

bool IsCap(const Token& t) { return t.capitalized || t.all_caps; }

// "d'Ivoire", "l'Est": an elided French article before a capitalised name,
// which goes on inside a place name ("Côte d'Ivoire", "Provence-Alpes-Côte
// d'Azur").
bool IsElidedName(const Article& a, const Token& t) {
  std::string_view w = a.Span(t.begin, t.end);
  if (w.size() < 3 || (w[0] != 'd' && w[0] != 'l')) return false;
  size_t next = 0;
  if (w[1] == '\'') {
    next = 2;
  } else if (w.size() > 4 && w.substr(1, 3) == "\xE2\x80\x99") {
    next = 4;
  }
  return next > 0 && next < w.size() && w[next] >= 'A' && w[next] <= 'Z';
}

bool IsAbbreviatedPlaceWord(std::string_view norm) {
  return norm == "st" || norm == "ste" || norm == "mt" || norm == "ft" || norm == "pt";
}

// The longest gazetteer span starting at token `i`, or end == 0.
Span LongestSpan(const Article& a, const Gazetteer& g, uint32_t i, uint32_t limit) {
  Span best;
  std::string key;
  int max_len = std::min(kMaxSpanTokens, std::max(1, g.max_key_tokens()));
  for (uint32_t j = i; j < limit && static_cast<int>(j - i) < max_len; ++j) {
    const Token& t = a.tokens[j];
    // "St. Petersburg", "Mt. Kenya": the abbreviation's period is no break.
    if (t.norm == "." && j > i && j + 1 < limit && IsAbbreviatedPlaceWord(a.tokens[j - 1].norm)) {
      continue;
    }
    bool word = t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
    bool inner_ok = word || t.kind == TokenKind::kPossessive;
    if (!inner_ok || t.norm.empty()) break;
    if (j > i && !IsCap(t) && !IsConnector(t.norm) && !IsElidedName(a, t)) break;
    if (j > i) key.push_back(' ');
    key += t.norm;
    if (word && (IsCap(t) || IsElidedName(a, t)) && g.Contains(key)) {
      best.first = i;
      best.end = j + 1;
      best.key = key;
    }
  }
  if (best.end != 0) best.candidates = g.Lookup(best.key);
  return best;
}

bool HasCountry(const Span& s) {
  for (const PlaceCandidate& c : s.candidates) {
    if (c.kind == PlaceKind::kCountry) return true;
  }
  return false;
}

// True when a capitalised word of a name stands right before the span
// ("Natalie Baker", "Col. Xerxes Trinidad").
bool AfterNameWord(const Article& a, const Span& s, uint32_t sentence_first) {
  if (s.first <= sentence_first + 1) return false;  // First word: any case.
  const Token& prev = a.tokens[s.first - 1];
  // "MOSCOW (AP) - A Moscow court": an article opening the sentence after
  // a dateline is no name.
  static const std::unordered_set<std::string_view> kFunctionWords = {
      "a",      "an",     "the",  "in",    "on",    "at",    "from", "to",
      "by",     "for",    "of",   "and",   "but",   "as",    "with", "after",
      "before", "during", "when", "while", "since", "until", "near"};
  return prev.kind == TokenKind::kWord && prev.capitalized && !prev.all_caps &&
         !IsDirection(prev.norm) && !IsAdjective(prev.norm) && !InSet(kFunctionWords, prev.norm);
}

// True when a capitalised word continues the name ("Penal Code").
bool BeforeNameWord(const Article& a, const Span& s, uint32_t limit) {
  if (s.end >= limit) return false;
  const Token& next = a.tokens[s.end];
  return next.kind == TokenKind::kWord && next.capitalized && !next.all_caps &&
         !IsPlaceTypeWord(next.norm);
}

// "US troops", "US Defense Secretary", "UK-based": an acronym standing
// before the noun it modifies is an adjective, not a place mention.
bool UsedAsModifier(const Article& a, const Span& s, uint32_t limit) {
  if (s.end >= limit) return false;
  const Token& next = a.tokens[s.end];
  if (next.kind != TokenKind::kWord) return false;
  static const std::unordered_set<std::string_view> kVerbsAndLinks = {
      "and",  "or",  "but",  "is",    "was", "has",   "had",    "have", "will",  "would", "said",
      "says", "did", "does", "to",    "in",  "on",    "at",     "for",  "from",  "with",  "by",
      "of",   "as",  "that", "which", "who", "could", "should", "may",  "might", "can",   "must"};
  return !InSet(kVerbsAndLinks, next.norm) && !next.norm.ends_with("ed");
}

// True when a span is better read as something other than a place.
bool IsNonPlace(const Article& a, const Span& s, uint32_t sentence_first, uint32_t limit) {
  const Token& t = a.tokens[s.first];
  if (s.first > sentence_first) {
    const Token& prev = a.tokens[s.first - 1];
    if (IsTitle(prev.norm)) return true;
    if (prev.norm == "." && s.first - 1 > sentence_first && IsTitle(a.tokens[s.first - 2].norm))
      return true;
  }
  if (s.end - s.first > 1) return IsCommonWord(s.key);
  if (IsMonthOrWeekday(t.norm) || IsAdjective(t.norm)) return true;
  if (t.all_caps && t.norm.size() <= 3 && UsedAsModifier(a, s, limit)) return true;
  // "(IANS/AKI)", "(AFP)": an agency's credit in capitals, no town; nor is
  // any other capitalised word of three letters that names no country.
  if (t.all_caps) {
    bool credit = s.first > sentence_first && s.end < limit &&
                  (a.tokens[s.first - 1].norm == "(" || a.tokens[s.first - 1].norm == "/") &&
                  (a.tokens[s.end].norm == ")" || a.tokens[s.end].norm == "/");
    return !HasCountry(s) && (t.norm.size() <= 3 || credit);
  }
  if (IsCommonWord(t.norm)) return true;
  if (HasCountry(s)) return false;
  if (t.norm.size() <= 2) return true;
  if (s.first == sentence_first && LooksLikeVerbOrAdverb(t.norm)) return true;
  return AfterNameWord(a, s, sentence_first) || BeforeNameWord(a, s, limit);
}

double BaseScore(const PlaceCandidate& c) {
  double s = std::log10(static_cast<double>(c.population) + 10.0);
  if (c.kind == PlaceKind::kCountry) s += 2.5;
  if (c.curated) s = std::max(s, 8.5);
  if (c.capital) s += 2.0;
  if (c.admin_seat) s += 0.7;
  return s;
}

// True when `country` has a vote from a span other than `key`.
bool InContext(const Context& ctx, std::string_view country, std::string_view key) {
  auto it = ctx.find(country);
  if (it == ctx.end()) return false;
  return it->second.size() > 1 || (it->second.count(std::string(key)) == 0);
}

bool Eligible(const PlaceCandidate& c, bool in_context) {
  return c.kind == PlaceKind::kCountry || c.curated || c.capital || c.admin_seat ||
         c.population >= kSmallPlace || in_context;
}

// The country a place is said to lie in right after its name ("Palma in
// northern Mozambique"), "" if none. `next` is the span after `s`. A
// namesake elsewhere, however large, is then not meant.
std::string_view LocatingCountry(const Article& a, const Span& s, const Span* next) {
  if (next == nullptr || next->sentence != s.sentence || s.end >= next->first ||
      a.tokens[s.end].norm != "in") {
    return "";
  }
  for (uint32_t k = s.end + 1; k < next->first; ++k) {
    if (!IsDirection(a.tokens[k].norm)) return "";
  }
  // "in the United States embassy": a country modifying a noun locates
  // nothing.
  static const std::unordered_set<std::string_view> kAfter = {
      "on",    "and",  "at",    "last", "this", "in",      "when", "after",  "before",
      "where", "as",   "while", "but",  "for",  "since",   "near", "during", "to",
      "with",  "from", "by",    "said", "says", "earlier", "late", "early",  "or"};
  if (next->end < a.tokens.size() && a.tokens[next->end].kind == TokenKind::kWord &&
      !InSet(kAfter, a.tokens[next->end].norm)) {
    return "";
  }
  for (const PlaceCandidate& c : next->candidates) {
    if (c.kind == PlaceKind::kCountry) return c.country;
  }
  return "";
}

// Index of the best candidate of `s`, or -1 when none is eligible; with a
// locating country, no city of another country may be chosen. (Only
// cities: "known as the Malvinas in Argentina" names no location.)
int Choose(const Span& s, const Context* ctx, std::string_view located = "") {
  int best = -1;
  double best_score = -1e9;
  // The largest city of the name outside the article's countries: a small
  // namesake in a country the article names ("Geneva", Ohio, in a story that
  // names the US) does not beat a city five times its size ("Geneva",
  // Switzerland).
  uint64_t largest_elsewhere = 0;
  for (const PlaceCandidate& c : s.candidates) {
    bool in_ctx = ctx != nullptr && !c.country.empty() && InContext(*ctx, c.country, s.key);
    if (!in_ctx && c.kind == PlaceKind::kCity) {
      largest_elsewhere = std::max(largest_elsewhere, c.population);
    }
  }
  for (size_t i = 0; i < s.candidates.size(); ++i) {
    const PlaceCandidate& c = s.candidates[i];
    bool in_ctx = ctx != nullptr && !c.country.empty() && InContext(*ctx, c.country, s.key);
    if (!Eligible(c, in_ctx)) continue;
    if (!located.empty() && c.kind == PlaceKind::kCity && !c.curated && c.country != located) {
      continue;
    }
    bool namesake = c.kind == PlaceKind::kCity && c.population < kNamesake &&
                    largest_elsewhere >= kMajorCity && largest_elsewhere >= 5 * c.population;
    double score = BaseScore(c) + (in_ctx && !namesake ? kContextBonus : 0.0);
    if (score > best_score) {
      best_score = score;
      best = static_cast<int>(i);
    }
  }
  return best;
}

// Adds the country of a clearly resolved span to the context.
void Vote(const Span& s, Context& ctx) {
  int best = Choose(s, nullptr);
  if (best < 0) return;
  const PlaceCandidate& b = s.candidates[best];
  if (b.country.empty()) return;
  bool clear = b.kind == PlaceKind::kCountry;
  if (!clear) {
    double runner_up = -1e9;
    for (const PlaceCandidate& c : s.candidates) {
      if (c.country != b.country && Eligible(c, false))
        runner_up = std::max(runner_up, BaseScore(c));
    }
    clear = BaseScore(b) - runner_up >= kClearMargin;
  }
  if (clear) ctx[std::string(b.country)].insert(s.key);
}

std::vector<Span> FindSpans(const Article& a, const Gazetteer& g) {
  std::vector<Span> spans;
  std::set<std::string, std::less<>> person_words;  // Rejected as names.
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& sent = a.sentences[si];
    uint32_t limit = std::min<uint32_t>(sent.first_token + sent.token_count,
                                        static_cast<uint32_t>(a.tokens.size()));
    for (uint32_t i = sent.first_token; i < limit;) {
      const Token& t = a.tokens[i];
      if (t.kind != TokenKind::kWord || !IsCap(t)) {
        ++i;
        continue;
      }
      Span s = LongestSpan(a, g, i, limit);
      if (s.end != 0 && IsNonPlace(a, s, sent.first_token, limit)) {
        if (s.end - s.first == 1 && !HasCountry(s)) person_words.insert(s.key);
        s.end = 0;
      }
      if (s.end == 0 || person_words.count(s.key) > 0) {
        ++i;
        continue;
      }
      if (s.end < limit && IsPlaceTypeWord(a.tokens[s.end].norm) && a.tokens[s.end].capitalized)
        ++s.end;  // "Davao City": the type word is part of the name.
      s.sentence = si;
      i = s.end;
      spans.push_back(std::move(s));
    }
  }
  return spans;
}

PlaceMention MakeMention(const Article& a, const Span& s, const PlaceCandidate& c) {
  PlaceMention m;
  m.sentence = s.sentence;
  m.first_token = s.first;
  m.end_token = s.end;
  m.begin = a.tokens[s.first].begin;
  m.end = a.tokens[s.end - 1].end;
  m.name = std::string(c.name);
  m.country = std::string(c.country);
  m.kind = std::string(PlaceKindName(c.kind));
  m.lat = c.lat;
  m.lon = c.lon;
  m.has_coordinates = true;
  return m;
}

}  // namespace

void FindPlaces(Article& article, const Gazetteer& gazetteer) {
  article.places.clear();
  std::vector<Span> spans = FindSpans(article, gazetteer);
  Context ctx;
  for (const Span& s : spans) Vote(s, ctx);
  for (size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    const Span* next = i + 1 < spans.size() ? &spans[i + 1] : nullptr;
    int best = Choose(s, &ctx, LocatingCountry(article, s, next));
    if (best < 0) continue;
    article.places.push_back(MakeMention(article, s, s.candidates[best]));
  }
}

void DropPlacesInsideNames(Article& article) {
  std::erase_if(article.places, [&](const PlaceMention& pl) {
    if (pl.kind == "country") return false;  // "China's President Xi".
    std::string_view text = article.Span(pl.begin, pl.end);
    for (const ActorMention& m : article.actors) {
      if (m.kind != ActorKind::kPerson && m.kind != ActorKind::kOrganization) continue;
      // Known actors only (a full code with a role): a guessed name such as
      // "Bandar Abbas said" may well be the place.
      if (m.code.size() <= 3 || m.code[0] == '-') continue;
      if (m.begin <= pl.begin && pl.end <= m.end && m.name.find(text) != std::string::npos) {
        return true;
      }
    }
    return false;
  });
}

}  // namespace dyad
