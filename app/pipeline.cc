#include "pipeline.h"

#include <exception>
#include <new>

namespace vanban::app {

Result<std::unique_ptr<Pipeline>> Pipeline::Create() {
  auto n = normalizer::Normalizer::Create();
  if (!n.ok()) return n.status();
  auto e = extractor::Extractor::Create();
  if (!e.ok()) return e.status();
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(n).value(), std::move(e).value()));
}

namespace {

// The stages promise not to throw; this boundary keeps that promise for the
// batch when a stage breaks it, and says which file did it.
template <typename Step>
Result<Processed> Guarded(const std::string& path, Step step) {
  try {
    return step();
  } catch (const std::bad_alloc&) {
    return Status::Internal("out of memory while processing the document").WithPath(path);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("internal error while processing the document: ") +
                            e.what())
        .WithPath(path);
  } catch (...) {
    return Status::Internal("internal error while processing the document").WithPath(path);
  }
}

}  // namespace

Result<Processed> Pipeline::Process(const std::string& path) const {
  return Guarded(path, [&]() -> Result<Processed> {
    auto src = corpus::LoadFile(path);
    if (!src.ok()) return src.status();
    return Run(std::move(src).value());
  });
}

Result<Processed> Pipeline::Process(corpus::SourceText source) const {
  const std::string path = source.path;
  return Guarded(path, [&]() -> Result<Processed> { return Run(std::move(source)); });
}

Processed Pipeline::Run(corpus::SourceText source) const {
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
