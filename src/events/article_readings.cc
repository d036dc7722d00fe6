// Readings of an act that only the whole article settles, made after every
// sentence is coded.
//
// Design: a sentence alone cannot tell the senses of some verbs apart.
// "Washington has targeted civilian officials working with the junta" is
// an attack in a war story and a sanction in a story of sanctions. The
// article's other acts by the same actor (it imposed sanctions) or the
// sentence's own words ("sanctions ... targeting") say which sense is
// meant; each reading below looks only at those.
#include <algorithm>
#include <string_view>

#include "events/sentence_coder.h"

namespace dyad::event_coding {

namespace {

// Whether the event's trigger opens on a form of `lemma`.
bool TriggerIs(const Article& a, const Event& e, std::string_view lemma) {
  auto t = std::lower_bound(a.tokens.begin(), a.tokens.end(), e.trigger_begin,
                            [](const Token& tok, uint32_t b) { return tok.begin < b; });
  return t != a.tokens.end() && t->begin < e.trigger_end && t->lemma == lemma;
}

bool SentenceMentions(const Article& a, uint32_t s, std::string_view lemma) {
  const Sentence& st = a.sentences[s];
  for (uint32_t k = st.first_token; k < st.first_token + st.token_count; ++k) {
    if (a.tokens[k].lemma == lemma) return true;
  }
  return false;
}

std::string_view CountryOf(const std::string& code) { return std::string_view(code).substr(0, 3); }

}  // namespace

void ReadTargetingAsSanctions(Article& a, const CameoCodes& codes) {
  for (Event& e : a.events) {
    bool force = e.code.starts_with("18") || e.code.starts_with("19");
    if (!force || !TriggerIs(a, e, "target")) continue;
    bool sanctions = SentenceMentions(a, e.sentence, "sanction");
    for (const Event& other : a.events) {
      if (sanctions) break;
      sanctions =
          other.code.starts_with("163") && CountryOf(other.source.code) == CountryOf(e.source.code);
    }
    if (!sanctions) continue;
    SetCode(codes, "163", e);
    e.explanation += "; code: targeting in a story of the source's sanctions";
  }
}

}  // namespace dyad::event_coding
