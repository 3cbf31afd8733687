#include "fold_tokenizer.h"

#include <memory>
#include <string>
#include <string_view>

namespace vanban::store::internal {

namespace {

struct FoldTokenizer {
  fts5_tokenizer inner_api;
  Fts5Tokenizer* inner = nullptr;
};

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

// What the inner tokenizer's callback needs to reach FTS5's callback.
struct Forward {
  void* context;
  TokenCallback emit;
  std::string buffer;
};

// UTF-8 of đ and Đ (unicode61 folds case, but both are cheap to check).
constexpr std::string_view kSmallDStroke = "\xC4\x91";
constexpr std::string_view kCapitalDStroke = "\xC4\x90";

int ForwardToken(void* context, int flags, const char* token, int length, int start, int end) {
  auto* forward = static_cast<Forward*>(context);
  const std::string_view text(token, static_cast<size_t>(length));
  if (text.find('\xC4') == std::string_view::npos) {
    return forward->emit(forward->context, flags, token, length, start, end);
  }
  std::string& folded = forward->buffer;
  folded.clear();
  for (size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i, 2);
    if (rest == kSmallDStroke || rest == kCapitalDStroke) {
      folded += 'd';
      ++i;
    } else {
      folded += text[i];
    }
  }
  return forward->emit(forward->context, flags, folded.data(), static_cast<int>(folded.size()),
                       start, end);
}

int Create(void* api_pointer, const char** /*args*/, int /*arg_count*/, Fts5Tokenizer** out) {
  auto* api = static_cast<fts5_api*>(api_pointer);
  auto tokenizer = std::make_unique<FoldTokenizer>();
  void* inner_context = nullptr;
  int rc = api->xFindTokenizer(api, "unicode61", &inner_context, &tokenizer->inner_api);
  if (rc != SQLITE_OK) return rc;
  const char* inner_args[] = {"remove_diacritics", "2"};
  rc = tokenizer->inner_api.xCreate(inner_context, inner_args, 2, &tokenizer->inner);
  if (rc != SQLITE_OK) return rc;
  *out = reinterpret_cast<Fts5Tokenizer*>(tokenizer.release());
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* pointer) {
  auto* tokenizer = reinterpret_cast<FoldTokenizer*>(pointer);
  if (tokenizer->inner != nullptr) tokenizer->inner_api.xDelete(tokenizer->inner);
  delete tokenizer;
}

int Tokenize(Fts5Tokenizer* pointer, void* context, int flags, const char* text, int length,
             TokenCallback emit) {
  auto* tokenizer = reinterpret_cast<FoldTokenizer*>(pointer);
  Forward forward{context, emit, {}};
  return tokenizer->inner_api.xTokenize(tokenizer->inner, &forward, flags, text, length,
                                        ForwardToken);
}

Result<fts5_api*> FindFts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
    return Status::Unsupported("this SQLite has no FTS5: " + std::string(sqlite3_errmsg(db)));
  }
  sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(statement);
  sqlite3_finalize(statement);
  if (api == nullptr) return Status::Unsupported("this SQLite has no FTS5");
  return api;
}

}  // namespace

Status RegisterFoldTokenizer(sqlite3* db) {
  auto api = FindFts5Api(db);
  if (!api.ok()) return api.status();
  fts5_tokenizer methods{Create, Delete, Tokenize};
  if ((*api)->xCreateTokenizer(*api, kFoldTokenizerName, *api, &methods, nullptr) != SQLITE_OK) {
    return Status::Internal("cannot register the FTS5 tokenizer: " +
                            std::string(sqlite3_errmsg(db)));
  }
  return Status::Ok();
}

}  // namespace vanban::store::internal
