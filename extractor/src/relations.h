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
// "thay thế", "sửa đổi, bổ sung", "căn cứ", "hết hiệu lực", ...) with a
// mention right after it (before it for "hết hiệu lực"). Clauses run over
// the lines a converter hard-wrapped. The subject is the nearest mention
// before the cue whose description leads to it (and those coordinated with
// it); a passive "X được sửa đổi, bổ sung bởi Y" turns them round. With no
// cited subject the document itself is meant in its opening (title,
// "Thực hiện ...", up to the paragraph that introduces the body with a
// colon, and before `preamble_end`), or where a clause says "Kế hoạch
// này", "Quyết định này". Reports on an implementation ("tình hình thực
// hiện"), drafts and proposals state nothing. `mentions`/`extents` are
// the segment's, in text order. A report (`self_implements` false) states
// what others implement, never itself.
void FindEdges(const Patterns& patterns, const Gazetteer& gazetteer, std::string_view text,
               const OffsetMap& map, size_t preamble_end,
               const std::vector<const Mention*>& mentions,
               const std::vector<const MentionExtent*>& extents, bool self_implements,
               std::vector<Edge>* edges);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_RELATIONS_H_
