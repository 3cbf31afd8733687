#include <unicode/uchar.h>

#include "letters.h"
#include "vanban/normalizer.h"
#include "vanban/utf8.h"

namespace vanban::normalizer {

std::string FoldKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t len;
  for (size_t i = 0; i < text.size(); i += len) {
    char32_t cp = utf8::Decode(text, i, &len);
    if (cp >= 0x300 && cp <= 0x36F) continue;  // combining marks of NFD text
    if (const char32_t latin = internal::LookalikeToLatin(cp)) cp = latin;
    char folded = internal::FoldLetter(cp);
    if (!folded && cp >= '0' && cp <= '9') folded = static_cast<char>(cp);
    if (folded) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.push_back(folded);
    } else if (cp >= 0x80 && u_isalnum(static_cast<UChar32>(cp))) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      utf8::Append(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), &out);
    } else {
      pending_space = true;
    }
  }
  return out;
}

}  // namespace vanban::normalizer
