// Reader for the peers' verb dictionaries: PETRARCH-2's CAMEO.2.0.txt,
// PETRARCH-1's CAMEO.verbpatterns and TABARI's .verbs.
//
// Design note: all three share one line grammar. "&NAME" opens a synonym set
// whose "+MEMBER" lines follow; "--- LABEL [code] ---" opens a PETRARCH verb
// block; a line in column 0 names a verb ("HURRY {HURRIED} [code]", "+CALL_OFF"
// for a multi-word verb) and "- words * words [code]" is a pattern in which
// '*' stands for the verb. Patterns apply to every verb of their block (in
// TABARI, to the verb line above them). Each pattern is rewritten into dyad's
// own pattern syntax: the verbs of the block become one alternative set,
// words the peer wrote apart get a gap between them, words it joined with '_'
// stay adjacent, TABARI stems keep a final '*', and synonym sets become
// alternatives, or several patterns when a member has more than one word.
#include <algorithm>
#include <cctype>

#include "compat/peer_dictionaries.h"
#include "compat/peer_text.h"
#include "lexicon/dict_reader.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

constexpr size_t kMaxExpansions = 256;
constexpr int kMaxSynsetDepth = 4;

// One position of a pattern: alternatives (dyad text), or a slot.
struct Unit {
  std::vector<std::string> alternatives;
  bool slot = false;      // "+", "$" or "*" (a skipped phrase).
  bool joined = false;    // Written joined to the previous unit with '_'.
  bool verb = false;      // The pattern's '*'.
  bool compound = false;  // A '%' slot.
};

// CAMEO codes, the peers' null ("---", "+++") and discard ("###") codes, and
// the made-up codes their suites use ("075A", "031!").
bool IsCode(std::string_view c) {
  if (c == "---" || c == "+++" || c == "###") return true;
  return c.size() >= 2 && c.size() <= 4 && std::all_of(c.begin(), c.end(), [](char ch) {
           return std::isalnum(static_cast<unsigned char>(ch)) || ch == '?' || ch == '!';
         });
}

// Appends each of `forms` to each of `texts` (after `sep`), keeping at most
// kMaxExpansions results; returns false when some were cut.
bool Cross(std::vector<std::string>& texts, const std::vector<std::string>& forms,
           std::string_view sep) {
  std::vector<std::string> next;
  bool cut = false;
  for (const std::string& t : texts) {
    for (const std::string& f : forms) {
      if (next.size() == kMaxExpansions) {
        cut = true;
        break;
      }
      next.push_back(t.empty() ? f : t + std::string(sep) + f);
    }
  }
  texts = std::move(next);
  return !cut;
}

// "&PREPOSIT1_" and "&PREPOSIT1" name one set.
std::string SetName(std::string_view name) {
  while (name.size() > 1 && name.back() == '_') name.remove_suffix(1);
  return std::string(name);
}

// Pattern text in tokens: a "{...}" group is a token of its own; `glued`
// when no space separates a token from the one before.
std::vector<std::pair<std::string_view, bool>> SplitPatternText(std::string_view text) {
  std::vector<std::pair<std::string_view, bool>> out;
  bool glued = false;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      glued = false;
      continue;
    }
    size_t end = text[i] == '{' ? text.find('}', i) : text.find_first_of(" \t{", i);
    if (end == std::string_view::npos)
      end = text.size();
    else if (text[i] == '{')
      ++end;
    out.emplace_back(text.substr(i, end - i), glued);
    glued = true;
    i = end;
  }
  return out;
}

class VerbReader {
 public:
  VerbReader(PeerDialect dialect, std::string shown, std::vector<std::string>* warnings)
      : dialect_(dialect), shown_(std::move(shown)), warnings_(warnings) {}

  void Line(int n, std::string_view raw);
  PeerVerbs Finish() { return std::move(out_); }

