// identity: case tables on small fixtures written for these tests, one per
// header form (two columns side by side, a Markdown table, table cells one
// per line, interleaved columns, spaced letters, a site's page chrome) and
// the document's extent.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extent.h"
#include "extractor_test_util.h"
#include "identity.h"
#include "test_util.h"
#include "vanban/extractor.h"

namespace vanban::extractor {
namespace {

using vanban::testing::TheExtractor;

DocumentIdentity Identity(std::string_view text) {
  return TheExtractor().Extract(vanban::testing::Normalize(text), "test.txt").document;
}

struct IdentityCase {
  std::string_view form;
  std::string_view text;
  std::string_view type, code, issued, issuer, signer;
};

// Each header form, with what a reader must find in it.
const IdentityCase kCases[] = {
    {"two columns side by side (pdftotext -layout)",
     "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "TỈNH LÀO CAI                Độc lập - Tự do - Hạnh phúc\n\n"
     "Số: 5973 /UBND-KT          Lào Cai, ngày 11 tháng 6 năm 2026\n"
     "V/v tăng cường quản lý khoáng sản\n\nKính gửi: Các sở, ngành.\n\nNội dung.\n\n"
     "Nơi nhận:                  KT. CHỦ TỊCH\n- Như trên;                PHÓ CHỦ TỊCH\n"
     "- Lưu: VT.\n\n\n                           Nguyễn Văn An\n",
     "CV", "5973/UBND-KT", "2026-06-11", "Ủy ban nhân dân tỉnh Lào Cai", "Nguyễn Văn An"},
    {"Markdown pipe table, signature in a table row",
     "# Về việc giải quyết chế độ ở một tỉnh khác\n\n"
     "| ỦY BAN NHÂN DÂN TỈNH BÌNH AN ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do "
     "- Hạnh phúc --------------- |\n|---|---|\n"
     "| Số: 12/QĐ-UBND | Bình An, ngày 03 tháng 02 năm 2023 |\n\nQUYẾT ĐỊNH\n\n"
     "VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW\n\n"
     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
     "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành Kế hoạch.\n\n"
     "| Nơi nhận: - Như Điều 3; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thị Bình |\n"
     "|---|---|\n",
     "QĐ", "12/QĐ-UBND", "2023-02-03", "Ủy ban nhân dân tỉnh Bình An", "Trần Thị Bình"},
    {"columns interleaved line by line (pdftotext -layout of a table)",
     "Về việc phê duyệt một đề án khác\nCỘNG HÒA XÃ HỘI CHỦ\n"
     "ỦY BAN NHÂN DÂN TỈNH       NGHĨA VIỆT NAM Độc lập -\n"
     "BÌNH AN -------            Tự do - Hạnh phúc ---------------\n"
     "Số: 518/QĐ-UBND            Bình An, ngày 23 tháng 02\nnăm 2023\n\nQUYẾT ĐỊNH\n"
     "VỀ VIỆC PHÂN BỔ VỐN\nCăn cứ Luật Đầu tư công;\nĐiều 1. Phân bổ vốn.\n"
     "Nơi nhận:                  CHỦ TỊCH Hoàng Quốc\n- Lưu: VT.                 Khánh\n",
     "QĐ", "518/QĐ-UBND", "2023-02-23", "Ủy ban nhân dân tỉnh Bình An", "Hoàng Quốc Khánh"},
    {"pdftotext -raw: columns run into each other",
     "BAN CHỈ ĐẠO QUỐC GIA VỀ\nCỘNG HÒA XÃ HỘI CHỦ\n"
     "TÌM KIẾM, QUY TẬP HÀI CỐT NGHĨA VIỆT NAM Độc lập LIỆT SĨ ------Tự do - Hạnh phúc "
     "--------------Số: 252/KH-BCĐQG1237\n\nHà Nội, ngày 11 tháng 11 năm\n2013\n\nKẾ HOẠCH\n"
     "TRIỂN KHAI ĐỀ ÁN\nCăn cứ Quyết định số 1237/QĐ-TTg;\nI. MỤC ĐÍCH\n",
     "KH", "252/KH-BCĐQG1237", "2013-11-11",
     "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ", ""},
    {"parent body above the issuing department",
     "UBND TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG   Độc lập - Tự do - Hạnh Phúc\n\n"
     "Số: 5141 /SNNMT-KS         Lào Cai, ngày 29 tháng 12 năm 2025\nV/v báo cáo sản lượng\n\n"
     "Kính gửi: Các tổ chức khai thác khoáng sản.\n\nNội dung.\n\n"
     "Nơi nhận:                  KT. GIÁM ĐỐC\n- Như trên;\n          PHÓ GIÁM ĐỐC\n- Lưu: VT.\n\n"
     "                  Phạm Năng Hòa\n",
     "CV", "5141/SNNMT-KS", "2025-12-29", "Sở Nông nghiệp và Môi trường tỉnh Lào Cai",
     "Phạm Năng Hòa"},
    {"ministry above its general department, in one table cell",
     "| BỘ TÀI CHÍNH TỔNG CỤC THUẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
     "Hạnh phúc --------------- |\n|---|---|\n"
     "| Số: 1414/TCT-CS V/v hỗ trợ nhà ở. | Hà Nội, ngày 04 tháng 05 năm 2013 |\n\n"
     "Kính gửi: Cục Thuế tỉnh Hà Tĩnh.\n\nNội dung.\n\n"
     "| Nơi nhận: - Như trên; - Lưu: VT. | TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ "
     "VỤ TRƯỞNG Ngô Văn Độ |\n|---|---|\n",
     "CV", "1414/TCT-CS", "2013-05-04", "Tổng cục Thuế", "Ngô Văn Độ"},
    {"table cells one per line between '|' lines, with a site's chrome around",
     "Số hiệu:\n|\n45/KH-UBND\n|\nLoại văn bản:\n|\nKế hoạch\n|\nNgười ký:\n|\nLê Văn Cường\n|\n"
     "Ngày ban hành:\n|\n18/11/2025\n|\n"
     "Kế hoạch triển khai Nghị quyết 48/NQ-CP\n"
     "Ngày 18/11/2025, UBND tỉnh ban hành Kế hoạch 45/KH-UBND.\n|\n"
     "ỦY BAN NHÂN\nDÂN\nTỈNH ĐỒNG XUÂN\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\n|\n|\nSố: 45/KH-UBND\n|\nĐồng Xuân,\nngày 18 tháng 11 năm "
     "2025\n|\n"
     "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP\n"
     "Thực hiện Nghị quyết số 48/NQ-CP, UBND tỉnh ban hành Kế hoạch.\nI. MỤC ĐÍCH\nNội dung.\n|\n"
     "Nơi nhận:\n- Bộ Tài chính;\n- Lưu: VT.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Cường\n|\n"
     "Kế hoạch 45/KH-UBND năm 2025 triển khai Nghị quyết 48/NQ-CP\nVăn bản liên quan\n"
     "Ban hành:\n01/12/2025\nHiệu lực: Đã biết\nTình trạng: Đã biết\nCập nhật:\n02/12/2025\n"
     "Địa chỉ:\n|\n17 Đường Một\n|\nMã số thuế:\n|\n0123456789\n",
     "KH", "45/KH-UBND", "2025-11-18", "Ủy ban nhân dân tỉnh Đồng Xuân", "Lê Văn Cường"},
    {"letters spaced one by one",
     "| ỦY B AN NHÂN D Â N TỈNH AN GIANG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
     "Tự do - Hạnh phúc |\n|---|---|\n"
     "| Số: 32/QĐ - U B ND | An Giang, ngày 2 tháng 6 năm 2014 |\n\nQUYẾT ĐỊNH\n\n"
     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG\n\nCăn cứ Luật;\n\nĐiều 1. Ban hành.\n\n"
     "| Nơi nhận: - Như Điều 3; - Lưu: VT. | KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tâm |\n",
     "QĐ", "32/QĐ-UBND", "2014-06-02", "Ủy ban nhân dân tỉnh An Giang", "Nguyễn Hữu Tâm"},
    {"title broken over lines beside the recipients (w3m)",
     "ỦY BAN NHÂN DÂN TỈNH ĐỒNG XUÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Số: 179/KH-UBND Đồng Xuân, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nPHÁT TRIỂN KINH TẾ SỐ\n"
     "Căn cứ Luật;\nI. MỤC TIÊU\nNội dung.\n"
     "Nơi nhận: - Bộ Khoa học và Công nghệ; - Các sở, ban, ngành, đoàn TM. ỦY BAN NHÂN DÂN CHỦ\n"
     "thể; - Lưu: VT, KTNS.                            TỊCH Võ Tấn Hưng\n",
     "KH", "179/KH-UBND", "2025-11-18", "Ủy ban nhân dân tỉnh Đồng Xuân", "Võ Tấn Hưng"},
    {"telegram (Công điện), date in italics, OCR'd type heading",
     "|\nTHỦ TƯỚNG CHÍNH\nPHỦ\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
     "phúc\n"
     "|\n|\nSố: 227/CĐ-TTg\n|\n*Hà Nội, ngày 23\ntháng 11 năm 2025 *\n|\nCÔNG ĐIỆN\n"
     "V/V KHẮC PHỤC HẬU QUẢ MƯA LŨ\nNội dung.\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n"
     "THỦ TƯỚNG\nPhạm Minh Quang\n|\n",
     "CĐ", "227/CĐ-TTg", "2025-11-23", "Thủ tướng Chính phủ", "Phạm Minh Quang"},
    {"party office: the unit under its committee, a cover letter with a draft attached",
     "ĐẢNG ỦY CHÍNH PHỦ\nVĂN PHÒNG\n\\*\nSố 402-CV/VPĐU\nV/v xin ý kiến dự thảo báo cáo\n\n"
     "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 25 tháng 5 năm 2025\n\nKính gửi: Các đồng chí.\n\n"
     "Nội dung.\n\nNơi nhận:\n- Như trên,\n- Lưu: VT.\n\nCHÁNH VĂN PHÒNG\n\nTrần Văn Nam\n\n---\n\n"
     "ĐẢNG ỦY CHÍNH PHỦ\n\nSố: - CV/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
     "Hà Nội, ngày tháng 5 năm 2025\n\nBÁO CÁO\n\nNội dung.\n\nNơi nhận:\n- Lưu.\n\n"
     "BÍ THƯ\n\nLê Minh Khôi\n",
     "CV", "402-CV/VPĐU", "2025-05-25", "Văn phòng Đảng ủy Chính phủ", "Trần Văn Nam"},
    {"OCR: accents misread in the type heading, letters for digits in the number",
     "ỦY BAN NHÂN DÂN TỈNH NGHỆ SƠN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Số: 1O26/QĐ-UBND      Nghệ Sơn, ngày 26 tháng 11 năm 2025\nQUYÉT ĐỊNH\nVề việc ban hành\n"
     "Căn cứ Luật;\n",
     "QĐ", "1026/QĐ-UBND", "2025-11-26", "Ủy ban nhân dân tỉnh Nghệ Sơn", ""},
};

TEST(IdentityCases, EveryHeaderForm) {
  for (const IdentityCase& c : kCases) {
    SCOPED_TRACE(c.form);
    const DocumentIdentity id = Identity(c.text);
    EXPECT_EQ(id.type, c.type);
    ASSERT_TRUE(id.code.has_value());
    EXPECT_EQ(id.code->canonical, c.code);
    EXPECT_EQ(id.issued.Iso(), c.issued);
    EXPECT_EQ(id.issuer, c.issuer);
    EXPECT_EQ(id.signer.name, c.signer);
  }
}

TEST(IdentityCases, SignerTitleLeavesOutSigningForMarks) {
  EXPECT_EQ(Identity(kCases[0].text).signer.title, "Phó chủ tịch");
  EXPECT_EQ(Identity(kCases[1].text).signer.title, "Phó chủ tịch");
  EXPECT_EQ(Identity(kCases[5].text).signer.title, "Phó vụ trưởng");
}

TEST(IdentityCases, TitleIsTheSubjectUnderTheTypeHeadingWithCodesInTheirCase) {
  // the Markdown H1 above the header is another document's title
  EXPECT_EQ(Identity(kCases[1].text).title,
            "Về việc ban hành kế hoạch thực hiện nghị quyết số 57-NQ/TW");
}

TEST(IdentityCases, SiteMetadataSuppliesWhatTheHeaderLacks) {
  // the header lost its date; the site's "Ngày ban hành" has it
  const DocumentIdentity id = Identity(
      "Ngày ban hành:\n|\n18/11/2025\n|\nNgười ký:\n|\nLê Văn Cường\n|\nNơi ban hành:\n|\nBộ Xây "
      "dựng\n|\n"
      "BỘ XÂY DỰNG\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 96/CĐ-BXD\n|\nCÔNG ĐIỆN\n"
      "Nội dung.\n");
  EXPECT_EQ(id.issued.Iso(), "2025-11-18");
  EXPECT_EQ(id.signer.name, "Lê Văn Cường");
  EXPECT_EQ(id.issuer, "Bộ Xây dựng");
  EXPECT_EQ(id.type, "CĐ");
}

TEST(IdentityCases, LocalUnitsTakeTheirParentsLocality) {
  EXPECT_EQ(Identity("UBND HUYỆN TÂN AN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO   Độc lập - Tự do - Hạnh phúc\n"
                     "Số: 12/PGDĐT     Tân An, ngày 02 tháng 3 năm 2025\nV/v tuyển sinh\n")
                .issuer,
            "Phòng Giáo dục và Đào tạo huyện Tân An");
}

TEST(IdentityCases, HeadWordsInsideANameDoNotSplitIt) {
  const std::pair<std::string_view, std::string_view> kHeaders[] = {
      {"BỘ QUỐC PHÒNG", "Bộ Quốc phòng"},
      {"BỘ CÔNG AN CỤC CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY", "Cục Cảnh sát phòng cháy, chữa cháy"},
      {"TỈNH ỦY AN PHÚ BAN TUYÊN GIÁO", "Ban Tuyên giáo"},
      {"ỦY BAN NHÂN DÂN TỈNH AN PHÚ", "Ủy ban nhân dân tỉnh An Phú"},
  };
  for (const auto& [header, issuer] : kHeaders) {
    const std::string text = std::string(header) +
                             "      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                             "Số: 12/KH-BQP     Hà Nội, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\n";
    EXPECT_EQ(Identity(text).issuer, issuer) << header;
  }
}

TEST(IdentityCases, SignerNameSqueezedAgainstTheRecipients) {
  // w3m: the signature column runs into the recipients' on one line
  const DocumentIdentity id = Identity(
      "THỦ TƯỚNG CHÍNH PHỦ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Số: 7/QĐ-TTg    Hà Nội, ngày 02 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc\nĐiều 1. Nội dung.\n"
      "Nơi nhận: - Ban Bí thư; - Văn phòng Quốc hội; - Văn     THỦ TƯỚNG\n"
      "phòng Chủ tịch nước; - Kiểm toán Nguyễn Xuân\n"
      "Nhà nước; - Lưu: VT, KGVX (2.b).       Hòa\n");
  EXPECT_EQ(id.signer.name, "Nguyễn Xuân Hòa");
}

TEST(IdentityCases, RecipientsGoOnAfterAPageBreak) {
  // an empty line ends the list, the form feed between pages does not
  const std::string head =
      "UBND TỈNH AN PHÚ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Số: 9/KH-UBND    An Phú, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\nVề việc\nNội dung.\n"
      "Nơi nhận:\n- Sở Tài chính;\n";
  const std::string tail = "- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nMai Sơn\n";
  EXPECT_EQ(Identity(head + "\f" + tail).recipients,
            (std::vector<std::string>{"Sở Tài chính", "Lưu: VT"}));
  EXPECT_EQ(Identity(head + "\n" + tail).recipients, (std::vector<std::string>{"Sở Tài chính"}));
}

TEST(IdentityCases, SignerTitleIsTheCapacitySignedIn) {
  const DocumentIdentity id = Identity(
      "BAN CHỈ ĐẠO TỈNH AN PHÚ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Số: 7/BC-BCĐ    An Phú, ngày 02 tháng 3 năm 2025\nBÁO CÁO\nTình hình\nNội dung.\n"
      "Nơi nhận:\n- Lưu: VT.\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nPHÓ CHỦ TỊCH UBND TỈNH\nMai Sơn\n");
  EXPECT_EQ(id.signer.name, "Mai Sơn");
  EXPECT_EQ(id.signer.title, "Phó trưởng ban");
  EXPECT_EQ(Identity("UBND TỈNH AN PHÚ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Số: 8/TB-VP    An Phú, ngày 02 tháng 3 năm 2025\nTHÔNG BÁO\nKết luận\n"
                     "Nơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG,\nCHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n"
                     "Phạm Văn Cường\n")
                .signer.title,
            "Phó chủ nhiệm");
}

TEST(IdentityCases, SignerNameInCapitals) {
  const DocumentIdentity id = Identity(
      "ỦY BAN NHÂN DÂN TỈNH AN PHÚ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Số: 7/KH-UBND    An Phú, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\nVề việc\nNội dung.\n"
      "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLÊ VĂN TÁM\n");
  EXPECT_EQ(id.signer.name, "Lê Văn Tám");
  EXPECT_EQ(id.signer.title, "Chủ tịch");
}

TEST(IdentityCases, PartyMottoAboveTheIssuer) {
  const DocumentIdentity id = Identity(
      "ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG ĐOÀN QUỐC HỘI\n"
      "Hà Nội, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\nTriển khai Nghị quyết\n");
  EXPECT_EQ(id.issuer, "Đảng đoàn Quốc hội");
  EXPECT_EQ(id.type, "KH");
}

TEST(IdentityCases, WithoutRecipientsTheFirstSignatureOfTheBody) {
  std::string text =
      "ỦY BAN NHÂN DÂN TỈNH AN PHÚ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Số: 7/QĐ-UBND    An Phú, ngày 02 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành\n"
      "Điều 1. Ban hành.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Văn Hải\nPHỤ LỤC\n";
  for (int i = 0; i < 80; ++i) text += "| " + std::to_string(i) + " | Dự án | 100 |\n";
  EXPECT_EQ(Identity(text).signer.name, "Đỗ Văn Hải");
}

TEST(IdentityCases, PartialDate) {
  const DocumentIdentity id = Identity(kCases[10].text);
  EXPECT_EQ(id.issued.Iso(), "2025-05-25");  // the cover letter's, not the draft's
  Date d;
  std::string place;
  ASSERT_TRUE(internal::ReadPlaceDate("Hà Nội, ngày ... tháng 5 năm 2025", &d, &place));
  EXPECT_EQ(d.Iso(), "2025-05");
  ASSERT_TRUE(internal::ReadPlaceDate("Hà Nội, ngày tháng năm 2025", &d, &place));
  EXPECT_EQ(d.Iso(), "2025");
}

// --- pieces ----------------------------------------------------------------

TEST(IdentityPieces, JoinCodeWords) {
  const std::pair<std::string_view, std::string_view> kCodes[] = {
      {"5973 /UBND-KT Lào Cai, ngày", "5973/UBND-KT"},
      {"3210/QĐ - U B ND", "3210/QĐ-UBND"},
      {"16 /2026/QĐ-UBND", "16/2026/QĐ-UBND"},
      {"773 /QĐ-TTg", "773/QĐ-TTg"},
      {"402-CV/VPĐU V/v xin ý kiến", "402-CV/VPĐU"},
      {"1O26/KH-UBND", "1026/KH-UBND"},
      {"l5/CT-UBND", "15/CT-UBND"},
      {"/KH-TTr.VP", "/KH-TTr.VP"},
      {"179/KH-UBND Đồng Nai", "179/KH-UBND"},
      {"hiệu: 12/QĐ", ""},
  };
  for (const auto& [in, want] : kCodes) EXPECT_EQ(internal::JoinCodeWords(in), want) << in;
}

TEST(IdentityPieces, PlaceDateMustAndMustNotMatch) {
  struct Case {
    std::string_view text, iso, place;
  };
  const Case kMust[] = {
      {"Lào Cai, ngày 11 tháng 6 năm 2026", "2026-06-11", "Lào Cai"},
      {"Số: 773 /QĐ-TTg Hà Nội, ngày 26 tháng 0 6 năm 2018", "2018-06-26", "Hà Nội"},
      {"Đồng Tháp, ngày 19 tháng 11 năm 2025", "2025-11-19", "Đồng Tháp"},
      {"Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025", "2025-11-28", "Thành phố Hồ Chí Minh"},
      {"Hà Nội, NGÀY 05 THÁNG 3 NĂM 2024", "2024-03-05", "Hà Nội"},
      {"Hà Nội, ngày 05/3/2024", "2024-03-05", "Hà Nội"},  // in figures, as a fallback
      {"Số: 12/QĐ-UBND TP. HCM, ngày 05 tháng 3 năm 2024", "2024-03-05", "TP. HCM"},
      {"QĐ-UBND Thành phố Hồ Chí Minh , ngày 05 tháng 3 năm 2024", "2024-03-05",
       "Thành phố Hồ Chí Minh"},
  };
  for (const Case& c : kMust) {
    Date d;
    std::string place;
    ASSERT_TRUE(internal::ReadPlaceDate(c.text, &d, &place)) << c.text;
    EXPECT_EQ(d.Iso(), c.iso) << c.text;
    EXPECT_EQ(place, c.place) << c.text;
  }
  for (std::string_view text : {"ban hành ngày 22 tháng 12 năm 2024 của Bộ Chính trị",
                                "Hà Nội, ngày 40 tháng 13 năm 2025"}) {
    Date d;
    std::string place;
    EXPECT_FALSE(internal::ReadPlaceDate(text, &d, &place)) << text;
  }
}

TEST(IdentityPieces, BodyNameCase) {
  const std::pair<std::string_view, std::string_view> kNames[] = {
      {"ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Ủy ban nhân dân tỉnh Lào Cai"},
      {"ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân thành phố Hồ Chí Minh"},
      {"BỘ XÂY DỰNG", "Bộ Xây dựng"},
      {"SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường"},
      {"THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"},
      {"TỔNG CỤC THUẾ", "Tổng cục Thuế"},
  };
  for (const auto& [in, want] : kNames) EXPECT_EQ(internal::BodyNameCase(in), want) << in;
}

TEST(IdentityPieces, SiteLabelLines) {
  for (std::string_view l : {"Số hiệu:", "Người ký: Trần Văn An",
                             "Mã số thuế:", "Ngày ban hành:", "Tình trạng: Đã biết"}) {
    EXPECT_TRUE(internal::IsSiteLabelLine(l)) << l;
  }
  for (std::string_view l : {"Số: 12/QĐ-UBND", "Kính gửi: Các sở, ngành",
                             "Địa chỉ của các cơ quan nêu tại Phụ lục kèm theo:",
                             "Người ký: "
                             "một dòng rất dài mà không phải là tên người ký của văn bản "
                             "này chút nào"}) {
    EXPECT_FALSE(internal::IsSiteLabelLine(l)) << l;
  }
}

// --- extent ----------------------------------------------------------------

TEST(DocumentExtentTest, ChromeAroundTheDocumentIsLeftOut) {
  const std::string text = vanban::testing::NormalizedString(kCases[6].text);
  const Span s = internal::DocumentExtent(text);
  const std::string_view doc = std::string_view(text).substr(s.begin, s.end - s.begin);
  EXPECT_EQ(doc.rfind("ỦY BAN NHÂN", 0), 0u) << doc.substr(0, 40);
  EXPECT_NE(doc.find("Lê Văn Cường\n"), std::string_view::npos);
  EXPECT_EQ(doc.find("Văn bản liên quan"), std::string_view::npos);
  EXPECT_EQ(doc.find("Mã số thuế"), std::string_view::npos);
  EXPECT_EQ(doc.find("Kế hoạch 45/KH-UBND năm 2025"), std::string_view::npos);
}

TEST(DocumentExtentTest, CellsWrittenLeftColumnFirstStartAtTheIssuer) {
  const std::string text = vanban::testing::NormalizedString(kCases[10].text);
  const Span s = internal::DocumentExtent(text);
  EXPECT_EQ(s.begin, 0u);
  EXPECT_EQ(s.end, text.size());
}

TEST(DocumentExtentTest, ADocumentsOwnContactTableIsNotChrome) {
  const std::string text = vanban::testing::NormalizedString(
      "ỦY BAN NHÂN DÂN TỈNH AN PHÚ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/TB-UBND\n"
      "THÔNG BÁO\nĐầu mối liên hệ:\nĐịa chỉ:\n|\nSố 1 Đường Hai\n|\nĐiện thoại:\n|\n0123\n|\n"
      "E-mail:\n|\na@b.vn\n|\nMã số thuế:\n|\n0101\nNơi nhận:\n- Lưu.\n");
  EXPECT_EQ(internal::DocumentExtent(text).end, text.size());
}

TEST(DocumentExtentTest, AnAttachedDocumentsHeaderIsNotTheStart) {
  // the plan has no header of its own; its appendix has one
  const std::string text = vanban::testing::NormalizedString(
      "KẾ HOẠCH\nTriển khai Nghị quyết\nI. MỤC ĐÍCH\nNội dung.\n"
      "ỦY BAN NHÂN DÂN TỈNH AN PHÚ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/TB-UBND\n");
  EXPECT_EQ(internal::DocumentExtent(text).begin, 0u);
}

TEST(DocumentExtentTest, WithoutChromeTheWholeText) {
  for (std::string_view t : {"", "\n\n", "KẾ HOẠCH\nNội dung.\n", "CỘNG HÒA", "|\n|\n|"}) {
    const std::string text = vanban::testing::NormalizedString(t);
    const Span s = internal::DocumentExtent(text);
    EXPECT_EQ(s.begin, 0u) << t;
    EXPECT_EQ(s.end, text.size()) << t;
  }
}

TEST(DocumentExtentTest, TheHeaderBeginsAtTheIssuerAboveTheMotto) {
  const std::string text = vanban::testing::NormalizedString(kCases[2].text);
  const Span s = internal::DocumentExtent(text);
  EXPECT_EQ(std::string_view(text).substr(s.begin).rfind("CỘNG HÒA XÃ HỘI CHỦ", 0), 0u);
}

}  // namespace
}  // namespace vanban::extractor
