#include "events/pattern_match.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "events/syntax.h"

namespace dyad {
namespace {

constexpr int kMaxGap = 5;
constexpr uint32_t kMaxSkipWords = 3;  // Words of a noun phrase a "^" passes over.
constexpr int kMaxModifiers = 4;
constexpr int kMaxSlotSkip = 5;
constexpr int kMaxHeadModifiers = 3;
constexpr int kMaxAmountWords = 4;

// A number, currency sign or unit of an amount: "$5 million", "200 tons".
bool IsAmountWord(const Token& t) {
  // Units, and the hedges before a number ("around 15 tonnes of").
  static const std::string_view kUnits[] = {
      "million", "billion", "dollars",   "euros",  "pounds",   "worth",         "tons",
      "tonnes",  "around",  "about",     "nearly", "roughly",  "approximately", "some",
      "almost",  "kg",      "kilograms", "metric", "thousand", "hundreds",      "thousands"};
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind == TokenKind::kPunct) return t.norm == "$" || t.norm == "€" || t.norm == "£";
  return std::find(std::begin(kUnits), std::end(kUnits), t.norm) != std::end(kUnits);
}

// Token `pos` is one of the element's words: by word id where the view has
// them, else by string.
bool WordMatches(const PatternElement& e, const SentenceView& v, uint32_t pos) {
  const Token& t = v.article->tokens[pos];
  bool by_id = !v.norm_ids.empty();
  for (const PatternWord& w : e.words) {
    if (w.prefix) {
      if (t.norm.starts_with(w.key)) return true;
    } else if (by_id && w.id != 0) {
      if ((w.exact ? v.norm_ids : v.lemma_ids)[pos - v.first] == w.id) return true;
    } else if (w.exact ? t.norm == w.key : t.lemma == w.key) {
      return true;
    }
  }
  return false;
}

bool IsBarrier(const Token& t) {
  if (t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) return true;
  if (t.kind != TokenKind::kPunct) return false;
  return t.norm == ";" || t.norm == ":" || t.norm == "." || t.norm == "!" || t.norm == "?" ||
         t.norm == "(" || t.norm == ")";
}

// Words a slot may not skip over: they start a new clause or phrase.
bool StopsSlot(const Token& t) {
  // "anti-Rwanda": the hyphen the tokeniser split off before a name.
  if (t.norm == "-") return false;
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return true;
  static const std::string_view kStops[] = {"and",  "or",   "but",  "that", "which", "who",
                                            "said", "says", "to",   "in",   "on",    "at",
                                            "with", "for",  "from", "of",   "after", "over"};
  for (std::string_view s : kStops) {
    if (t.norm == s) return true;
  }
  return false;
}

// A word no modifier run passes: a second determiner opens another noun
// phrase ("a paper backing the ceasefire" is no ceasefire document).
bool EndsModifiers(const Token& t) { return t.norm == "the" || t.norm == "a" || t.norm == "an"; }

bool IsQuantityWord(const Token& t) {
  static const std::string_view kWords[] = {
      "dozens",  "hundreds", "thousands", "millions", "scores", "tens",    "some",
      "many",    "most",     "several",   "one",      "two",    "three",   "four",
      "five",    "six",      "seven",     "eight",    "nine",   "ten",     "all",
      "both",    "each",     "none",      "group",    "number", "members", "dozen",
      "hundred", "thousand", "lines",     "crowds",   "crowd",  "groups"};
  if (t.kind == TokenKind::kNumber) return true;
  for (std::string_view w : kWords) {
    if (t.norm == w) return true;
  }
  return false;
}

// Nouns for an actor's places, units or property: "shelled positions of
// the RSF", "raided offices of the opposition party" strike the actor.
bool IsPartNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "position", "positions",  "base",     "bases",    "camp",         "camps",
      "outpost",  "outposts",   "post",     "posts",    "stronghold",   "strongholds",
      "hideout",  "hideouts",   "office",   "offices",  "headquarters", "barracks",
      "facility", "facilities", "depot",    "depots",   "unit",         "units",
      "convoy",   "convoys",    "vessel",   "vessels",  "ranks",        "territory",
      "property", "assets",     "premises", "compound", "leadership",   "leaders"};
  return kWords.count(w) > 0;
}

