// Agencies: the gazetteer and the one mechanism every task extractor uses
// to read agency names (splitting lists, expanding abbreviations, repairing
// typos, recognising collectives). Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_AGENCIES_H_
#define VANBAN_EXTRACTOR_AGENCIES_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vanban/record.h"

namespace vanban::extractor::internal {

struct AgencyName {
  std::string name;      // canonical
  bool primary = false;  // marked with '*' (the primary lead)
};

using extractor::Agency;
using extractor::AgencyLevel;
using extractor::LevelName;
using extractor::ParseLevel;

class Gazetteer {
 public:
  // Parses the TSV of extractor/data/agencies.tsv (its format is described
  // at the top of that file).
  static Gazetteer Parse(std::string_view tsv);
  // The gazetteer compiled into the binary.
  static Gazetteer BuiltIn();

  // True when `text` starts with an agency head word ("Sở", "Ủy ban", ...)
  // written with a capital, or with "các"/"Các" (a collective).
  bool StartsWithHead(std::string_view text) const;

  // The canonical spelling of one agency name; a repair (typo fixed,
  // abbreviation expanded) is appended to *repairs. The canonical name is
  // the name as written, never its successor.
  std::string Canonical(std::string_view name, std::vector<Repair>* repairs) const;

  // The canonical name with its key, level, successor and whether it is
  // known (primary is left false: it is the task's, not the name's).
  Agency Identify(std::string_view name) const;

  // Splits a list of agencies at ';' and ',' without cutting names that
  // contain commas ("Sở Văn hóa, Thể thao và Du lịch") or collectives
  // ("các sở, ban, ngành, địa phương"); primary leads ('*') come first.
  std::vector<AgencyName> Split(std::string_view list, std::vector<Repair>* repairs) const;

  // Appends the agencies of a list to *out: Split, each name localized to
  // the jurisdiction ("tỉnh", see Localize) and identified; a name already
  // in *out is not added twice. The '*' of a primary lead is kept as
  // Agency::primary.
  void AppendAgencies(std::string_view list, std::string_view jurisdiction,
                      std::vector<Agency>* out, std::vector<Repair>* repairs) const;

  // The bodies merged or renamed into `agency` (2025): their tasks passed
  // to it. Empty for an unknown agency.
  std::vector<Agency> Predecessors(const Agency& agency) const;

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

  // What is wrong with the data: successors that have no row of their own.
  std::vector<std::string> DataProblems() const;

 private:
  // How an unknown name with this head gets its level.
  enum class HeadScope {
    kFixed,  // the head's own level
    kPlace,  // governs the place after it: province, district or commune
    kUnit,   // a unit of the place after it: department, district or commune
  };
  struct Head {
    std::string text;    // as written in running text
    std::string folded;  // its folded key
    AgencyLevel level = AgencyLevel::kOther;
    HeadScope scope = HeadScope::kFixed;
  };
  struct Entry {
    std::string canonical;
    AgencyLevel level = AgencyLevel::kOther;
    std::string successor;
  };
  struct Place {
    std::string name;
    bool city = false;      // a centrally-run city (thành phố trực thuộc trung ương)
    std::string successor;  // the province it was merged into
  };
  struct Collective {
    std::string canonical;
    AgencyLevel level = AgencyLevel::kOther;
    std::vector<std::string> starts;        // folded prefixes of its spellings
    std::vector<std::string> exact;         // folded spellings
    std::unordered_set<std::string> words;  // folded words a spelling may use
  };
  // A name split into the body and the place written after it.
  struct Located {
    std::string base;      // "Sở Tư pháp"
    std::string locality;  // "tỉnh Sơn La", "" when none
    const Entry* entry = nullptr;
    const Head* head = nullptr;  // when the base is only a head word
    const Place* place = nullptr;
    AgencyLevel place_level = AgencyLevel::kProvince;
  };

  void ReadHead(const std::string& name, std::string_view level);
  void ReadAgency(const std::string& name, const std::vector<std::string_view>& f,
                  std::vector<std::pair<std::string, size_t>>* former);
  void ReadPlace(const std::string& name, const std::vector<std::string_view>& f);
  void ReadCollective(const std::string& name, const std::vector<std::string_view>& f);
  void AddEntry(const std::string& canonical, AgencyLevel level, const std::string& successor,
                const std::vector<std::string_view>& spellings);
  void Link();
  const Head* HeadOf(std::string_view folded) const;
  const Entry* Find(std::string_view folded) const;
  const Entry* RunOnPrefix(std::string_view name) const;
  std::string_view WithoutTitle(std::string_view name) const;
  bool StartsAgency(std::string_view text) const;
  std::string WithoutEnumerators(std::string_view list) const;
  const Collective* FindCollective(std::string_view name) const;
  bool IsCollective(std::string_view name) const { return FindCollective(name) != nullptr; }
  std::optional<std::string> RepairTypo(const std::string& key) const;
  std::optional<Located> Locate(const std::string& canonical) const;
  std::string LocalitySuccessor(const Located& l) const;

  std::vector<Head> heads_;
  std::unordered_map<std::string, std::vector<size_t>> heads_by_first_word_;  // as written
  std::vector<std::string> not_heads_;
  std::vector<std::string> titles_;  // office holders: "Bộ trưởng", "Chủ tịch"
  std::vector<std::pair<std::string, std::string>> abbreviations_;  // longest first
  std::vector<Entry> entries_;
  std::unordered_map<std::string, size_t> entry_by_key_;  // folded name or spelling -> entry
  std::unordered_map<std::string, std::vector<std::string>> keys_by_head_;  // repair candidates
  std::vector<Place> places_;
  std::unordered_map<std::string, size_t> place_by_key_;
  std::vector<Collective> collectives_;
  std::vector<std::string> local_keys_;  // folded names that take a jurisdiction
};

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_AGENCIES_H_
