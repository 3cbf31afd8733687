// Agencies: the gazetteer and the one mechanism every task extractor uses
// to read agency names (splitting lists, expanding abbreviations, repairing
// typos, recognising collectives). Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_AGENCIES_H_
#define VANBAN_EXTRACTOR_AGENCIES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vanban/record.h"

namespace vanban::extractor::internal {

struct AgencyName {
  std::string name;      // canonical
  bool primary = false;  // marked with '*' (the primary lead)
};

class Gazetteer {
 public:
  // Parses the TSV of extractor/data/agencies.tsv.
  static Gazetteer Parse(std::string_view tsv);
  // The gazetteer compiled into the binary.
  static Gazetteer BuiltIn();

  // True when `text` starts with an agency head word ("Sở", "Ủy ban", ...)
  // written with a capital, or with "các"/"Các" (a collective).
  bool StartsWithHead(std::string_view text) const;

  // The canonical spelling of one agency name; a repair (typo fixed,
  // abbreviation expanded) is appended to *repairs.
  std::string Canonical(std::string_view name, std::vector<Repair>* repairs) const;

  // Splits a list of agencies at ';' and ',' without cutting names that
  // contain commas ("Sở Văn hóa, Thể thao và Du lịch") or collectives
  // ("các sở, ban, ngành, địa phương"); primary leads ('*') come first.
  std::vector<AgencyName> Split(std::string_view list, std::vector<Repair>* repairs) const;

  // True when every item of the list reads as an agency: a table cell of
  // agencies rather than a result or a task.
  bool IsAgencyList(std::string_view list) const;

  // A unit named without its level gets the document's jurisdiction
  // ("Trung tâm Phục vụ hành chính công" + "tỉnh"); other names unchanged.
  std::string Localize(const std::string& name, std::string_view jurisdiction) const;

  // The longest leading words of `phrase` that name a known agency, or the
  // phrase itself when none do ("Ban Cơ yếu Chính phủ cấp chứng thư ...").
  std::string_view KnownPrefix(std::string_view phrase) const;

  // Expands the abbreviations of a name ("UBND tỉnh" -> "Ủy ban nhân dân tỉnh").
  std::string Expand(std::string_view name) const;

 private:
  bool IsCollective(std::string_view name) const;
  std::vector<std::string> heads_;
  std::vector<std::pair<std::string, std::string>> abbreviations_;  // longest first
  std::unordered_map<std::string, std::string> canonical_by_key_;   // folded name -> canonical
  std::vector<std::string> known_keys_;
  std::string collective_;
  std::vector<std::string> local_keys_;  // folded names that take a jurisdiction  // the provincial
                                         // collective's canonical name
};

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_AGENCIES_H_
