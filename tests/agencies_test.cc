// agencies: case tables on small fixtures written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "agencies.h"
#include "vanban/normalizer.h"

namespace vanban::extractor {
namespace {

using extractor::Agency;
using internal::AgencyLevel;
using internal::Gazetteer;
using Names = std::vector<std::string>;

const Gazetteer& G() {
  static const Gazetteer g = Gazetteer::BuiltIn();
  return g;
}

std::string Canonical(std::string_view name) {
  std::vector<Repair> repairs;
  return G().Canonical(name, &repairs);
}

Names Split(std::string_view list) {
  std::vector<Repair> repairs;
  Names out;
  for (const internal::AgencyName& a : G().Split(list, &repairs)) out.push_back(a.name);
  return out;
}

TEST(AgencyLevels, EveryLevelHasItsBodies) {
  const std::vector<std::pair<const char*, AgencyLevel>> cases = {
      {"Bộ Chính trị", AgencyLevel::kCentralParty},
      {"Ban Bí thư", AgencyLevel::kCentralParty},
      {"Ban Tổ chức Trung ương", AgencyLevel::kCentralParty},
      {"Ủy ban Kiểm tra Trung ương", AgencyLevel::kCentralParty},
      {"Đảng ủy Chính phủ", AgencyLevel::kCentralParty},
      {"BCH Trung ương", AgencyLevel::kCentralParty},
      {"Quốc hội", AgencyLevel::kNationalAssembly},
      {"UBTVQH", AgencyLevel::kNationalAssembly},
      {"Hội đồng Dân tộc", AgencyLevel::kNationalAssembly},
      {"Ủy ban Kinh tế", AgencyLevel::kNationalAssembly},
      {"Đoàn đại biểu Quốc hội tỉnh Nghệ An", AgencyLevel::kNationalAssembly},
      {"Chính phủ", AgencyLevel::kGovernment},
      {"Thủ tướng Chính phủ", AgencyLevel::kGovernment},
      {"Văn phòng Chính phủ", AgencyLevel::kGovernment},
      {"Thông tấn xã Việt Nam", AgencyLevel::kGovernment},
      {"VTV", AgencyLevel::kGovernment},
      {"Bộ Y tế", AgencyLevel::kMinistry},
      {"Bộ TT&TT", AgencyLevel::kMinistry},
      {"NHNN", AgencyLevel::kMinistry},
      {"Thanh tra Chính phủ", AgencyLevel::kMinistry},
      {"Ủy ban nhân dân tỉnh Lào Cai", AgencyLevel::kProvince},
      {"UBND thành phố Hà Nội", AgencyLevel::kProvince},
      {"UBND TP.HCM", AgencyLevel::kProvince},
      {"Sở Tư pháp tỉnh Sơn La", AgencyLevel::kDepartment},
      {"Sở GD&ĐT", AgencyLevel::kDepartment},
      {"Công an tỉnh Đồng Nai", AgencyLevel::kDepartment},
      {"BCH Quân sự tỉnh", AgencyLevel::kDepartment},
      {"Ủy ban nhân dân huyện Mường Tè", AgencyLevel::kDistrict},
      {"Phòng Tư pháp quận Ba Đình", AgencyLevel::kDistrict},
      {"Ủy ban nhân dân phường Ninh Xá", AgencyLevel::kCommune},
      {"Công an xã Tân Lập", AgencyLevel::kCommune},
      {"Tòa án nhân dân tối cao", AgencyLevel::kOther},
      {"Tổng Liên đoàn Lao động Việt Nam", AgencyLevel::kOther},
  };
  for (const auto& [name, level] : cases) {
    const Agency id = G().Identify(name);
    EXPECT_TRUE(id.known) << name;
    EXPECT_EQ(extractor::LevelName(id.level), extractor::LevelName(level)) << name;
  }
}

TEST(AgencyData, EverySuccessorHasARow) {
  EXPECT_EQ(G().DataProblems(), std::vector<std::string>{});
  const Gazetteer broken = Gazetteer::Parse("agency\tBộ A\tministry\tsuccessor=Bộ B\n");
  EXPECT_EQ(broken.DataProblems().size(), 1u);
}

TEST(AgencyData, RowsWithoutALevelListSpellings) {
  const Gazetteer g = Gazetteer::Parse("agency\tSở Tài chính\tSở TC|STC\nhead\tSở\tdepartment\n");
  std::vector<Repair> repairs;
  EXPECT_EQ(g.Canonical("STC", &repairs), "Sở Tài chính");
  EXPECT_EQ(extractor::LevelName(g.Identify("Sở TC").level), "other");
  EXPECT_EQ(extractor::LevelName(g.Identify("Sở Nội vụ").level), "department");
}

TEST(AgencyLevels, NamesOfLevelsRoundTrip) {
  for (AgencyLevel l : {AgencyLevel::kCentralParty, AgencyLevel::kCommune, AgencyLevel::kOther}) {
    EXPECT_EQ(internal::ParseLevel(extractor::LevelName(l)), l);
  }
  EXPECT_FALSE(internal::ParseLevel("central").has_value());
}

// The canonical name is the one written; the successor is data beside it.
TEST(AgencySuccessors, ReorganisedBodiesKeepTheirWrittenName) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"},
      {"Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"},
      {"Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ"},
      {"Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường"},
      {"Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường"},
      {"Bộ Giao thông vận tải", "Bộ Xây dựng"},
      {"Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo"},
      {"Ban Tuyên giáo Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"},
      {"Tổng cục Thuế", "Cục Thuế"},
      {"Sở KH&ĐT", "Sở Tài chính"},
      {"Sở TT&TT tỉnh Bắc Giang", "Sở Khoa học và Công nghệ tỉnh Bắc Ninh"},
      {"Ủy ban nhân dân tỉnh Bình Dương", "Ủy ban nhân dân thành phố Hồ Chí Minh"},
  };
  for (const auto& [name, successor] : cases) {
    const Agency id = G().Identify(name);
    EXPECT_EQ(id.successor, successor) << name;
    EXPECT_EQ(normalizer::FoldKey(id.name), normalizer::FoldKey(G().Expand(name))) << name;
  }
  EXPECT_EQ(Canonical("Bộ Thông tin và Truyền thông"), "Bộ Thông tin và Truyền thông");
  EXPECT_EQ(G().Identify("Bộ Khoa học và Công nghệ").successor, "");
  EXPECT_EQ(G().Identify("Ủy ban nhân dân tỉnh Lào Cai").successor, "");
}

