// Coreference: pronouns and descriptions take the code of an actor already
// introduced.
//
// Design: a single pass in text order with a short memory. "he"/"she"/"him"
// go to the most recent person; "they"/"them" to the most recent plural actor
// (an organisation, a plural role noun or a group) or, failing that, to the
// last two people; "the group" to the last organisation. Memory reaches back
// three sentences: older antecedents are too unreliable.
//
// Groups ("both leaders", "the two sides", "the three countries", "the
// warring parties") are resolved differently: a pair is named by being
// coordinated ("Cambodia and Thailand", "the Thai and Cambodian leaders"),
// and the pair a story is about is referred to long after it was named. So
// a group takes the coordinated run of the right size and kind that the
// article mentions most, anywhere before it, and only then the last actors
// of the fitting kind. Actors that govern the description in its own clause
// ("Trump called both leaders") are never members (group_mentions.cc); the
// referring mentions themselves are added by referring_mentions.cc.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/actor_finder.h"
#include "actors/coreference_parts.h"

namespace dyad::coref {

bool IsPersonLike(const ActorMention& m) { return m.kind == ActorKind::kPerson; }

// Armed or criminal groups: rebels, insurgents, gangs, transnational
// militants.
bool IsArmedGroupCode(std::string_view c) {
  if (c.starts_with("IMG")) return true;
  std::string_view role = c.size() >= 6 ? c.substr(3, 3) : std::string_view();
  return role == "REB" || role == "INS" || role == "CRM" || role == "UAF";
}

bool IsPluralLike(const ActorMention& m, const Article& a) {
  if (m.kind == ActorKind::kOrganization) return true;
  if (m.kind == ActorKind::kDescription) return !m.members.empty();
  if (m.kind == ActorKind::kAgent) {
    std::string_view w = a.TokenText(a.tokens[m.end_token - 1]);
    return !w.empty() && (w.back() == 's' || w == "police" || w == "military" || w == "men" ||
                          w == "women" || w == "people" || w == "children");
  }
  return false;
}

void CopyFrom(ActorMention& m, const ActorMention& from, int index) {
  m.code = from.code;
  m.name = from.name;
  m.written_name = from.written_name;
  m.entity = from.entity >= 0 ? from.entity : index;
  m.members = from.members;
}

// Index of the most recent earlier mention satisfying `pred`, or -1.
template <typename Pred>
int FindBack(const Article& a, size_t before, uint32_t sentence, Pred pred) {
  for (size_t k = before; k-- > 0;) {
    const ActorMention& c = a.actors[k];
    if (c.sentence + kReach < sentence) break;
    if (c.code.empty() && c.name.empty()) continue;
    if (pred(c)) return static_cast<int>(k);
  }
  return -1;
}

// The last `n` distinct entities before `before` that satisfy `pred`.
template <typename Pred>
std::vector<int> LastN(const Article& a, size_t before, uint32_t sentence, size_t n, Pred pred) {
  std::vector<int> out;
  for (size_t k = before; k-- > 0 && out.size() < n;) {
    const ActorMention& c = a.actors[k];
    if (c.sentence + kReach < sentence) break;
    if (c.code.empty() || c.kind == ActorKind::kDescription || !pred(c)) continue;
    bool seen = false;
    for (int o : out) {
      const ActorMention& x = a.actors[o];
      seen |=
          x.entity == c.entity ||
          (x.code.size() >= 3 && c.code.size() >= 3 && x.code.substr(0, 3) == c.code.substr(0, 3) &&
           (x.kind == ActorKind::kCountry || c.kind == ActorKind::kCountry));
    }
    if (!seen) out.push_back(static_cast<int>(k));
  }
  return out;
}

void ResolveGroup(Article& a, size_t i, const std::vector<int>& members) {
  ActorMention& m = a.actors[i];
  if (members.size() < 2) return;
  m.members.clear();
  for (auto it = members.rbegin(); it != members.rend(); ++it) {
    m.members.push_back(*it);
  }
  m.code = a.actors[m.members.front()].code;
  m.name = a.actors[m.members.front()].name + " and " + a.actors[m.members.back()].name;
}

// The latest "A and B" pair of actors in this or the previous sentence.
std::vector<int> CoordinatedPair(const Article& a, size_t before, uint32_t sentence) {
  for (size_t k = before; k-- > 1;) {
    const ActorMention& second = a.actors[k];
    if (second.sentence + 1 < sentence) break;
    const ActorMention& first = a.actors[k - 1];
    if (first.sentence != second.sentence || first.code.empty() || second.code.empty()) continue;
    if (second.first_token == first.end_token + 1 && a.tokens[first.end_token].norm == "and" &&
        first.kind != ActorKind::kPronoun) {
      return {static_cast<int>(k), static_cast<int>(k - 1)};
    }
  }
  return {};
}

// Whether mention m opens its sentence, over an opening quotation mark or
// a connective ("But he later announced", "However, she said").
bool SentenceInitial(const Article& a, const ActorMention& m) {
  uint32_t first = a.sentences[m.sentence].first_token;
  if (m.first_token > first && a.tokens[first].kind == TokenKind::kOpenQuote) ++first;
  if (first < m.first_token && IsOpeningConnective(a.tokens[first].norm)) {
    ++first;
    if (first < m.first_token && a.tokens[first].norm == ",") ++first;
  }
  return m.first_token == first;
}

// An "it" that opens its sentence's main clause: no actor and no name
// (a capitalised word after the first) comes before it ("However, it
// acknowledged", "In a later statement it promised"; not "Northern Marine
// Management said it").
bool OpensClause(const Article& a, size_t i) {
  const ActorMention& m = a.actors[i];
  if (i > 0 && a.actors[i - 1].sentence == m.sentence) return false;
  uint32_t first = a.sentences[m.sentence].first_token;
  for (uint32_t t = first + 1; t < m.first_token; ++t) {
    if (a.tokens[t].capitalized) return false;
  }
  return true;
}

// "... and it offered", "..., but then it refused": a pronoun opening a
// coordinated clause.
bool AfterCoordinator(const Article& a, const ActorMention& m) {
  uint32_t first = a.sentences[m.sentence].first_token;
  uint32_t k = m.first_token;
  if (k > first && a.tokens[k - 1].norm == "then") --k;
  return k > first && (a.tokens[k - 1].norm == "and" || a.tokens[k - 1].norm == "but");
}

// Whether mention `c` is the subject of the verb whose object is the pronoun
// `m`: only a short verb group lies between them ("Putin greeted him",
// "Abe had received him"). Such a pronoun is someone else, since news would
// say "himself". A preposition, a name, punctuation or a participle between
// them ("called Anutin at the weekend urging him", "said Xi had called him")
// leaves the pronoun free.
bool SubjectOfPronounsVerb(const Article& a, const ActorMention& c, const ActorMention& m) {
  static const std::unordered_set<std::string_view> kNotVerbs = {
      "to", "at",  "in",  "for",  "with", "on",    "by", "from",  "of",     "about", "the", "a",
      "an", "and", "but", "that", "who",  "which", "as", "after", "before", "while", "if"};
  if (c.sentence != m.sentence || c.end_token >= m.first_token) return false;
  if (m.first_token - c.end_token > 3) return false;
  for (uint32_t t = c.end_token; t < m.first_token; ++t) {
    const Token& tok = a.tokens[t];
    if (tok.kind != TokenKind::kWord || tok.capitalized || kNotVerbs.count(tok.norm) > 0 ||
        tok.norm.ends_with("ing")) {
      return false;
    }
  }
  return true;
}

// "accusing it", "urged it": the pronoun right after a verb form.
bool AfterVerbForm(const Article& a, const ActorMention& m) {
  return m.first_token > a.sentences[m.sentence].first_token &&
         IsVerbForm(a.tokens[m.first_token - 1]);
}

// The subject of sentence `sentence`: its first actor (not a pronoun or
// description) not governed by a preposition, before mention i. -1 if none.
int SubjectOfSentence(const Article& a, size_t i, uint32_t sentence) {
  for (size_t k = 0; k < i; ++k) {
    const ActorMention& c = a.actors[k];
    if (c.sentence != sentence || c.code.empty()) continue;
    if (c.kind == ActorKind::kPronoun || c.kind == ActorKind::kDescription) continue;
    uint32_t before = c.first_token;
    if (before > 0 && a.tokens[before - 1].norm == "the") --before;
    if (before > a.sentences[sentence].first_token &&
        IsGoverningPreposition(a.tokens[before - 1].norm)) {
      continue;
    }
    return static_cast<int>(k);
  }
  return -1;
}

// A role noun that names one person: "Ethiopia's prime minister", "the
// UN envoy".
bool IsPersonRole(const Article& a, const ActorMention& c) {
  static const std::unordered_set<std::string_view> kRoles = {
      "president", "minister",   "premier",    "chancellor", "king",        "queen",
      "emir",      "prince",     "sultan",     "leader",     "chief",       "commander",
      "general",   "envoy",      "ambassador", "spokesman",  "spokeswoman", "spokesperson",
      "secretary", "governor",   "mayor",      "chairman",   "chairwoman",  "counterpart",
      "diplomat",  "negotiator", "monarch",    "pope",       "senator",     "speaker"};
  return c.kind == ActorKind::kAgent && kRoles.count(a.tokens[c.end_token - 1].norm) > 0;
}

// "met Ethiopia's prime minister, urging him to", "met the two rival
// governments and urged them to": the object pronoun of a verb that shares
// the sentence's subject (a participle after a comma, a verb after "and")
// is the main clause's object, the last actor before it that is not the
// subject nor governed by a preposition; -1 if none.
int MainClauseObject(const Article& a, size_t i, bool person) {
  const ActorMention& m = a.actors[i];
  uint32_t first = a.sentences[m.sentence].first_token;
  if (m.first_token < first + 3 || !AfterVerbForm(a, m)) return -1;
  const Token& verb = a.tokens[m.first_token - 1];
  std::string_view link = a.tokens[m.first_token - 2].norm;
  bool shared = (verb.norm.ends_with("ing") && link == ",") || link == "and";
  int subject = SubjectOfSentence(a, i, m.sentence);
  if (!shared || subject < 0) return -1;
  for (size_t k = i; k-- > static_cast<size_t>(subject) + 1;) {
    const ActorMention& c = a.actors[k];
    if (c.kind == ActorKind::kPronoun || c.kind == ActorKind::kDescription || c.code.empty()) {
      continue;
    }
    uint32_t before = c.first_token;
    if (before > first && a.tokens[before - 1].norm == "the") --before;
    if (before > first && IsGoverningPreposition(a.tokens[before - 1].norm)) continue;
    bool fits = person ? IsPersonLike(c) || IsPersonRole(a, c) : c.kind != ActorKind::kPerson;
    if (fits) return static_cast<int>(k);
  }
  return -1;
}

// Whether mention m lies inside a quotation opened in its own sentence
// ("the Assad regime" in "\"... the Assad regime ...\" Kerry said").
bool InsideQuote(const Article& a, const ActorMention& m) {
  int open = 0;
  for (uint32_t t = a.sentences[m.sentence].first_token; t < m.first_token; ++t) {
    if (a.tokens[t].kind == TokenKind::kOpenQuote) ++open;
    if (a.tokens[t].kind == TokenKind::kCloseQuote && open > 0) --open;
  }
  return open > 0;
}

// "..., he said", "\"...,\" she added": a pronoun after the words it
// attributes and before a verb of speech, in news the speaker the story was
// quoting.
bool BeforeSpeechVerb(const Article& a, const ActorMention& m) {
  if (m.end_token >= a.tokens.size() || m.first_token == 0) return false;
  const Token& prev = a.tokens[m.first_token - 1];
  if (prev.norm != "," && prev.kind != TokenKind::kCloseQuote) return false;
  std::string_view w = a.tokens[m.end_token].norm;
  return w == "said" || w == "says" || w == "told" || w == "added" || w == "stressed" ||
         w == "insisted" || w == "warned" || w == "argued";
}

// "He" opening a sentence is usually the person the previous sentences were
// about: the first person named as a subject (not after a preposition, not
// inside a quotation) in the nearest earlier sentence that names a person.
// -1 if none.
int SubjectOfPreviousSentences(const Article& a, size_t i, uint32_t sentence, bool person = true) {
  int found = -1;
  uint32_t found_sentence = 0;
  for (size_t k = i; k-- > 0;) {
    const ActorMention& c = a.actors[k];
    if (c.sentence == sentence) continue;
    if (c.sentence + kReach < sentence || (found >= 0 && c.sentence != found_sentence)) break;
    if ((c.kind == ActorKind::kPerson) != person || c.code.empty()) continue;
    if (c.kind == ActorKind::kPronoun || c.kind == ActorKind::kDescription) continue;
    if (InsideQuote(a, c)) continue;
    uint32_t before = c.first_token;
    if (before > 0 && a.tokens[before - 1].norm == "the") --before;
    bool governed = before > 0 && IsGoverningPreposition(a.tokens[before - 1].norm);
    if (!governed) {
      found = static_cast<int>(k);  // Keeps the first in its sentence.
      found_sentence = c.sentence;
    }
  }
  return found;
}

void ResolveOne(Article& a, size_t i) {
  ActorMention& m = a.actors[i];
  std::string_view head = a.tokens[m.end_token - 1].norm;
  int found = -1;
  if (m.kind == ActorKind::kPronoun) {
    if (head == "it") {
      // "However, it acknowledged ...": an "it" before any actor of its
      // sentence is the state or body the previous sentences were about.
      if (OpensClause(a, i)) {
        // Only a subject that opens the previous sentence: "The decision came
        // after the secretary-general ... It said" is about someone else.
        found = SubjectOfPreviousSentences(a, i, m.sentence, false);
        if (found >= 0 &&
            (a.actors[found].sentence + 1 != m.sentence ||
             a.actors[found].first_token > a.sentences[a.actors[found].sentence].first_token + 3 ||
             (found > 0 && a.actors[found - 1].sentence == a.actors[found].sentence))) {
          found = -1;
        }
      } else if (AfterCoordinator(a, m)) {
        found = SubjectOfSentence(a, i, m.sentence);
      } else if (AfterVerbForm(a, m)) {
        // "cut ties with Qatar, accusing it of": an object "it" is the
        // latest state or body named before it in its sentence.
        found = FindBack(a, i, m.sentence, [&](const ActorMention& c) {
          return c.sentence == m.sentence &&
                 (c.kind == ActorKind::kCountry || c.kind == ActorKind::kOrganization);
        });
      }
    } else if (head == "he" || head == "she" || head == "him") {
      bool speaker = head != "him" && BeforeSpeechVerb(a, m);
      found = SentenceInitial(a, m) || speaker ? SubjectOfPreviousSentences(a, i, m.sentence) : -1;
      if (found < 0 && head != "him" && AfterCoordinator(a, m)) {
        // "Galadriel urged Bree ... and then she asked Gondor": the subject.
        // (A peer's dictionary may give a person a bare country code: then
        // the subject stands when no one in the sentence is a person.)
        int subject = SubjectOfSentence(a, i, m.sentence);
        bool person_before = false;
        for (size_t k = 0; k < i; ++k) {
          person_before |= a.actors[k].sentence == m.sentence && IsPersonLike(a.actors[k]);
        }
        if (subject >= 0 && (IsPersonLike(a.actors[subject]) || !person_before)) found = subject;
      }
      if (found < 0 && head == "him") found = MainClauseObject(a, i, true);
      if (found < 0) {
        found = FindBack(a, i, m.sentence, [&](const ActorMention& c) {
          return IsPersonLike(c) && (head != "him" || !SubjectOfPronounsVerb(a, c, m));
        });
      }
    } else {
      // ("summoned the ambassadors of Argentina and Chile, accusing them":
      // a coordinated pair first.)
      std::vector<int> pair = CoordinatedPair(a, i, m.sentence);
      if (!pair.empty()) {
        ResolveGroup(a, i, pair);
        return;
      }
      if (head == "them") found = MainClauseObject(a, i, false);
      if (found >= 0) {
        CopyFrom(m, a.actors[found], found);
        return;
      }
      found = FindBack(a, i, m.sentence, [&](const ActorMention& c) { return IsPluralLike(c, a); });
      if (found < 0) {
        ResolveGroup(a, i, LastN(a, i, m.sentence, 2, IsPersonLike));
        return;
      }
    }
  } else if (IsCountryNoun(head)) {
    found = FindBack(a, i, m.sentence,
                     [](const ActorMention& c) { return c.kind == ActorKind::kCountry; });
    if (found >= 0) {
      CopyFrom(m, a.actors[found], found);
      m.kind = ActorKind::kCountry;  // Named bare, it acts as the state does.
      return;
    }
    // "Mali's army said ... . The West African country recalled": failing a
    // country named bare, the state of the last actor of a country.
    found = FindBack(a, i, m.sentence, [](const ActorMention& c) {
      return c.code.size() >= 3 && c.code[0] != '-' && !c.code.starts_with("IGO") &&
             !c.code.starts_with("NGO") && !c.code.starts_with("IMG") &&
             c.kind != ActorKind::kPronoun && c.kind != ActorKind::kDescription;
    });
    if (found >= 0) {
      CopyFrom(m, a.actors[found], found);
      m.code = m.code.substr(0, 3);
      m.kind = ActorKind::kCountry;
    }
    return;
  } else if (IsOrganisationNoun(head)) {
    // An organisation, or a body known by its proper name.
    auto body = [&](const ActorMention& c) {
      // A body known by its proper name is capitalised to its head
      // ("Special Deterrence Force"), unlike "Kenyan soldiers".
      return c.kind == ActorKind::kOrganization ||
             (c.kind == ActorKind::kAgent && a.tokens[c.first_token].capitalized &&
              a.tokens[c.end_token - 1].capitalized && c.end_token - c.first_token >= 2);
    };
    // "Al-Shabaab attacked an AU base. The group claimed": "the group" (or
    // militia, movement, outfit) is the armed group, not the body it hit.
    if (head == "group" || head == "militia" || head == "movement" || head == "outfit") {
      found = FindBack(a, i, m.sentence,
                       [&](const ActorMention& c) { return body(c) && IsArmedGroupCode(c.code); });
    }
    if (found < 0) found = FindBack(a, i, m.sentence, body);
  } else {
    ResolveGroupDescription(a, i);
    return;
  }
  if (found >= 0) CopyFrom(m, a.actors[found], found);
}

// "Serbia's defence ministry said ... the ministry added": a bare definite
// role noun is the fuller mention with the same head word up to three
// sentences before, not the story's context country's. -1 if none.
int FullerMentionOfHead(const Article& a, size_t i) {
  constexpr uint32_t kReachBack = 3;
  const ActorMention& m = a.actors[i];
  if (m.kind != ActorKind::kAgent || m.end_token != m.first_token + 1 || m.first_token == 0 ||
      a.tokens[m.first_token - 1].norm != "the") {
    return -1;
  }
  std::string_view head = a.tokens[m.first_token].norm;
  for (size_t k = i; k-- > 0;) {
    const ActorMention& c = a.actors[k];
    if (c.sentence + kReachBack < m.sentence) break;
    if (c.kind != ActorKind::kAgent || c.end_token < c.first_token + 2 || c.code.size() < 3) {
      continue;
    }
    if (a.tokens[c.end_token - 1].norm == head) return static_cast<int>(k);
  }
  return -1;
}

// "Prime Minister Srettha Thavisin ... Mr Srettha", "Ahmed Ali ... Ali": a
// person named by one word is the person named in full before whose first
// or last name it is (Thai and Indonesian usage takes the first). -1 if
// none.
int FullNameOf(const Article& a, size_t i) {
  const ActorMention& m = a.actors[i];
  std::string_view name = m.name;
  for (std::string_view title : {"Mr ", "Ms ", "Mrs ", "Dr ", "Mr. ", "Ms. ", "Mrs. ", "Dr. "}) {
    if (name.starts_with(title)) name.remove_prefix(title.size());
  }
  if (m.kind != ActorKind::kPerson || name.empty() || name.find(' ') != std::string_view::npos) {
    return -1;
  }
  for (size_t k = i; k-- > 0;) {
    const ActorMention& c = a.actors[k];
    if (c.kind != ActorKind::kPerson || c.code.size() < 3 || c.code[0] == '-') continue;
    std::string_view full = c.name;
    size_t space = full.find(' ');
    if (space == std::string_view::npos) continue;
    if (full.substr(0, space) == name || full.substr(full.rfind(' ') + 1) == name) {
      return static_cast<int>(k);
    }
  }
  return -1;
}

void ResolveCoreference(Article& a) {
  std::unordered_map<std::string, int> entities;
  for (size_t i = 0; i < a.actors.size(); ++i) {
    ActorMention& m = a.actors[i];
    if (m.kind == ActorKind::kPronoun || m.kind == ActorKind::kDescription) {
      ResolveOne(a, i);
      continue;
    }
    if (int fuller = FullerMentionOfHead(a, i); fuller >= 0) m.code = a.actors[fuller].code;
    if (int full = FullNameOf(a, i); full >= 0) {
      m.code = a.actors[full].code;
      m.name = a.actors[full].name;
    }
    std::string key = m.kind == ActorKind::kPerson ? m.name : m.code;
    auto [it, added] = entities.emplace(key, static_cast<int>(i));
    m.entity = it->second;
    // A person keeps the fullest name the article gave them ("Mohammed bin
    // Salman", later "Prince Mohammed").
    const ActorMention& first = a.actors[it->second];
    if (!added && m.kind == ActorKind::kPerson &&
        first.written_name.size() > m.written_name.size()) {
      m.written_name = first.written_name;
    }
  }
}

}  // namespace dyad::coref

namespace dyad {

void ResolveCoreference(Article& a) { coref::ResolveCoreference(a); }

}  // namespace dyad
