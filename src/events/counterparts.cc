// The other party of an act when the sentence names none: the captor of
// captives, the armed foe of those held, the actor the article is about
// besides the source, the story's main pair for mediation and partyless
// nouns; and readings of a match in its sentence (drills, bans on
// assembly).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "actors/actor_finder.h"
#include "events/sentence_coder.h"

namespace dyad {
namespace event_coding {

// The enemy of soldiers of `captive_code`: an armed group or a foreign
// force named in this sentence, else the other country the story names
// most; empty if none.
ActorRef SentenceCoder::ArmedFoeOf(const std::string& captive_code) const {
  for (const ActorMention& am : a_.actors) {
    if (am.sentence != s_ || am.code.size() < 6 || am.code == captive_code) continue;
    std::string_view role = std::string_view(am.code).substr(3, 3);
    bool armed = role == "REB" || role == "INS" || am.code.starts_with("IMG") ||
                 (role == "MIL" && am.code.compare(0, 3, captive_code, 0, 3) != 0);
    if (armed) return MakeRef(a_, static_cast<int>(&am - a_.actors.data()));
  }
  return SalientCounterpart(captive_code);
}

// "aid workers held by the militia were freed": the actor after "held by"
// (or "detained by", "kidnapped by", ...) between the captives' mention
// `captives` and the trigger ending before `trigger_end`; -1 if none.
int SentenceCoder::HeldBy(int captives, uint32_t trigger_end) const {
  static const std::unordered_set<std::string_view> kHeld = {"held",      "detained", "captured",
                                                             "kidnapped", "abducted", "jailed",
                                                             "seized",    "arrested", "imprisoned"};
  for (uint32_t k = a_.actors[captives].end_token; k + 1 < trigger_end && k + 1 < view_.end; ++k) {
    if (kHeld.count(a_.tokens[k].norm) == 0 || a_.tokens[k + 1].norm != "by") continue;
    uint32_t at = k + 2;
    if (at < view_.end && a_.tokens[at].norm == "the") ++at;
    if (at >= view_.end) return -1;
    int m = view_.mention_starting[at - view_.first];
    return m >= 0 && a_.actors[m].code.size() >= 3 ? m : -1;
  }
  return -1;
}

// The source of the latest arrest (17) or abduction (181) coded so far of
// someone of `captive_code`'s country: who would release them.
ActorRef SentenceCoder::CaptorOf(const std::string& captive_code) const {
  std::string_view country = std::string_view(captive_code).substr(0, 3);
  for (size_t k = a_.events.size(); k-- > 0;) {
    const Event& e = a_.events[k];
    if (!e.code.starts_with("17") && !e.code.starts_with("181")) continue;
    if (e.target.code.size() < 3 || e.source.code.empty()) continue;
    if (std::string_view(e.target.code).substr(0, 3) == country) return e.source;
  }
  return ActorRef{};
}

// The actor of another country (or organisation) than the source that the
// article has mentioned most by the end of this sentence, mentions near this
// sentence counting double; of equal scores, the one that got there first.
// Reactions with no object ("condemned the move") usually answer it. With
// `domestic`, another actor of the source's own country counts too (a truce
// between rebels and their state's army).
ActorRef SentenceCoder::SalientCounterpart(const std::string& source_code, bool domestic,
                                           const std::vector<int>& partners) const {
  size_t key_size = domestic ? std::string::npos : 3;
  std::string_view source_key = std::string_view(source_code).substr(0, key_size);
  auto partner = [&](std::string_view key) {
    return std::any_of(partners.begin(), partners.end(), [&](int k) {
      return std::string_view(a_.actors[k].code).substr(0, 3) == key.substr(0, 3);
    });
  };
  struct Tally {
    int first = -1;  // First mention of the country or organisation.
    int score = 0;
  };
  std::vector<std::pair<std::string_view, Tally>> tallies;  // A handful.
  int best = -1;
  for (size_t k = 0; k < a_.actors.size(); ++k) {
    const ActorMention& am = a_.actors[k];
    if (am.sentence > s_) break;
    if (am.code.size() < 3 || am.code[0] == '-' || am.kind == ActorKind::kDescription) continue;
    std::string_view key = std::string_view(am.code).substr(0, key_size);
    if (key == source_key || partner(key)) continue;
    // "a statement from India": a place where something happened.
    if (am.kind == ActorKind::kCountry && am.first_token > 0 &&
        IsLocative(a_.tokens[am.first_token - 1].norm)) {
      continue;
    }
    auto it =
        std::find_if(tallies.begin(), tallies.end(), [&](const auto& t) { return t.first == key; });
    if (it == tallies.end()) it = tallies.insert(it, {key, Tally{static_cast<int>(k), 0}});
    it->second.score += am.sentence + 1 >= s_ ? 2 : 1;
    int at = static_cast<int>(it - tallies.begin());
    if (best < 0 || it->second.score > tallies[best].second.score) best = at;
  }
  if (best < 0 || tallies[best].second.score < 2) return ActorRef{};
  return MakeRef(a_, tallies[best].second.first);
}

namespace {

// Role of mention `m` ("CVL" of "IRQCVL"); empty for bare countries and
// organisations.
std::string_view RoleOf(const Article& a, int m) {
  if (m < 0) return {};
  std::string_view c = a.actors[m].code;
  return c.size() >= 6 && !c.starts_with("IGO") && !c.starts_with("NGO") ? c.substr(3, 3)
                                                                         : std::string_view();
}

}  // namespace

std::string SentenceCoder::CodeForParties(const std::string& code, const PatternMatch& m, int src,
                                          int tgt) const {
  std::string_view verb = a_.tokens[FirstLiteral(m)].lemma;
  std::string_view source = RoleOf(a_, src), target = RoleOf(a_, tgt);
  // "thousands of protesters stormed parliament": a crowd storming a
  // building protests violently (145); gunmen or soldiers storming it
  // attack (19x, as the pattern says).
  // ("forced their way into parliament": the same storming.)
  bool storming = verb == "storm" || verb == "force" || verb == "break";
  if ((code == "190" || code == "171") && storming &&
      (source == "CVL" || source == "OPP" || source == "LAB" || source == "EDU" ||
       source == "REL")) {
    return "145";
  }
  // "police forced their way into the embassy": a mission entered by force
  // is property seized (171), not combat.
  if (code == "190" && (verb == "force" || verb == "break") && tgt >= 0) {
    std::string_view place = a_.tokens[a_.actors[tgt].end_token - 1].lemma;
    if (place == "embassy" || place == "consulate" || place == "mission") return "171";
  }
  // "warships encircled Taiwan in drills", "simulated strikes during the
  // exercises": force acted out in an exercise is a show of force (150).
  if ((code.starts_with("19") || code.starts_with("17") || code.starts_with("15")) &&
      code != "150" && InDrills(m)) {
    return "150";
  }
  if (code != "190" || verb != "kill" || tgt < 0) return code;
  // Killing civilians is an assault (180), as hand coders code it, unless
  // the sentence tells of the strikes or shelling that killed them ("an
  // Iranian strike killed two children"): that is military force (190).
  // Security forces killing protesters repress them (175).
  static const std::unordered_set<std::string_view> kWeapons = {
      "strike", "airstrike", "shell",    "shelling",  "missile", "drone",
      "bomb",   "bombing",   "rocket",   "artillery", "raid",    "mortar",
      "sink",   "warship",   "warplane", "jet",       "gunship", "helicopter"};
  bool weapons = false;
  for (uint32_t k = view_.first; k < view_.end && !weapons; ++k) {
    weapons = kWeapons.count(a_.tokens[k].lemma) > 0;
  }
  if ((target == "CVL" || target == "REF") && !weapons) return "180";
  if (target == "OPP" && (source == "MIL" || source == "COP" || source == "GOV")) return "175";
  return code;
}

// Whether the act matched by `m` is done in an exercise: the clause names
// drills, exercises, war games or manoeuvres after "in", "during", "as part
// of" or "for", or the trigger is "simulated".
bool SentenceCoder::InDrills(const PatternMatch& m) const {
  static const std::unordered_set<std::string_view> kDrills = {
      "drill", "drills", "exercise", "exercises", "wargame", "wargames", "manoeuvres", "maneuvers"};
  uint32_t first = FirstLiteral(m);
  if (first > view_.first && a_.tokens[first - 1].norm == "simulated") return true;
  for (uint32_t k = m.end; k < view_.end && k < m.end + 12; ++k) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == ".") break;
    if (kDrills.count(t.norm) == 0 && !(t.norm == "games" && a_.tokens[k - 1].norm == "war")) {
      continue;
    }
    for (uint32_t j = k; j-- > m.end && j + 4 > k;) {
      std::string_view w = a_.tokens[j].norm;
      if (w == "in" || w == "during" || w == "of" || w == "for") return true;
    }
  }
  return false;
}

