// The words of plain output in the reader's language: English, or
// Vietnamese with --lang vi or a Vietnamese locale. JSON keys, CSV and xlsx
// headers, and the names of states and roles on the command line do not
// change (scripts read them); only what a person reads does.
#ifndef VANBAN_APP_LABELS_H_
#define VANBAN_APP_LABELS_H_

#include <optional>
#include <string>
#include <string_view>

namespace vanban::app {

enum class Language { kEnglish, kVietnamese };

// "en" or "vi" (any case, "vi_VN.UTF-8" too); nullopt for anything else.
std::optional<Language> ParseLanguage(std::string_view name);

// The first of LC_ALL, LC_MESSAGES, LANG that is set: Vietnamese when it
// starts with "vi", else English.
Language LanguageFromEnvironment();

// `english` said in `language`: the catalogue's Vietnamese for it, or the
// English itself when the catalogue has none (a missing entry shows, it
// never hides the text).
std::string Say(Language language, std::string_view english);

}  // namespace vanban::app

#endif  // VANBAN_APP_LABELS_H_
