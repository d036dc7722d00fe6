// Readings of an act in its context that decide whether it is coded, and
// with which code.
//
// Design: each test looks at a few tokens around the trigger or at the
// actors' roles and answers one question (is this a background act, a
// rescue, a threat to a good, a street clash?). AddEvent and the target
// search in event_coder.cc ask them; none changes the sentence view.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "actors/actor_finder.h"
#include "events/sentence_coder.h"
#include "time/civil_date.h"

namespace dyad {
namespace event_coding {

// Words naming a crowd: "protesters", "angry demonstrators", "a mob".
static bool CrowdWords(std::string_view text) {
  for (std::string_view w : {"protesters", "protestors", "demonstrators", "rioters", "mob"}) {
    size_t at = text.find(w);
    if (at != std::string_view::npos &&
        (at + w.size() == text.size() || text[at + w.size()] == ' ')) {
      return true;
    }
  }
  return false;
}

// "were seized by separatists" of tourists or civilians: people seized are
// abducted (181), not property seized (171).
std::string SeizedPeopleCode(const std::string& code, std::string_view target) {
  if (code != "171" || target.size() < 6) return code;
  std::string_view role = target.substr(3, 3);
  return role == "CVL" || role == "OPP" || role == "MED" || role == "EDU" || role == "NGO" ? "181"
                                                                                           : code;
}

// Force between a country's protesters or opposition and its police or
// army is CAMEO's street violence: protesters attacking the police riot
// (145); the police or army using force on protesters repress them (175).
std::string StreetViolenceCode(const std::string& code, std::string_view source,
                               std::string_view target) {
  if (!(code.starts_with("18") || code.starts_with("19")) || source.size() < 6 ||
      target.size() < 6 || source.compare(0, 3, target, 0, 3) != 0) {
    return code;
  }
  auto armed = [](std::string_view role) { return role == "COP" || role == "MIL"; };
  std::string_view from = source.substr(3, 3), to = target.substr(3, 3);
  if (from == "OPP" && armed(to)) return "145";
  if (armed(from) && to == "OPP") return "175";
  return code;
}

// Force by gangs, rebels, militants or crowds against civilians is
// CAMEO's unconventional violence (18), not conventional military force
// (19): a generic attack or shooting (190, 193) becomes 180.
std::string NonStateViolenceCode(const std::string& code, std::string_view source,
                                 std::string_view target) {
  if ((code != "190" && code != "193") || source.size() < 6 || !target.ends_with("CVL")) {
    return code;
  }
  std::string_view role = source.substr(3, 3);
  bool non_state = role == "CRM" || role == "REB" || role == "UAF" || role == "OPP" ||
                   role == "CVL" || source.starts_with("IMG");
  return non_state ? "180" : code;
}

// The code once the parties' roles are known: street violence (145/175),
// force of non-state actors on civilians (180) and of the army or police on
// a crowd of their own country (175), forces arriving abroad on a mission
// (074: they protect, they do not visit), rebels ousting a government (190:
// by force, not by decree), people seized or captured by armed groups (181),
// property armed men burn (1712).
std::string SentenceCoder::CodeForRoles(const std::string& code, const ActorRef& source_ref,
                                        const ActorRef& target_ref) const {
  std::string_view source = source_ref.code, target = target_ref.code;
  std::string c = NonStateViolenceCode(StreetViolenceCode(code, source, target), source, target);
  // "protesters stormed the Swedish embassy", "demonstrators set fire to
  // buildings": a crowd's violence is a riot (145), whoever it strikes.
  if (CrowdWords(source_ref.text) &&
      (c.starts_with("18") || c.starts_with("19") || c == "171" || c == "1712")) {
    c = "145";
  }
  bool foreign =
      source.size() == 6 && target.size() >= 3 && target.compare(0, 3, source.substr(0, 3)) != 0;
  std::string_view role = source.size() == 6 ? source.substr(3) : std::string_view();
  if (c == "042" && foreign && (role == "COP" || role == "MIL") && SentenceHasMission()) c = "074";
  if (c == "172" && (role == "REB" || source.starts_with("IMG")) && target.ends_with("GOV")) {
    c = "190";
  }
  // Armed groups and gangs do not arrest: people they capture are abducted
  // (181), as hand coders code it.
  bool non_state =
      role == "REB" || role == "UAF" || role == "CRM" || role == "INS" || source.starts_with("IMG");
  if (c == "173" && non_state) c = "181";
  // Nor do they confiscate: a ship or a car they seize is hijacked (181). A
  // town they seize stays 171 here (a capital is a government's, coded
  // elsewhere).
  if (c == "171" && non_state && !TargetIsPlace(target_ref)) c = "181";
  // "rebels ... burning two military vehicles": armed men destroying
  // property destroy it (1712); a crowd doing so riots (145).
  // "Troops opened fire on a crowd outside the station".
  bool crowd = target_ref.text.ends_with("crowd") || target_ref.text.ends_with("crowds");
  if (c.starts_with("19") && crowd && target.ends_with("CVL") && (role == "MIL" || role == "COP") &&
      target.compare(0, 3, source.substr(0, 3)) == 0) {
    c = "175";
  }
  if (c == "145" &&
      (role == "REB" || role == "MIL" || role == "UAF" || source.starts_with("IMG"))) {
    c = "1712";
  }
  return SeizedPeopleCode(c, target);
}

// Whether the target is a place named as such ("seized Sanaa"), not a
// country's word modifying a noun ("a Greek tanker", "British-owned").
bool SentenceCoder::TargetIsPlace(const ActorRef& target) const {
  if (target.mention < 0) return false;
  const ActorMention& m = a_.actors[target.mention];
  if (m.kind != ActorKind::kCountry) return false;
  if (m.end_token >= view_.end) return true;
  const Token& next = a_.tokens[m.end_token];
  bool modifies = next.norm == "-" || (next.kind == TokenKind::kWord && !IsPreposition(next.norm) &&
                                       next.norm != "and" && next.norm != "or");
  return !modifies;
}

// The target of force or a visit with no actor named, from the actor at
// `src` and match `m`: the country of the place after the trigger
// ("arrived in Bali"); for force, else the people of a village, market or
// school struck, else for a gang's or unknown gunmen's attack the
// civilians of their country. Gangs and gunmen attacking a place attack
// the people in it. Empty if none; `why` says which.
ActorRef SentenceCoder::PlaceTarget(const PatternMatch& m, int src, std::string* why) const {
  const std::string& code = verbs_.pattern(m.pattern).code;
  const std::string& by = a_.actors[src].code;
  bool force = IsViolent(code) && !options_.peer_conventions;
  bool gang = by.size() == 6 && (by.ends_with("CRM") || by.ends_with("UAF"));
  // (Not for taking ground: "captured the village" occupies it, 192.)
  bool harms = force && !code.starts_with("191") && !code.starts_with("192");
  ActorRef r = PlaceCountryAfter(FirstLiteral(m) + 1);
  if (r.code.empty() && harms) {
    r = CiviliansOfSiteAfter(m.end, by);
    if (!r.code.empty()) *why += "; target: the people of the site struck";
  }
  if (r.code.empty() && harms && gang) {
    r.code = by.substr(0, 3) + "CVL";
    r.name = actors_.CountryName(r.code);
    *why += "; target: the civilians a gang's attack strikes";
  }
  if (r.code.empty()) return r;
  *why += kPlaceTargetWhy;
  if (force && gang && r.code.size() == 3) r.code += "CVL";
  return r;
}

// Who protests when the story names no one ("Thousands joined anti-Rwanda
// protests in Goma", "Protests against the plan turned violent in Noumea"):
// the opposition of the country the protest is held in, else of the
// country the story is about. Empty if neither is known, or if the trigger
// is a capitalised "March" (the month) inside the sentence.
ActorRef SentenceCoder::ProtestersOfPlace(const PatternMatch& m) const {
  uint32_t first = FirstLiteral(m);
  const Token& t = a_.tokens[first];
  if (t.capitalized && first > a_.sentences[s_].first_token && t.lemma == "march") return {};
  // The first place after "in", "at", "outside"..., else the first town or
  // region; never one the protest is against ("anti-Rwanda protests") or
  // where someone came from.
  std::string aim = m.target >= 0 ? a_.actors[m.target].code.substr(0, 3) : "";
  // "Mass protests rocked Serbia": a country that is the protests' target
  // as a place is where they are held.
  uint32_t before = m.target >= 0 ? a_.actors[m.target].first_token : 0;
  while (before > view_.first && a_.tokens[before - 1].kind == TokenKind::kPunct) --before;
  bool against = before > view_.first && a_.tokens[before - 1].norm == "anti";
  if (m.target >= 0 && a_.actors[m.target].kind == ActorKind::kCountry && aim.size() == 3 &&
      !against) {
    return ActorRef{aim + "OPP", actors_.CountryName(aim), ""};
  }
  std::string local, town;
  for (const PlaceMention& pl : a_.places) {
    if (pl.sentence != s_ || pl.country.empty()) continue;
    std::string country = actors_.Iso3(pl.country);
    uint32_t gov = pl.first_token;
    if (gov > view_.first && a_.tokens[gov - 1].norm == "the") --gov;
    std::string_view prep = gov > view_.first ? std::string_view(a_.tokens[gov - 1].norm) : "";
    std::string_view text = a_.TokenText(a_.tokens[pl.first_token]);
    if (country.empty() || country == aim || prep == "from" || text.starts_with("anti")) continue;
    if (local.empty() && IsLocative(prep)) local = country;
    if (town.empty() && pl.kind != "country") town = country;
  }
  ActorRef r;
  r.code = !local.empty() ? local : !town.empty() ? town : DominantCountry(a_, actors_);
  if (r.code.size() != 3) return {};
  r.name = actors_.CountryName(r.code);
  r.code += "OPP";
  return r;
}

// Whether the empty target slot that ends match `m` is followed by a good
// that is endangered rather than an actor: "threaten good neighbourliness
// and peace", "threatens regional stability" (not "threatened
// retaliation", which is the threat's content).
bool SentenceCoder::ThreatensAThing(const PatternMatch& m) const {
  static const std::unordered_set<std::string_view> kGoods = {
      "peace",  "stability",      "security",        "sovereignty",  "integrity", "unity",
      "life",   "lives",          "livelihood",      "future",       "process",   "economy",
      "order",  "neighborliness", "neighbourliness", "relations",    "ceasefire", "truce",
      "safety", "existence",      "health",          "independence", "democracy", "progress"};
  const VerbPattern& p = verbs_.pattern(m.pattern);
  if (p.elements.empty() || p.elements.back().kind != PatternElement::Kind::kTarget) return false;
  for (uint32_t k = m.end; k < view_.end && k < m.end + 4; ++k) {
    const Token& t = a_.tokens[k];
    if (t.kind != TokenKind::kWord || view_.mention_starting[k - view_.first] >= 0) return false;
    if (kGoods.count(t.norm) > 0) return true;
    if (IsPreposition(t.norm) || t.norm == "to" || t.norm == "that") return false;
  }
  return false;
}

// Whether match `m`'s target slot names a person right after the verb
// ("released Cheng Lei", "released the activist Ali Rezaei"): the
// verb's object, not an actor inside a noun phrase after it ("released a
// report on Iran").
bool SentenceCoder::PersonRightAfter(const PatternMatch& m) const {
  if (m.target < 0 || m.literal_tokens.empty()) return false;
  const ActorMention& t = a_.actors[m.target];
  uint32_t next = m.literal_tokens.back() + 1;
  if (next < view_.end && a_.tokens[next].norm == "the") ++next;
  return t.kind == ActorKind::kPerson && t.first_token == next;
}

// Whether sentence `s` speaks of an attack from the air: "airstrikes",
// "the air raid", "warplanes", "drone strikes".
bool SentenceCoder::AerialSentence(uint32_t s) const {
  static const std::unordered_set<std::string_view> kAerial = {
      "airstrike", "airstrikes", "warplane", "warplanes",   "jets",   "bomber",
      "bombers",   "drone",      "drones",   "bombardment", "airraid"};
  const Sentence& st = a_.sentences[s];
  for (uint32_t k = st.first_token; k < st.first_token + st.token_count; ++k) {
    std::string_view w = a_.tokens[k].norm;
    if (kAerial.count(w) > 0) return true;
    bool air = w == "air" && k + 1 < st.first_token + st.token_count;
    if (air && (a_.tokens[k + 1].lemma == "strike" || a_.tokens[k + 1].lemma == "raid"))
      return true;
  }
  return false;
}

// The source of the latest violent event (18-20) coded in an earlier
// sentence that speaks of air strikes, not of `target_code`'s country.
ActorRef SentenceCoder::EarlierAerialAttacker(const std::string& target_code) const {
  for (size_t k = a_.events.size(); k-- > 0;) {
    const Event& e = a_.events[k];
    if (e.sentence >= s_ || !IsViolent(e.code) || e.source.code.size() < 3) continue;
    if (!AerialSentence(e.sentence)) continue;
    if (target_code.size() >= 3 && e.source.code.compare(0, 3, target_code, 0, 3) == 0) continue;
    return e.source;
  }
  return ActorRef{};
}

// "bombs on a hill village", "shelled a market": the civilians of the
// story's country other than the source's (else the source's own), when a
// place where people live or gather is named within four words after
// `after`; none otherwise.
ActorRef SentenceCoder::CiviliansOfSiteAfter(uint32_t after, std::string_view source) const {
  static const std::unordered_set<std::string_view> kSites = {
      "village", "villages",   "town",        "towns",         "market",
      "markets", "school",     "schools",     "hospital",      "mosque",
      "church",  "homes",      "houses",      "neighbourhood", "neighborhood",
      "hamlet",  "settlement", "residential", "wedding",       "funeral"};
  ActorRef r;
  for (uint32_t k = after > view_.first ? after - 1 : after; k < view_.end && k < after + 4; ++k) {
    if (kSites.count(a_.tokens[k].norm) == 0) continue;
    // The story's other country if it names one ("Russian forces shelled
    // a village" in a story of Ukraine), else the source's own.
    std::string country = DominantCountry(a_, actors_, source.substr(0, 3));
    if (country.empty()) country = std::string(source.substr(0, 3));
    if (country.size() != 3) return r;
    r.code = country + "CVL";
    r.name = actors_.CountryName(country);
    return r;
  }
  return r;
}

// Whether the sentence speaks of a security or peacekeeping mission.
bool SentenceCoder::SentenceHasMission() const {
  static const std::unordered_set<std::string_view> kWords = {
      "mission",       "peacekeeping",  "peacekeepers", "peacekeeper",
      "multinational", "stabilization", "stabilisation"};
  for (uint32_t k = view_.first; k < view_.end; ++k) {
    if (kWords.count(a_.tokens[k].norm) > 0) return true;
  }
  return false;
}

// Whether the demand at `trigger` is made by a protest: "protests
// demanding", "protesters calling for", "rallies to demand".
bool SentenceCoder::ProtestDemands(uint32_t trigger) const {
  static const std::unordered_set<std::string_view> kProtests = {
      "protest", "protests", "protesters",    "protestors",     "demonstrators",
      "rally",   "rallies",  "demonstration", "demonstrations", "marchers",
      "march",   "marches",  "crowd",         "crowds"};
  for (uint32_t k = trigger; k-- > view_.first && k + 4 > trigger;) {
    if (kProtests.count(a_.tokens[k].norm) > 0) return true;
  }
  return false;
}

// Whether a match speaks of answering force: "response", "retaliation",
// "revenge", "avenge", "retaliate".
bool SentenceCoder::Retaliates(const PatternMatch& m) const {
  for (uint32_t k : m.literal_tokens) {
    std::string_view w = a_.tokens[k].lemma;
    if (w == "response" || w == "retaliation" || w == "revenge" || w == "avenge" ||
        w == "retaliate" || w == "reprisal" || w == "respond" || w == "repel" || w == "repulse") {
      return true;
    }
  }
  return false;
}

// Whether the people a match frees are captives someone else held:
// "hostages", "captives", "abductees", "kidnapped" ones.
bool SentenceCoder::RescuedCaptives(const PatternMatch& m) const {
  for (uint32_t k = FirstLiteral(m); k < view_.end && k < m.end + 3; ++k) {
    std::string_view w = a_.tokens[k].norm;
    if (w == "hostages" || w == "hostage" || w == "captives" || w == "abductees" ||
        w == "kidnapped" || w == "abducted") {
      return true;
    }
  }
  return false;
}

// "Niger's junta, which seized power last month, said": an act told in a
// relative clause on an actor and dated to an earlier month or year than
// the story describes the actor; it is no news of the day.
bool SentenceCoder::BackgroundRelative(uint32_t trigger, const DateMention* d) const {
  if (!d || d->sentence != s_ || a_.published.size() < 7 || d->value.size() < 4) return false;
  if (d->value.compare(0, 7, a_.published, 0, 7) >= 0) return false;
  // A day ("on Monday", "last week") within a month of publication is
  // news of the day, even across a month's turn.
  if (d->value.size() >= 10) {
    CivilDate day = ParseIsoDate(std::string_view(d->value).substr(d->value.size() - 10));
    CivilDate published = ParseIsoDate(a_.published);
    if (day.year != 0 && day.day != 0 && published.day != 0 && DaysBetween(day, published) <= 31) {
      return false;
    }
  }
  // "the third hostage freed since the junta seized power in 2021":
  // a clause of "since" tells the past. (Not "since 2014, when the rebels
  // attacked": that clause of "when" tells a past act of its own.)
  for (uint32_t j = trigger; j-- > view_.first && j + 10 > trigger;) {
    std::string_view w = a_.tokens[j].norm;
    if (IsClauseBreak(a_.tokens[j]) || w == "," || w == "when") break;
    if (w == "since") return true;
  }
  uint32_t k = trigger;
  while (k > view_.first && IsAdverb(a_.tokens[k - 1].norm)) --k;
  if (k < view_.first + 2) return false;
  std::string_view rel = a_.tokens[k - 1].norm;
  if (rel != "that" && rel != "which" && rel != "who") return false;
  uint32_t head = k - 1;
  if (a_.tokens[head - 1].norm == "," && head > view_.first + 1) --head;
  return view_.mention_ending[head - 1 - view_.first] >= 0;
}

// "Hamas released seven hostages", "gunmen kidnapped two aid workers":
// captives whose country the story does not give are not of their captors'
// country but of the country the story names most besides the captors'.
// Changes `target` (mention `t`) for releases, abductions and hostage-taking
// (084x, 181x) of unplaced people by a non-state source.
void SentenceCoder::ForeignCaptives(const std::string& code, const ActorRef& source, int t,
                                    ActorRef& target) const {
  if (!code.starts_with("084") && !code.starts_with("181")) return;
  const ActorMention& m = a_.actors[t];
  if (m.kind != ActorKind::kAgent || m.with_role || target.code.size() != 6 ||
      source.code.size() < 3 || target.code.compare(0, 3, source.code, 0, 3) != 0 ||
      IsStateRole(a_, source)) {
    return;
  }
  static const std::unordered_set<std::string_view> kCaptives = {
      "hostage", "captive", "abductee", "hostages", "captives", "abductees"};
  if (kCaptives.count(a_.tokens[m.end_token - 1].norm) == 0) return;
  for (uint32_t k = m.first_token; k < m.end_token; ++k) {
    if (a_.tokens[k].capitalized) return;  // "Israeli hostages": placed.
  }
  std::string other = DominantCountry(a_, actors_, source.code.substr(0, 3));
  if (other.size() != 3) return;
  target.code = other + "CVL";
  target.name = actors_.CountryName(target.code);
}

// "will shut the border with Niger, cut ties and impose sanctions": a verb
// in a list (right after its comma or "and") with no object of its own acts
// on the actor the verbs before it in the list named last, after the source
// `src` and with no clause break between. Empty if there is none.
ActorRef SentenceCoder::ListedVerbTarget(const PatternMatch& m, int src) const {
  uint32_t first = FirstLiteral(m);
  const Token& verb = a_.tokens[first];
  // A verb (a past form, or a bare form after a modal: "will close ...,
  // sever ... and impose"), right after the list's comma or "and".
  bool is_verb = IsPastVerb(verb) || (verb.lemma == verb.norm && !verb.capitalized);
  std::string_view link = first > view_.first ? std::string_view(a_.tokens[first - 1].norm) : "";
  uint32_t after_source = a_.actors[src].end_token;
  if (!is_verb || (link != "," && link != "and") || after_source >= first ||
      a_.tokens[after_source].norm == ",") {  // "Oli, the former premier, resigned".
    return {};
  }
  int object = -1;
  bool earlier_verb = false;
  for (uint32_t k = after_source; k < first; ++k) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == "." || quoted_[k] || t.norm == "who" || t.norm == "whom" ||
        t.norm == "which" || t.norm == "that") {
      return {};
    }
    if (int c = view_.mention_starting[k - view_.first]; c >= 0 && c != src) {
      if (!earlier_verb) return {};  // Another actor before any verb: no list of acts.
      object = c;
    }
    // An inflected verb, or a modal before a bare one ("will close").
    earlier_verb |= t.kind == TokenKind::kWord && !t.capitalized &&
                    (t.lemma != t.norm || t.norm == "will" || t.norm == "would" ||
                     t.norm == "must" || t.norm == "to");
  }
  return object >= 0 ? MakeRef(a_, object) : ActorRef{};
}

// Whether a preposition other than "with" or "between" (which name a party)
// stands in [from, to).
bool SentenceCoder::PrepositionBetween(uint32_t from, uint32_t to) const {
  for (uint32_t k = from; k < to && k < view_.end; ++k) {
    std::string_view w = a_.tokens[k].norm;
    if (IsPreposition(w) && w != "with" && w != "between") return true;
  }
  return false;
}

// Whether a town or region is named at token `first` with "in" or "at" a
// few words before it ("in the Kenyan capital Nairobi").
bool SentenceCoder::TownAfterLocative(uint32_t first) const {
  bool town = false;
  for (const PlaceMention& pl : a_.places) {
    town |= pl.first_token == first && pl.kind != "country";
  }
  for (uint32_t k = first; town && k > view_.first && k + 6 > first; --k) {
    std::string_view w = a_.tokens[k - 1].norm;
    if (w == "in" || w == "at") return true;
  }
  return false;
}

}  // namespace event_coding
}  // namespace dyad
