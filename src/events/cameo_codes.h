// The CAMEO event code table (data/events/cameo.tsv): labels, Goldstein
// scores, quad classes and PLOVER types and modes.
#ifndef DYAD_EVENTS_CAMEO_CODES_H_
#define DYAD_EVENTS_CAMEO_CODES_H_

#include <memory>
#include <string>
#include <unordered_map>

#include "dyad/article.h"
#include "dyad/status.h"

namespace dyad {

struct CameoCode {
  std::string code;
  std::string label;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover_type;
  std::string plover_mode;
};

class CameoCodes {
 public:
  static Result<std::unique_ptr<CameoCodes>> Load(const std::string& path);
  // The entry for `code`; nullptr if CAMEO has no such code.
  const CameoCode* Find(std::string_view code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

// Gives event `e` the code `code` with the table's Goldstein score, quad
// class and PLOVER type and mode (left as they are for a code the table
// lacks).
void SetCode(const CameoCodes& codes, std::string code, Event& e);

// The code CAMEO gives an action announced rather than done ("will visit",
// "plans to send aid", "would strike"): the "express intent" code of root 03
// for meetings, aid and concessions (visit -> 036, humanitarian aid -> 0333,
// release -> 0353) and a threat of force (138) for violence. "" for codes a
// hand coder keeps for announced acts ("will expel", "agreed to sanction",
// "will hold joint drills") and for verbal ones.
std::string IntentCode(std::string_view code);

// The CAMEO code for threatening the act `code`: 138 for force, 131x for
// sanctions and cuts, 137 for repression, 130 otherwise.
std::string ThreatCode(std::string_view code);

}  // namespace dyad

#endif  // DYAD_EVENTS_CAMEO_CODES_H_
