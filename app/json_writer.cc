#include "json_writer.h"

#include <algorithm>
#include <cstdio>

#include "vanban/utf8.h"

namespace vanban::app {

void JsonWriter::Newline() {
  if (!pretty_) return;
  out_ << '\n';
  // indentation stops deepening past 16 levels: a deeply nested value (a
  // long implementation chain) stays linear in size, not quadratic
  for (size_t i = 0; i < std::min<size_t>(first_.size(), 16); ++i) out_ << "  ";
}

// Separators and indentation before an array element or a key; nothing
// before the value that follows a key.
void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;
  if (!first_.back()) out_ << ',';
  first_.back() = false;
  Newline();
}

void JsonWriter::WriteString(std::string_view raw) {
  static constexpr char kHex[] = "0123456789abcdef";
  // JSON is UTF-8: a value cut inside a character is mended, not written as is
  std::string scrubbed;
  std::string_view value = raw;
  if (utf8::ValidPrefix(raw) != raw.size()) value = scrubbed = utf8::Scrub(raw);
  out_ << '"';
  for (const char c : value) {
    switch (c) {
      case '"':
        out_ << "\\\"";
        break;
      case '\\':
        out_ << "\\\\";
        break;
      case '\n':
        out_ << "\\n";
        break;
      case '\r':
        out_ << "\\r";
        break;
      case '\t':
        out_ << "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out_ << "\\u00" << kHex[(c >> 4) & 0xF] << kHex[c & 0xF];
        } else {
          out_ << c;
        }
    }
  }
  out_ << '"';
}

JsonWriter& JsonWriter::BeginObject() {
  BeforeValue();
  out_ << '{';
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::EndObject() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) Newline();
  out_ << '}';
  return *this;
}

JsonWriter& JsonWriter::BeginArray() {
  BeforeValue();
  out_ << '[';
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) Newline();
  out_ << ']';
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  WriteString(key);
  out_ << (pretty_ ? ": " : ":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  BeforeValue();
  WriteString(value);
  return *this;
}

JsonWriter& JsonWriter::StringOrNull(std::string_view value) {
  return value.empty() ? Null() : String(value);
}

JsonWriter& JsonWriter::Number(long long value) {
  BeforeValue();
  out_ << value;
  return *this;
}

JsonWriter& JsonWriter::Number(double value, int decimals) {
  BeforeValue();
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  out_ << text;
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ << (value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_ << "null";
  return *this;
}

}  // namespace vanban::app
