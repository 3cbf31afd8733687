// Word's automatic numbering (word/numbering.xml): the "1.", "a)", "II."
// Word draws before a paragraph with w:numPr. They are not in the text, yet
// the layout reads task items and sections by them, so the reader writes
// them back as Word shows them. Internal to corpus/.
#ifndef VANBAN_CORPUS_DOCX_NUMBERING_H_
#define VANBAN_CORPUS_DOCX_NUMBERING_H_

#include <Poco/DOM/Node.h>

#include <map>
#include <string>
#include <vector>

namespace vanban::corpus::internal {

class Numbering {
 public:
  // `root` is numbering.xml's document element (or null: no numbering).
  explicit Numbering(const Poco::XML::Node* root);
  // The label of the next paragraph of list `num_id` at `level` ("2.",
  // "b)", "- " for a bullet), counters advanced; empty when unknown.
  std::string Next(const std::string& num_id, int level);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";  // w:numFmt
    std::string text;                // w:lvlText, "%1."
  };
  std::map<std::string, std::map<int, Level>> abstract_;  // abstractNumId -> levels
  std::map<std::string, std::string> nums_;               // numId -> abstractNumId
  std::map<std::string, std::vector<int>> counters_;      // abstractNumId -> per level
};

}  // namespace vanban::corpus::internal

#endif  // VANBAN_CORPUS_DOCX_NUMBERING_H_
