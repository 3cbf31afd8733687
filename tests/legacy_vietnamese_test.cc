#include "legacy_vietnamese.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/offset_map.h"

namespace vanban::corpus::internal {
namespace {

// Every vowel with every tone, and đ; 12 * 6 - 6 plain ASCII vowels + đ = 67
// letters in each case.
constexpr std::string_view kLowerPangram =
    "aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự "
    "yỳỷỹýỵ đ";
constexpr std::string_view kUpperPangram =
    "AÀẢÃÁẠ ĂẰẲẴẮẶ ÂẦẨẪẤẬ EÈẺẼÉẸ ÊỀỂỄẾỆ IÌỈĨÍỊ OÒỎÕÓỌ ÔỒỔỖỐỘ ƠỜỞỠỚỢ UÙỦŨÚỤ ƯỪỬỮỨỰ "
    "YỲỶỸÝỴ Đ";

// Real administrative sentences: what detection sees in practice.
constexpr std::string_view kSentences[] = {
    "Ủy ban nhân dân tỉnh Bắc Ninh ban hành Kế hoạch số 128/KH-UBND ngày 21/4/2026 về "
    "chuyển đổi số.",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ "
    "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương;",
    "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 02 tháng 3 năm 2026, "
    "Chủ tịch Ủy ban nhân dân tỉnh quyết định:",
    "Điều 1. Phê duyệt Đề án nâng cao chất lượng dịch vụ công trực tuyến giai đoạn 2026 - "
    "2030, bảo đảm người dân được hướng dẫn đầy đủ, kịp thời.",
    "Điều 2. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân huyện Đắk "
    "Mil tổ chức triển khai; định kỳ báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng "
    "năm.",
    "Nơi nhận: Như Điều 3; Văn phòng Chính phủ; Thường trực Tỉnh ủy; Lưu: VT, NC.",
    "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA CÁC SỞ, NGÀNH TRONG CÔNG TÁC THANH "
    "TRA, KIỂM TRA",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc",
    "Khuyến khích tổ chức, cá nhân nghiên cứu, ứng dụng khoa học, công nghệ; xử lý nghiêm "
    "hành vi vi phạm, gây ảnh hưởng xấu đến quyền lợi của người lao động và trẻ em.",
    "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này kể từ ngày ký; "
    "mọi vướng mắc phản ánh kịp thời về Văn phòng để tổng hợp, trình xem xét, giải quyết.",
    "Ông Nguyễn Văn Hải, Phó Giám đốc, được giao quản lý, sử dụng tài sản công tiết kiệm, "
    "hiệu quả; bà Trần Thị Thủy phụ trách mảng khuyến nông, thủy lợi và phòng chống lũ lụt, "
    "sạt lở đất; ông Lữ Đức Mỹ phụ trách Kỳ họp thứ chín, Hội đồng nhân dân khóa XVIII.",
};

std::vector<std::string> AllSentences() {
  std::vector<std::string> all = {std::string(kLowerPangram), std::string(kUpperPangram)};
  for (std::string_view s : kSentences) all.emplace_back(s);
  return all;
}

std::string JoinedSentences() {
  std::string text;
  for (std::string_view s : kSentences) text.append(s).append("\r\n");
  return text;
}

// The code points of `utf8`, each with its byte span.
struct CodePoint {
  UChar32 cp;
  Span span;
};

std::vector<CodePoint> CodePoints(std::string_view utf8) {
  std::vector<CodePoint> out;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    const int32_t begin = i;
    UChar32 cp;
    U8_NEXT(s, i, length, cp);
    out.push_back({cp, {static_cast<size_t>(begin), static_cast<size_t>(i)}});
  }
  return out;
}

std::string Utf8(UChar32 cp) {
  char buffer[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buffer), n, cp);
  return std::string(buffer, static_cast<size_t>(n));
}

// The 134 letters: every non-ASCII code point of the pangrams.
std::set<std::string> VietnameseLetters() {
  std::set<std::string> letters;
  for (std::string_view pangram : {kLowerPangram, kUpperPangram}) {
    for (const CodePoint& c : CodePoints(pangram)) {
      if (c.cp >= 0x80) letters.insert(Utf8(c.cp));
    }
  }
  return letters;
}

