// Vietnamese syllable structure: onset consonant, vowel nucleus, final
// consonant, one tone. Shared by tone placement and split-word repair.
// Internal to normalizer/.
#ifndef VANBAN_NORMALIZER_SYLLABLE_H_
#define VANBAN_NORMALIZER_SYLLABLE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "letters.h"

namespace vanban::normalizer::internal {

struct Syllable {
  size_t onset_len = 0;    // letters in the onset (qu, gi count as onset)
  size_t nucleus_len = 0;  // vowel letters
  size_t final_len = 0;    // letters in the final consonant
  size_t tone_at = 0;      // index (in letters) of the toned vowel, if any
  Tone tone = Tone::kNone;
  size_t canonical_tone_at = 0;  // where the traditional style puts it
};

// Parses a word given as code points. False when it is not one well-formed
// Vietnamese syllable (foreign word, abbreviation, two tones ...).
bool ParseSyllable(const std::u32string& word, Syllable* out);

// True for consonant clusters that can begin a syllable ("ngh", "đ").
bool IsOnset(const std::u32string& letters);

}  // namespace vanban::normalizer::internal

#endif  // VANBAN_NORMALIZER_SYLLABLE_H_
