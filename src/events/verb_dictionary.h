// VerbDictionary: the event patterns of data/events/verbs*.txt compiled for
// matching (format: docs/dictionaries.md). Immutable after Load().
#ifndef DYAD_EVENTS_VERB_DICTIONARY_H_
#define DYAD_EVENTS_VERB_DICTIONARY_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"
#include "events/cameo_codes.h"
#include "lexicon/lemmatizer.h"
#include "lexicon/phrase_matcher.h"
#include "lexicon/word_classes.h"

namespace dyad {

struct PatternWord {
  std::string key;  // A lemma, or a norm when `exact` or `prefix`.
  bool exact = false;
  // "advanc*": any word that starts with the key (TABARI's stems).
  bool prefix = false;
  // The key's number in its dictionary's word table (VerbDictionary::WordId);
  // 0 for a prefix and for a pattern parsed outside a dictionary.
  uint32_t id = 0;
};

struct PatternElement {
  // kSkip ("^", TABARI's skip) passes over one actor mention, which is
  // neither source nor target.
  enum class Kind : uint8_t { kWords, kGap, kTarget, kSource, kSkip };
  Kind kind = Kind::kWords;
  std::vector<PatternWord> words;  // kWords: one word or alternatives.
  bool optional = false;           // kWords with an empty alternative.
  // An optional determiner ({a|an|the|}) also takes the modifiers of the
  // noun phrase it opens: "a 10-day ceasefire", "11 economic documents".
  bool noun_phrase = false;
  // A required content word after the verb ("pledged aid", "cease
  // hostilities"): a few modifiers may come before it in the text
  // ("pledged additional humanitarian aid", "cease all hostilities").
  bool takes_modifiers = false;
};

struct VerbPattern {
  std::string code;
  std::string text;    // As written in the file.
  std::string origin;  // file:line
  std::vector<PatternElement> elements;
  size_t anchor = 0;      // First required kWords element.
  int literal_count = 0;  // Required kWords elements: specificity.
  bool has_target = false;
  bool has_source = false;
  bool negative = false;  // The pattern itself contains a negation.
  // The event runs both ways ("clashed with"): coded in each direction.
  bool mutual = false;
  // The + slot is the source and the subject the target ("received aid
  // from +", "got a call from +").
  bool reverse = false;
  // Codes only in the passive voice ("the detainees were released", where
  // the active "released a statement on X" is no release).
  bool passive_only = false;
  // "Britain and Canada announced similar measures": the act is the one told
  // in the sentences before, done by this subject; the pattern's code and
  // target are those of that act.
  bool follows = false;
  // "Clashes continued", "the talks held in Oslo": coded only in a clause
  // that names no actor, between the two parties the story is about.
  bool partyless = false;
  // "A and B discussed the war", "the two leaders discussed": coded only
  // between the parties of a coordinated subject ("Sisi discussed the war
  // in Gaza" names no partner).
  bool together = false;
  // "to finance the plants", "will finance": a base form that is mostly a
  // noun ("a finance bill") counts only after "to", a modal or "help".
  bool infinitive = false;
  // Code "---" (loaded dictionaries): the match claims its words and codes
  // nothing, so a more general pattern cannot fire there.
  bool null_event = false;
  // TABARI's paired events ("[032:033]": a visit and its reception): the
  // code of the event from the target back to the source.
  std::string paired_code;
  // Matches only after a coordinated subject ("A and B agree"; TABARI's
  // leading '%').
  bool compound_subject = false;
  // TABARI's '%': the members of the compound act on each other; with
  // compound_subject the subject's members, else the target's.
  bool within_compound = false;
  // From another coder's dictionary: a slot written right after a word may
  // stand after a preposition ("+ * MONEY $": "money from Osgiliath"), as the
  // peers' slots take the phrase that follows.
  bool peer = false;
  // A peer's leading '+' with a '$' after the verb ("+ * MONEY $"): the
  // subject, near or far, is the target ("Eriador has received ... money
  // from Osgiliath" is Osgiliath's aid to Eriador).
  bool subject_is_target = false;
  // Code "###": a discard word; its sentence is not coded.
  bool void_sentence = false;
  // A required form of "be" or "have" follows the opening anchor
  // ("{decision|measure} * {be} illegal", "... have no legal basis"): the
  // anchor is the subject noun, so its noun uses ("the measures were") are
  // the very uses the pattern means, and a verdict on it is aimed at whoever
  // did what it names.
  bool predicate = false;
  // Without a + slot the target is the first actor after all the pattern's
  // words, not one among the words it passed over (TABARI's way).
  bool target_after = false;
  // The word ids of each required element without a prefix word: a sentence
  // can match the pattern only if it holds one id of every group.
  std::vector<std::vector<uint32_t>> required_ids;
};

class VerbDictionary {
 public:
  // Parses the pattern files, then compiles them with `extra` (patterns
  // converted from other formats): before dyad's own when `extra_first`. Every pattern word becomes
  // a known lemma of `lemmatizer` (see lemmatizer.h) before pattern lemmas are computed, so text
  // and patterns are reduced alike. Bad lines become `warnings`. `files` are relative to `dir` and
  // name the patterns' origins.
  static Result<std::unique_ptr<VerbDictionary>> Load(
      const std::string& dir, const std::vector<std::string>& files, const CameoCodes& codes,
      Lemmatizer& lemmatizer, std::vector<std::string>* warnings,
      std::vector<VerbPattern> extra = {}, bool extra_first = false,
      const WordClasses* classes = nullptr);

  // Reads one file of dyad patterns (docs/dictionaries.md) without
  // compiling it; `shown` names the patterns' origin. A pattern word
  // "@name" stands for the words of class `name` of `classes`; a line naming
  // a class `classes` lacks is skipped with a warning. Used by Load.
  static Result<std::vector<VerbPattern>> ReadFile(const std::string& path,
                                                   const std::string& shown,
                                                   const CameoCodes& codes,
                                                   std::vector<std::string>* warnings,
                                                   const WordClasses* classes = nullptr);

  // Parses one pattern; fails on syntax errors. Exposed for tests.
  static Result<VerbPattern> ParsePattern(std::string_view code, std::string_view text);

  // Pattern ids anchored on `key` (a lemma or a norm); nullptr if none.
  const std::vector<uint32_t>* Anchored(std::string_view key) const;
  // The same by the key's word id; nullptr if none.
  const std::vector<uint32_t>* Anchored(uint32_t word_id) const {
    return word_id < anchors_by_id_.size() && !anchors_by_id_[word_id].empty()
               ? &anchors_by_id_[word_id]
               : nullptr;
  }
  // The number of a word (a lemma or a norm) that some pattern names, so
  // that matching compares integers; 0 if no pattern names it.
  uint32_t WordId(std::string_view key) const;
  // The highest word id.
  uint32_t word_count() const { return static_cast<uint32_t>(word_ids_.size()); }
  // Ids of patterns anchored on a prefix of `norm` ("advanc*").
  void PrefixAnchored(std::string_view norm, std::vector<uint32_t>* out) const;
  bool has_prefix_anchors() const { return !prefix_anchors_.empty(); }
  const VerbPattern& pattern(uint32_t id) const { return patterns_[id]; }
  size_t size() const { return patterns_.size(); }

 private:
  void Index(uint32_t id);
  void NumberWords();

  std::vector<VerbPattern> patterns_;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> anchors_;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>>
      prefix_anchors_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> word_ids_;
  std::vector<std::vector<uint32_t>> anchors_by_id_;  // anchors_ by word id.
};

}  // namespace dyad

#endif  // DYAD_EVENTS_VERB_DICTIONARY_H_