 private:
  void Warn(const std::string& what) {
    if (warnings_) warnings_->push_back(shown_ + ":" + std::to_string(line_) + ": " + what);
  }
  void VerbLine(std::string_view line);
  void PatternLine(std::string_view raw, std::string_view line);
  bool ParseCodes(std::string_view inside, std::string* main, std::string* reverse);
  std::string Word(std::string_view piece, bool closed) const;
  std::vector<std::string> Members(std::string_view name);
  std::vector<std::string> ExpandMembers(const std::vector<std::string>& members);
  bool TokenUnits(std::string_view tok, std::vector<Unit>* units);
  // The pattern's '*': the verbs it applies to.
  Unit VerbUnit(bool joined) const {
    Unit u;
    u.verb = true;
    u.joined = joined;
    u.alternatives = verbs_;
    return u;
  }
  // "{HURRIES HURRIED}": inflected forms of the verb `base`.
  void AddForms(std::string_view list, std::string_view base);
  bool AlternativeUnit(std::string_view body, std::vector<Unit>* units);
  void FormsLine(std::string_view t);
  void Emit(const std::vector<Unit>& units, const std::string& code, bool reverse, bool mutual,
            std::string_view written, const std::string& paired = "");
  void EmitCodes(const std::vector<Unit>& units, const std::string& main,
                 const std::string& reverse, std::string_view written);

  PeerDialect dialect_;
  std::string shown_;
  std::vector<std::string>* warnings_;
  PeerVerbs out_;
  int line_ = 0;
  std::string section_;  // "SYNSETS", "TIME", ... for TABARI <SECTION>s.
  std::string synset_;   // The set whose '+' members are being read.
  std::vector<std::pair<std::string, std::vector<std::string>>> synsets_;
  std::string block_code_ = "---";
  std::string block_reverse_;       // "--- LEFT [032:033] ---": the paired code.
  bool in_block_ = false;           // A PETRARCH "---" block is open.
  bool verbs_closed_ = false;       // A pattern was read: the next verb starts anew.
  std::vector<std::string> verbs_;  // The verbs in dyad words: "call off", "advanc*".
  int synset_depth_ = 0;            // Sets being expanded inside one another.
};

// One written word as dyad words: split as the tokenizer splits text, so
// that "DIDN'T" is "did n't" and can match; a TABARI stem marks its last part.
std::string VerbReader::Word(std::string_view piece, bool closed) const {
  // The Treebank splits "didn't" as "did n't", and PETRARCH writes it so;
  // dyad's tokenizer reads that "n't" as "not".
  if (Lower(piece) == "n't") return "not";
  // TABARI's "REAL~" takes endings ("really"), and "BAN=" is the word as
  // written.
  // "ANTI-" is a prefix written apart ("an anti- Gondor parade").
  if (piece.size() > 1 && piece.back() == '-') piece.remove_suffix(1);
  bool endings = piece.size() > 1 && piece.back() == '~';
  bool as_written = piece.size() > 1 && piece.back() == '=';
  if (endings || as_written) {
    piece.remove_suffix(1);
    closed = !endings;
  }
  std::string w;
  for (const Token& t : Tokenize(piece)) {
    if (t.norm.empty()) continue;
    if (!w.empty()) w += ' ';
    w += t.norm;
  }
  if (w.empty()) w = Lower(piece);  // Punctuation only ("$"): as written.
  if (endings && w.find(' ') == w.npos) return w + '*';
  if (as_written && w.find(' ') == w.npos) return "=" + w;
  if (dialect_ == PeerDialect::kTabari && !closed && w.size() >= 3 && w.find(' ') == w.npos) {
    w += '*';
  }
  return w;
}