TEST(AgencyUnknown, KeptAsWrittenAndLevelledByTheirHead) {
  const std::vector<std::tuple<const char*, const char*, AgencyLevel>> cases = {
      {"Cục An toàn thông tin", "Cục An toàn thông tin", AgencyLevel::kMinistry},
      {"Sở Quy hoạch nông thôn mới", "Sở Quy hoạch nông thôn mới", AgencyLevel::kDepartment},
      {"Tập đoàn Đèo Cả", "Tập đoàn Đèo Cả", AgencyLevel::kOther},
      {"Viện Dinh dưỡng quốc gia", "Viện Dinh dưỡng quốc gia", AgencyLevel::kOther},
      {"Ban Chỉ đạo quốc gia 1237", "Ban Chỉ đạo quốc gia 1237", AgencyLevel::kOther},
      {"các cơ quan liên quan", "Các cơ quan liên quan", AgencyLevel::kOther},
  };
  for (const auto& [written, canonical, level] : cases) {
    const Agency id = G().Identify(written);
    EXPECT_EQ(id.name, canonical);
    EXPECT_FALSE(id.known) << written;
    EXPECT_EQ(extractor::LevelName(id.level), extractor::LevelName(level)) << written;
    EXPECT_TRUE(G().StartsWithHead(written)) << written;
  }
}

