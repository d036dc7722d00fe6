#include "actors/named_body.h"

namespace dyad {

std::string_view InstitutionRole(std::string_view norm) {
  struct Entry {
    std::string_view head;
    std::string_view role;
  };
  static const Entry kHeads[] = {{"ministry", "GOV"},
                                 {"council", "GOV"},
                                 {"agency", "GOV"},
                                 {"commission", "GOV"},
                                 {"committee", "GOV"},
                                 {"department", "GOV"},
                                 {"office", "GOV"},
                                 {"authority", "GOV"},
                                 {"administration", "GOV"},
                                 {"directorate", "GOV"},
                                 {"secretariat", "GOV"},
                                 {"presidency", "GOV"},
                                 {"cabinet", "GOV"},
                                 {"government", "GOV"},
                                 {"service", "GOV"},
                                 {"army", "MIL"},
                                 {"brigade", "MIL"},
                                 {"brigades", "MIL"},
                                 {"force", "MIL"},
                                 {"forces", "MIL"},
                                 {"guard", "MIL"},
                                 {"guards", "MIL"},
                                 {"command", "MIL"},
                                 {"corps", "MIL"},
                                 {"navy", "MIL"},
                                 {"regiment", "MIL"},
                                 {"battalion", "MIL"},
                                 {"division", "MIL"},
                                 {"militia", "MIL"},
                                 {"police", "COP"},
                                 {"gendarmerie", "COP"},
                                 {"court", "JUD"},
                                 {"tribunal", "JUD"},
                                 {"prosecutor", "JUD"},
                                 {"parliament", "LEG"},
                                 {"assembly", "LEG"},
                                 {"senate", "LEG"},
                                 {"congress", "LEG"},
                                 {"foundation", "NGO"},
                                 {"society", "NGO"},
                                 {"association", "NGO"},
                                 {"federation", "NGO"},
                                 {"institute", "NGO"},
                                 {"centre", "NGO"},
                                 {"center", "NGO"},
                                 {"observatory", "NGO"},
                                 {"bank", "BUS"},
                                 {"company", "BUS"},
                                 {"corporation", "BUS"},
                                 // A party named in the news is mostly out of power; the finder
                                 // makes a "ruling" or "governing" one GOV.
                                 {"party", "OPP"}};
  for (const Entry& e : kHeads) {
    if (e.head == norm) return e.role;
  }
  return {};
}

NamedBody FindNamedBody(const Article& a, size_t i, size_t end) {
  NamedBody best;
  size_t words = 0;
  bool rights = false;        // "Rights" is one of the name's words.
  bool private_head = false;  // So is a private body's head noun.
  for (size_t k = i; k < end && k < i + 7; ++k) {
    const Token& t = a.tokens[k];
    bool connector = !t.capitalized && (t.norm == "of" || t.norm == "for" || t.norm == "and");
    bool name_word = (t.kind == TokenKind::kWord && (t.capitalized || t.all_caps)) ||
                     (t.kind == TokenKind::kNumber && k == i);
    bool determiner = t.norm == "the" || t.norm == "a" || t.norm == "an" || t.norm == "this" ||
                      t.norm == "his" || t.norm == "her" || t.norm == "its" || t.norm == "their" ||
                      t.norm == "our";
    if (k == i && (determiner || connector)) {
      return NamedBody{};
    }
    if (!name_word && !connector) break;
    if (connector) continue;
    ++words;
    rights |= t.norm == "rights";
    std::string_view role = InstitutionRole(t.norm);
    private_head |= role == "NGO";
    if (!role.empty() && words >= 2) {
      best.length = static_cast<uint32_t>(k + 1 - i);
      best.role = role;
    }
    // "Syrian Observatory for Human Rights", "Institute for Rights and
    // Democracy": a private body named for rights is a rights group, whose
    // name runs on past its head noun.
    if (rights && private_head && words >= 2 && t.kind == TokenKind::kWord) {
      best.length = static_cast<uint32_t>(k + 1 - i);
      best.role = "NGOHRI";
    }
  }
  return best;
}

}  // namespace dyad
