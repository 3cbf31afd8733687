#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <unicode/ucnv.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "docx.h"
#include "html.h"
#include "legacy_vietnamese.h"
#include "pdf.h"
#include "system_reason.h"
#include "vanban/corpus.h"
#include "vanban/utf8.h"

namespace vanban::corpus {

namespace {

std::string Hex(unsigned char c) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("0x") + kDigits[c >> 4] + kDigits[c & 15];
}

// Decodes UTF-8, replacing each malformed byte with U+FFFD. Returns the
// number of bytes replaced and the offset of the first.
size_t DecodeUtf8Lossy(std::string_view bytes, size_t base, std::string* out, OffsetMapBuilder* map,
                       size_t* first_bad) {
  size_t bad = 0;
  size_t i = 0;
  while (i < bytes.size()) {
    const size_t valid = utf8::ValidPrefix(bytes.substr(i));
    out->append(bytes.substr(i, valid));
    map->Copy(base + i, valid);
    i += valid;
    if (i >= bytes.size()) break;
    if (bad++ == 0) *first_bad = base + i;
    utf8::Append(utf8::kReplacement, out);
    map->Replace(base + i, 1, 3);
    ++i;
  }
  return bad;
}

// UTF-16 from byte `start` (2 after a BOM, 0 without); unpaired surrogates
// become U+FFFD.
size_t DecodeUtf16(std::string_view bytes, size_t start, bool big_endian, std::string* out,
                   OffsetMapBuilder* map, size_t* first_bad) {
  auto unit = [&](size_t i) -> char32_t {
    const auto b0 = static_cast<unsigned char>(bytes[i]);
    const auto b1 = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? (char32_t(b0) << 8 | b1) : (char32_t(b1) << 8 | b0);
  };
  size_t bad = 0;
  size_t i = start;
  while (i + 1 < bytes.size()) {
    char32_t cp = unit(i);
    size_t len = 2;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        len = 4;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      if (bad++ == 0) *first_bad = i;
      cp = utf8::kReplacement;
    }
    const size_t before = out->size();
    utf8::Append(cp, out);
    if (cp < 0x80 && len == 2) {
      map->Replace(i, 2, 1);
    } else {
      map->Replace(i, len, out->size() - before);
    }
    i += len;
  }
  if (i < bytes.size()) {  // a lone trailing byte
    if (bad++ == 0) *first_bad = i;
    utf8::Append(utf8::kReplacement, out);
    map->Replace(i, 1, 3);
  }
  return bad;
}

// Windows-1258 is a single-byte code page with combining tone marks; ICU
// knows it, so the table comes from ICU once per call (256 conversions).
bool Windows1258Table(std::array<char32_t, 256>* table) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open("windows-1258", &status);
  if (U_FAILURE(status)) return false;
  for (int b = 0; b < 256; ++b) {
    const char byte = static_cast<char>(b);
    UChar buf[4];
    status = U_ZERO_ERROR;
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
    int32_t n = ucnv_toUChars(conv, buf, 4, &byte, 1, &status);
    (*table)[b] = (U_SUCCESS(status) && n == 1) ? char32_t(buf[0]) : utf8::kReplacement;
    ucnv_reset(conv);
  }
  ucnv_close(conv);
  return true;
}

// Vietnamese in Windows-1258: tone marks are separate bytes that follow a
// vowel; that pattern is rare in any other single-byte text.
bool LooksLikeWindows1258(std::string_view bytes) {
  size_t high = 0, tone_after_vowel = 0;
  auto is_vowel = [](unsigned char c) {
    return std::strchr("aeiouyAEIOUY", c) != nullptr || c == 0xE2 || c == 0xEA || c == 0xF4 ||
           c == 0xE3 || c == 0xF5 || c == 0xFD || c == 0xC2 || c == 0xCA || c == 0xD4 ||
           c == 0xC3 || c == 0xD5 || c == 0xDD;
  };
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) continue;
    ++high;
    const bool tone = c == 0xCC || c == 0xEC || c == 0xD2 || c == 0xDE || c == 0xF2;
    if (tone && i > 0 && is_vowel(static_cast<unsigned char>(bytes[i - 1]))) ++tone_after_vowel;
  }
  return tone_after_vowel >= 3 && tone_after_vowel * 4 >= high;
}