TEST(AgencyRepairs, TyposRepairedWithinTheSameHead) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Sỏ Nội vụ", "Sở Nội vụ"},       {"Phòng Chuyên đổi số", "Phòng Chuyển đổi số"},
      {"Sở Tài chinh", "Sở Tài chính"}, {"Bộ Ngoai giao", "Bộ Ngoại giao"},
      {"Sở Xây dưng", "Sở Xây dựng"},   {"Bộ Quốc phong", "Bộ Quốc phòng"},
      {"Sở Tư phápp", "Sở Tư pháp"},  // a letter too many
  };
  for (const auto& [written, canonical] : cases) {
    std::vector<Repair> repairs;
    EXPECT_EQ(G().Canonical(written, &repairs), canonical) << written;
    ASSERT_EQ(repairs.size(), 1u) << written;
    EXPECT_EQ(repairs[0].kind, "agency-typo");
  }
}

TEST(AgencyRepairs, NeverChangeTheHeadTheLevelOrANumber) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      // a ministry is never "repaired" into a provincial department
      {"Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông"},
      {"Bộ Y tế", "Bộ Y tế"},
      {"Bộ Xây dựng", "Bộ Xây dựng"},
      {"Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"},
      {"Sở Công an", "Sở Công an"},
      // numbers and Roman numerals name different bodies
      {"Bảo hiểm xã hội khu vực XI", "Bảo hiểm xã hội khu vực XI"},
      {"Ngân hàng Nhà nước khu vực V", "Ngân hàng Nhà nước khu vực V"},
      {"Ban Chỉ đạo 1238", "Ban Chỉ đạo 1238"},
      // a known name stays itself
      {"Sở Tư pháp", "Sở Tư pháp"},
      {"Ủy ban Kinh tế", "Ủy ban Kinh tế"},
      {"Ủy ban Dân tộc", "Ủy ban Dân tộc"},
  };
  for (const auto& [written, canonical] : cases) {
    std::vector<Repair> repairs;
    EXPECT_EQ(G().Canonical(written, &repairs), canonical) << written;
    EXPECT_TRUE(repairs.empty()) << written;
  }
}

TEST(AgencyAbbreviations, Expanded) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Bộ TT&TT", "Bộ Thông tin và Truyền thông"},
      {"Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư"},
      {"Bộ KH&CN", "Bộ Khoa học và Công nghệ"},
      {"Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"},
      {"Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"},
      {"Bộ LĐTBXH", "Bộ Lao động - Thương binh và Xã hội"},
      {"Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"},
      {"Bộ TN&MT", "Bộ Tài nguyên và Môi trường"},
      {"NHNN", "Ngân hàng Nhà nước Việt Nam"},
      {"Ngân hàng Nhà nước", "Ngân hàng Nhà nước Việt Nam"},
      {"BHXH tỉnh", "Bảo hiểm xã hội tỉnh"},
      {"UBND tỉnh", "Ủy ban nhân dân tỉnh"},
      {"HĐND tỉnh", "Hội đồng nhân dân tỉnh"},
      {"UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"},
      {"BCH Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"},
      {"BCĐ tỉnh", "Ban Chỉ đạo tỉnh"},
      {"Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"},
      {"Sở GD&ĐT", "Sở Giáo dục và Đào tạo"},
      {"Sở TT&TT", "Sở Thông tin và Truyền thông"},
      {"Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"},
      {"UBND TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"},
      {"UBND TP. Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh"},
      {"TTXVN", "Thông tấn xã Việt Nam"},
      {"Thủ tướng", "Thủ tướng Chính phủ"},
      {"Sở KH-ĐT", "Sở Kế hoạch và Đầu tư"},
      {"BQL các KCN tỉnh", "Ban Quản lý các khu công nghiệp tỉnh"},
      {"VPCP", "Văn phòng Chính phủ"},
      {"Công an TP.Hà Nội", "Công an thành phố Hà Nội"},
      // an abbreviation written after the word it starts with
      {"Các cơ quan thuộc Ủy ban UBTVQH", "Các cơ quan thuộc Ủy ban Thường vụ Quốc hội"},
  };
  for (const auto& [written, canonical] : cases) {
    EXPECT_EQ(Canonical(written), canonical) << written;
  }
}