// Quantifiers a slot may skip although they contain a stop word: "at least
// 45 civilians", "dozens of opposition supporters", "up to 10,000
// migrants", "over 200 protesters".
bool IsQuantifierAt(const SentenceView& v, uint32_t p) {
  const auto& toks = v.article->tokens;
  if (toks[p].norm == "at") {
    return p + 1 < v.end && (toks[p + 1].norm == "least" || toks[p + 1].norm == "most");
  }
  bool number_next = p + 1 < v.end && toks[p + 1].kind == TokenKind::kNumber;
  if (toks[p].norm == "to" && p > v.first && toks[p - 1].norm == "up") return number_next;
  if (toks[p].norm == "over") return number_next;
  return toks[p].norm == "of" && p > v.first &&
         (IsQuantityWord(toks[p - 1]) || IsPartNoun(toks[p - 1].norm));
}

// "Luis Arce's top critics": the slot is the role the owner qualifies, a
// role noun within two words after the possessive, when it was given the
// owner's country; "his German counterpart": the actor right after a
// possessive pronoun; else the owner `m`.
int PossessedHead(const SentenceView& v, int m) {
  const auto& toks = v.article->tokens;
  const ActorMention& owner = v.article->actors[m];
  uint32_t p = owner.end_token;
  // "told his German counterpart": the slot is what the pronoun owns.
  std::string_view w = toks[owner.first_token].norm;
  bool possessive_pronoun =
      owner.kind == ActorKind::kPronoun && (w == "his" || w == "her" || w == "its" || w == "their");
  if (possessive_pronoun && p < v.end && v.mention_starting[p - v.first] >= 0) {
    return v.mention_starting[p - v.first];
  }
  // "accused the U.S.-based preacher Gulen", "Iran-backed militias": the
  // slot is the actor the compound describes, not the country in it.
  static const std::string_view kCompounds[] = {
      "based", "backed", "led", "supported", "funded", "allied", "linked", "aligned", "sponsored"};
  // Hyphenated only: "companies based in the UAE" are the companies.
  bool hyphen = p < v.end && toks[p].kind == TokenKind::kPunct && toks[p].norm == "-";
  uint32_t c = p + 1;
  if (hyphen && c < v.end &&
      std::find(std::begin(kCompounds), std::end(kCompounds), toks[c].norm) !=
          std::end(kCompounds)) {
    for (uint32_t k = c + 1; k < v.end && k <= c + 3; ++k) {
      if (v.mention_starting[k - v.first] >= 0) return v.mention_starting[k - v.first];
      if (toks[k].kind != TokenKind::kWord) break;
    }
  }
  if (p >= v.end || toks[p].kind != TokenKind::kPossessive) return m;
  for (uint32_t k = p + 1; k < v.end && k <= p + 3; ++k) {
    int head = v.mention_starting[k - v.first];
    if (head < 0) {
      if (toks[k].kind != TokenKind::kWord) break;
      continue;
    }
    const ActorMention& h = v.article->actors[head];
    bool same_country = h.code.size() >= 3 && owner.code.compare(0, 3, h.code, 0, 3) == 0;
    return h.kind == ActorKind::kAgent && same_country ? head : m;
  }
  return m;
}

// The mention that starts within a few skippable tokens of `pos`.
int SlotAt(const SentenceView& v, uint32_t pos, uint32_t* after) {
  const auto& toks = v.article->tokens;
  for (int skip = 0; skip <= kMaxSlotSkip; ++skip) {
    uint32_t p = pos + skip;
    if (p >= v.end) return -1;
    int m = v.mention_starting[p - v.first];
    if (m >= 0) {
      m = PossessedHead(v, m);
      *after = v.article->actors[m].end_token;
      return m;
    }
    if (StopsSlot(toks[p]) && !IsQuantifierAt(v, p)) return -1;
    // "welcomed the ceasefire between Israel and Hamas": the parties of a
    // noun passed over are not the verb's object; right after the trigger
    // ("fighting between rival groups") they are.
    if (skip > 0 && toks[p].norm == "between") return -1;
  }
  return -1;
}

