// Typed citation edges and who their subject is. Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_RELATIONS_H_
#define VANBAN_EXTRACTOR_RELATIONS_H_

#include <string_view>
#include <vector>

#include "agencies.h"
#include "mentions.h"
#include "vanban/record.h"

namespace vanban::extractor::internal {

// Finds the edges stated in `segment`: a relation cue ("thực hiện",
// "thay thế", "sửa đổi, bổ sung", "căn cứ", ...) with a mention right after
// it. The subject is the nearest mention before the cue in the same clause
// (and those coordinated with it), or the document itself when the clause
// is in its title or preamble (before `preamble_end`) or says "Kế hoạch
// này". A draft ("dự thảo Kế hoạch thay thế ...") states nothing.
// `mentions`/`extents` are the segment's, in text order. A report
// (`self_implements` false) states what others implement, never itself.
void FindEdges(const Patterns& patterns, const Gazetteer& gazetteer, std::string_view text,
               const OffsetMap& map, size_t preamble_end,
               const std::vector<const Mention*>& mentions,
               const std::vector<const MentionExtent*>& extents, bool self_implements,
               std::vector<Edge>* edges);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_RELATIONS_H_
