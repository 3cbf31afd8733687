// A DocumentRecord as JSON in the shape of the gold files (one object per
// document; extra fields carry spans, mentions and repairs).
#ifndef VANBAN_APP_RECORD_JSON_H_
#define VANBAN_APP_RECORD_JSON_H_

#include "json_writer.h"
#include "vanban/record.h"

namespace vanban::app {

void WriteRecord(const extractor::DocumentRecord& record, JsonWriter* json);

// Parts of a record as WriteRecord writes them, for the queries' output.
void WriteSpan(const Span& span, JsonWriter* json);
void WriteTask(const extractor::Task& task, JsonWriter* json);
void WriteTarget(const extractor::Target& target, JsonWriter* json);

}  // namespace vanban::app

#endif  // VANBAN_APP_RECORD_JSON_H_
