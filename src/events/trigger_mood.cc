// The mood of a trigger: done, wanted or intended ("plans to send aid",
// "will visit"), threatened, appealed for ("urged Rwanda to withdraw"), or
// a meeting named as a noun that has not happened yet ("the upcoming
// visit").
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "events/sentence_coder.h"

namespace dyad {
namespace event_coding {

// How the trigger stands in its clause. An infinitive under an appeal or
// an order ("urged Rwanda to withdraw") is not an event that happened (the
// appeal is coded by itself), nor is one under a refusal; an action that is
// wanted, planned, promised or in the future ("plans to visit", "will send
// aid", "would strike") is an announced intention.
// The modal right before the verb at `v`, over adverbs ("will visit",
// "would not", "'ll send", "will also send"); "" if none.
std::string_view SentenceCoder::ModalBefore(uint32_t v) const {
  for (uint32_t k = v; k > view_.first && v - k < 3;) {
    std::string_view w = a_.tokens[--k].norm;
    if (w == "will" || w == "would" || w == "shall" || w == "ll") return w;
    if (!IsAdverb(w)) break;
  }
  return {};
}

// "would seek talks with Seoul", "sought a meeting": an event
// noun a verb of wanting governs (over a determiner and a modifier) is
// wanted, not done.
bool SentenceCoder::SoughtNoun(uint32_t v) const {
  if (a_.tokens[v].kind != TokenKind::kWord || EventNounRoots(a_.tokens[v].norm).empty()) {
    if (a_.tokens[v].lemma != "talk" && a_.tokens[v].lemma != "meeting") return false;
  }
  for (uint32_t k = v, words = 0; k-- > view_.first && words < 6; ++words) {
    std::string_view w = a_.tokens[k].norm;
    if (words < 3 && (w == "seek" || w == "seeks" || w == "sought" || w == "seeking" ||
                      w == "want" || w == "wants" || w == "wanted")) {
      return true;
    }
    // "ways to reach a truce deal between the two sides": a goal.
    std::string_view lemma = a_.tokens[k].lemma;
    if ((lemma == "reach" || lemma == "achieve" || lemma == "secure" || lemma == "clinch") &&
        k > view_.first && a_.tokens[k - 1].norm == "to") {
      return true;
    }
    if (a_.tokens[k].kind != TokenKind::kWord || (IsPreposition(w) && w != "of") ||
        a_.tokens[k].capitalized || w == "and" || w == "or") {
      return false;
    }
  }
  return false;
}

SentenceCoder::Mood SentenceCoder::TriggerMood(const PatternMatch& m, uint32_t* appeal) const {
  uint32_t v = FirstLiteral(m);
  if (std::optional<uint32_t> d = DemandedThat(v)) {
    if (appeal) *appeal = *d;
    return Mood::kAppealed;
  }
  if (!ModalBefore(v).empty()) return Mood::kIntended;
  // "threatened sending a missile to Athens": a gerund as the threat's
  // object.
  if (v > view_.first && a_.tokens[v].norm.ends_with("ing") &&
      a_.tokens[v - 1].lemma == "threaten") {
    return Mood::kThreatened;
  }
  // "to return to the ceasefire and resume talks": the second infinitive
  // shares the first one's "to"; "pledged to end hostilities and to release
  // prisoners": it stands where the first one does.
  bool second_to =
      v > view_.first + 3 && a_.tokens[v - 1].norm == "to" && a_.tokens[v - 2].norm == "and";
  if (v > view_.first + 2 && (a_.tokens[v - 1].norm == "and" || second_to) &&
      a_.tokens[v].lemma == a_.tokens[v].norm) {
    for (uint32_t k = v - (second_to ? 2 : 1); k-- > view_.first + 1 && k + 15 > v;) {
      if (IsClauseBreak(a_.tokens[k]) || a_.tokens[k].norm == ",") break;
      const Token& next = a_.tokens[k + 1];
      if (a_.tokens[k].norm == "to" && next.lemma == next.norm && next.kind == TokenKind::kWord &&
          !next.capitalized && !IsDeterminer(next.norm)) {
        v = k + 1;
        break;
      }
    }
  }
  if (PlannedEventNoun(v)) return Mood::kIntended;
  // "asked the council to hold an emergency meeting": an event noun
  // that is the object of an infinitive stands where the infinitive does.
  if (v > view_.first + 2 && a_.tokens[v - 1].norm != "to" && !a_.tokens[v].norm.ends_with("ed")) {
    for (uint32_t k = v - 1; k > view_.first + 1 && k + 4 > v; --k) {
      const Token& t = a_.tokens[k];
      if (t.kind != TokenKind::kWord || t.capitalized || IsPreposition(t.norm) || t.norm == "and" ||
          t.norm == "or" || t.norm == "but" || view_.mention_ending[k - view_.first] >= 0) {
        break;
      }
      if (a_.tokens[k - 1].norm == "to" && t.lemma == t.norm && !IsDeterminer(t.norm)) {
        v = k;
        break;
      }
    }
  }
  if (v < view_.first + 2 || a_.tokens[v - 1].norm != "to") {
    return SoughtNoun(v) ? Mood::kWanted : Mood::kDone;
  }
  static const std::string_view kAppeals[] = {
      "urge",   "urged",   "urges",  "urging",  "call",     "called",  "calls",     "calling",
      "ask",    "asked",   "asks",   "demand",  "demanded", "demands", "appeal",    "appealed",
      "press",  "pressed", "refuse", "refused", "fail",     "failed",  "encourage", "encouraged",
      "invite", "invited", "tell",   "told",    "order",    "ordered"};
  static const std::string_view kIntentions[] = {
      "want",     "wants",  "wanted",     "seek",      "seeks",      "sought",      "hope",
      "hopes",    "hoped",  "plan",       "plans",     "planned",    "intend",      "intends",
      "intended", "expect", "expected",   "expects",   "aim",        "aims",        "wish",
      "offered",  "offers", "offer",      "promised",  "promises",   "pledged",     "pledges",
      "vowed",    "vows",   "threatened", "threatens", "invitation", "invitations", "committed",
      "commits",  "commit"};
  // "is set to visit", "are due to meet", "was keen to resolve": only after
  // a form of "be".
  static const std::string_view kScheduled[] = {"set",   "due",      "scheduled", "poised",
                                                "ready", "prepared", "keen",      "willing",
                                                "eager", "open",     "determined"};
  // An actor's words count as one ("asked the Arab League and the
  // African Union to").
  for (uint32_t k = v - 1, steps = 0; k-- > view_.first && steps < 8; ++steps) {
    if (int m = view_.mention_ending[k - view_.first]; m >= 0) k = a_.actors[m].first_token;
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == ".") return Mood::kDone;
    if (std::find(m.literal_tokens.begin(), m.literal_tokens.end(), k) != m.literal_tokens.end()) {
      return Mood::kDone;
    }
    for (std::string_view g : kAppeals) {
      if (t.norm != g) continue;
      // "ordered its troops to withdraw": an order to one's own forces is
      // the act itself.
      if (OrdersOwnForces(k)) return Mood::kDone;
      if (appeal) *appeal = k;
      return Mood::kAppealed;
    }
    if (t.lemma == "threaten") return Mood::kThreatened;
    for (std::string_view g : kIntentions) {
      if (t.norm == g) return ApprovedPlan(k) ? Mood::kDone : Mood::kWanted;
    }
    for (std::string_view g : kScheduled) {
      // ("was still ready to": over one adverb.)
      uint32_t be = k > view_.first + 1 && IsAdverb(a_.tokens[k - 1].norm) ? k - 1 : k;
      if (t.norm == g && be > view_.first && IsBeForm(a_.tokens[be - 1].norm)) return Mood::kWanted;
    }
  }
  // A purpose infinitive in a future clause: "will travel to Moscow next
  // week to hold talks".
  for (uint32_t k = v - 1; k-- > view_.first && k + 16 > v;) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == "." || t.norm == "," || t.norm == "that" ||
        t.norm == "which" || t.norm == "who") {
      break;
    }
    if (t.norm == "will" || t.norm == "would" || t.norm == "shall" || t.norm == "ll") {
      return Mood::kIntended;
    }
  }
  return Mood::kDone;
}