std::string Decode(LegacyCharset charset, std::string_view bytes, OffsetMap* map = nullptr) {
  OffsetMapBuilder builder;
  std::string out;
  DecodeLegacy(charset, bytes, &builder, &out);
  if (map != nullptr) *map = builder.Finish();
  return out;
}

// A test-local encoder, made by running the decoder over every byte and every
// base + diacritic pair, so the round trip tests that the decoder is a
// bijection on the 134 letters; the literal tests below pin the actual bytes.
class TestEncoder {
 public:
  explicit TestEncoder(LegacyCharset charset) : charset_(charset) {
    const std::set<std::string> letters = VietnameseLetters();
    if (charset == LegacyCharset::kTcvn3) {
      ProbeTcvn3Bytes(letters);
      BorrowLowerCaseForCapitals(letters);
    } else {
      ProbeVniPairs(letters);
      ProbeVniBytes(letters);
    }
    ProbePunctuation();
  }

  size_t letter_count() const { return letter_count_; }

  // Encodes `utf8`; `spans` receives the source bytes of each code point.
  std::string Encode(std::string_view utf8, std::vector<Span>* spans = nullptr) const {
    std::string out;
    for (const CodePoint& c : CodePoints(utf8)) {
      const size_t begin = out.size();
      if (c.cp < 0x80) {
        out.push_back(static_cast<char>(c.cp));
      } else if (auto it = table_.find(Utf8(c.cp)); it != table_.end()) {
        out += it->second;
      } else {
        ADD_FAILURE() << "no encoding for U+" << std::hex << c.cp;
      }
      if (spans != nullptr) spans->push_back({begin, out.size()});
    }
    return out;
  }

 private:
  // TCVN3 letters are lower case but for Ă Â Ê Ô Ơ Ư Đ. A byte the table does
  // not claim decodes as Windows-1252 (0xE0 "à"), so a byte whose letter
  // differs from its Latin-1 reading wins (0xB5 for "à").
  void ProbeTcvn3Bytes(const std::set<std::string>& letters) {
    for (int b = 0xA0; b <= 0xFF; ++b) {
      const std::string byte(1, static_cast<char>(b));
      const std::string decoded = Decode(charset_, byte);
      if (letters.count(decoded) == 0) continue;
      const UChar32 cp = CodePoints(decoded)[0].cp;
      if (u_isupper(cp) && std::u32string_view(U"ĂÂÊÔƠƯĐ").find(cp) == std::u32string_view::npos) {
        continue;
      }
      if (decoded != Utf8(b)) {
        table_[decoded] = byte;
      } else {
        table_.emplace(decoded, byte);
      }
    }
    letter_count_ = table_.size();
  }

  // TCVN3 capitals with tones are typed with the lower-case byte (in the
  // capitals-only font), and so decode to lower case.
  void BorrowLowerCaseForCapitals(const std::set<std::string>& letters) {
    for (const std::string& letter : letters) {
      auto lower = table_.find(Utf8(u_tolower(CodePoints(letter)[0].cp)));
      if (table_.count(letter) == 0 && lower != table_.end()) table_[letter] = lower->second;
    }
  }

  // VNI writes a base letter and a mark of the same case; only letters no
  // pair makes have bytes of their own.
  void ProbeVniPairs(const std::set<std::string>& letters) {
    for (char base : std::string_view("aeiouy\xF4\xF6"
                                      "AEIOUY\xD4\xD6")) {
      const auto b = static_cast<uint8_t>(base);
      const bool upper = (b >= 'A' && b <= 'Z') || (b >= 0x80 && b < 0xE0);
      for (int mark = upper ? 0xC0 : 0xE0; mark <= (upper ? 0xDF : 0xFF); ++mark) {
        const std::string pair = {base, static_cast<char>(mark)};
        const std::string decoded = Decode(charset_, pair);
        if (letters.count(decoded) > 0) table_.emplace(decoded, pair);
      }
    }
  }

