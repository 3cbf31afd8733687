#include "vanban/corpus.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

namespace vanban::corpus {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ =
        fs::temp_directory_path() /
        ("vanban_corpus_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& rel, const std::string& bytes) const {
    const fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

std::string Nfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  nfc->normalize(icu::UnicodeString::fromUTF8(s), status).toUTF8String(out);
  return out;
}

TEST(DiscoverTest, WalksRecursivelySkippingHiddenAndOtherExtensions) {
  TempDir dir;
  dir.Write("a.txt", "x");
  dir.Write("sub/b.md", "x");
  dir.Write("sub/deeper/C.TXT", "x");
  dir.Write("sub/photo.jpg", "x");
  // found, so that loading it says why it is refused instead of silence
  dir.Write("sub/report.pdf", "x");
  dir.Write("sub/old.doc", "x");
  dir.Write("sub/new.docx", "x");
  dir.Write(".hidden.txt", "x");
  dir.Write(".git/d.txt", "x");
  const Discovery found = DiscoverFiles({dir.path()});
  ASSERT_EQ(found.files.size(), 6u);
  EXPECT_TRUE(found.errors.empty());
  EXPECT_NE(found.files[0].find("a.txt"), std::string::npos);
}

TEST(DiscoverTest, MissingPathIsReportedAndOthersStillFound) {
  TempDir dir;
  const std::string file = dir.Write("a.txt", "x");
  const Discovery found = DiscoverFiles({dir.path() + "/nope", file});
  EXPECT_EQ(found.files.size(), 1u);
  ASSERT_EQ(found.errors.size(), 1u);
  EXPECT_NE(found.errors[0].message().find("nope: no such file"), std::string::npos);
  EXPECT_EQ(found.errors[0].path(), dir.path() + "/nope");
  EXPECT_EQ(found.errors[0].reason(), "no such file or directory");
}

TEST(DiscoverTest, SymlinkLoopIsNamedAsSuch) {
  TempDir dir;
  fs::create_symlink(dir.path() + "/b", dir.path() + "/a");
  fs::create_symlink(dir.path() + "/a", dir.path() + "/b");
  const Discovery found = DiscoverFiles({dir.path() + "/a"});
  ASSERT_EQ(found.errors.size(), 1u);
  EXPECT_NE(found.errors[0].message().find("symbolic links"), std::string::npos)
      << found.errors[0].message();
}

// Special files are refused by their type before they are opened: reading a
// FIFO would block for ever, a device would stream for ever.
TEST(LoadTest, SpecialFilesAreRefusedByType) {
  TempDir dir;
  const std::string fifo = dir.path() + "/pipe.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto r = LoadFile(fifo);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("pipe.txt: is a FIFO"), std::string::npos);
  for (const char* device : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
    if (!fs::exists(device)) continue;
    r = LoadFile(device);
    ASSERT_FALSE(r.ok()) << device;
    EXPECT_NE(r.status().message().find("is a device"), std::string::npos) << device;
  }
  r = LoadFile(dir.path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("is a directory"), std::string::npos);
}

TEST(LoadTest, DanglingSymlinkAndEmptyFile) {
  TempDir dir;
  fs::create_symlink(dir.path() + "/gone.txt", dir.path() + "/link.txt");
  auto r = LoadFile(dir.path() + "/link.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("link.txt: no such file"), std::string::npos)
      << r.status().message();
  r = LoadFile(dir.Write("empty.txt", ""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "");
}

TEST(LoadTest, PlainUtf8IsIdentity) {
  auto src = DecodeBytes("a.txt", "Kế hoạch số 128/KH-UBND");
  ASSERT_TRUE(src.ok());
  EXPECT_EQ(src->encoding, Encoding::kUtf8);
  EXPECT_EQ(src->text, "Kế hoạch số 128/KH-UBND");
  EXPECT_EQ(src->map.ToSource(Span{0, 5}), (Span{0, 5}));
  EXPECT_TRUE(src->warnings.empty());
}

TEST(LoadTest, Utf8BomIsStrippedAndMapShifted) {
  auto src = DecodeBytes("a.txt", "\xEF\xBB\xBFSố: 12");
  ASSERT_TRUE(src.ok());
  EXPECT_EQ(src->encoding, Encoding::kUtf8Bom);
  EXPECT_EQ(src->text, "Số: 12");
  EXPECT_EQ(src->map.ToSourceBegin(0), 3u);
}

std::string Utf16(const std::string& utf8, bool big_endian) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (int32_t i = 0; i < u.length(); ++i) {
    const char16_t c = u.charAt(i);
    const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

TEST(LoadTest, Utf16LittleAndBigEndianWithBom) {
  const std::string text = "Ủy ban nhân dân tỉnh 😀";
  for (bool big : {false, true}) {
    auto src = DecodeBytes("u16.txt", Utf16(text, big));
    ASSERT_TRUE(src.ok());
    EXPECT_EQ(src->encoding, big ? Encoding::kUtf16Be : Encoding::kUtf16Le);
    EXPECT_EQ(src->text, text);
    // "Ủ" is one UTF-16 unit at bytes 2..4
    EXPECT_EQ(src->map.ToSource(Span{0, 3}), (Span{2, 4}));
    EXPECT_TRUE(src->warnings.empty());
  }
}

// Windows tools save UTF-16 without a byte order mark too: its zero bytes
// on one side of the pairs tell the byte order; zeros on both sides (binary
// data) or a lone NUL do not look like it.
TEST(LoadTest, Utf16WithoutBomByItsZeros) {
  const std::string text = "Số: 12/KH-UBND\nỦy ban nhân dân tỉnh Hà Giang ban hành kế hoạch";
  for (bool big : {false, true}) {
    const std::string bytes = Utf16(text, big).substr(2);
    EXPECT_EQ(Utf16ByteOrderWithoutBom(bytes), big);
    auto src = DecodeBytes("u16.txt", bytes);
    ASSERT_TRUE(src.ok()) << src.status().ToString();
    EXPECT_EQ(src->encoding, big ? Encoding::kUtf16Be : Encoding::kUtf16Le);
    EXPECT_EQ(src->text, text);
    EXPECT_EQ(src->map.ToSource(Span{0, 1}), (Span{0, 2}));
  }
  EXPECT_EQ(Utf16ByteOrderWithoutBom(std::string("\0\0\0\0\x01\x02\0\0", 8)), std::nullopt);
  EXPECT_EQ(Utf16ByteOrderWithoutBom(std::string("Số: 12\0 trang", 15)), std::nullopt);
  EXPECT_EQ(Utf16ByteOrderWithoutBom(std::string("a\0", 2)), std::nullopt);
}

TEST(LoadTest, Utf16UnpairedSurrogateWarns) {
  std::string bytes =
      "\xFF\xFE"
      "a\0"
      "\x00\xD8"
      "b\0";
  bytes = std::string("\xFF\xFE", 2) + std::string(
                                           "a\0\x00\xD8"
                                           "b\0",
                                           6);
  auto src = DecodeBytes("bad16.txt", bytes);
  ASSERT_TRUE(src.ok());
  EXPECT_EQ(src->text,
            "a\xEF\xBF\xBD"
            "b");
  ASSERT_EQ(src->warnings.size(), 1u);
  EXPECT_NE(src->warnings[0].find("bad16.txt"), std::string::npos);
}

TEST(LoadTest, NulByteIsBinaryError) {
  auto src = DecodeBytes("scan.txt", std::string("PK\x03\x04\0\0data", 10));
  ASSERT_FALSE(src.ok());
  EXPECT_NE(src.status().message().find("scan.txt"), std::string::npos);
  EXPECT_NE(src.status().message().find("binary"), std::string::npos);
}

TEST(LoadTest, InvalidUtf8LoadsWithReplacementAndWarning) {
  auto src = DecodeBytes("broken.txt", "Kế hoạch \xFF số 12/KH-UBND và chuyển đổi số");
  ASSERT_TRUE(src.ok());
  EXPECT_EQ(src->encoding, Encoding::kUtf8);
  EXPECT_NE(src->text.find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_EQ(src->warnings.size(), 1u);
  EXPECT_NE(src->warnings[0].find("broken.txt"), std::string::npos);
  EXPECT_NE(src->warnings[0].find("offset 13"), std::string::npos);
  EXPECT_NE(src->warnings[0].find("0xFF"), std::string::npos);
}

TEST(LoadTest, Windows1258WithCombiningTones) {
  // "Kế hoạch số 12 về chuyển đổi số" in Windows-1258: hats precomposed,
  // tones as separate bytes after the vowel.
  const std::string bytes =
      "K\xEA\xEC hoa\xF2"
      "ch s\xF4\xEC 12 v\xEA\xCC chuy\xEA\xD2n \xF0\xF4\xD2i s\xF4\xEC";
  auto src = DecodeBytes("cp1258.txt", bytes);
  ASSERT_TRUE(src.ok());
  EXPECT_EQ(src->encoding, Encoding::kWindows1258);
  EXPECT_EQ(Nfc(src->text), "Kế hoạch số 12 về chuyển đổi số");
  EXPECT_TRUE(src->warnings.empty());
}

TEST(LoadTest, EmptyFileIsEmptyText) {
  auto src = DecodeBytes("empty.txt", "");
  ASSERT_TRUE(src.ok());
  EXPECT_TRUE(src->text.empty());
}

TEST(LoadTest, FileErrorsNameTheFile) {
  TempDir dir;
  auto missing = LoadFile(dir.path() + "/none.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("none.txt"), std::string::npos);
  auto directory = LoadFile(dir.path());
  ASSERT_FALSE(directory.ok());
  EXPECT_NE(directory.status().message().find("directory"), std::string::npos);
}

TEST(LoadTest, ReadsFileAndHashesIt) {
  TempDir dir;
  const std::string path = dir.Write("abc.txt", "abc");
  auto src = LoadFile(path);
  ASSERT_TRUE(src.ok());
  EXPECT_EQ(src->sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(src->path, path);
}

TEST(LoadTest, RandomBytesNeverCrash) {
  std::string bytes;
  uint32_t x = 12345;
  for (int round = 0; round < 200; ++round) {
    bytes.clear();
    for (int i = 0; i < 300; ++i) {
      x = x * 1103515245 + 12345;
      char c = static_cast<char>(x >> 16);
      bytes.push_back(c == 0 ? 'x' : c);
    }
    auto src = DecodeBytes("fuzz.txt", bytes);
    ASSERT_TRUE(src.ok());
    EXPECT_TRUE(src->map.IsValid());
    EXPECT_EQ(src->map.target_size(), src->text.size());
  }
}

}  // namespace
}  // namespace vanban::corpus
