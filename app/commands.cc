// The subcommands. Each one only parses, calls the modules and formats.
#include <Poco/Util/Option.h>

#include <cstdio>
#include <iomanip>
#include <sstream>

#include "cli.h"
#include "pipeline.h"
#include "record_json.h"
#include "serve_command.h"
#include "store_commands.h"
#include "vanban/corpus.h"
#include "vanban/extractor.h"
#include "vanban/normalizer.h"

#ifndef VANBAN_SAMPLES_DIR
#define VANBAN_SAMPLES_DIR "corpus/samples"
#endif

namespace vanban::app {

namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

std::unique_ptr<normalizer::Normalizer> MakeNormalizer(std::ostream& err) {
  auto n = normalizer::Normalizer::Create();
  if (!n.ok()) {
    err << "vanban: " << n.status().ToString() << "\n";
    return nullptr;
  }
  return std::move(n).value();
}

// "12:40" -> Span; false when malformed.
bool ParseSpan(const std::string& s, Span* span) {
  unsigned long long b = 0, e = 0;
  char tail;
  if (std::sscanf(s.c_str(), "%llu:%llu%c", &b, &e, &tail) != 2 || b > e) return false;
  *span = {static_cast<size_t>(b), static_cast<size_t>(e)};
  return true;
}

void PrintFootnotes(const normalizer::NormalizedText& t, std::ostream& out) {
  for (const normalizer::Footnote& f : t.footnotes) {
    out << "[" << f.number << "] ";
    if (f.anchor != std::string::npos) {
      size_t from = f.anchor > 40 ? f.anchor - 40 : 0;
      while (from > 0 && (static_cast<unsigned char>(t.text[from]) & 0xC0) == 0x80) --from;
      std::string context = t.text.substr(from, f.anchor - from);
      if (const size_t nl = context.rfind('\n'); nl != std::string::npos) context.erase(0, nl + 1);
      out << "(after \"..." << context << "\") ";
    } else {
      out << "(no marker found) ";
    }
    out << "source bytes " << f.source.begin << "-" << f.source.end << "\n    " << f.body << "\n";
  }
}

int PrintMap(const corpus::SourceText& src, const normalizer::NormalizedText& t,
             const std::string& spec, std::ostream& out, std::ostream& err) {
  Span span;
  if (!ParseSpan(spec, &span) || span.end > t.text.size()) {
    err << "vanban normalize: --map wants BEGIN:END within 0:" << t.text.size() << ", got '" << spec
        << "'\n";
    return kExitUsage;
  }
  const Span source = t.map.ToSource(span);
  out << "normalized [" << span.begin << ", " << span.end << ") "
      << t.text.substr(span.begin, span.end - span.begin) << "\n";
  out << "source     [" << source.begin << ", " << source.end << ") "
      << src.source_view().substr(source.begin, source.end - source.begin) << "\n";
  out << "runs:\n";
  for (const OffsetMap::Run& r : t.map.runs()) {
    const size_t tb = r.target_begin, te = r.target_begin + r.target_len;
    if (te <= span.begin || tb >= span.end) continue;
    out << "  " << (r.copy ? "copy   " : "replace") << " normalized [" << tb << ", " << te
        << ") <- source [" << r.source_begin << ", " << r.source_begin + r.source_len << ")\n";
  }
  return kExitOk;
}

int RunNormalize(const Args& args, std::ostream& out, std::ostream& err) {
  auto norm = MakeNormalizer(err);
  if (!norm) return kExitFailure;
  auto src = corpus::LoadFile(args.positional[0]);
  if (!src.ok()) {
    err << "vanban normalize: " << src.status().message() << "\n";
    return kExitFailure;
  }
  for (const std::string& w : src->warnings) err << "warning: " << w << "\n";
  const normalizer::NormalizedText t = norm->Normalize(src->text, src->map);
  if (args.Has("map")) return PrintMap(*src, t, args.Get("map"), out, err);
  if (args.Has("footnotes")) {
    PrintFootnotes(t, out);
    return kExitOk;
  }
  out << t.text;
  if (!t.text.empty() && t.text.back() != '\n') out << "\n";
  return kExitOk;
}

struct SummaryTotals {
  size_t files = 0, failed = 0, bytes = 0, lines = 0, footnotes = 0, repairs = 0, warnings = 0;
};

void SummarizeFile(const normalizer::Normalizer& norm, const std::string& path,
                   SummaryTotals* totals, std::ostream& out, std::ostream& err) {
  auto src = corpus::LoadFile(path);
  if (!src.ok()) {
    err << "error: " << src.status().message() << "\n";
    ++totals->failed;
    return;
  }
  for (const std::string& w : src->warnings) err << "warning: " << w << "\n";
  const normalizer::NormalizedText t = norm.Normalize(src->text, src->map);
  const extractor::LayoutSummary layout = extractor::Summarize(t);
  const normalizer::NormalizeStats& s = t.stats;
  const size_t repairs =
      s.nfc_changes + s.lookalikes + s.tone_moves + s.joined_words + s.joined_paragraphs;
  std::string name = path.substr(path.find_last_of('/') + 1);
  if (name.size() > 34) name = name.substr(0, 31) + "...";
  out << std::left << std::setw(35) << name << std::setw(13) << corpus::EncodingName(src->encoding)
      << std::right << std::setw(8) << src->bytes.size() << std::setw(7) << layout.lines
      << std::setw(9) << layout.headings << std::setw(6) << layout.footnotes << std::setw(8)
      << repairs << "  nfc " << s.nfc_changes << ", look-alike " << s.lookalikes << ", tone "
      << s.tone_moves << ", split word " << s.joined_words << ", page break " << s.joined_paragraphs
      << "\n";
  ++totals->files;
  totals->bytes += src->bytes.size();
  totals->lines += layout.lines;
  totals->footnotes += layout.footnotes;
  totals->repairs += repairs;
  totals->warnings += src->warnings.size();
}

int Summarize(const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  auto norm = MakeNormalizer(err);
  if (!norm) return kExitFailure;
  const corpus::Discovery found = corpus::DiscoverFiles(paths);
  for (const Status& e : found.errors) err << "error: " << e.message() << "\n";
  out << std::left << std::setw(35) << "FILE" << std::setw(13) << "ENCODING" << std::right
      << std::setw(8) << "BYTES" << std::setw(7) << "LINES" << std::setw(9) << "HEADINGS"
      << std::setw(6) << "NOTES" << std::setw(8) << "REPAIRS"
      << "\n";
  SummaryTotals totals;
  for (const std::string& path : found.files) SummarizeFile(*norm, path, &totals, out, err);
  out << "\n"
      << totals.files << " document(s) normalized, " << totals.bytes << " bytes, " << totals.lines
      << " lines, " << totals.footnotes << " footnotes, " << totals.repairs << " repairs, "
      << totals.warnings << " warning(s), " << totals.failed + found.errors.size() << " failed\n";
  return (totals.failed + found.errors.size()) == 0 ? kExitOk : kExitFailure;
}

void PrintRecordText(const extractor::DocumentRecord& r, std::ostream& out) {
  const extractor::DocumentIdentity& d = r.document;
  out << r.source << "\n  " << (d.type.empty() ? "?" : d.type) << " "
      << (d.code ? d.code->canonical : (d.code_partial.empty() ? "(no number)" : d.code_partial))
      << (d.issued.empty() ? "" : ", " + d.issued.Iso()) << (d.place.empty() ? "" : ", " + d.place)
      << "\n  issuer: " << d.issuer << "\n  title: " << d.title << "\n  signer: " << d.signer.name
      << " (" << d.signer.title << ")\n  " << r.references.size() << " references, "
      << r.edges.size() << " edges\n";
  for (const extractor::Edge& e : r.edges) {
    if (e.relation == extractor::Relation::kCites) continue;
    out << "    " << e.from << " " << extractor::RelationName(e.relation) << " " << e.to << "\n";
  }
}

int RunExtract(const Args& args, std::ostream& out, std::ostream& err) {
  const std::string format = args.Get("format", "json");
  if (format != "json" && format != "text") {
    err << "vanban extract: --format must be json or text, got '" << format << "'\n";
    return kExitUsage;
  }
  auto pipeline = Pipeline::Create();
  if (!pipeline.ok()) {
    err << "vanban: " << pipeline.status().ToString() << "\n";
    return kExitFailure;
  }
  const corpus::Discovery found = corpus::DiscoverFiles(args.positional);
  for (const Status& e : found.errors) err << "vanban extract: " << e.message() << "\n";
  size_t failed = found.errors.size();
  JsonWriter json(out);
  if (format == "json") json.BeginArray();
  for (const std::string& path : found.files) {
    auto p = (*pipeline)->Process(path);
    if (!p.ok()) {
      err << "vanban extract: " << p.status().message() << "\n";
      ++failed;
      continue;
    }
    for (const std::string& w : p->record.warnings) err << "warning: " << w << "\n";
    if (format == "json") {
      WriteRecord(p->record, &json);
    } else {
      PrintRecordText(p->record, out);
    }
  }
  if (format == "json") {
    json.EndArray();
    out << "\n";
  }
  return failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace

std::vector<Command> AllCommands() {
  std::vector<Command> commands;
  commands.push_back(
      {"normalize", "FILE [--footnotes | --map BEGIN:END]", "print a document's normalized text",
       "Decodes FILE (UTF-8, UTF-16, Windows-1258, TCVN3, VNI), normalizes it and prints\n"
       "the text. --footnotes prints the footnotes taken out of the text with their\n"
       "markers; --map shows which bytes of FILE a span of normalized text came from.",
       1,
       [](OptionSet* o) {
         o->addOption(Option("footnotes", "f", "print the footnotes and their markers"));
         o->addOption(Option("map", "m", "print the source bytes of normalized span BEGIN:END")
                          .argument("BEGIN:END"));
       },
       RunNormalize});
  commands.push_back(
      {"extract", "FILE... [--format json|text]",
       "extract each document's identity, citations and relations",
       "Prints one JSON object per file (in the shape of the gold annotations: document,\n"
       "references, edges, tasks; plus mentions and repairs with source byte spans), or\n"
       "a short text summary with --format text. Directories are searched recursively.",
       1,
       [](OptionSet* o) {
         o->addOption(Option("format", "F", "json (default) or text").argument("FORMAT"));
       },
       RunExtract});
  commands.push_back({"summary", "PATH...", "normalize documents and print a summary",
                      "Finds *.txt and *.md under each PATH (recursively, hidden entries\n"
                      "skipped), decodes and normalizes each and prints one line per file.\n"
                      "Exit code 1 when a file could not be read.",
                      1, nullptr, [](const Args& args, std::ostream& out, std::ostream& err) {
                        return Summarize(args.positional, out, err);
                      }});
  AddStoreCommands(&commands);
  commands.push_back(DemoCommand(VANBAN_SAMPLES_DIR));
  commands.push_back(ServeCommand());
  return commands;
}

}  // namespace vanban::app