class Matcher {
 public:
  Matcher(const VerbPattern& p, const SentenceView& v, uint32_t anchor_token, PatternMatch* out)
      : p_(p), v_(v), anchor_token_(anchor_token), out_(out) {}

  // The anchor is a past participle after a form of "be": "was charged".
  bool PassiveAnchor() const {
    const auto& toks = v_.article->tokens;
    const Token& verb = toks[anchor_token_];
    if (verb.lemma == verb.norm || verb.norm.ends_with("ing") || verb.norm.ends_with("s")) {
      return false;
    }
    for (uint32_t k = anchor_token_, steps = 0; k > v_.first && steps < 3; ++steps) {
      const Token& t = toks[--k];
      if (IsBeForm(t.norm)) return true;
      if (!IsAdverb(t.norm)) return false;
    }
    return false;
  }

  bool Forward(size_t k, uint32_t pos) {
    if (k > p_.anchor) {
      while (pos < v_.end && v_.transparent[pos - v_.first]) ++pos;
    }
    if (k == p_.elements.size()) {
      out_->end = pos;
      return true;
    }
    const PatternElement& e = p_.elements[k];
    const auto& toks = v_.article->tokens;
    switch (e.kind) {
      case PatternElement::Kind::kWords:
        if (e.takes_modifiers) return HeadAfterModifiers(e, k, pos);
        if (pos < v_.end && WordMatches(e, v_, pos)) {
          out_->literal_tokens.push_back(pos);
          if (e.noun_phrase ? Modifiers(k + 1, pos + 1) : Forward(k + 1, pos + 1)) return true;
          // "and his Afghan counterpart, Amir Khan Muttaqi, held talks": a
          // name in apposition to a word of the pattern is passed over.
          if (!p_.peer && !e.noun_phrase && AfterApposition(k + 1, pos + 1)) return true;
          out_->literal_tokens.pop_back();
        }
        // "urgently called for", "called urgently for": one manner adverb
        // between the words of one of dyad's own patterns.
        // ("held a meeting later on Friday with": and over a date.)
        if (!p_.peer && k > 0 && pos + 1 < v_.end && IsMannerAdverb(toks[pos])) {
          uint32_t word = pos + 1;
          while (word + 1 < v_.end && v_.transparent[word - v_.first]) ++word;
          if (WordMatches(e, v_, word)) {
            out_->literal_tokens.push_back(word);
            if (e.noun_phrase ? Modifiers(k + 1, word + 1) : Forward(k + 1, word + 1)) return true;
            out_->literal_tokens.pop_back();
          }
        }
        if (!e.optional) return false;
        return e.noun_phrase ? Modifiers(k + 1, pos) : Forward(k + 1, pos);
      case PatternElement::Kind::kGap: {
        // An actor's name counts as one word of the gap: "extradited Dairo
        // Antonio Usuga, the leader of the Gulf Clan, to the United States".
        // A role noun can be the word the pattern looks for: "released four
        // Israeli hostages" matches "release * hostage" at the mention's head.
        uint32_t p = pos;
        bool other_noun = !p_.peer && pos + 1 < v_.end &&
                          (toks[pos].norm == "a" || toks[pos].norm == "an") &&
                          v_.mention_starting[pos + 1 - v_.first] < 0;
        for (int g = 0; g <= kMaxGap && p <= v_.end; ++g) {
          if (Forward(k + 1, p)) return true;
          if (p >= v_.end || IsBarrier(toks[p])) break;
          // ", and the Interior Ministry": a gap does not run into the next
          // clause.
          if (toks[p].norm == "," && p + 1 < v_.end &&
              (toks[p + 1].norm == "and" || toks[p + 1].norm == "but" ||
               toks[p + 1].norm == "while")) {
            break;
          }
          // "released a report on French journalists": a gap that opened
          // on a noun of its own does not run past a preposition into
          // another noun phrase ("of" joins one: "a group of prisoners").
          if (other_noun && IsPreposition(toks[p].norm) && toks[p].norm != "of" &&
              !v_.transparent[p - v_.first]) {
            break;
          }
          int m = v_.mention_starting[p - v_.first];
          if (m < 0) {
            ++p;
            continue;
          }
          const ActorMention& am = v_.article->actors[m];
          if (am.kind == ActorKind::kAgent && am.end_token - 1 > p &&
              Forward(k + 1, am.end_token - 1)) {
            return true;
          }
          p = am.end_token;
        }
        return false;
      }
      case PatternElement::Kind::kSkip: {
        // The actor passed over may be followed by its own words ("at the
        // Gondor of the Prince"): what comes next is looked for as after a gap.
        // A slot after the skip is the next actor, not an empty slot on
        // the skipped actor's own words.
        bool slot_next = k + 1 < p_.elements.size() &&
                         (p_.elements[k + 1].kind == PatternElement::Kind::kTarget ||
                          p_.elements[k + 1].kind == PatternElement::Kind::kSource);
        // Before a word of the pattern, a short noun phrase that names no
        // actor may be what is passed over ("warned their populations
        // about").
        bool word_next =
            k + 1 < p_.elements.size() && p_.elements[k + 1].kind == PatternElement::Kind::kWords;
        for (uint32_t p = pos; word_next && p < v_.end && p < pos + kMaxSkipWords; ++p) {
          const Token& t = toks[p];
          if (IsBarrier(t) || t.kind != TokenKind::kWord || IsPreposition(t.norm) ||
              v_.mention_starting[p - v_.first] >= 0) {
            break;
          }
          if (Forward(k + 1, p + 1)) return true;
        }
        uint32_t after = 0;
        if (SlotAt(v_, pos, &after) < 0) return false;
        // Failing a next actor, as after a gap.
        for (int pass = slot_next ? 0 : 1; pass < 2; ++pass) {
          for (uint32_t p = after; p <= v_.end && p <= after + kMaxGap; ++p) {
            uint32_t unused = 0;
            if ((pass == 1 || (p < v_.end && SlotAt(v_, p, &unused) >= 0)) && Forward(k + 1, p)) {
              return true;
            }
            if (p >= v_.end || IsBarrier(toks[p])) break;
          }
        }
        return false;
      }
      case PatternElement::Kind::kTarget:
      case PatternElement::Kind::kSource: {
        uint32_t after = 0;
        int m = SlotAt(v_, pos, &after);
        if (m < 0 && p_.peer && k > 0 && p_.elements[k - 1].kind == PatternElement::Kind::kWords &&
            pos + 1 < v_.end && IsPreposition(toks[pos].norm) && toks[pos].norm != "to") {
          m = SlotAt(v_, pos + 1, &after);  // "money from Osgiliath".
        }
        if (m < 0) {
          // A target slot that ends the pattern may stay empty: the trigger
          // still names the event ("shelled the outskirts of Sake"), and the
          // coder looks for the target elsewhere.
          bool last = k + 1 == p_.elements.size();
          if (e.kind != PatternElement::Kind::kTarget) return false;
          if (last) {
            out_->end = pos;
            return true;
          }
          // In the passive the object is the subject before the verb: "was
          // charged with incitement" matches "charge + with".
          return k == p_.anchor + 1 && PassiveAnchor() && Forward(k + 1, pos);
        }
        int& slot = e.kind == PatternElement::Kind::kTarget ? out_->target : out_->source;
        int saved = slot;
        slot = m;
        if (Forward(k + 1, after) || AfterCoordinatedSlot(k + 1, after) ||
            AfterDemonymHead(k + 1, m, after) || AfterApposition(k + 1, after)) {
          return true;
        }
        slot = saved;
        // "was declared persona non grata by Russia": the actor ahead is the
        // by-agent, and the passive's object is the subject before the verb.
        return e.kind == PatternElement::Kind::kTarget && k == p_.anchor + 1 &&
               k + 1 < p_.elements.size() && PassiveAnchor() && Forward(k + 1, pos);
      }
    }
    return false;
  }

