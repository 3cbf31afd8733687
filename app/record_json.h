// A DocumentRecord as JSON in the shape of the gold files (one object per
// document; extra fields carry spans, mentions and repairs).
#ifndef VANBAN_APP_RECORD_JSON_H_
#define VANBAN_APP_RECORD_JSON_H_

#include "json_writer.h"
#include "vanban/record.h"

namespace vanban::app {

void WriteRecord(const extractor::DocumentRecord& record, JsonWriter* json);

}  // namespace vanban::app

#endif  // VANBAN_APP_RECORD_JSON_H_
