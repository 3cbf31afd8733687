// A small streaming JSON writer: deterministic key order, UTF-8 passed
// through, control characters escaped. Poco::JSON builds a DOM first and
// orders keys by name; the export wants neither.
#ifndef VANBAN_APP_JSON_WRITER_H_
#define VANBAN_APP_JSON_WRITER_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::app {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out, bool pretty = true) : out_(out), pretty_(pretty) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& StringOrNull(std::string_view value);  // "" -> null
  JsonWriter& Number(long long value);
  JsonWriter& Number(double value, int decimals);  // fixed point: scores, ratios
  JsonWriter& Bool(bool value);
  JsonWriter& Null();

 private:
  void BeforeValue();
  void Newline();
  void WriteString(std::string_view value);
  std::ostream& out_;
  bool pretty_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

}  // namespace vanban::app

#endif  // VANBAN_APP_JSON_WRITER_H_