  void ProbeVniBytes(const std::set<std::string>& letters) {
    for (int b = 0xA0; b <= 0xFF; ++b) {
      const std::string byte(1, static_cast<char>(b));
      const std::string decoded = Decode(charset_, byte);
      if (letters.count(decoded) > 0) table_.emplace(decoded, byte);
    }
    letter_count_ = table_.size();
  }

  // Quotes and dashes, 0x80-0x9F in both.
  void ProbePunctuation() {
    for (int b = 0x80; b <= 0x9F; ++b) {
      const std::string byte(1, static_cast<char>(b));
      table_.emplace(Decode(charset_, byte), byte);
    }
  }

  LegacyCharset charset_;
  std::map<std::string, std::string> table_;  // UTF-8 -> legacy bytes
  size_t letter_count_ = 0;                   // letters with bytes of their own
};

// What TCVN3 gives back: capitals with tones come back in lower case.
std::string Tcvn3RoundTrip(std::string_view utf8) {
  std::string out;
  for (const CodePoint& c : CodePoints(utf8)) {
    const bool own_capital =
        std::u32string_view(U"ĂÂÊÔƠƯĐ").find(c.cp) != std::u32string_view::npos;
    out += Utf8(c.cp >= 0x80 && !own_capital ? u_tolower(c.cp) : c.cp);
  }
  return out;
}

std::u16string ToUtf16(std::string_view utf8) {
  std::u16string out(utf8.size(), u'\0');
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &length,
                utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<size_t>(length));
  return out;
}

std::u16string Normalize(const UNormalizer2* form, const std::u16string& s) {
  UChar buffer[32];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = unorm2_normalize(form, reinterpret_cast<const UChar*>(s.data()),
                                     static_cast<int32_t>(s.size()), buffer, 32, &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  return std::u16string(reinterpret_cast<const char16_t*>(buffer), static_cast<size_t>(n));
}

// Appends the Windows-1258 bytes of `s`; false when it has no bytes.
bool FromUnicode(UConverter* converter, const std::u16string& s, std::string* out) {
  std::string buffer(s.size() * 4 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  ucnv_resetFromUnicode(converter);
  const int32_t n = ucnv_fromUChars(converter, buffer.data(), static_cast<int32_t>(buffer.size()),
                                    reinterpret_cast<const UChar*>(s.data()),
                                    static_cast<int32_t>(s.size()), &status);
  if (U_FAILURE(status)) return false;
  out->append(buffer, 0, static_cast<size_t>(n));
  return true;
}

// Windows-1258 the way Windows writes it: a precomposed byte where one
// exists, else the toneless letter followed by a combining tone byte.
std::string ToWindows1258(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open("windows-1258", &status);
  ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
  const UNormalizer2* nfd = unorm2_getNFDInstance(&status);
  std::string out;
  for (const CodePoint& c : CodePoints(utf8)) {
    const std::u16string letter = ToUtf16(Utf8(c.cp));
    if (FromUnicode(converter, letter, &out)) continue;
    std::u16string toneless = Normalize(nfd, letter);
    const size_t tone = toneless.find_first_of(u"\u0300\u0301\u0303\u0309\u0323");
    EXPECT_NE(tone, std::u16string::npos) << "U+" << std::hex << c.cp;
    if (tone == std::u16string::npos) break;
    const std::u16string mark(1, toneless[tone]);
    toneless.erase(tone, 1);
    EXPECT_TRUE(FromUnicode(converter, Normalize(nfc, toneless), &out));
    EXPECT_TRUE(FromUnicode(converter, mark, &out));
  }
  ucnv_close(converter);
  return out;
}

std::string ToCharset(const char* charset, std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(charset, &status);
  std::string out;
  EXPECT_TRUE(FromUnicode(converter, ToUtf16(utf8), &out)) << charset;
  ucnv_close(converter);
  return out;
}

bool IsNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const std::u16string s = ToUtf16(utf8);
  const UBool normalized =
      unorm2_isNormalized(unorm2_getNFCInstance(&status), reinterpret_cast<const UChar*>(s.data()),
                          static_cast<int32_t>(s.size()), &status);
  return U_SUCCESS(status) && normalized;
}

std::string Hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (char c : bytes) {
    const auto b = static_cast<uint8_t>(c);
    out += {kDigits[b >> 4], kDigits[b & 0xF], ' '};
  }
  return out;
}

