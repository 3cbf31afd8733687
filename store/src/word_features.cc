#include "word_features.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "vanban/normalizer.h"

namespace vanban::store::internal {

namespace {

// Folded syllables too common in task texts to say anything about a match.
constexpr std::string_view kStopWords[] = {"va",   "cac",   "cua",  "cho", "tren", "trong", "voi",
                                           "ve",   "de",    "theo", "tai", "tu",   "la",    "co",
                                           "duoc", "nhung", "mot",  "nay", "do",   "khi"};

}  // namespace

Features WordFeatures(std::string_view text) {
  std::istringstream in(normalizer::FoldKey(text));
  std::vector<std::string> words;
  for (std::string word; in >> word;) {
    if (std::find(std::begin(kStopWords), std::end(kStopWords), word) == std::end(kStopWords)) {
      words.push_back(std::move(word));
    }
  }
  Features features(words.begin(), words.end());
  for (size_t i = 1; i < words.size(); ++i) features.insert(words[i - 1] + " " + words[i]);
  return features;
}

size_t Shared(const Features& x, const Features& y) {
  size_t shared = 0;
  for (const std::string& f : x) shared += y.count(f);
  return shared;
}

double Dice(const Features& x, const Features& y) {
  if (x.empty() || y.empty()) return 0;
  return 2.0 * static_cast<double>(Shared(x, y)) / static_cast<double>(x.size() + y.size());
}

}  // namespace vanban::store::internal