TEST(AgencyCollectives, ProvincialAndCentralAreEachOneAgency) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"các sở, ban, ngành, đoàn thể tỉnh", "Các sở, ban, ngành, địa phương"},
      {"Thủ trưởng các sở, ban, ngành", "Các sở, ban, ngành, địa phương"},
      {"các Sở, ngành, UBND cấp xã", "Các sở, ban, ngành, địa phương"},
      {"Các sở, ngành, xã, phường", "Các sở, ban, ngành, địa phương"},
      {"các bộ, ngành liên quan", "Các bộ, ngành, địa phương"},
      {"Bộ, ngành Trung ương", "Các bộ, ngành, địa phương"},
      {"các Bộ, ngành, địa phương và đơn vị", "Các bộ, ngành, địa phương"},
      {"các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh, thành "
       "phố trực thuộc trung ương",
       "Các bộ, ngành, địa phương"},
      // a group with words of its own stays as written
      {"các Sở, ban, ngành quản lý quy hoạch", "Các Sở, ban, ngành quản lý quy hoạch"},
      {"các bộ phận chuyên môn", "Các bộ phận chuyên môn"},
  };
  for (const auto& [written, canonical] : cases) {
    EXPECT_EQ(Split(written), Names{canonical}) << written;
    EXPECT_EQ(Canonical(written), canonical) << written;
  }
}

TEST(AgencySplit, ListsOfBodiesAtEveryLevel) {
  const std::vector<std::pair<const char*, Names>> cases = {
      {"Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam, Đài Truyền hình Việt Nam",
       {"Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "Đài Truyền hình Việt Nam"}},
      {"Bộ Lao động - Thương binh và Xã hội và Bộ Quốc phòng",
       {"Bộ Lao động - Thương binh và Xã hội", "Bộ Quốc phòng"}},
      {"Bộ Công an, các bộ, ngành liên quan và Ủy ban nhân dân các tỉnh",
       {"Bộ Công an", "Các bộ, ngành, địa phương"}},
      {"Hội đồng Dân tộc, các Ủy ban của Quốc hội, Văn phòng Quốc hội",
       {"Hội đồng Dân tộc", "Các Ủy ban của Quốc hội", "Văn phòng Quốc hội"}},
      // names with "và" and a head word inside stay whole
      {"Văn phòng Đoàn ĐBQH và HĐND tỉnh Lào Cai",
       {"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Lào Cai"}},
      {"Ủy ban Pháp luật và Tư pháp, Ủy ban Kinh tế và Tài chính",
       {"Ủy ban Pháp luật và Tư pháp", "Ủy ban Kinh tế và Tài chính"}},
      // what follows an agency's colon is its task
      {"Sở Tài chính: Căn cứ dự toán, bố trí kinh phí", {"Sở Tài chính"}},
      // local governments after a semicolon belong to the provincial collective
      {"Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố",
       {"Các sở, ban, ngành, địa phương"}},
      {"Các sở, ban, ngành; Sở Tài chính", {"Các sở, ban, ngành, địa phương", "Sở Tài chính"}},
      // the sentence after a collective is not an agency
      {"Các bộ, ngành, đơn vị liên quan và giao các trường đại học", {"Các bộ, ngành, địa phương"}},
      // an enumerator inside the text starts the next item
      {"Các doanh nghiệp công nghệ số a\\) Các doanh nghiệp viễn thông",
       {"Các doanh nghiệp công nghệ số", "Các doanh nghiệp viễn thông"}},
      {"Sở Tài chính a) Trên cơ sở đề xuất của các cơ quan", {"Sở Tài chính"}},
      {"Sở Khoa học và Công nghệ a\\) Chủ trì", {"Sở Khoa học và Công nghệ"}},
      // office holders joined by "và"
      {"Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh",
       {"Tỉnh ủy", "Ủy ban nhân dân các tỉnh"}},
      {"Các thành viên Đảng đoàn Quốc hội, Tổ trưởng Tổ đảng ở Thường trực Hội đồng Dân tộc",
       {"Các thành viên Đảng đoàn Quốc hội", "Tổ đảng ở Thường trực Hội đồng Dân tộc"}},
  };
  for (const auto& [list, names] : cases) EXPECT_EQ(Split(list), names) << list;
}

TEST(AgencyNotes, WhatRunsOnAfterANameIsDropped) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Bộ Xây dựng đẩy nhanh tiến độ phê duyệt", "Bộ Xây dựng"},
      {"Bộ Quốc phòng phát huy phẩm chất", "Bộ Quốc phòng"},
      {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các",
       "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
      {"Sở Y tế theo chức năng quản lý", "Sở Y tế"},
      {"Đài Tiếng nói Việt Nam: Chủ trì", "Đài Tiếng nói Việt Nam"},
      // words that belong to a name stay
      {"Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế của Quốc hội"},
      {"Ngân hàng Nhà nước chi nhánh tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh"},
      {"Bộ Công an các tỉnh", "Bộ Công an các tỉnh"},
  };
  for (const auto& [written, canonical] : cases) EXPECT_EQ(Canonical(written), canonical);
}

// An office holder stands for the body after the title.
TEST(AgencyTitles, TheBodyIsTheAgency) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Bộ trưởng Bộ Công an", "Bộ Công an"},
      {"Chủ tịch UBND tỉnh", "Ủy ban nhân dân tỉnh"},
      {"Giám đốc Sở Tài chính", "Sở Tài chính"},
      {"Chủ nhiệm Văn phòng Quốc hội", "Văn phòng Quốc hội"},
      {"Trưởng các phòng nghiệp vụ", "Các phòng nghiệp vụ"},
      {"Bộ trưởng Bộ Xây dựng khẩn trương hướng dẫn", "Bộ Xây dựng"},
      // a title with no body after it stays
      {"Phó Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ"},
      {"Chủ tịch", "Chủ tịch"},
      {"Trưởng phòng", "Trưởng phòng"},
      {"Bí thư tỉnh ủy", "Tỉnh ủy"},
  };
  for (const auto& [written, canonical] : cases) EXPECT_EQ(Canonical(written), canonical);
}