  // Element k (a content word) at `pos` or after up to kMaxHeadModifiers
  // modifiers: "pledged additional humanitarian aid", "$5 million in aid".
  bool HeadAfterModifiers(const PatternElement& e, size_t k, uint32_t pos) {
    const auto& toks = v_.article->tokens;
    // Words of an amount ("$5 million in") do not count as modifiers.
    for (int words = 0, amount = 0;
         words <= kMaxHeadModifiers && amount <= kMaxAmountWords && pos < v_.end;) {
      if (WordMatches(e, v_, pos)) {
        out_->literal_tokens.push_back(pos);
        if (Forward(k + 1, pos + 1) || AfterCoordinatedNoun(k + 1, pos + 1)) return true;
        out_->literal_tokens.pop_back();
      }
      if (AmountLink(pos) || IsAmountWord(toks[pos])) {
        ++amount;
      } else if (words > 0 && EndsModifiers(toks[pos])) {
        return false;  // An article after a noun opens another phrase.
      } else if (IsModifier(pos) || (words > 0 && JoinsModifiers(pos))) {
        ++words;
      } else if (uint32_t next = AgentCompoundEnd(pos); next > pos) {
        words += 2;
        pos = next;
        continue;
      } else if (AgentHeadMatches(e, k, pos)) {
        return true;
      } else {
        return false;
      }
      ++pos;
    }
    return false;
  }

