// Document numbers: finding them in text and giving each a canonical code
// and a comparison key. Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_DOC_NUMBER_H_
#define VANBAN_EXTRACTOR_DOC_NUMBER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "patterns.h"
#include "vanban/record.h"

namespace vanban::extractor::internal {

struct NumberMatch {
  Span span;  // in the searched text
  DocumentCode code;
  bool repaired = false;  // spacing or a missing hyphen was fixed
  const char* repair_kind = "number-form";
};

// Every document number in `text`, in order.
std::vector<NumberMatch> FindNumbers(const Patterns& patterns, std::string_view text);

// The comparison key of a canonical code: upper case, leading zeros of the
// number dropped ("02-CTr/BCĐTW" -> "2-CTR/BCĐTW").
std::string CodeKey(std::string_view canonical);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_DOC_NUMBER_H_