void DecodeWindows1258(std::string_view bytes, const std::array<char32_t, 256>& table,
                       std::string* out, OffsetMapBuilder* map) {
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
      map->Copy(i, 1);
      continue;
    }
    const size_t before = out->size();
    utf8::Append(table[c], out);
    map->Replace(i, 1, out->size() - before);
  }
}

// Counts well-formed multi-byte sequences and malformed bytes: text that is
// mostly UTF-8 with a few bad bytes is damaged UTF-8, not a legacy encoding.
void CountUtf8Evidence(std::string_view bytes, size_t* multibyte, size_t* malformed) {
  *multibyte = *malformed = 0;
  size_t i = 0;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    const char32_t cp = utf8::Decode(bytes, i, &len);
    if (cp == utf8::kReplacement && len == 1) {
      ++*malformed;
    } else {
      ++*multibyte;
    }
    i += len;
  }
}

void DecodeWithoutBom(SourceText* src) {
  const std::string_view bytes = src->bytes;
  OffsetMapBuilder map;
  size_t multibyte, malformed;
  CountUtf8Evidence(bytes, &multibyte, &malformed);
  if (malformed == 0) {
    src->encoding = Encoding::kUtf8;
    src->text.assign(bytes);
    src->map = OffsetMap::Identity(bytes.size());
    return;
  }
  if (multibyte <= malformed) {
    if (auto legacy = internal::DetectLegacyCharset(bytes)) {
      src->encoding =
          *legacy == internal::LegacyCharset::kTcvn3 ? Encoding::kTcvn3 : Encoding::kVniWindows;
      internal::DecodeLegacy(*legacy, bytes, &map, &src->text);
      src->map = map.Finish();
      return;
    }
    std::array<char32_t, 256> table;
    if (LooksLikeWindows1258(bytes) && Windows1258Table(&table)) {
      src->encoding = Encoding::kWindows1258;
      DecodeWindows1258(bytes, table, &src->text, &map);
      src->map = map.Finish();
      return;
    }
  }
  src->encoding = Encoding::kUtf8;
  size_t first_bad = 0;
  const size_t bad = DecodeUtf8Lossy(bytes, 0, &src->text, &map, &first_bad);
  src->map = map.Finish();
  src->warnings.push_back(src->path + ": invalid UTF-8 at byte offset " +
                          std::to_string(first_bad) + " (" +
                          Hex(static_cast<unsigned char>(bytes[first_bad])) + "); " +
                          std::to_string(bad) + " byte(s) replaced with U+FFFD");
}

void WarnBadUnits(SourceText* src, size_t bad, size_t first_bad, std::string_view what) {
  if (bad == 0) return;
  src->warnings.push_back(src->path + ": invalid " + std::string(what) + " at byte offset " +
                          std::to_string(first_bad) + "; " + std::to_string(bad) +
                          " unit(s) replaced with U+FFFD");
}

}  // namespace

std::string_view EncodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8:
      return "UTF-8";
    case Encoding::kUtf8Bom:
      return "UTF-8 (BOM)";
    case Encoding::kUtf16Le:
      return "UTF-16LE";
    case Encoding::kUtf16Be:
      return "UTF-16BE";
    case Encoding::kWindows1258:
      return "Windows-1258";
    case Encoding::kTcvn3:
      return "TCVN3";
    case Encoding::kVniWindows:
      return "VNI-Windows";
  }
  return "unknown";
}