ActorRef SentenceCoder::DomesticTarget(const std::string& code, const PatternMatch& m, int src,
                                       std::string* why) const {
  if (code == "0831" || code == "1231") {
    // "The prime minister resigned after weeks of protests": an official
    // who steps down yields to the opposition or the protesters, when the
    // story has them (hand coders code it so); one who refuses rejects
    // their demand.
    if (!IsStateRole(a_, MakeRef(a_, src))) return ActorRef{};
    ActorRef opposition = DomesticOpposition(a_.actors[src].code);
    // A president driven out by a rebellion ("resigned as rebels neared
    // the capital") yields to the rebels.
    if (opposition.code.empty()) opposition = DomesticOpposition(a_.actors[src].code, "REB");
    if (!opposition.code.empty()) *why += "; target: the opposition the resignation yields to";
    return opposition;
  }
  // "imposed emergency rule in Amhara": the people of the place
  // named right after it ("in Tigray", "across the north"; not any place
  // the sentence names later), else of the state that declared it.
  std::string country = a_.actors[src].code.substr(0, 3);
  for (const PlaceMention& pl : a_.places) {
    if (pl.sentence == s_ && pl.first_token > m.end && pl.first_token <= m.end + 2 &&
        IsLocative(a_.tokens[m.end].norm) && !pl.country.empty()) {
      country = actors_.Iso3(pl.country);
    }
  }
  if (country.size() != 3 || country[0] == '-') return ActorRef{};
  ActorRef people;
  people.name = actors_.CountryName(country);
  if (code == "172") {
    // "Soldiers seized power in Niger": the power taken is the government's.
    // Power "taken" by a civilian is an office taken up, no coup.
    std::string_view verb = a_.tokens[FirstLiteral(m)].lemma;
    std::string_view role = RoleOf(a_, src);
    if ((verb == "take" || verb == "assume") && role != "MIL" && role != "REB" && role != "INS" &&
        role != "UAF") {
      return ActorRef{};
    }
    people.code = country + "GOV";
    *why += "; target: the government whose power was taken";
    return people;
  }
  if (code == "1721" && BansAssembly(m)) {
    // "banned rallies and demonstrations": aimed at the opposition that
    // holds them, when the story has one.
    ActorRef opposition = DomesticOpposition(country);
    if (!opposition.code.empty()) {
      *why += "; target: the opposition whose gatherings were banned";
      return opposition;
    }
  }
  people.code = country + "CVL";
  // ("lifted the curfew in Kathmandu": the people it is lifted from.)
  *why += code.starts_with("081") ? "; target: the people it is lifted from"
                                  : "; target: the people placed under it";
  return people;
}