  // "called on Sudan's army chief, Gen. Abdel Fattah al-Burhan, to return":
  // an apposition that names the slot's actor (opening on a capitalised
  // word) is passed over when the pattern goes on after it.
  bool AfterApposition(size_t k, uint32_t pos) {
    const auto& toks = v_.article->tokens;
    if (k >= p_.elements.size() || pos + 2 >= v_.end || toks[pos].norm != "," ||
        !toks[pos + 1].capitalized) {
      return false;
    }
    for (uint32_t q = pos + 2; q < v_.end && q < pos + 10; ++q) {
      // (A rank's period, "Gen.", is no barrier.)
      bool period = toks[q].norm == "." && toks[q].begin == toks[q - 1].end;
      if ((IsBarrier(toks[q]) && !period) || toks[q].norm == "and" || toks[q].norm == "or") {
        return false;
      }
      if (toks[q].norm == ",") return Forward(k, q + 1);
    }
    return false;
  }

  // "briefed his Italian, Spanish and Greek counterparts by phone": the
  // actors coordinated after a slot's actor are passed over when a word of
  // the pattern follows them (the coder expands the slot to all of them).
  bool AfterCoordinatedSlot(size_t k, uint32_t pos) {
    constexpr int kMaxConjuncts = 4;
    if (k >= p_.elements.size() || p_.elements[k].kind != PatternElement::Kind::kWords) {
      return false;
    }
    const auto& toks = v_.article->tokens;
    for (int n = 0; n < kMaxConjuncts && pos + 1 < v_.end; ++n) {
      if (toks[pos].norm != "," && toks[pos].norm != "and") return false;
      uint32_t q = pos + 1;
      if (toks[pos].norm == "," && toks[q].norm == "and") ++q;
      if (q >= v_.end || v_.mention_starting[q - v_.first] < 0) return false;
      int m = v_.mention_starting[q - v_.first];
      pos = v_.article->actors[m].end_token;
      if (Forward(k, pos) || AfterDemonymHead(k, m, pos)) return true;
    }
    return false;
  }