TEST(LegacyVietnameseTest, SentencesCoverAllLetters) {
  std::set<std::string> seen;
  for (const std::string& s : AllSentences()) {
    for (const CodePoint& c : CodePoints(s)) seen.insert(Utf8(c.cp));
  }
  const std::set<std::string> letters = VietnameseLetters();
  EXPECT_EQ(letters.size(), 134u);
  for (const std::string& letter : letters) EXPECT_EQ(seen.count(letter), 1u) << letter;
}

TEST(LegacyVietnameseTest, EncodersFindEveryLetter) {
  // TCVN3: 67 lower-case letters and Ă Â Ê Ô Ơ Ư Đ; VNI: all 134.
  EXPECT_EQ(TestEncoder(LegacyCharset::kTcvn3).letter_count(), 74u);
  EXPECT_EQ(TestEncoder(LegacyCharset::kVni).letter_count(), 134u);
}

TEST(LegacyVietnameseTest, Tcvn3RoundTrip) {
  const TestEncoder encoder(LegacyCharset::kTcvn3);
  for (const std::string& s : AllSentences()) {
    const std::string bytes = encoder.Encode(s);
    EXPECT_EQ(Decode(LegacyCharset::kTcvn3, bytes), Tcvn3RoundTrip(s)) << Hex(bytes);
  }
}

TEST(LegacyVietnameseTest, VniRoundTrip) {
  const TestEncoder encoder(LegacyCharset::kVni);
  for (const std::string& s : AllSentences()) {
    const std::string bytes = encoder.Encode(s);
    EXPECT_EQ(Decode(LegacyCharset::kVni, bytes), s) << Hex(bytes);
  }
}

TEST(LegacyVietnameseTest, Tcvn3KnownBytes) {
  const std::map<std::string, std::string> known = {
      {"\xB8", "á"}, {"\xB5", "à"}, {"\xB6", "ả"}, {"\xB7", "ã"}, {"\xB9", "ạ"}, {"\xA8", "ă"},
      {"\xA9", "â"}, {"\xAA", "ê"}, {"\xAB", "ô"}, {"\xAC", "ơ"}, {"\xAD", "ư"}, {"\xAE", "đ"},
      {"\xA1", "Ă"}, {"\xA2", "Â"}, {"\xA3", "Ê"}, {"\xA4", "Ô"}, {"\xA5", "Ơ"}, {"\xA6", "Ư"},
      {"\xA7", "Đ"}, {"\xBE", "ắ"}, {"\xC6", "ặ"}, {"\xCA", "ấ"}, {"\xCB", "ậ"}, {"\xCC", "è"},
      {"\xD0", "é"}, {"\xD5", "ế"}, {"\xD6", "ệ"}, {"\xDD", "í"}, {"\xDC", "ĩ"}, {"\xE3", "ó"},
      {"\xE8", "ố"}, {"\xEA", "ờ"}, {"\xED", "ớ"}, {"\xF3", "ú"}, {"\xF8", "ứ"}, {"\xF9", "ự"},
      {"\xFD", "ý"}, {"\xFE", "ỵ"},
  };
  for (const auto& [bytes, letter] : known) {
    EXPECT_EQ(Decode(LegacyCharset::kTcvn3, bytes), letter) << Hex(bytes);
  }
  EXPECT_EQ(Decode(LegacyCharset::kTcvn3, "Vi\xD6t Nam"), "Việt Nam");
  EXPECT_EQ(Decode(LegacyCharset::kTcvn3, "H\xB5 N\xE9i"), "Hà Nội");
  EXPECT_EQ(Decode(LegacyCharset::kTcvn3,
                   "Ng\xAD\xEAi \xAE\xAD\xEE"
                   "c"),
            "Người được");
  // The capitals font reuses lower-case codes: "QUYẾT ĐỊNH" typed in .VnTimeH.
  EXPECT_EQ(Decode(LegacyCharset::kTcvn3, "QUY\xD5T \xA7\xDENH"), "QUYếT ĐịNH");
}

