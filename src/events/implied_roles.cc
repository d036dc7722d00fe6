// State codes and the roles a sentence leaves implicit.
//
// Design: a country named bare is the part of the state that acts (its
// government, or its armed forces for a use of force); an actor never acts
// on itself or on its own state with force; the press reports but does not
// take part. Where the sentence names no target, reactions point at the
// actor of the event they refer to, mediation at the story's two parties,
// aid at the country the story is about, and other answers at the actor the
// article is most about.
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

ActorRef MakeRef(const Article& a, int mention) {
  ActorRef r;
  if (mention < 0) return r;
  const ActorMention& m = a.actors[mention];
  r.code = m.code;
  r.name = m.name;
  r.text = std::string(a.Span(m.begin, m.end));
  r.mention = mention;
  return r;
}

// States act through their governments: a bare country in an event is
// coded as its government ("Russia expelled" = RUSGOV, "accused Azerbaijan" =
// AZEGOV), as hand coders do. Two exceptions: the source of a use or show of
// force is the armed forces ("Israel launched airstrikes" = ISRMIL), while
// whom force strikes stays the bare country; and a country (or its capital)
// visited is the country, not its government.
void AdjustStateCodes(const Article& a, const std::string& event_code, ActorRef& source,
                      ActorRef& target, bool state_as_government) {
  auto bare_country = [&](const ActorRef& r) {
    if (r.mention < 0 || r.code.size() != 3) return false;
    const ActorMention& m = a.actors[r.mention];
    if (m.kind == ActorKind::kCountry) return true;
    // "it" standing for a country; not "he" for a person coded by country.
    return m.kind == ActorKind::kPronoun && m.entity >= 0 &&
           a.actors[m.entity].kind == ActorKind::kCountry;
  };
  std::string_view root = std::string_view(event_code).substr(0, 2);
  bool force = root == "15" || root == "18" || root == "19" || root == "20";
  bool visit = event_code == "042" || event_code == "043" || event_code == "044";
  if (state_as_government && bare_country(source)) source.code += force ? "MIL" : "GOV";
  if (state_as_government && !force && !visit && bare_country(target)) target.code += "GOV";
  if (visit && target.mention >= 0 && target.code.size() == 6 && target.code.ends_with("GOV") &&
      a.actors[target.mention].kind == ActorKind::kCountry) {
    target.code.resize(3);
  }
}

bool EndsInLocative(const VerbPattern& p) {
  const PatternElement& last = p.elements.back();
  if (last.kind != PatternElement::Kind::kWords) return false;
  for (const PatternWord& w : last.words) {
    if (IsLocative(w.key) || w.key == "on" || w.key == "through" || w.key == "outside") {
      return true;
    }
  }
  return false;
}

// An actor does not act on itself: same mention, or the same country in the
// same role (a country named bare counts as its government; a person with no
// known role does not).
// The peers' codes of no known country: "---GOV" (PETRARCH's anonymous
// agent, or a side it leaves blank) and "~COP" (TABARI's unconverted agent).
// Two such actors are never known to be one.
namespace {
bool OfUnknownCountry(std::string_view code) {
  return code.starts_with("---") || code.starts_with("~");
}
}  // namespace

bool SameActor(const Article& art, const ActorRef& a, const ActorRef& b) {
  if (a.mention >= 0 && a.mention == b.mention) return true;
  if (OfUnknownCountry(a.code) || OfUnknownCountry(b.code))
    return a.code == b.code && a.mention < 0;
  if (a.code.size() < 3 || b.code.size() < 3) return a.code == b.code;
  auto role = [&](const ActorRef& r) {
    bool country = r.mention < 0 || art.actors[r.mention].kind == ActorKind::kCountry;
    if (r.code.size() > 3) return r.code.substr(3);
    return std::string(country ? "GOV" : "?");
  };
  bool grouped =
      a.code.starts_with("IGO") || a.code.starts_with("IMG") || a.code.starts_with("NGO");
  if (grouped) return a.code == b.code;
  return a.code.compare(0, 3, b.code, 0, 3) == 0 && role(a) == role(b);
}