TEST(AgencyHeads, WordsThatStartWithAHeadButAreNotAgencies) {
  for (const char* text : {"Báo cáo kết quả", "Phòng, chống tham nhũng", "Trường hợp cần thiết",
                           "Hội nghị tổng kết", "Ban hành quy chế", "sở ban ngành"}) {
    EXPECT_FALSE(G().StartsWithHead(text)) << text;
  }
  for (const char* text : {"Bộ Quốc phòng", "Thông tấn xã Việt Nam", "Tổng cục Thuế",
                           "Đoàn đại biểu Quốc hội tỉnh", "Thuế tỉnh Lào Cai", "Các bộ, ngành"}) {
    EXPECT_TRUE(G().StartsWithHead(text)) << text;
  }
}

TEST(AgencyPlaces, ThirtyFourProvincesAfterTheReorganisationAndSixtyThreeBefore) {
  // every province written in a name is known, whether it still exists or not
  const std::set<std::string> now = {
      "Hà Nội",    "Huế",       "Hải Phòng", "Đà Nẵng",     "Hồ Chí Minh", "Cần Thơ",
      "Lai Châu",  "Điện Biên", "Sơn La",    "Lạng Sơn",    "Quảng Ninh",  "Thanh Hóa",
      "Nghệ An",   "Hà Tĩnh",   "Cao Bằng",  "Tuyên Quang", "Lào Cai",     "Thái Nguyên",
      "Phú Thọ",   "Bắc Ninh",  "Hưng Yên",  "Ninh Bình",   "Quảng Trị",   "Quảng Ngãi",
      "Gia Lai",   "Khánh Hòa", "Lâm Đồng",  "Đắk Lắk",     "Đồng Nai",    "Tây Ninh",
      "Vĩnh Long", "Đồng Tháp", "Cà Mau",    "An Giang"};
  EXPECT_EQ(now.size(), 34u);
  for (const std::string& p : now) {
    const Agency id = G().Identify("Ủy ban nhân dân tỉnh " + p);
    EXPECT_TRUE(id.known) << p;
    EXPECT_EQ(id.successor, "") << p;
  }
  const std::vector<std::pair<const char*, const char*>> merged = {
      {"Hà Giang", "Tuyên Quang"}, {"Yên Bái", "Lào Cai"},     {"Bắc Kạn", "Thái Nguyên"},
      {"Vĩnh Phúc", "Phú Thọ"},    {"Hòa Bình", "Phú Thọ"},    {"Bắc Giang", "Bắc Ninh"},
      {"Thái Bình", "Hưng Yên"},   {"Hà Nam", "Ninh Bình"},    {"Nam Định", "Ninh Bình"},
      {"Quảng Bình", "Quảng Trị"}, {"Kon Tum", "Quảng Ngãi"},  {"Bình Định", "Gia Lai"},
      {"Ninh Thuận", "Khánh Hòa"}, {"Đắk Nông", "Lâm Đồng"},   {"Bình Thuận", "Lâm Đồng"},
      {"Phú Yên", "Đắk Lắk"},      {"Bình Phước", "Đồng Nai"}, {"Long An", "Tây Ninh"},
      {"Bến Tre", "Vĩnh Long"},    {"Trà Vinh", "Vĩnh Long"},  {"Tiền Giang", "Đồng Tháp"},
      {"Bạc Liêu", "Cà Mau"},      {"Kiên Giang", "An Giang"}};
  for (const auto& [old, successor] : merged) {
    EXPECT_EQ(G().Identify(std::string("Sở Y tế tỉnh ") + old).successor,
              std::string("Sở Y tế tỉnh ") + successor)
        << old;
  }
  // merged into centrally-run cities: the successor is a "thành phố"
  for (const char* old :
       {"Hải Dương", "Quảng Nam", "Bình Dương", "Bà Rịa - Vũng Tàu", "Sóc Trăng", "Hậu Giang"}) {
    const std::string successor = G().Identify(std::string("Công an tỉnh ") + old).successor;
    EXPECT_EQ(successor.rfind("Công an thành phố ", 0), 0u) << old << ": " << successor;
  }
  // the 63 before: the 34 (Huế was Thừa Thiên Huế) and the 29 merged into them
  EXPECT_EQ(merged.size() + 6 + now.size(), 63u);
}