// Whether the verb at `k` orders the speaker's own forces ("ordered its
// troops", "ordered the army"): the act ordered is the orderer's.
bool SentenceCoder::OrdersOwnForces(uint32_t k) const {
  std::string_view verb = a_.tokens[k].lemma;
  if (verb != "order" || k + 2 >= view_.end) return false;
  std::string_view det = a_.tokens[k + 1].norm;
  if (det != "its" && det != "their" && det != "the" && det != "his" && det != "her") return false;
  static const std::unordered_set<std::string_view> kForces = {
      "troops", "forces", "army", "soldiers", "military", "units", "navy", "police"};
  for (uint32_t p = k + 2; p < view_.end && p < k + 5; ++p) {
    if (kForces.count(a_.tokens[p].norm) > 0) return true;
    if (a_.tokens[p].norm == "to") break;
  }
  return false;
}

// "the cabinet approved a plan to remove ...": a plan approved is the
// decision taken, not an intention.
bool SentenceCoder::ApprovedPlan(uint32_t k) const {
  if (a_.tokens[k].norm != "plan" || k < view_.first + 2) return false;
  std::string_view det = a_.tokens[k - 1].norm;
  std::string_view verb = a_.tokens[k - 2].lemma;
  return (det == "a" || det == "the") &&
         (verb == "approve" || verb == "adopt" || verb == "endorse" || verb == "pass");
}

