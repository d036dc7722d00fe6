// The actor finder's working parts, shared by the files of the actors stage:
// actor_finder.cc (dictionary pieces), compose_mentions.cc (pieces composed
// into mentions),
// actor_countries.cc (the country of each mention) and actor_conventions.cc
// (coding conventions applied over the whole article). Not part of the
// library's API.
#ifndef DYAD_ACTORS_FINDER_H_
#define DYAD_ACTORS_FINDER_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/actor_finder.h"

namespace dyad::actor_finding {

struct Piece {
  uint32_t first = 0, end = 0;  // tokens
  const ActorEntry* entry = nullptr;
  bool bare_name = false;  // An unknown name with no title ("said Gan Yu").
};

struct Group;

// Who a person mention names, kept for later mentions by surname.
struct NamedPerson {
  std::string code, name, written_name;
};

// A dateline opening a paragraph ("BAGHDAD, March 3 -", "DUBAI:") names
// where the story was filed: the first token after it (`two_towns`: also
// "KIGALI, Rwanda -").
size_t SkipDateline(const Article& a, const Sentence& sent, bool two_towns = false);

// "Mr", "Dr", "Sheikh": a title before a name.
bool IsTitleWord(std::string_view norm);
// Length of an unknown capitalised name starting at token `i` (0 if none).
uint32_t UnknownNameLength(const Article& a, size_t i, size_t end);
// Titles that open an apposition without an article ("Léon Charles, chief
// of the national police,") or end a body's officer ("UN envoy").
bool IsAppositiveTitle(std::string_view norm);

class Finder {
 public:
  Finder(Article& a, const ActorDictionary& dict, const AgentRules& rules)
      : a_(a), dict_(dict), rules_(rules) {}

  void Run() {
    for (uint32_t s = 0; s < a_.sentences.size(); ++s) FindInSentence(s);
    NamesBeforeAcronyms();
    OwnedStateBodies();
    AcronymsAsDefined();
    DropOpposedNames();
    KoreanNorthAndSouth();
    if (rules_.roles_over_lists) LedActs();
    if (rules_.roles_over_lists) {
      DistributeRolesOverLists();
      ShareRoleOverAdjectives();
    }
    if (rules_.roles_over_lists) SidesOfADelegation();
    if (rules_.roles_over_lists) StaffOfAMission();
    FillContextCountry();
    if (rules_.roles_over_lists) {
      PeacekeepersOfTheMission();
      OfficersOfTheirBody();
    }
    ResolveCoreference(a_);
  }

 private:
  void FindInSentence(uint32_t s);
  std::vector<Piece> Pieces(uint32_t s);
  uint32_t Compose(uint32_t s, const std::vector<Piece>& pieces, size_t i);
  void JoinCodeFirstAgents(size_t from);
  void DropCapitalsNamedAsPlaces(size_t from);
  void RegisterAcronyms(size_t from);
  void AcronymsAsDefined();
  bool IsPersonUnderCountry(const Piece& p) const;
  void RegisterSurname(const ActorMention& m, uint32_t last_token);
  const NamedPerson* RoyalByGivenName(const Group& g) const;
  void Emit(uint32_t s, const Group& g);
  void FillContextCountry();
  void DropOpposedNames();  // Also places that name documents.
  void NamesBeforeAcronyms();
  void OwnedStateBodies();
  void KoreanNorthAndSouth();
  void LedActs();
  std::string RuledCountry(size_t i) const;
  void DistributeRolesOverLists();
  void ShareRoleOverAdjectives();
  void SidesOfADelegation();
  void StaffOfAMission();
  int RoleBeforeName(size_t i) const;
  void PeacekeepersOfTheMission();
  void OfficersOfTheirBody();
  std::string HagueCourt(const ActorMention& m) const;
  std::string LocalCountry(const ActorMention& m, std::string_view not_country = "") const;
  bool ActorBetween(const ActorMention& m, uint32_t place) const;
  bool IsCapital(const ActorMention& c) const;
  bool CapitalAt(uint32_t token) const;
  std::string PoliceOfTheSentence(size_t i, const std::vector<bool>& explicit_country) const;
  enum class CompoundKind : uint8_t { kBelongs, kProxy };
  std::string CompoundCountry(const ActorMention& m, CompoundKind* kind) const;
  std::string OwnerCountry(size_t i) const;
  std::string SameRoleEarlier(size_t i) const;
  std::string SameRoleLater(size_t i) const;
  int RoleHolderBefore(size_t i) const;
  int HolderOfSameRole(size_t i) const;
  bool NamesCountry(std::string_view norm) const;
  void NameAfterHolder(ActorMention& m, int holder) const;

  Article& a_;
  const ActorDictionary& dict_;
  const AgentRules& rules_;
  // A person's surname -> who they are. Copies, not indices: mentions are
  // reordered within a sentence after they are found.
  std::unordered_map<std::string, NamedPerson> surnames_;
  std::unordered_set<uint32_t> code_first_;       // First tokens of code-first agents.
  std::unordered_set<uint32_t> adjective_first_;  // First tokens of mentions opened by a demonym.
  std::unordered_map<std::string, NamedPerson> given_names_;  // For royals.
  std::deque<ActorEntry> synthetic_;                          // Named bodies found in this article.
  // "Bangladesh Nationalist Party (BNP)": the acronym names the same actor
  // in the rest of the article.
  std::unordered_map<std::string, const ActorEntry*> acronyms_;
};

}  // namespace dyad::actor_finding

#endif  // DYAD_ACTORS_FINDER_H_