TEST(AgencyRobustness, MalformedInputNeitherThrowsNorCrashes) {
  std::string long_list;
  for (int i = 0; i < 500; ++i) long_list += "Sở Tài chính và các sở, ban, ";
  const std::vector<std::string> inputs = {"",
                                           " ",
                                           ":",
                                           ";",
                                           ",",
                                           "và",
                                           " và ",
                                           "a)",
                                           " a) ",
                                           "\\)",
                                           "*",
                                           "()",
                                           "(",
                                           ")",
                                           "tỉnh",
                                           "thành phố",
                                           "Ủy ban nhân dân tỉnh",
                                           "Sở Y tế tỉnh Bắc Giang và",
                                           "\xff\xfe\xc3",
                                           "Bộ \xe1\xbb",
                                           "các",
                                           "Các",
                                           "UBND UBND UBND",
                                           "Ủy ban UBND",
                                           long_list};
  for (const std::string& in : inputs) {
    std::vector<Repair> repairs;
    EXPECT_NO_THROW({
      G().Canonical(in, &repairs);
      G().Split(in, &repairs);
      G().Identify(in);
      G().KnownPrefix(in);
      G().IsAgencyList(in);
      G().StartsWithHead(in);
      G().Expand(in);
    }) << in.substr(0, 40);
  }
}

}  // namespace
}  // namespace vanban::extractor
