// Small text helpers shared by the extractors. Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_TEXT_UTIL_H_
#define VANBAN_EXTRACTOR_TEXT_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "vanban/offset_map.h"

namespace vanban::extractor::internal {

std::string_view Trim(std::string_view s);
// Trim that also drops line breaks: for text that may wrap over lines.
std::string_view TrimSpace(std::string_view s);

// The value of a run of decimal digits ("2026", "05"); 0 when the text is
// empty, holds anything else, or does not fit an int. Callers take 0 as "no
// number": an overflowing number in a document fails its match, it never
// throws.
int DigitsValue(std::string_view digits);

// Lines of `text` as spans (without the '\n').
std::vector<Span> SplitLines(std::string_view text);

// True when the line `line` of `text` is blank and holds a page break: the
// form feed that pdftotext and the PDF reader put between pages, which the
// normalizer wrote as the '\n' ending this line or the one before (`map` is
// the text's). A page break is not an empty table cell, nor the end of a list.
bool IsPageBreak(std::string_view text, const OffsetMap& map, Span line);

// True when `text` starts with `prefix`, comparing folded keys (case and
// diacritics ignored) word by word; *len gets the bytes of `text` used.
bool StartsWithFolded(std::string_view text, std::string_view prefix, size_t* len = nullptr);
bool EndsWithFolded(std::string_view text, std::string_view suffix);

// True when the last word of `t` needs the next one ("của", "và", "với"
// ...): a line ending in it goes on. Compared with its tone marks, in
// lower case: "cửa", "vợ", "lá" are words of their own.
bool EndsWithConnector(std::string_view t);

// Case mapping of one code point (ICU's simple mapping).
char32_t ToLowerCodePoint(char32_t cp);
char32_t ToUpperCodePoint(char32_t cp);

// True when every letter of `s` is upper case and there is at least one.
bool IsUpperCaseLine(std::string_view s);

// "PHÓ CHỦ TỊCH" -> "Phó chủ tịch".
std::string SentenceCase(std::string_view s);

// "BỘ CHÍNH TRỊ" -> "Bộ Chính trị", "ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân":
// the spelling of a body's name in running text.
std::string SentenceCaseName(std::string_view upper);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_TEXT_UTIL_H_