std::optional<bool> Utf16ByteOrderWithoutBom(std::string_view bytes) {
  // Vietnamese text in UTF-16: spaces, digits, ASCII and Latin-1 letters
  // have a zero high byte, the letters of Latin Extended Additional (ạ ả ấ
  // ...) 0x1E: zeros fall on one side of the pairs only. Binary data has
  // zeros on both sides, or too few.
  const size_t pairs = std::min<size_t>(bytes.size(), 8192) / 2;
  if (pairs < 2) return std::nullopt;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < pairs; ++i) {
    even += bytes[2 * i] == '\0';
    odd += bytes[2 * i + 1] == '\0';
  }
  const auto one_sided = [&](size_t zeros, size_t other) {
    return zeros * 10 >= pairs * 3 && other * 50 <= pairs;
  };
  if (one_sided(odd, even)) return false;  // little-endian: "S\0" "ố\x1E"
  if (one_sided(even, odd)) return true;
  return std::nullopt;
}

std::string Sha256Hex(std::string_view bytes) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

namespace {

bool EndsWithFold(std::string_view path, std::string_view ext) {
  if (path.size() < ext.size()) return false;
  for (size_t i = 0; i < ext.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(path[path.size() - ext.size() + i])) != ext[i])
      return false;
  }
  return true;
}

// Why bytes that are not text cannot be read, by their signature; empty
// when they may be text. By content, not name: a .doc renamed .txt is still
// a .doc, and naming the format tells the person what to do.
std::string NotTextReason(std::string_view path, std::string_view b) {
  if (b.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
    return EndsWithFold(path, ".xls") || EndsWithFold(path, ".ppt")
               ? "Office 97-2003 file: save it in the new format"
               : "Word 97-2003 .doc: save it as .docx";
  }
  if (b.starts_with("%PDF-") && !PdfSupported()) return "PDF: not supported in this build";
  if (b.starts_with("{\\rtf")) return "RTF: save it as .docx";
  if (EndsWithFold(path, ".docx") && !internal::IsZip(b)) {
    return b.empty() ? "0 bytes: an empty file, not a .docx" : "not a .docx (no zip signature)";
  }
  return "";
}

Result<SourceText> FromDocx(SourceText src) {
  if (Status s = internal::RenderDocx(src.bytes, &src.text, &src.origins); !s.ok()) {
    return Status::InvalidInput(s.reason()).WithPath(src.path);
  }
  src.format = Format::kDocx;
  src.map = OffsetMap::Identity(src.text.size());
  return src;
}

}  // namespace

std::string SourceText::Where(size_t source_offset) const {
  // origins are in text order; the last one starting at or before it
  const Origin* best = nullptr;
  for (const Origin& o : origins) {
    if (o.source.begin > source_offset) break;
    best = &o;
  }
  return best ? best->label : "";
}

namespace {

Result<SourceText> DecodeRaw(std::string path, std::string bytes) {
  SourceText src;
  src.path = std::move(path);
  src.bytes = std::move(bytes);
  src.sha256 = Sha256Hex(src.bytes);
  const std::string_view b = src.bytes;
  if (const std::string reason = NotTextReason(src.path, b); !reason.empty()) {
    return Status::InvalidInput(reason).WithPath(src.path);
  }
  if (b.starts_with("%PDF-")) {
    if (Status s = internal::RenderPdf(b, &src.text, &src.origins); !s.ok()) {
      return Status::InvalidInput(s.reason()).WithPath(src.path);
    }
    src.format = Format::kPdf;
    src.map = OffsetMap::Identity(src.text.size());
    return src;
  }
  if (internal::IsZip(b)) {
    // A .docx named otherwise is still read; a zip named otherwise that is
    // no .docx is a binary file like any other (below).
    auto docx = FromDocx(src);
    if (docx.ok() || EndsWithFold(src.path, ".docx")) return docx;
  }
  OffsetMapBuilder map;
  size_t first_bad = 0;
  const bool bom16 =
      b.size() >= 2 && (b.substr(0, 2) == "\xFF\xFE" || b.substr(0, 2) == "\xFE\xFF");
  const size_t nul = b.find('\0');
  const std::optional<bool> bomless =
      bom16 || nul == std::string_view::npos ? std::nullopt : Utf16ByteOrderWithoutBom(b);
  if (bom16 || bomless) {
    const bool big = bom16 ? b[0] == '\xFE' : *bomless;
    src.encoding = big ? Encoding::kUtf16Be : Encoding::kUtf16Le;
    const size_t bad = DecodeUtf16(b, bom16 ? 2 : 0, big, &src.text, &map, &first_bad);
    src.map = map.Finish();
    WarnBadUnits(&src, bad, first_bad, big ? "UTF-16BE" : "UTF-16LE");
    return src;
  }
  if (nul != std::string_view::npos) {
    return Status::InvalidInput("binary file (NUL byte at offset " + std::to_string(nul) +
                                "), not a text document")
        .WithPath(src.path);
  }
  if (b.substr(0, 3) == "\xEF\xBB\xBF") {
    src.encoding = Encoding::kUtf8Bom;
    const size_t bad = DecodeUtf8Lossy(b.substr(3), 3, &src.text, &map, &first_bad);
    src.map = map.Finish();
    WarnBadUnits(&src, bad, first_bad, "UTF-8");
    return src;
  }
  DecodeWithoutBom(&src);
  return src;
}

}  // namespace

