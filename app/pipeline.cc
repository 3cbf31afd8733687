#include "pipeline.h"

namespace vanban::app {

Result<std::unique_ptr<Pipeline>> Pipeline::Create() {
  auto n = normalizer::Normalizer::Create();
  if (!n.ok()) return n.status();
  auto e = extractor::Extractor::Create();
  if (!e.ok()) return e.status();
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(n).value(), std::move(e).value()));
}

Result<Processed> Pipeline::Process(const std::string& path) const {
  auto src = corpus::LoadFile(path);
  if (!src.ok()) return src.status();
  return Process(std::move(src).value());
}

Processed Pipeline::Process(corpus::SourceText source) const {
  Processed p;
  p.source = std::move(source);
  p.normalized = normalizer_->Normalize(p.source.text, p.source.map);
  const std::string& path = p.source.path;
  const std::string base = path.substr(path.find_last_of('/') + 1);
  p.record = extractor_->Extract(p.normalized, base);
  p.record.warnings.insert(p.record.warnings.begin(), p.source.warnings.begin(),
                           p.source.warnings.end());
  return p;
}

}  // namespace vanban::app
