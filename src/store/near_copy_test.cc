#include "store/near_copy.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace store {
namespace {

const char kStory[] =
    "NAIROBI, June 10 - Kenya's interior minister met his Somali counterpart in Nairobi on "
    "Monday and agreed to reopen two border crossings closed since 2011, officials said. The "
    "ministers signed a memorandum on joint patrols along the frontier and promised to share "
    "intelligence on militant movements, according to a statement from the ministry. Somalia "
    "welcomed the decision and said the crossings would reopen within three months once "
    "screening posts were built.";

// The same wire story as another outlet prints it: its own dateline, a
// word changed, the last clause cut.
const char kCopy[] =
    "NAIROBI, June 10 (Coastal Daily) - Kenya's interior minister met his Somali counterpart "
    "in Nairobi on Monday and agreed to reopen two border crossings shut since 2011, officials "
    "said. The ministers signed a memorandum on joint patrols along the frontier and promised "
    "to share intelligence on militant movements, according to a statement from the ministry. "
    "Somalia welcomed the decision and said the crossings would reopen within three months.";

const char kOther[] =
    "MANILA, June 11 - The Philippines accused China on Wednesday of blocking a resupply "
    "mission to troops stationed at Second Thomas Shoal. Chinese coast guard vessels fired "
    "water cannon at a Philippine supply boat and rammed its escort, the Philippine coast "
    "guard said in a statement. Manila summoned China's ambassador to protest the incident.";

bool ShareABand(const Signature& a, const Signature& b) {
  auto ka = BandKeys(a), kb = BandKeys(b);
  for (int i = 0; i < kBands; ++i) {
    if (ka[i] == kb[i]) return true;
  }
  return false;
}

TEST(NearCopyTest, ASyndicatedCopyResemblesItsStory) {
  Signature story = MinHashSignature(kStory), copy = MinHashSignature(kCopy);
  EXPECT_GE(Resemblance(story, copy), kNearCopyResemblance);
  EXPECT_TRUE(ShareABand(story, copy));
}

TEST(NearCopyTest, AnotherStoryDoesNot) {
  Signature story = MinHashSignature(kStory), other = MinHashSignature(kOther);
  EXPECT_LT(Resemblance(story, other), 0.2);
  EXPECT_FALSE(ShareABand(story, other));
}

TEST(NearCopyTest, CaseAndPunctuationAreIgnored) {
  std::string shouted = kStory;
  for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_EQ(Resemblance(MinHashSignature(kStory), MinHashSignature(shouted)), 1.0);
  EXPECT_EQ(Resemblance(MinHashSignature("a, b; c d"), MinHashSignature("A b C (d)")), 1.0);
}

TEST(NearCopyTest, TooShortTextsAreNeverCopies) {
  Signature two = MinHashSignature("two words");
  EXPECT_TRUE(two.empty);
  EXPECT_EQ(Resemblance(two, two), 0);
  EXPECT_TRUE(MinHashSignature("").empty);
}

TEST(NearCopyTest, SignatureBytesRoundTrip) {
  Signature s = MinHashSignature(kStory);
  std::string bytes = SignatureBytes(s);
  EXPECT_EQ(bytes.size(), kSignatureBytes);
  Signature back = SignatureFromBytes(bytes);
  EXPECT_EQ(back.mins, s.mins);
  EXPECT_FALSE(back.empty);
  EXPECT_TRUE(SignatureFromBytes(bytes.substr(1)).empty);  // A damaged blob.
}

}  // namespace
}  // namespace store
}  // namespace dyad