// Civilians, businesses and other private groups of a country (CAMEO
// roles that are neither state nor armed nor organised opposition).
bool IsPrivateRole(std::string_view code) {
  if (code.size() != 6 || code.starts_with("IGO") || code.starts_with("NGO") ||
      code.starts_with("IMG")) {
    return false;
  }
  std::string_view role = code.substr(3);
  return role == "CVL" || role == "BUS" || role == "EDU" || role == "REF" || role == "HLH" ||
         role == "LAB" || role == "AGR" || role == "ELI";
}

bool IsStateRole(const Article& a, const ActorRef& r) {
  std::string_view code = r.code;
  if (code.size() == 3) {
    return r.mention < 0 || a.actors[r.mention].kind == ActorKind::kCountry;
  }
  std::string_view role = code.substr(3, 3);
  return role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG" ||
         role == "SPY";
}

// A state using force on its own state ("Indian warplanes struck ... New
// Delhi") is a misreading of the sentence, not an event. (Coercion is not:
// police arrest mayors and courts sentence ministers.)
bool ImplausibleForce(const Article& a, std::string_view code, const ActorRef& s,
                      const ActorRef& t) {
  bool force = code.starts_with("15") || code.starts_with("18") || code.starts_with("19") ||
               code.starts_with("20");
  if (!force || s.code.size() < 3 || t.code.size() < 3) return false;
  if (OfUnknownCountry(s.code) || OfUnknownCountry(t.code)) return false;
  if (s.code.compare(0, 3, t.code, 0, 3) != 0) return false;
  return IsStateRole(a, s) && IsStateRole(a, t);
}

namespace {

// Whether mention `m` is a state's own outlet ("Syrian state television",
// "official media", "state-run news agency"), which speaks for its state.
bool IsStateOutlet(const Article& a, int m) {
  if (m < 0) return false;
  const ActorMention& am = a.actors[m];
  for (uint32_t k = am.first_token; k < am.end_token; ++k) {
    std::string_view w = a.tokens[k].norm;
    if (w == "state" || w == "staterun" || w == "official" || w == "progovernment") return true;
  }
  return false;
}

}  // namespace

// The press reports events; it rarely takes part in them. A news outlet or
// reporter as source ("Reuters ... agreed"), or as target of anything but
// repression, violence or a release from them, is a misreading of an
// attribution. A state's own outlet may voice its state's verdicts ("state
// television denounced the strikes"): those it keeps.
bool ReporterOnly(const Article& a, std::string_view code, const ActorRef& source,
                  const ActorRef& target) {
  bool verdict = code.starts_with("11") || code.starts_with("12") || code.starts_with("13");
  if (source.code.ends_with("MED")) return !(verdict && IsStateOutlet(a, source.mention));
  // A jailed reporter's release ends repression of the press (084); an
  // outlet accused or condemned ("accusing it of bias against the
  // army") is a party too.
  bool against_press = code.starts_with("17") || code.starts_with("18") || code.starts_with("19") ||
                       code.starts_with("084") || code.starts_with("111") ||
                       code.starts_with("112");
  return target.code.ends_with("MED") && !against_press;
}

bool AppealToOwnPublic(std::string_view code, const ActorRef& source, const ActorRef& target) {
  return code.starts_with("02") && source.code.size() >= 3 && target.code.size() == 6 &&
         target.code.ends_with("CVL") && target.code.compare(0, 3, source.code, 0, 3) == 0;
}

bool IsViolent(std::string_view code) {
  return code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

// Reactions to other events: comments, praise, denials, investigations,
// demands, criticism, rejection, threats.
bool ReactsToEvent(std::string_view code) {
  return code.starts_with("01") || code.starts_with("05") || code.starts_with("09") ||
         code.starts_with("10") || code.starts_with("11") || code.starts_with("12") ||
         code.starts_with("13");
}

// A document an actor adopts or issues ("the resolution", "the report").
bool IsDocumentNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kDocuments = {
      "resolution", "report", "proposal", "plan", "statement", "ultimatum", "bill", "law"};
  return kDocuments.count(w) > 0;
}