  // "his German counterpart by telephone": a country named by its demonym
  // before a noun that is no role ("counterpart", "delegation") is that
  // noun's owner; the noun is passed over when a word of the pattern follows.
  bool AfterDemonymHead(size_t k, int m, uint32_t pos) {
    if (k >= p_.elements.size() || p_.elements[k].kind != PatternElement::Kind::kWords) {
      return false;
    }
    const ActorMention& am = v_.article->actors[m];
    const auto& toks = v_.article->tokens;
    if (am.kind != ActorKind::kCountry || pos + 1 >= v_.end) return false;
    const Token& head = toks[pos];
    if (head.kind != TokenKind::kWord || head.capitalized || StopsSlot(head) ||
        IsPreposition(head.norm) || v_.mention_starting[pos - v_.first] >= 0) {
      return false;
    }
    // Only a demonym ("German", not "Germany", the country's own name).
    if (v_.article->Span(am.begin, am.end) == am.name) return false;
    if (Forward(k, pos + 1) || (!p_.peer && AfterApposition(k, pos + 1))) return true;
    // "his Indian counterpart Subrahmanyam Jaishankar by phone": over the name.
    // ("his Afghan counterpart, Amir Khan Muttaqi, held talks": over the
    // name set off by commas.)
    int name = v_.mention_starting[pos + 1 - v_.first];
    return name >= 0 && v_.article->actors[name].kind == ActorKind::kPerson &&
           Forward(k, v_.article->actors[name].end_token);
  }

  // "fired rockets and drones at the city": a noun (with up to two
  // modifiers) coordinated after the pattern's head word is passed over
  // when a word of the pattern follows it.
  bool AfterCoordinatedNoun(size_t k, uint32_t pos) {
    if (k >= p_.elements.size() || p_.elements[k].kind != PatternElement::Kind::kWords) {
      return false;
    }
    const auto& toks = v_.article->tokens;
    if (pos + 1 >= v_.end || (toks[pos].norm != "and" && toks[pos].norm != "or")) return false;
    for (uint32_t q = pos + 1; q < v_.end && q <= pos + 3; ++q) {
      const Token& t = toks[q];
      if (t.kind != TokenKind::kWord || v_.mention_starting[q - v_.first] >= 0 || StopsSlot(t)) {
        return false;
      }
      // A verb form opens a coordinated clause ("boycotted it and vowed to").
      bool verb_form = t.lemma != t.norm && (t.norm.ends_with("ed") || t.norm.ends_with("ing"));
      if (verb_form) return false;
      if (Forward(k, q + 1)) return true;
    }
    return false;
  }

  // A word that may stand inside a noun phrase before its head: not a
  // function word, not an actor, not an inflected word (a plural noun or a
  // verb form ends a phrase: "allow aid groups access").
  bool IsModifier(uint32_t p) const {
    const Token& t = v_.article->tokens[p];
    if (v_.mention_starting[p - v_.first] >= 0 || t.kind != TokenKind::kWord) return false;
    return !StopsSlot(t) && !IsPreposition(t.norm) && t.lemma == t.norm;
  }

  // "agreed to sell fighter jets to Turkey": a role noun the actor finder
  // read as an actor ("fighter jets") can end on the word the pattern looks
  // for; the pattern goes on after it.
  bool AgentHeadMatches(const PatternElement& e, size_t k, uint32_t p) {
    int m = v_.mention_starting[p - v_.first];
    if (m < 0 || p_.peer) return false;
    const ActorMention& am = v_.article->actors[m];
    uint32_t head = am.end_token - 1;
    if (am.kind != ActorKind::kAgent || head <= p || !WordMatches(e, v_, head)) return false;
    // ("the withdrawal of Russian troops" names an actor: only a compound
    // with no name in it is taken for the pattern's words.)
    for (uint32_t q = p; q <= head; ++q) {
      if (v_.article->tokens[q].capitalized) return false;
    }
    out_->literal_tokens.push_back(head);
    if (Forward(k + 1, am.end_token)) return true;
    out_->literal_tokens.pop_back();
    return false;
  }