TEST(LegacyVietnameseTest, VniKnownBytes) {
  const std::map<std::string, std::string> known = {
      {"a\xF9", "á"},    {"a\xF8", "à"}, {"a\xFB", "ả"}, {"a\xF5", "ã"},    {"a\xEF", "ạ"},
      {"a\xEA", "ă"},    {"a\xE9", "ắ"}, {"a\xE8", "ằ"}, {"a\xFA", "ẳ"},    {"a\xFC", "ẵ"},
      {"a\xEB", "ặ"},    {"a\xE2", "â"}, {"a\xE1", "ấ"}, {"a\xE0", "ầ"},    {"a\xE5", "ẩ"},
      {"a\xE3", "ẫ"},    {"a\xE4", "ậ"}, {"e\xE2", "ê"}, {"o\xE2", "ô"},    {"\xF4", "ơ"},
      {"\xF6", "ư"},     {"\xF1", "đ"},  {"\xEC", "ì"},  {"\xED", "í"},     {"\xE6", "ỉ"},
      {"\xF3", "ĩ"},     {"\xF2", "ị"},  {"\xEE", "ỵ"},  {"\xF4\xF9", "ớ"}, {"\xF6\xEF", "ự"},
      {"y\xF5", "ỹ"},    {"A\xD9", "Á"}, {"A\xCA", "Ă"}, {"E\xC1", "Ế"},    {"O\xC4", "Ộ"},
      {"\xD4", "Ơ"},     {"\xD6", "Ư"},  {"\xD1", "Đ"},  {"\xCE", "Ỵ"},     {"\xC6", "Ỉ"},
      {"\xD6\xD8", "Ừ"}, {"U\xDB", "Ủ"}, {"a\xD9", "á"}, {"U\xFB", "Ủ"},
  };
  for (const auto& [bytes, letter] : known) {
    EXPECT_EQ(Decode(LegacyCharset::kVni, bytes), letter) << Hex(bytes);
  }
  EXPECT_EQ(Decode(LegacyCharset::kVni, "Vie\xE4t Nam"), "Việt Nam");
  EXPECT_EQ(Decode(LegacyCharset::kVni,
                   "\xD1"
                   "a\xF8 Na\xFCng"),
            "Đà Nẵng");
  EXPECT_EQ(Decode(LegacyCharset::kVni,
                   "ng\xF6\xF4\xF8i \xF1\xF6\xF4\xEF"
                   "c"),
            "người được");
  EXPECT_EQ(Decode(LegacyCharset::kVni, "TR\xD6\xD4\xD8NG"), "TRƯỜNG");
  // Title-casing leaves the mark lower case; the base sets the case.
  EXPECT_EQ(Decode(LegacyCharset::kVni, "U\xFBy ban"), "Ủy ban");
}

TEST(LegacyVietnameseTest, UnclaimedBytesKeepWindows1252Meaning) {
  EXPECT_EQ(Decode(LegacyCharset::kTcvn3, "\x93x\x94 \x96 \x80"), "“x” – €");
  EXPECT_EQ(Decode(LegacyCharset::kTcvn3, "\xC0\xE0\xF0"), "Ààð");
  EXPECT_EQ(Decode(LegacyCharset::kVni, "\x93x\x94 \x97"), "“x” —");
  // A breve cannot sit on e, and a mark after a consonant has nothing to sit on.
  EXPECT_EQ(Decode(LegacyCharset::kVni, "e\xEA"), "eê");
  EXPECT_EQ(Decode(LegacyCharset::kVni, "b\xF9"), "bù");
  EXPECT_EQ(Decode(LegacyCharset::kVni, "\xF9"), "ù");
  EXPECT_EQ(Decode(LegacyCharset::kVni, "a"), "a");
  EXPECT_EQ(Decode(LegacyCharset::kVni, ""), "");
}