// The verb a noun of an event is made from ("the vote" <- "voted", "the
// decision" <- "decided"); "" if the noun is not one of them.
std::string_view VerbOfNoun(std::string_view noun) {
  static const std::pair<std::string_view, std::string_view> kVerbs[] = {
      {"vote", "vote"},           {"decision", "decide"},     {"ruling", "rule"},
      {"arrest", "arrest"},       {"arrests", "arrest"},      {"ban", "ban"},
      {"visit", "visit"},         {"attack", "attack"},       {"attacks", "attack"},
      {"raid", "raid"},           {"killing", "kill"},        {"killings", "kill"},
      {"impeachment", "impeach"}, {"expulsion", "expel"},     {"suspension", "suspend"},
      {"dismissal", "dismiss"},   {"closure", "close"},       {"deployment", "deploy"},
      {"detention", "detain"},    {"seizure", "seize"},       {"withdrawal", "withdraw"},
      {"removal", "remove"},      {"appointment", "appoint"}, {"annexation", "annex"},
      {"pardon", "pardon"}};
  for (const auto& [n, v] : kVerbs) {
    if (n == noun) return v;
  }
  return "";
}

bool IsCourtNoun(std::string_view w) {
  return w == "judgment" || w == "judgement" || w == "verdict" || w == "ruling" ||
         w == "sentence" || w == "conviction" || w == "acquittal";
}

// The object noun of the trigger ("condemned the massacre", "denied the
// accusation", "criticised Monday's attack", "condemned it"), then the source
// of the latest earlier event of a fitting root whose source is not
// `source_code`. Such reactions usually point at the article's main event,
// so the whole article before is searched. A judgment or verdict is the
// latest court's; a noun no coded event answers ("the vote") is the act of
// whoever did its verb (SubjectOfVerbFor).
ActorRef SentenceCoder::PerpetratorOfEventNoun(uint32_t from, uint32_t end,
                                               const std::string& source_code, bool claim) const {
  std::string_view roots;
  bool pronoun = false;
  uint32_t noun = from;
  for (uint32_t j = from; j < view_.end && j < end + 4; ++j) {
    const Token& t = a_.tokens[j];
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kOpenQuote) break;
    pronoun =
        j == from && (t.norm == "it" || t.norm == "them" || t.norm == "this" || t.norm == "these");
    roots = EventNounRoots(t.norm);
    noun = j;
    if (!roots.empty() || pronoun || !VerbOfNoun(t.norm).empty() || IsCourtNoun(t.norm) ||
        IsDocumentNoun(t.norm)) {
      break;
    }
  }
  // "will appeal against the judgment": a court's act, the latest court
  // named before.
  if (IsCourtNoun(a_.tokens[noun].norm) && !claim) {
    for (size_t k = a_.actors.size(); k-- > 0;) {
      const ActorMention& am = a_.actors[k];
      if (am.first_token >= from || !am.code.ends_with("JUD") || am.code == source_code) continue;
      return MakeRef(a_, static_cast<int>(k));
    }
  }
  if (roots.empty() && !pronoun && VerbOfNoun(a_.tokens[noun].norm).empty()) {
    return claim ? ActorRef{} : AuthorOfDocument(noun, source_code);
  }
  ActorRef found;
  if (!roots.empty() || pronoun) found = CodedPerpetrator(roots, pronoun, source_code, claim);
  if (found.code.empty() && !pronoun && !claim) found = SubjectOfVerbFor(noun, source_code);
  if (found.code.empty() && !pronoun && !claim) found = AuthorOfDocument(noun, source_code);
  return found;
}