  // "a US-brokered ceasefire", "the Saudi-backed government": an actor
  // joined to a participle naming its part modifies the noun after it.
  // Returns the token after the participle, or `p` if there is none.
  uint32_t AgentCompoundEnd(uint32_t p) const {
    int m = v_.mention_starting[p - v_.first];
    if (m < 0) return p;
    uint32_t next = dyad::AgentCompoundEnd(*v_.article, v_.article->actors[m].end_token, v_.end);
    return next > 0 ? next : p;
  }

  // "an immediate and unconditional ceasefire": a conjunction between two
  // modifiers stays inside the noun phrase.
  bool JoinsModifiers(uint32_t p) const {
    const auto& toks = v_.article->tokens;
    if (toks[p].norm != "and" && toks[p].norm != "or" && toks[p].norm != ",") return false;
    return p > v_.first && p + 1 < v_.end && IsModifier(p - 1) && IsModifier(p + 1);
  }

  // "$5 million in aid", "tons of food": an amount and its preposition.
  bool AmountLink(uint32_t p) const {
    const auto& toks = v_.article->tokens;
    if (p == v_.first || (toks[p].norm != "in" && toks[p].norm != "of")) return false;
    // "$5 million in aid", "$100,000 in aid" (a number as the last word).
    return (toks[p - 1].kind == TokenKind::kWord || toks[p - 1].kind == TokenKind::kNumber) &&
           IsAmountWord(toks[p - 1]);
  }

  // Whether a modifier run may pass token p: no mention starts there, or
  // a role mention does whose head lies further on ("dissolved the
  // transitional government": the pattern's noun is the role's head).
  bool InsideRole(uint32_t p) const {
    int m = v_.mention_starting[p - v_.first];
    if (m < 0) return true;
    const ActorMention& a = v_.article->actors[m];
    return a.kind == ActorKind::kAgent && a.end_token > p + 1;
  }

  // Up to kMaxModifiers words of a noun phrase before element k.
  bool Modifiers(size_t k, uint32_t pos) {
    const auto& toks = v_.article->tokens;
    // Conjunctions between modifiers ("a swift, full and impartial
    // inquiry") do not count toward the limit.
    for (int g = 0, joins = 0; g <= kMaxModifiers + joins && pos + g <= v_.end; ++g) {
      if (g > 0 && JoinsModifiers(pos + g - 1)) {
        ++joins;
      } else if (g > 0 && (StopsSlot(toks[pos + g - 1]) || EndsModifiers(toks[pos + g - 1]))) {
        break;
      }
      if (g > 0 && pos + g < v_.end && EndsModifiers(toks[pos + g])) break;
      if (g > 0 && !InsideRole(pos + g - 1) && AgentCompoundEnd(pos + g - 1) == pos + g - 1) break;
      if (Forward(k, pos + g)) return true;
    }
    return false;
  }

  // Elements before the anchor: optional words and a leading $.
  bool Backward(uint32_t anchor_token) {
    uint32_t pos = anchor_token;
    for (size_t k = p_.anchor; k-- > 0;) {
      const PatternElement& e = p_.elements[k];
      if (e.kind == PatternElement::Kind::kWords) {
        if (pos > v_.first && WordMatches(e, v_, pos - 1)) {
          --pos;
          out_->literal_tokens.push_back(pos);
        } else if (!e.optional) {
          return false;
        }
      } else if (e.kind == PatternElement::Kind::kSource ||
                 e.kind == PatternElement::Kind::kTarget || e.kind == PatternElement::Kind::kSkip) {
        if (pos <= v_.first) return false;
        int m = v_.mention_ending[pos - 1 - v_.first];
        if (m < 0) return false;
        if (e.kind != PatternElement::Kind::kSkip) {
          (e.kind == PatternElement::Kind::kSource ? out_->source : out_->target) = m;
        }
        pos = v_.article->actors[m].first_token;
      } else {
        return false;  // A gap before the anchor is not supported.
      }
    }
    out_->begin = pos;
    return true;
  }

 private:
  const VerbPattern& p_;
  const SentenceView& v_;
  uint32_t anchor_token_;
  PatternMatch* out_;
};