bool SentenceCoder::BansAssembly(const PatternMatch& m) const {
  static constexpr std::array<std::string_view, 5> kAssembly = {"protest", "demonstration", "rally",
                                                                "gathering", "political"};
  for (uint32_t t : m.literal_tokens) {
    if (std::find(kAssembly.begin(), kAssembly.end(), a_.tokens[t].lemma) != kAssembly.end()) {
      return true;
    }
  }
  return false;
}

ActorRef SentenceCoder::DomesticOpposition(const std::string& source_code,
                                           std::string_view role) const {
  if (source_code.size() < 3 || source_code[0] == '-') return ActorRef{};
  std::string opposition = source_code.substr(0, 3) + std::string(role);
  for (size_t k = 0; k < a_.actors.size(); ++k) {
    if (a_.actors[k].code == opposition) return MakeRef(a_, static_cast<int>(k));
  }
  return ActorRef{};
}

// A match of a pattern flagged `partyless` ("Clashes broke out", "the
// talks held in Oslo", "a round of talks") in a clause that names no actor.
bool SentenceCoder::PartylessNominal(const PatternMatch& m) const {
  if (!verbs_.pattern(m.pattern).partyless || options_.peer_conventions) return false;
  // Actors in a phrase after the noun that tells when or why ("Clashes broke
  // out after the killing of a militia leader") are not its parties.
  static const std::unordered_set<std::string_view> kSubordinators = {
      "after", "before", "following", "amid", "when", "since", "as", "over"};
  for (uint32_t k = view_.first; k < view_.end; ++k) {
    if (k >= m.end && kSubordinators.count(a_.tokens[k].norm) > 0) break;
    if (view_.mention_starting[k - view_.first] >= 0) return false;
  }
  return true;
}