// "The Security Council adopted a resolution ... The Houthis dismissed the
// resolution": the actor named as adopting, issuing or proposing the
// document the noun at `noun` names, earlier in the story (an actor, then
// such a verb and the same noun within a few words), other than
// `source_code`; empty if none.
ActorRef SentenceCoder::AuthorOfDocument(uint32_t noun, const std::string& source_code) const {
  static const std::unordered_set<std::string_view> kAuthoring = {
      "adopt",  "pass",  "approve", "issue", "release", "publish", "propose",
      "unveil", "draft", "submit",  "table", "present", "announce"};
  std::string_view word = a_.tokens[noun].norm;
  if (!IsDocumentNoun(word)) return {};
  for (size_t k = a_.actors.size(); k-- > 0;) {
    const ActorMention& am = a_.actors[k];
    if (am.end_token >= noun || am.code == source_code || am.code.size() < 3 || am.code[0] == '-' ||
        am.code.compare(0, 3, source_code, 0, 3) == 0) {
      continue;
    }
    uint32_t e = am.end_token;
    if (e >= a_.tokens.size() || kAuthoring.count(a_.tokens[e].lemma) == 0) continue;
    for (uint32_t j = e + 1; j < e + 5 && j < noun; ++j) {
      if (a_.tokens[j].norm == word || a_.tokens[j].lemma == word)
        return MakeRef(a_, static_cast<int>(k));
    }
  }
  return {};
}

// The actor of the coded event a noun of `roots` (or a pronoun) refers to,
// other than `source_code`; the target of it for a claim of responsibility.
ActorRef SentenceCoder::CodedPerpetrator(std::string_view roots, bool pronoun,
                                         const std::string& source_code, bool claim) const {
  // "welcomed the decision", "called the move dangerous": a noun of any
  // event usually means the story's lead one, the first coded.
  if (roots == kAnyRoot && !pronoun) {
    for (const Event& e : a_.events) {
      const ActorRef& other = claim ? e.target : e.source;
      if (!other.code.empty() && other.code != source_code) return other;
    }
    return ActorRef{};
  }
  for (size_t k = a_.events.size(); k-- > 0;) {
    const Event& e = a_.events[k];
    if (pronoun && e.sentence + 1 < s_) break;
    if (!pronoun && roots.find(e.code.substr(0, 2)) == std::string_view::npos) continue;
    // A claim of responsibility is aimed at whoever the act struck; a
    // reaction at whoever did it.
    const ActorRef& other = claim ? e.target : e.source;
    if (other.code.empty() || other.code == source_code) continue;
    return other;
  }
  return ActorRef{};
}

// "Lawmakers voted to impeach the president ... The presidency called the
// vote void": when no coded event answers to the noun, the actor who did
// the verb it comes from, the nearest actor before the latest use of that
// verb (not after "the", "a" or a possessive, where it is the noun again)
// in this sentence or an earlier one.
ActorRef SentenceCoder::SubjectOfVerbFor(uint32_t noun, const std::string& source_code) const {
  std::string_view verb = VerbOfNoun(a_.tokens[noun].norm);
  if (verb.empty()) return ActorRef{};
  for (uint32_t j = noun; j-- > 0;) {
    const Token& t = a_.tokens[j];
    if (t.lemma != verb || t.norm == a_.tokens[noun].norm) continue;
    if (j > 0) {
      std::string_view before = a_.tokens[j - 1].norm;
      if (before == "the" || before == "a" || before == "an" || before == "s" || before == "its" ||
          before == "their" || before == "his" || before == "her")
        continue;
    }
    auto sentence =
        std::upper_bound(a_.sentences.begin(), a_.sentences.end(), j,
                         [](uint32_t tok, const Sentence& st) { return tok < st.first_token; }) -
        a_.sentences.begin() - 1;
    // "the envoy was shot in the street": the subject of a passive suffered the
    // act; only a by-phrase names who did it.
    if (j > 0 && IsBeForm(a_.tokens[j - 1].norm)) {
      for (size_t k = 0; k < a_.actors.size(); ++k) {
        const ActorMention& am = a_.actors[k];
        if (am.first_token >= j + 2 && am.first_token <= j + 4 && a_.tokens[j + 1].norm == "by" &&
            am.code.size() >= 3 && am.code[0] != '-' && am.code != source_code) {
          return MakeRef(a_, static_cast<int>(k));
        }
      }
      return ActorRef{};
    }
    for (size_t k = a_.actors.size(); k-- > 0;) {
      const ActorMention& am = a_.actors[k];
      if (am.end_token > j) continue;
      if (static_cast<int64_t>(am.sentence) != sentence) break;
      if (am.first_token > 0 && IsLocative(a_.tokens[am.first_token - 1].norm)) continue;
      if (am.code.size() < 3 || am.code[0] == '-' || am.code == source_code) break;
      return MakeRef(a_, static_cast<int>(k));
    }
    return ActorRef{};
  }
  return ActorRef{};
}