// The dyad texts of a synonym set, nested sets expanded.
std::vector<std::string> VerbReader::Members(std::string_view name) {
  auto it = std::find_if(synsets_.begin(), synsets_.end(),
                         [&](const auto& s) { return s.first == SetName(name); });
  if (it == synsets_.end()) {
    Warn("unknown synonym set '" + std::string(name) + "'");
    return {};
  }
  // Sets may name sets; one that names itself, directly or not, stops here.
  if (synset_depth_ >= kMaxSynsetDepth) {
    Warn("synonym set '" + std::string(name) + "' nests too deep (a cycle?)");
    return {};
  }
  ++synset_depth_;
  std::vector<std::string> out = ExpandMembers(it->second);
  --synset_depth_;
  return out;
}

std::vector<std::string> VerbReader::ExpandMembers(const std::vector<std::string>& members) {
  std::vector<std::string> out;
  bool complete = true;
  for (const std::string& member : members) {
    std::vector<std::string> texts{""};
    for (std::string_view tok : SplitOn(member, ' ')) {
      std::vector<Unit> units;
      if (!TokenUnits(tok, &units)) return {};
      for (const Unit& u : units) complete &= Cross(texts, u.alternatives, " ");
    }
    for (std::string& t : texts) {
      if (t.empty()) continue;
      complete &= out.size() < kMaxExpansions;
      if (out.size() < kMaxExpansions) out.push_back(std::move(t));
    }
  }
  if (!complete) Warn("synonym set expands to too many forms; cut at 256");
  return out;
}

// Splits one space-free token ("IN_", "&FOOD", "*_AND_KILLED") into units.
bool VerbReader::TokenUnits(std::string_view tok, std::vector<Unit>* units) {
  std::vector<std::string_view> pieces = SplitOn(tok, '_');
  bool first = true;
  for (size_t k = 0; k < pieces.size(); ++k) {
    std::string_view p = pieces[k];
    if (p.empty()) continue;
    Unit u;
    u.joined = !first;
    first = false;
    bool closed = k + 1 < pieces.size();
    if (p == "*") {
      u = VerbUnit(u.joined);
    } else if (p == "+" || p == "$" || p == "%") {
      u.slot = true;
      u.compound = p == "%";
      u.alternatives.push_back(p == "$" ? "$" : "+");
    } else if (p == "^") {
      u.slot = true;
      u.alternatives.push_back("^");
    } else if (p.front() == '&') {
      u.alternatives = Members(p);
      if (u.alternatives.empty()) return false;
    } else {
      std::string w = Word(p, closed);
      if (std::any_of(w.begin(), w.end(),
                      [](char c) { return c == '{' || c == '}' || c == '|'; })) {
        Warn("cannot read the word '" + std::string(p) + "'");
        return false;
      }
      u.alternatives.push_back(std::move(w));
    }
    units->push_back(std::move(u));
  }
  return true;
}

// "{ ACCORD_ | &TIES | CLOSER TIES }" (braces removed): one unit.
bool VerbReader::AlternativeUnit(std::string_view body, std::vector<Unit>* units) {
  Unit u;
  for (std::string_view alt : SplitOn(body, '|')) {
    std::vector<Unit> inner;
    for (std::string_view w : SplitOn(Trim(alt), ' ')) {
      if (!w.empty() && !TokenUnits(w, &inner)) return false;
    }
    if (inner.size() == 1) {  // One word or one set: all its forms.
      for (std::string& a : inner[0].alternatives) u.alternatives.push_back(std::move(a));
      continue;
    }
    // TABARI lets other words come between words written apart inside an
    // alternative ("{LOUDLY INCLUDED}" in "loudly boldly included").
    std::string_view apart = dialect_ == PeerDialect::kTabari ? " * " : " ";
    std::string joined;
    for (const Unit& x : inner) {
      joined += (joined.empty() || x.joined ? (joined.empty() ? "" : " ") : apart);
      joined += x.alternatives[0];
    }
    if (!joined.empty()) u.alternatives.push_back(joined);
  }
  if (u.alternatives.empty()) return false;
  units->push_back(std::move(u));
  return true;
}