TEST(LegacyVietnameseTest, OutputIsNfc) {
  for (LegacyCharset charset : {LegacyCharset::kTcvn3, LegacyCharset::kVni}) {
    std::string all;
    for (int b = 0x80; b <= 0xFF; ++b) {
      all += {'a', static_cast<char>(b), 'o', static_cast<char>(b)};
    }
    EXPECT_TRUE(IsNfc(Decode(charset, all)));
  }
}

// Every decoded code point maps back to exactly the bytes that encoded it.
void ExpectMapBackToSource(LegacyCharset charset, std::string_view text) {
  const TestEncoder encoder(charset);
  std::vector<Span> spans;
  const std::string bytes = encoder.Encode(text, &spans);
  OffsetMap map;
  const std::string decoded = Decode(charset, bytes, &map);
  ASSERT_TRUE(map.IsValid());
  EXPECT_EQ(map.target_size(), decoded.size());
  const std::vector<CodePoint> points = CodePoints(decoded);
  ASSERT_EQ(points.size(), spans.size());
  for (size_t i = 0; i < points.size(); ++i) {
    EXPECT_EQ(map.ToSource(points[i].span), spans[i])
        << "code point " << i << " U+" << std::hex << points[i].cp;
  }
}

TEST(LegacyVietnameseTest, OffsetMapPointsAtSourceBytes) {
  for (const std::string& s : AllSentences()) {
    ExpectMapBackToSource(LegacyCharset::kTcvn3, s);
    ExpectMapBackToSource(LegacyCharset::kVni, s);
  }
}

TEST(LegacyVietnameseTest, OffsetMapOfVniLetterAndAsciiRun) {
  // "Quyết định": "Quye" + á, " " , ñ, ò, "nh".
  const std::string bytes = "Quye\xE1t \xF1\xF2nh";
  OffsetMap map;
  const std::string decoded = Decode(LegacyCharset::kVni, bytes, &map);
  ASSERT_EQ(decoded, "Quyết định");
  EXPECT_EQ(map.ToSource({0, 3}), (Span{0, 3}));     // "Quy", copied
  EXPECT_EQ(map.ToSource({3, 6}), (Span{3, 5}));     // "ế" from "e\xE1"
  EXPECT_EQ(map.ToSource({6, 8}), (Span{5, 7}));     // "t "
  EXPECT_EQ(map.ToSource({8, 10}), (Span{7, 8}));    // "đ"
  EXPECT_EQ(map.ToSource({10, 13}), (Span{8, 9}));   // "ị"
  EXPECT_EQ(map.ToSource({13, 15}), (Span{9, 11}));  // "nh"
  EXPECT_EQ(map.ToSource({0, 15}), (Span{0, 11}));
}

TEST(LegacyVietnameseTest, DetectsTcvn3) {
  const std::string bytes = TestEncoder(LegacyCharset::kTcvn3).Encode(JoinedSentences());
  EXPECT_EQ(DetectLegacyCharset(bytes), LegacyCharset::kTcvn3);
  EXPECT_EQ(DetectLegacyCharset(TestEncoder(LegacyCharset::kTcvn3).Encode(kSentences[0])),
            LegacyCharset::kTcvn3);
}

TEST(LegacyVietnameseTest, DetectsVni) {
  const std::string bytes = TestEncoder(LegacyCharset::kVni).Encode(JoinedSentences());
  EXPECT_EQ(DetectLegacyCharset(bytes), LegacyCharset::kVni);
  EXPECT_EQ(DetectLegacyCharset(TestEncoder(LegacyCharset::kVni).Encode(kSentences[0])),
            LegacyCharset::kVni);
}

TEST(LegacyVietnameseTest, EachSentenceIsDetectedOnItsOwn) {
  const TestEncoder tcvn3(LegacyCharset::kTcvn3);
  const TestEncoder vni(LegacyCharset::kVni);
  for (std::string_view s : kSentences) {
    EXPECT_EQ(DetectLegacyCharset(tcvn3.Encode(s)), LegacyCharset::kTcvn3) << s;
    EXPECT_EQ(DetectLegacyCharset(vni.Encode(s)), LegacyCharset::kVni) << s;
  }
}

