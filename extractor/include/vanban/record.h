// The facts the extractor finds, one home for their types. Every fact keeps
// where it came from: a span of normalized text and the bytes of the file.
#ifndef VANBAN_EXTRACTOR_RECORD_H_
#define VANBAN_EXTRACTOR_RECORD_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/offset_map.h"

namespace vanban::extractor {

// A date as written; day or month may be blank (0) in a draft's date line.
struct Date {
  int year = 0, month = 0, day = 0;
  bool empty() const { return year == 0; }
  // "2026-04-22", "2026-04", "2026" or "".
  std::string Iso() const;
  bool operator==(const Date&) const = default;
};

// A parsed document number ("số hiệu văn bản").
struct DocumentCode {
  std::string canonical;  // "57-NQ/TW", "128/KH-UBND", "45/2026/NĐ-CP"
  std::string key;        // comparison key: upper case, no leading zeros
  std::string number;     // "57"
  int year = 0;           // 2026 in 45/2026/NĐ-CP, else 0
  std::string type;       // type code in the number ("NQ"), "" for official letters
  std::string issuer;     // "TW", "UBND", "CP"
  bool operator==(const DocumentCode& o) const { return key == o.key; }
};

// One citation of a document in the text.
struct Mention {
  DocumentCode code;
  std::string type;     // the cited document's type: the word before the number wins
  std::string surface;  // as written, normalized ("Nghị quyết số 57-NQ/TW")
  int segment = 0;      // 0: main text; k: footnote k (1-based index in footnotes)
  Span span;            // in the segment's normalized text (the number itself)
  Span source;          // bytes of the file
  Date date;
  std::string issuer;       // "Bộ Chính trị" from "của Bộ Chính trị"
  std::string subject;      // "về ..." when written
  bool short_form = false;  // "Nghị quyết 57", "NQ57": resolved inside the document
  bool in_preamble = false;
};

enum class Relation { kImplements, kBasedOn, kGuides, kAmends, kReplaces, kRepeals, kCites };
const char* RelationName(Relation r);

// A typed citation edge; `from` is "self" or another document's canonical code.
struct Edge {
  std::string from;
  std::string to;
  Relation relation = Relation::kCites;
  std::string evidence;  // the sentence that states it
  Span source;           // the sentence's bytes in the file
};

// One distinct cited document.
struct Reference {
  DocumentCode code;
  std::string type;
  Date date;
  std::vector<std::string> aliases;  // other spellings met (typos)
  size_t mentions = 0;
};

// A repair the extractor made (a typo merged, a number's spacing fixed).
struct Repair {
  std::string kind;  // "number-spacing", "number-typo", ...
  std::string from, to;
  Span source;
};

struct Signer {
  std::string name;
  std::string title;
};

struct DocumentIdentity {
  std::string type;  // "KH", "BC", ...
  std::optional<DocumentCode> code;
  std::string code_partial;  // "/KH-TTr.VP" when the number is blank
  Date issued;
  std::string place;
  std::string issuer;
  std::string title;
  Signer signer;
  std::vector<std::string> recipients;
};

// Where a body sits in the state and Party apparatus.
enum class AgencyLevel {
  kCentralParty,      // Bộ Chính trị, Ban Tổ chức Trung ương, Đảng ủy Chính phủ
  kNationalAssembly,  // Quốc hội, its committees, Văn phòng Quốc hội
  kGovernment,        // Chính phủ, Thủ tướng, agencies under the Government
  kMinistry,          // ministries, ministerial-level agencies and their units
  kProvince,          // Ủy ban nhân dân tỉnh X, Tỉnh ủy, centrally-run cities
  kDepartment,        // a province's units: Sở X, Công an tỉnh
  kDistrict,          // quận, huyện, thị xã (abolished in July 2025)
  kCommune,           // xã, phường, thị trấn, đặc khu and their units
  kOther,             // courts, mass organisations, enterprises, unknown
};

// "central-party", "ministry", ... "other": the names the gazetteer's data
// file, the JSON and the store use.
std::string_view LevelName(AgencyLevel level);
std::optional<AgencyLevel> ParseLevel(std::string_view name);

// An agency named in a task, as the gazetteer identifies it. The store and
// the queries use `key` as they find it and never fold the name again.
struct Agency {
  std::string name;  // canonical as written: abbreviations expanded, typos repaired
  std::string key;   // folded name of its gazetteer entry (one key for every
                     // spelling); of the name itself when the gazetteer does not know it
  AgencyLevel level = AgencyLevel::kOther;
  bool primary = false;   // the task's primary lead (first of the leads, or marked '*')
  bool known = false;     // in the gazetteer, or a known head word with its place
  std::string successor;  // the body it was merged or renamed into (2025); "" if none
  bool operator==(const Agency& o) const { return key == o.key && name == o.name; }
};

// The agencies' names, in order.
std::vector<std::string> Names(const std::vector<Agency>& agencies);

// A deadline as written and what it means ("Quý II/2026": quarter, due
// 2026-06-30). Kinds: date, month, quarter, year, range, ongoing,
// recurring, conditional, none.
struct Deadline {
  std::string text;
  std::string kind = "none";
  Date due;  // the last day it allows; empty for ongoing, conditional, none
};

// One piece of assigned work: who leads, who helps, by when.
struct Task {
  std::string id;                  // where it sits: "P3.30" (appendix 3, row 30) or "II.2"
  std::string number;              // its own number as written ("30", "2", "a")
  std::string text;                // the whole task text
  std::string result;              // expected result / product ("Kết quả")
  std::vector<Agency> lead;        // primary lead first
  std::vector<Agency> coordinate;  // coordinating agencies
  std::optional<Agency> director;  // "Trách nhiệm chỉ đạo"
  Deadline deadline;
  std::optional<Deadline> central_deadline;  // "Tiến độ Trung ương"
  bool lead_inferred = false;  // no lead written: from the document or its assignment section
  std::vector<int> targets;    // numbers of the plan's targets an assignment covers
  Span source;
};

// A numbered target ("chỉ tiêu") of a plan.
struct Target {
  int n = 0;
  std::string text;
  std::string value;    // "≥ 45", "100%", year columns joined for indicator tables
  std::string monitor;  // "Cơ quan chủ trì theo dõi, đánh giá"
  Span source;
};

// "[1] Số thứ tự theo Nghị quyết số 71/NQ-CP": the rows of appendix
// `appendix` are numbered after the tasks of document `code`.
struct TaskNumbering {
  std::string appendix;  // "P3"
  std::string code;
};

struct DocumentRecord {
  std::string source;  // the file's base name
  DocumentIdentity document;
  std::vector<Mention> mentions;
  std::vector<Reference> references;
  std::vector<Edge> edges;
  std::vector<Task> tasks;
  std::vector<Target> targets;
  std::vector<TaskNumbering> task_numbering;
  std::vector<Repair> repairs;
  std::vector<std::string> warnings;
};

}  // namespace vanban::extractor

#endif  // VANBAN_EXTRACTOR_RECORD_H_