// Who did an act told in the passive with no by-phrase, to the target
// mention `tgt`. Releases ("some detainees were released") are by whoever
// held the captives; arrests, releases and expulsions ("twenty diplomats
// were declared personae non gratae") by the state where they happened:
// the place named after the trigger ("detained ... in Minsk"), else (for
// arrests) whoever held the same people before, else a place elsewhere in
// the sentence but its dateline, else the article's country, else the
// target's own. An expulsion is not by the target's own state: then the
// article's other party did it. None for other acts, nor for being forced.
ActorRef SentenceCoder::UnnamedAgent(const std::string& code, int tgt, uint32_t trigger_end,
                                     std::string* why) const {
  const std::string& target = a_.actors[tgt].code;
  bool release = code.starts_with("084");
  bool expulsion = code.starts_with("16");
  // "were made to accept" (170) names no act of a state: circumstances
  // force as often as governments do.
  if (!release && !expulsion && (!code.starts_with("17") || code == "170")) return ActorRef{};
  // "Two aid workers held by the militia were freed": the captor named
  // with the captives.
  if (int held = HeldBy(tgt, trigger_end); held >= 0) {
    *why += " (none: who held them)";
    return MakeRef(a_, held);
  }
  if (release) {
    ActorRef captor = CaptorOf(target);
    if (!captor.code.empty()) {
      *why += " (none: who held them)";
      return captor;
    }
  }
  ActorRef place = PlaceCountryAfter(trigger_end, /*locative_only=*/true);
  // "when he was detained in May 2019", told after his detention in
  // Minsk: the state that held him before.
  if (place.code.empty() && code.starts_with("17")) {
    ActorRef captor = CaptorOf(target);
    if (!captor.code.empty()) {
      *why += " (none: who held them before)";
      return captor;
    }
  }
  // "SYDNEY - ... who had been detained": the dateline is where the story
  // was filed, not where the act happened.
  if (place.code.empty()) place = PlaceCountryAfter(DatelineEnd(a_, s_));
  std::string state = place.code.empty() ? DominantCountry(a_, actors_) : place.code;
  if (state.empty()) state = target.substr(0, 3);
  if (expulsion && target.compare(0, 3, state, 0, 3) == 0) {
    ActorRef other = SalientCounterpart(target);
    if (other.code.empty()) return other;
    state = other.code;
  }
  // "two soldiers captured in a firefight with the ELN",
  // "servicemen captured in the Kursk region": soldiers are taken by the
  // enemy, not by their own state.
  if (code.starts_with("17") && target.ends_with("MIL") && target.compare(0, 3, state, 0, 3) == 0) {
    ActorRef foe = ArmedFoeOf(target);
    if (!foe.code.empty()) {
      *why += " (none: the soldiers' foe)";
      return foe;
    }
  }
  ActorRef r;
  r.code = state.substr(0, 3) + "GOV";
  r.name = actors_.CountryName(r.code);
  *why += " (none: the state where it happened)";
  return r;
}

}  // namespace event_coding
}  // namespace dyad