// TABARI writes a verb's irregular forms on the line after it:
// "{ BROKE_ BROKEN_ }".
void VerbReader::FormsLine(std::string_view t) {
  size_t end = t.find('}');
  if (end == std::string_view::npos) return Warn("unclosed '{'");
  std::string_view verb = verbs_.back();
  verb = verb.substr(0, verb.find(' '));
  if (verb.ends_with("*")) verb.remove_suffix(1);
  AddForms(t.substr(1, end - 1), verb);
}

// Multi-word forms ("+ASKED_FOR") inflect their first word.
void VerbReader::AddForms(std::string_view list, std::string_view base) {
  for (std::string_view f : SplitOn(list, ' ')) {
    f = Trim(f);
    if (f.starts_with("+")) f.remove_prefix(1);
    // "WIRE_+TAPPED": the marked word is the inflected form, else the first.
    std::string_view form = f.substr(0, f.find('_'));
    for (std::string_view piece : SplitOn(f, '_')) {
      if (piece.starts_with("+")) form = piece.substr(1);
    }
    if (!form.empty()) out_.forms.emplace_back(Lower(form), std::string(base));
  }
}

bool VerbReader::ParseCodes(std::string_view inside, std::string* main, std::string* reverse) {
  size_t colon = inside.find(':');
  *main = std::string(Trim(inside.substr(0, colon)));
  *reverse = colon == std::string_view::npos ? "" : std::string(Trim(inside.substr(colon + 1)));
  if ((!main->empty() && !IsCode(*main)) || (!reverse->empty() && !IsCode(*reverse)) ||
      (main->empty() && reverse->empty())) {
    Warn("unreadable code [" + std::string(inside) + "]");
    return false;
  }
  return true;
}

void VerbReader::Line(int n, std::string_view raw) {
  line_ = n;
  std::string_view t = Trim(StripPeerComment(raw));
  if (t.empty()) return;
  if (t.front() == '<') {
    if (t.starts_with("</"))
      section_.clear();
    else if (!t.starts_with("<!"))
      section_ = std::string(t.substr(1, t.find('>') - 1));
    return;
  }
  if (section_ == "TIME") {
    ++out_.time_shifts;
    size_t open = t.find('[');
    if (open != std::string_view::npos && t.find("###", open) != std::string_view::npos) {
      PeerDiscard d;
      d.phrase = PeerPhrase(Trim(t.substr(0, open)), dialect_);
      d.origin = shown_ + ":" + std::to_string(line_);
      if (!d.phrase.empty()) out_.discards.push_back(std::move(d));
    }
    return;
  }
  if (t.front() == '&') {
    synset_ = SetName(Trim(t.substr(0, t.find_first_of(" \t"))));
    synsets_.emplace_back(synset_, std::vector<std::string>{});
    ++out_.synsets;
    return;
  }
  if (t.front() == '+' && !synset_.empty()) {
    synsets_.back().second.emplace_back(Trim(t.substr(1)));
    return;
  }
  synset_.clear();
  if (t.starts_with("---")) {
    std::string main, reverse;
    size_t open = t.find('['), close = t.find(']');
    block_code_ = "---";
    block_reverse_.clear();
    if (open != std::string_view::npos && close != std::string_view::npos && close > open &&
        ParseCodes(t.substr(open + 1, close - open - 1), &main, &reverse) && !main.empty()) {
      block_code_ = main;
      block_reverse_ = reverse;
    }
    in_block_ = true;
    verbs_closed_ = false;
    verbs_.clear();
  } else if (t.front() == '~') {
    ++out_.transformations;
  } else if (t.front() == '{' && !verbs_.empty()) {
    FormsLine(t);
  } else if (t.front() == '-') {
    PatternLine(raw, Trim(t.substr(1)));
    verbs_closed_ = true;
  } else {
    VerbLine(t);
  }
}