Result<SourceText> DecodeBytes(std::string path, std::string bytes) {
  const bool html = EndsWithFold(path, ".html") || EndsWithFold(path, ".htm");
  auto src = DecodeRaw(std::move(path), std::move(bytes));
  if (!src.ok() || !html || src->format != Format::kText) return src;
  // the page's text, mapped to the decoded page, mapped to the file's bytes
  std::string text;
  OffsetMap map;
  internal::RenderHtml(src->text, &text, &map);
  src->map = map.Compose(src->map);
  src->text = std::move(text);
  src->format = Format::kHtml;
  return src;
}

namespace {

// Why `path` cannot be read as a document, from its type and size alone;
// empty when it can.
Status CheckReadable(const std::string& path, size_t* size) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);  // follows symlinks
  if (ec) return Status::IoError(SystemReason(ec)).WithPath(path);
  switch (status.type()) {
    case fs::file_type::regular:
      break;
    case fs::file_type::directory:
      return Status::InvalidInput("is a directory").WithPath(path);
    case fs::file_type::fifo:
      return Status::InvalidInput("is a FIFO (named pipe), not a document file").WithPath(path);
    case fs::file_type::character:
    case fs::file_type::block:
      return Status::InvalidInput("is a device, not a document file").WithPath(path);
    case fs::file_type::socket:
      return Status::InvalidInput("is a socket, not a document file").WithPath(path);
    default:
      return Status::InvalidInput("not a regular file").WithPath(path);
  }
  *size = fs::file_size(path, ec);
  if (ec) return Status::IoError(SystemReason(ec)).WithPath(path);
  if (*size > kMaxDocumentBytes) {
    return Status::InvalidInput(std::to_string(*size) +
                                " bytes, larger than the largest document read (" +
                                std::to_string(kMaxDocumentBytes >> 20) + " MB)")
        .WithPath(path);
  }
  return Status::Ok();
}

}  // namespace

Result<SourceText> LoadFile(const std::string& path) {
  size_t size = 0;
  if (Status s = CheckReadable(path, &size); !s.ok()) return s;
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Status::IoError(std::string("cannot open: ") + std::strerror(errno)).WithPath(path);
  // Read at most one byte past the size seen: a file that grows meanwhile
  // is still bounded.
  std::string bytes(size + 1, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.bad()) {
    return Status::IoError(std::string("read failed: ") + std::strerror(errno)).WithPath(path);
  }
  bytes.resize(static_cast<size_t>(in.gcount()));
  if (bytes.size() > size) {
    return Status::IoError("changed size while it was read").WithPath(path);
  }
  return DecodeBytes(path, std::move(bytes));
}

}  // namespace vanban::corpus
