// The text stage: tokens with byte offsets, then sentences.
//
// Design: one left-to-right pass over code points, no regular expressions and
// no backtracking beyond one token, so time is linear in the input and a 1 MB
// "sentence" costs what 1 MB of ordinary text costs. Tokens keep their byte
// offsets into the original text; matching uses Token::norm.
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "dyad/article.h"
#include "dyad/status.h"

namespace dyad {

// Splits `text` into tokens (Token::lemma is left empty).
std::vector<Token> Tokenize(std::string_view text);

// Groups article.tokens into article.sentences. A sentence ends at . ! ? (and
// any closing quotes or brackets after it) unless the period ends an
// abbreviation or an initial, and always at a line break.
void SplitSentences(Article& article);

// Tokenize + SplitSentences on article.text. Fails only on text too large to
// address with 32-bit offsets (4 GiB).
Status AnalyzeText(Article& article);

// True for the tokens that may end a sentence: . ! ? … and "...".
bool IsSentenceFinal(std::string_view token_text);

}  // namespace dyad

#endif  // DYAD_TEXT_TOKENIZER_H_