// "HURRY {HURRIES HURRIED} [020]", "+CALL_OFF [160]", TABARI "ABDUCT [181]".
void VerbReader::VerbLine(std::string_view t) {
  size_t brace = t.find('{'), bracket = t.find('[');
  std::string_view name = Trim(t.substr(0, std::min(brace, bracket)));
  if (name.starts_with("+")) name.remove_prefix(1);
  std::string text;
  std::vector<std::string_view> pieces = SplitOn(name, '_');
  // "WIRE_+TAP": the '+' marks the word that is inflected (the first when
  // none is marked).
  size_t head = 0;
  for (size_t k = 0; k < pieces.size(); ++k) {
    if (pieces[k].starts_with("+")) {
      pieces[k].remove_prefix(1);
      head = k;
    }
    if (pieces[k].empty()) continue;
    if (!text.empty()) text += ' ';
    text += Word(pieces[k], k + 1 < pieces.size());
  }
  if (text.empty()) {
    Warn("cannot read the verb '" + std::string(name) + "'");
    return;
  }
  if (brace != std::string_view::npos && brace < bracket) {
    size_t end = t.find('}', brace);
    if (end == std::string_view::npos) return Warn("unclosed '{'");
    AddForms(t.substr(brace + 1, end - brace - 1), Lower(pieces[head]));
  }
  std::string main = in_block_ ? block_code_ : "---";
  std::string reverse = in_block_ ? block_reverse_ : "";
  if (bracket != std::string_view::npos) {
    size_t end = t.find(']', bracket);
    if (end == std::string_view::npos) return Warn("unclosed '['");
    if (!ParseCodes(t.substr(bracket + 1, end - bracket - 1), &main, &reverse)) return;
  }
  if (!in_block_ || verbs_closed_) verbs_.clear();
  verbs_closed_ = false;
  verbs_.push_back(text);
  ++out_.verbs;
  // The verb alone codes its default; a "---" default codes nothing and is
  // not kept, so that it does not hide other dictionaries' patterns.
  Unit u;
  u.alternatives.push_back(text);
  if (main == "---" && (reverse.empty() || reverse == "---")) return;
  EmitCodes({u}, main == "---" ? "" : main, reverse == "---" ? "" : reverse, t);
}

// "[a]", "[a:b]" (a, and b back), "[a:a]" (both ways), "[:b]" (b back only).
void VerbReader::EmitCodes(const std::vector<Unit>& units, const std::string& main,
                           const std::string& reverse, std::string_view written) {
  if (main.empty()) return Emit(units, reverse, true, false, written);
  if (main == reverse) return Emit(units, main, false, true, written);
  Emit(units, main, false, false, written, reverse);
}

