// Words and word pairs of a text, folded, for comparing task texts with one
// another and with the sentences of reports: the one similarity of the store.
#ifndef VANBAN_STORE_WORD_FEATURES_H_
#define VANBAN_STORE_WORD_FEATURES_H_

#include <set>
#include <string>
#include <string_view>

namespace vanban::store::internal {

using Features = std::set<std::string>;

// Folded words without the stop words, and each pair of neighbours.
Features WordFeatures(std::string_view text);

// 2|x ∩ y| / (|x| + |y|): paraphrases that keep the key terms score high.
double Dice(const Features& x, const Features& y);

// |x ∩ y|.
size_t Shared(const Features& x, const Features& y);

}  // namespace vanban::store::internal

#endif  // VANBAN_STORE_WORD_FEATURES_H_