// A meeting, visit or talks named as a noun that has not happened yet: "the
// upcoming visit", "ahead of his visit", "talks would start on Saturday",
// "a visit later this year".
bool SentenceCoder::PlannedEventNoun(uint32_t v) const {
  static const std::string_view kNouns[] = {"visit",    "visits",  "talks",        "meeting",
                                            "meetings", "summit",  "negotiations", "trip",
                                            "tour",     "session", "conference"};
  const Token& noun = a_.tokens[v];
  if (std::find(std::begin(kNouns), std::end(kNouns), noun.norm) == std::end(kNouns)) return false;
  static const std::string_view kBefore[] = {
      "upcoming",    "planned",     "forthcoming", "imminent",    "proposed",
      "expected",    "prospective", "possible",    "potential",   "future",
      "anticipated", "next",        "ahead",       "preparation", "preparations",
      "preparing",   "way",         "prospect",    "prospects"};
  for (uint32_t k = v; k > view_.first && v - k < 5;) {
    const Token& t = a_.tokens[--k];
    if (IsClauseBreak(t) || t.norm == "." || t.norm == ",") break;
    if (std::find(std::begin(kBefore), std::end(kBefore), t.norm) != std::end(kBefore)) {
      return true;
    }
  }
  // After the noun phrase: a future predicate or a time still to come.
  for (uint32_t k = v + 1; k < view_.end && k < v + 12; ++k) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == "." || t.norm == ";") break;
    std::string_view next = k + 1 < view_.end ? std::string_view(a_.tokens[k + 1].norm) : "";
    if ((t.norm == "will" || t.norm == "would") &&
        (next == "start" || next == "begin" || next == "open" || next == "resume" ||
         next == "take" || next == "be" || next == "follow")) {
      return true;
    }
    if ((t.norm == "later" || t.norm == "next") &&
        (next == "this" || next == "week" || next == "month" || next == "year")) {
      return true;
    }
    if (IsBeForm(t.norm) && (next == "expected" || next == "due" || next == "scheduled" ||
                             next == "planned" || next == "set")) {
      return true;
    }
    // "with a stop in Yerevan scheduled for Friday": a reduced
    // relative of planning.
    if ((t.norm == "scheduled" || t.norm == "planned" || t.norm == "slated") &&
        (next == "for" || next == "to")) {
      return true;
    }
  }
  return false;
}

}  // namespace event_coding
}  // namespace dyad