void SentenceCoder::EmitBetweenMainPair(const PatternMatch& m, bool negated,
                                        const std::string& code) {
  size_t before = 0;
  while (before < a_.actors.size() && a_.actors[before].first_token < m.end) ++before;
  std::vector<int> pair = MainPair(a_, before, {});
  if (pair.size() != 2) return;
  ActorRef first = MakeRef(a_, pair[0]), second = MakeRef(a_, pair[1]);
  AdjustStateCodes(a_, code, first, second, /*state_as_government=*/true);
  if (SameActor(a_, first, second)) return;
  const std::string why = "source and target: the parties the story is about";
  AddEvent(m, first, second, negated, why, &code);
  if (code.starts_with("19")) AddEvent(m, second, first, negated, why + " (mutual)", &code);
}

// Mediation with no party named ("offered to mediate", "the deal, brokered
// by Qatar") is between the two parties the story is about.
void SentenceCoder::MediateBetweenMainPair(const PatternMatch& m, int src, bool negated,
                                           const std::string& why, const std::string& code) {
  // "has long brokered disputes around the world": mediation in general,
  // between no parties of this story.
  if (m.end < view_.end) {
    const Token& next = a_.tokens[m.end];
    bool plural = next.kind == TokenKind::kWord && !next.capitalized && next.lemma != next.norm &&
                  next.norm.ends_with("s");
    if (plural && next.norm != "talks" && next.norm != "negotiations") return;
  }
  std::vector<int> mediators = Expand(src);
  // The parties are named before the mediation ("acting as mediators on
  // behalf of CELAC and CARICOM" names whom the mediators serve).
  uint32_t limit = m.end;
  size_t before = 0;
  while (before < a_.actors.size() && a_.actors[before].first_token < limit) ++before;
  std::vector<int> pair = MainPair(a_, before, mediators);
  if (pair.empty() && src >= 0) {
    // "UNSMIL urgently called for a ceasefire" in a story of fighting
    // among one country's forces: the appeal goes to that country.
    std::string where = DominantCountry(a_, actors_, a_.actors[src].code.substr(0, 3));
    if (where.empty()) return;
    ActorRef country;
    country.code = where;
    country.name = actors_.CountryName(where);
    for (int s : mediators) {
      AddEvent(m, MakeRef(a_, s), country, negated,
               why + "; target: the country the story is about", &code);
    }
    return;
  }
  for (int s : mediators) {
    for (int t : pair) {
      ActorRef source = MakeRef(a_, s), target = MakeRef(a_, t);
      AdjustStateCodes(a_, code, source, target, !options_.peer_conventions);
      if (SameActor(a_, source, target)) continue;
      AddEvent(m, source, target, negated, why + "; target: the parties the story is about", &code);
    }
  }
}

}  // namespace event_coding
}  // namespace dyad
