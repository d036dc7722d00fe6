// Matching one verb pattern against a sentence at an anchor token.
#ifndef DYAD_EVENTS_PATTERN_MATCH_H_
#define DYAD_EVENTS_PATTERN_MATCH_H_

#include <cstdint>
#include <vector>

#include "dyad/article.h"
#include "events/verb_dictionary.h"

namespace dyad {

// A sentence with per-token actor lookups, built once per sentence.
struct SentenceView {
  const Article* article = nullptr;
  uint32_t first = 0;  // Token range of the sentence.
  uint32_t end = 0;
  std::vector<int> mention_starting;  // Indexed by token - first; -1 if none.
  std::vector<int> mention_ending;    // Mention whose last token is here.
  // Tokens a pattern reads through: dates ("agreed on Wednesday to") and
  // quotation marks of scare quotes.
  std::vector<uint8_t> transparent;
  // With a dictionary: each token's norm and lemma as the dictionary's word
  // ids (0: no pattern names it), and a bit per id the sentence holds.
  std::vector<uint32_t> norm_ids;
  std::vector<uint32_t> lemma_ids;
  std::vector<uint64_t> present;
  bool Holds(uint32_t id) const { return (present[id >> 6] >> (id & 63)) & 1; }
};

// The view of `sentence`. Given `words`, pattern words are compared with the
// tokens as integers; patterns of another dictionary must not be matched then.
SentenceView MakeSentenceView(const Article& a, uint32_t sentence,
                              const VerbDictionary* words = nullptr);

// False when the sentence lacks every word of some required element of `p`,
// so `p` cannot match anywhere in it (always true without word ids).
bool MayMatch(const VerbPattern& p, const SentenceView& v);

struct PatternMatch {
  uint32_t pattern = 0;
  uint32_t begin = 0;  // Token range covered, slots included.
  uint32_t end = 0;
  std::vector<uint32_t> literal_tokens;  // Tokens matched by pattern words.
  int source = -1;                       // Mentions filling $ and +; -1 if none.
  int target = -1;
};

// Matches `p` with its anchor element at `anchor_token`. Gaps take the
// shortest extent that lets the rest match.
bool MatchPattern(const VerbPattern& p, const SentenceView& v, uint32_t anchor_token,
                  PatternMatch* out);

}  // namespace dyad

#endif  // DYAD_EVENTS_PATTERN_MATCH_H_
