// Speakers named only as the story identifies them.
//
// Design: wire copy often quotes a resident or witness by a name the
// reporter was given: "said a trader who wished to be identified only as
// Musa", "a driver who identified himself as Karim", "a farmer who gave his
// name as Ali". The attribution finds the noun ("trader", "driver"); this
// pass, run after all quotes are attributed, replaces it by the name given
// in the same sentence, and gives later quotes attributed to that name
// alone ("Musa said") the same speaker.
#include "quotes/identified_speakers.h"

#include <string>
#include <string_view>
#include <vector>

#include "quotes/quote_finder.h"

namespace dyad {
namespace {

// The capitalised words from `k` (up to three), as written; "" if none.
std::string NameAt(const Article& a, uint32_t k, uint32_t end) {
  uint32_t last = k;
  while (last < end && last < k + 3 && a.tokens[last].kind == TokenKind::kWord &&
         a.tokens[last].capitalized) {
    ++last;
  }
  if (last == k) return "";
  return std::string(a.Span(a.tokens[k].begin, a.tokens[last - 1].end));
}

// The name given in sentence `s`: after "identified (himself|herself)
// (only) as", "named (only) as" or "gave (his|her) name as", outside the
// words of quote `q`; "" if none.
std::string IdentifiedName(const Article& a, uint32_t s, const Quote& q) {
  const Sentence& st = a.sentences[s];
  uint32_t end = st.first_token + st.token_count;
  for (uint32_t k = st.first_token; k + 2 < end; ++k) {
    // ("The statement said that an American identified as Paul Whelan had
    // been detained": a name inside the words reported names no speaker.)
    if (a.tokens[k].begin >= q.begin && a.tokens[k].end <= q.end) continue;
    std::string_view w = a.tokens[k].norm;
    if (w != "identified" && w != "named" && w != "name") continue;
    if (w == "name" && (k < st.first_token + 2 || a.tokens[k - 2].lemma != "give")) continue;
    uint32_t j = k + 1;
    std::string_view next = a.tokens[j].norm;
    if (next == "himself" || next == "herself" || next == "themselves") ++j;
    if (j < end && a.tokens[j].norm == "only") ++j;
    if (j + 1 >= end || a.tokens[j].norm != "as") continue;
    std::string name = NameAt(a, j + 1, end);
    if (!name.empty()) return name;
  }
  return "";
}

// The name given in the sentences quote `q` spans ("... a few boys," said
// the resident who asked to be identified as Rabe): the attribution
// follows the quotation's last sentence.
std::string IdentifiedNameFor(const Article& a, const Quote& q) {
  for (uint32_t s = q.sentence; s < a.sentences.size() && a.sentences[s].begin < q.end + 2; ++s) {
    std::string name = IdentifiedName(a, s, q);
    if (!name.empty()) return name;
  }
  return "";
}

// A speaker named by a common noun ("resident", "man"), not a name.
bool Generic(const Quote& q) {
  return q.speaker_name.empty() || (q.speaker_name[0] >= 'a' && q.speaker_name[0] <= 'z');
}

// Whether sentence `s` attributes words to `name` alone: its last word
// right before or after a speech verb outside quotation ("Musa said",
// "said Musa").
bool SaysName(const Article& a, uint32_t s, std::string_view name) {
  size_t space = name.rfind(' ');
  std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
  const Sentence& st = a.sentences[s];
  uint32_t end = st.first_token + st.token_count;
  for (uint32_t k = st.first_token; k < end; ++k) {
    if (a.TokenText(a.tokens[k]) != last) continue;
    auto speech = [&](uint32_t j) { return IsSpeechVerb(a.tokens[j].lemma); };
    if ((k + 1 < end && speech(k + 1)) || (k > st.first_token && speech(k - 1))) return true;
  }
  return false;
}

}  // namespace

void NameIdentifiedSpeakers(Article& a) {
  std::vector<std::string> names;  // Names given so far, for later quotes.
  for (Quote& q : a.quotes) {
    // (Also over a speaker carried over from an earlier quote: the
    // sentence names its own.)
    std::string given = Generic(q) || q.speaker_mention < 0 ? IdentifiedNameFor(a, q) : "";
    if (!given.empty()) {
      q.speaker_name = given;
      q.speaker_canonical = given;
      names.push_back(given);
      continue;
    }
    if (!Generic(q) && q.speaker_mention >= 0) continue;
    for (const std::string& name : names) {
      if (!SaysName(a, q.sentence, name)) continue;
      q.speaker_name = name;
      q.speaker_canonical = name;
      break;
    }
  }
}

// "EU Commissioner for Justice Vera Jourova": the code of a title named
// at most four words before the first full mention of quote `q`'s
// surname-only speaker in an earlier sentence; "" if none.
std::string TitleBeforeName(const Article& a, const Quote& q) {
  for (size_t k = 1; k < a.tokens.size() && a.tokens[k].begin < q.begin; ++k) {
    if (a.TokenText(a.tokens[k]) != q.speaker_name || !a.tokens[k - 1].capitalized) continue;
    uint32_t first = static_cast<uint32_t>(k - 1);
    for (const ActorMention& m : a.actors) {
      if (m.end_token <= first && m.end_token + 4 >= first && m.code.size() >= 3 &&
          m.code[0] != '-' && m.sentence < q.sentence && m.begin < a.tokens[first].begin &&
          (m.kind == ActorKind::kOrganization || m.kind == ActorKind::kAgent)) {
        bool joined = true;  // Only title words between: capitalised or "for"/"of".
        for (uint32_t t = m.end_token; t < first; ++t) {
          const Token& w = a.tokens[t];
          joined &= w.capitalized || w.norm == "for" || w.norm == "of";
        }
        if (joined) return m.code;
      }
    }
  }
  return "";
}

namespace {

// "Tchiroma said" for Issa Tchiroma Bakary, "Zeid said" for Zeid Ra'ad
// al-Hussein: a lone name that is another word of exactly one person's
// name written earlier is that person, named in full.
void NameFromOtherWord(const Article& a, Quote& q) {
  int found = -1;
  std::string_view word = q.speaker_name;
  if (word.size() < 3) return;
  for (size_t k = 0; k < a.actors.size(); ++k) {
    const ActorMention& m = a.actors[k];
    if (m.kind != ActorKind::kPerson || m.sentence > q.sentence || m.code.size() < 3 ||
        m.code[0] == '-' || m.written_name.empty()) {
      continue;
    }
    std::string_view name = m.written_name;
    bool has_word = false;
    for (size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) {
      size_t end = at + word.size();
      bool starts = at == 0 || name[at - 1] == ' ';
      bool ends = end == name.size() || name[end] == ' ';
      has_word |= starts && ends;
    }
    if (!has_word) continue;
    if (found >= 0 && a.actors[found].written_name != m.written_name) return;  // Two people.
    found = static_cast<int>(k);
  }
  if (found < 0) return;
  const ActorMention& m = a.actors[found];
  q.speaker_code = m.code;
  q.speaker_canonical = m.name;
  q.speaker_mention = found;
  q.speaker_name = m.written_name;
}

}  // namespace

void CodeSpeakersBySurname(Article& a) {
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    Quote& q = a.quotes[i];
    if (!q.speaker_code.empty() || q.speaker_name.empty() ||
        q.speaker_name.find(' ') != std::string::npos) {
      continue;
    }
    std::string tail = " " + q.speaker_name;
    for (size_t k = i; k-- > 0;) {
      const Quote& p = a.quotes[k];
      if (p.speaker_code.empty() || !p.speaker_name.ends_with(tail)) continue;
      q.speaker_code = p.speaker_code;
      q.speaker_canonical = p.speaker_canonical;
      q.speaker_mention = p.speaker_mention;
      break;
    }
    // Or a person named in full before ("announced by EU Commissioner Vera
    // Jourova"), the latest such.
    for (size_t k = a.actors.size(); q.speaker_code.empty() && k-- > 0;) {
      const ActorMention& m = a.actors[k];
      if (m.kind != ActorKind::kPerson || m.sentence > q.sentence || m.code.size() < 3 ||
          m.code[0] == '-' || !a.Span(m.begin, m.end).ends_with(tail)) {
        continue;
      }
      q.speaker_code = m.code;
      q.speaker_mention = static_cast<int>(k);
    }
    if (q.speaker_code.empty()) NameFromOtherWord(a, q);
    if (q.speaker_code.empty()) q.speaker_code = TitleBeforeName(a, q);
  }
}

}  // namespace dyad