TEST(LegacyVietnameseTest, Windows1258IsNotLegacy) {
  const std::string bytes = ToWindows1258(JoinedSentences());
  // Sanity: the bytes use combining tones (0xEC acute) and precomposed â (0xE2).
  ASSERT_NE(bytes.find('\xEC'), std::string::npos);
  ASSERT_NE(bytes.find('\xE2'), std::string::npos);
  EXPECT_EQ(DetectLegacyCharset(bytes), std::nullopt);
  for (std::string_view s : kSentences) {
    EXPECT_EQ(DetectLegacyCharset(ToWindows1258(s)), std::nullopt) << s;
  }
}

TEST(LegacyVietnameseTest, AsciiIsNotLegacy) {
  EXPECT_EQ(DetectLegacyCharset(""), std::nullopt);
  EXPECT_EQ(DetectLegacyCharset("Uy ban nhan dan tinh Bac Ninh\r\nKe hoach so 128/KH-UBND\n"),
            std::nullopt);
}

TEST(LegacyVietnameseTest, RandomBytesAreNotLegacy) {
  std::mt19937 random(20260421);
  std::string binary, printable;
  for (int i = 0; i < 8192; ++i) {
    binary.push_back(static_cast<char>(random() & 0xFF));
    printable.push_back(static_cast<char>(0x20 + random() % 0xE0));
  }
  EXPECT_EQ(DetectLegacyCharset(binary), std::nullopt);
  EXPECT_EQ(DetectLegacyCharset(printable), std::nullopt);
}

TEST(LegacyVietnameseTest, WesternEuropeanTextIsNotLegacy) {
  const std::string french = ToCharset(
      "ISO-8859-1",
      "Le comité de pilotage s'est réuni à Genève le 3 décembre. Après une présentation "
      "détaillée, les élèves de l'école ont reçu un prix; où est la tâche suivante? Le "
      "président a signé le décret, et la sécurité de l'hôtel a été renforcée. Noël approche, "
      "et ça fait plaisir à tout le monde: fenêtre, forêt, naïve, maïs, cœur, déjà vu.");
  const std::string german = ToCharset(
      "windows-1252",
      "Die Behörde prüft die Anträge für öffentliche Förderung. Größere Städte müssen "
      "Straßen und Brücken schnell überprüfen, schön wäre es, wenn alle Bürger mitmachen.");
  const std::string english = ToCharset(
      "windows-1252",
      "The committee’s “final” report — released on Monday — said the café’s déjà vu menu was "
      "fine… The naïve résumé was rejected.");
  EXPECT_EQ(DetectLegacyCharset(french), std::nullopt);
  EXPECT_EQ(DetectLegacyCharset(german), std::nullopt);
  EXPECT_EQ(DetectLegacyCharset(english), std::nullopt);
}

TEST(LegacyVietnameseTest, TooLittleEvidenceIsNotLegacy) {
  // "Hà Nội": two letters could be any of the charsets.
  EXPECT_EQ(DetectLegacyCharset("H\xB5 N\xE9i"), std::nullopt);
  EXPECT_EQ(DetectLegacyCharset("Ha\xF8 No\xE4i"), std::nullopt);
}

TEST(LegacyVietnameseTest, Utf8IsNotLegacy) {
  EXPECT_EQ(DetectLegacyCharset(JoinedSentences()), std::nullopt);
}

TEST(LegacyVietnameseTest, CurlyQuotesDoNotHideLegacyText) {
  const TestEncoder vni(LegacyCharset::kVni);
  const std::string bytes = vni.Encode("“Ủy ban nhân dân” – tỉnh Bắc Ninh ban hành “Kế hoạch”");
  EXPECT_EQ(DetectLegacyCharset(bytes), LegacyCharset::kVni);
}

}  // namespace
}  // namespace vanban::corpus::internal