void VerbReader::PatternLine(std::string_view raw, std::string_view body) {
  if (verbs_.empty()) return Warn("pattern with no verb before it");
  size_t open = body.rfind('['), close = body.rfind(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return Warn("pattern without a [code]");
  }
  std::string main, reverse;
  if (!ParseCodes(body.substr(open + 1, close - open - 1), &main, &reverse)) return;
  std::string text(body.substr(0, open));
  for (char& c : text) {
    if (c == '(' || c == ')') c = ' ';
  }
  std::vector<Unit> units;
  bool has_verb = false;
  std::string_view prev;
  for (const auto& [tok, glued] : SplitPatternText(text)) {
    // Written against the token before: "DEMAND_{...}", "{...}_WITH".
    bool joined = glued && (prev.ends_with("_") || tok.starts_with("_"));
    prev = tok;
    size_t before = units.size();
    if (tok.front() == '{' && tok.find('|') != std::string_view::npos) {
      if (!AlternativeUnit(tok.substr(1, tok.size() - 2), &units)) return;
    } else {
      std::string_view words = tok.front() == '{' ? tok.substr(1, tok.size() - 2) : tok;
      for (std::string_view w : SplitOn(words, ' ')) {
        has_verb |= w == "*" || w.starts_with("*_") || w.ends_with("_*");
        if (!w.empty() && !TokenUnits(w, &units)) return;
      }
    }
    if (joined && units.size() > before) units[before].joined = true;
  }
  if (!has_verb) units.insert(units.begin(), VerbUnit(false));
  // "% * DIPLOMATIC": the compound is the subject ("A and B renewed
  // diplomatic ties"), which the coder finds and codes both ways itself.
  auto verb = std::find_if(units.begin(), units.end(), [](const Unit& u) { return u.verb; });
  bool compound_subject =
      std::any_of(units.begin(), verb, [](const Unit& u) { return u.compound; });
  if (compound_subject) {
    units.erase(std::remove_if(units.begin(), verb, [](const Unit& u) { return u.compound; }),
                verb);
    size_t before = out_.patterns.size();
    EmitCodes(units, main, reverse.empty() ? main : reverse, Trim(raw));
    bool no_target = std::none_of(verb, units.end(), [](const Unit& u) {
      return u.slot && !u.alternatives.empty() && u.alternatives[0] == "+";
    });
    for (size_t i = before; i < out_.patterns.size(); ++i) {
      out_.patterns[i].compound_subject = true;
      out_.patterns[i].within_compound = dialect_ == PeerDialect::kTabari && no_target;
    }
    return;
  }
  size_t first_new = out_.patterns.size();
  EmitCodes(units, main, reverse, Trim(raw));
  // TABARI's "HAS * WITH %": the compound after the verb acts within
  // itself. (PETRARCH reads it as any target: "agrees with A and B".)
  if (dialect_ == PeerDialect::kTabari &&
      std::any_of(verb, units.end(), [](const Unit& u) { return u.compound; })) {
    for (size_t i = first_new; i < out_.patterns.size(); ++i) {
      out_.patterns[i].within_compound = true;
    }
  }
}

void VerbReader::Emit(const std::vector<Unit>& units, const std::string& code, bool reverse,
                      bool mutual, std::string_view written, const std::string& paired) {
  std::vector<std::string> texts{""};
  const Unit* prev = nullptr;
  for (const Unit& u : units) {
    std::string gap = prev && !prev->slot && !u.slot && !u.joined ? "* " : "";
    // One-word alternatives share one {a|b|c} form; longer ones get their own.
    std::vector<std::string> forms, words;
    for (const std::string& a : u.alternatives) {
      (a.find(' ') == std::string::npos ? words : forms).push_back(a);
    }
    if (words.size() == 1) forms.insert(forms.begin(), words[0]);
    if (words.size() > 1) {
      std::string alt = "{";
      for (const std::string& a : words) alt += (alt.size() > 1 ? "|" : "") + a;
      forms.insert(forms.begin(), alt + "}");
    }
    if (!Cross(texts, forms, " " + gap)) Warn("pattern expands to too many forms; cut at 256");
    prev = &u;
  }
  for (std::string& t : texts) {
    PeerPattern p;
    p.code = code;
    p.text = std::move(t);
    p.written = std::string(written);
    p.mutual = mutual;
    p.reverse = reverse;
    p.paired = paired;
    p.target_after = dialect_ == PeerDialect::kTabari;
    p.complex_hint = dialect_ == PeerDialect::kPetrarch && code == "+++";
    p.origin = shown_ + ":" + std::to_string(line_);
    out_.patterns.push_back(std::move(p));
  }
}

}  // namespace

PeerVerbs ParsePeerVerbs(std::string_view text, const std::string& shown, PeerDialect dialect,
                         std::vector<std::string>* warnings) {
  VerbReader reader(dialect, shown, warnings);
  ForEachPeerLine(text, [&](int n, std::string_view line) { reader.Line(n, line); });
  return reader.Finish();
}

Result<PeerVerbs> ReadPeerVerbs(const std::string& path, PeerDialect dialect,
                                std::vector<std::string>* warnings) {
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  return ParsePeerVerbs(*text, ShownName(path), dialect, warnings);
}

}  // namespace dyad
