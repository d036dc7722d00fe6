// Lemmatizer: reduces inflected English words to the base forms that verb
// patterns are written in ("visited" -> "visit", "met" -> "meet", "talks" ->
// "talk").
//
// Design: an irregular-form table (data/lexicon/irregular_verbs.txt) and
// suffix rules that propose candidate stems. Because dyad only needs lemmas to
// match its own dictionaries, a candidate is accepted when it is a known
// lemma (a word used in a pattern); otherwise the word is its own lemma. This
// avoids the classic errors of rule-only stemmers ("news" -> "new") on words
// no pattern cares about.
#ifndef DYAD_LEXICON_LEMMATIZER_H_
#define DYAD_LEXICON_LEMMATIZER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "dyad/status.h"
#include "lexicon/phrase_matcher.h"

namespace dyad {

class Lemmatizer {
 public:
  // Loads irregular forms: lines "base | form; form; ...". Bad lines are
  // reported in `warnings` and skipped.
  Status LoadIrregular(const std::string& path, std::vector<std::string>* warnings);
  void AddIrregular(std::string_view form, std::string_view base);
  // Declares `lemma` as a word some dictionary uses in its base form.
  void AddKnown(std::string_view lemma);

  // The lemma of a match key (see Token::norm).
  std::string Lemma(std::string_view norm) const;

  bool IsKnown(std::string_view lemma) const { return known_.find(lemma) != known_.end(); }

 private:
  bool TryStem(std::string_view stem, std::string& out) const;

  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> irregular_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> known_;
};

}  // namespace dyad

#endif  // DYAD_LEXICON_LEMMATIZER_H_