// Fills the view's word ids from `words`.
void NumberTokens(const VerbDictionary& words, SentenceView& v) {
  const auto& toks = v.article->tokens;
  v.present.assign(words.word_count() / 64 + 1, 0);
  for (uint32_t i = v.first; i < v.end; ++i) {
    uint32_t norm = words.WordId(toks[i].norm);
    uint32_t lemma = toks[i].lemma == toks[i].norm ? norm : words.WordId(toks[i].lemma);
    v.norm_ids.push_back(norm);
    v.lemma_ids.push_back(lemma);
    v.present[norm >> 6] |= uint64_t{1} << (norm & 63);
    v.present[lemma >> 6] |= uint64_t{1} << (lemma & 63);
  }
}

}  // namespace

bool MayMatch(const VerbPattern& p, const SentenceView& v) {
  if (v.norm_ids.empty()) return true;
  for (const std::vector<uint32_t>& group : p.required_ids) {
    bool found = false;
    for (uint32_t id : group) found = found || v.Holds(id);
    if (!found) return false;
  }
  return true;
}

SentenceView MakeSentenceView(const Article& a, uint32_t sentence, const VerbDictionary* words) {
  SentenceView v;
  v.article = &a;
  const Sentence& s = a.sentences[sentence];
  v.first = s.first_token;
  v.end = s.first_token + s.token_count;
  v.mention_starting.assign(s.token_count, -1);
  v.mention_ending.assign(s.token_count, -1);
  for (size_t m = 0; m < a.actors.size(); ++m) {
    const ActorMention& am = a.actors[m];
    if (am.sentence != sentence || am.code.empty()) continue;
    if (v.mention_starting[am.first_token - v.first] < 0) {
      v.mention_starting[am.first_token - v.first] = static_cast<int>(m);
    }
    v.mention_ending[am.end_token - 1 - v.first] = static_cast<int>(m);
  }
  v.transparent.assign(s.token_count, 0);
  for (uint32_t i = v.first; i < v.end; ++i) {
    TokenKind kind = a.tokens[i].kind;
    if (kind == TokenKind::kOpenQuote || kind == TokenKind::kCloseQuote) {
      v.transparent[i - v.first] = 1;
    }
  }
  for (const DateMention& d : a.dates) {
    if (d.sentence != sentence) continue;
    for (uint32_t i = v.first; i < v.end; ++i) {
      const Token& t = a.tokens[i];
      if (t.begin >= d.begin && t.end <= d.end) v.transparent[i - v.first] = 1;
    }
  }
  // A short parenthesis, usually an acronym: "the United States (US)".
  for (uint32_t i = v.first; i < v.end; ++i) {
    if (a.tokens[i].norm != "(") continue;
    uint32_t close = i + 1;
    while (close < v.end && close < i + 5 && a.tokens[close].norm != ")") ++close;
    if (close < v.end && a.tokens[close].norm == ")") {
      for (uint32_t k = i; k <= close; ++k) v.transparent[k - v.first] = 1;
    }
  }
  // "on Wednesday", "in February": the preposition of a date goes with it.
  for (uint32_t i = v.first; i + 1 < v.end; ++i) {
    const std::string& w = a.tokens[i].norm;
    if ((w == "on" || w == "in" || w == "last") && v.transparent[i + 1 - v.first] &&
        a.tokens[i + 1].kind == TokenKind::kWord) {
      v.transparent[i - v.first] = 1;
    }
  }
  if (words != nullptr) NumberTokens(*words, v);
  return v;
}

bool MatchPattern(const VerbPattern& p, const SentenceView& v, uint32_t anchor_token,
                  PatternMatch* out) {
  out->literal_tokens.clear();
  out->pattern = out->begin = out->end = 0;
  out->source = out->target = -1;
  Matcher m(p, v, anchor_token, out);
  if (!m.Backward(anchor_token)) return false;
  if (!m.Forward(p.anchor, anchor_token)) return false;
  return true;
}

}  // namespace dyad
