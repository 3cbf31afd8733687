#include "cli.h"

#include <charconv>

#include <Poco/Exception.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>

#include <iostream>
#include <sstream>

namespace vanban::app {

std::optional<int> Args::GetPositive(const std::string& name, int fallback, int max) const {
  auto it = options.find(name);
  if (it == options.end()) return fallback;
  const std::string& text = it->second;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > max) {
    return std::nullopt;
  }
  return value;
}

namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

constexpr char kVersion[] = "vanban 0.1.0";

void AddHelpOption(OptionSet* options) {
  options->addOption(Option("help", "h", "show this help and exit"));
}

void PrintMainHelp(const std::vector<Command>& commands, std::ostream& out) {
  out << "Usage: vanban COMMAND [OPTIONS] [ARGS]\n\n"
         "Reads Vietnamese administrative documents (plans, resolutions, decisions,\n"
         "official letters, reports) and records who must do what by when, under\n"
         "which higher document.\n\nCommands:\n";
  for (const Command& c : commands) {
    out << "  " << c.name << std::string(c.name.size() < 14 ? 14 - c.name.size() : 1, ' ')
        << c.summary << "\n";
  }
  out << "\nOptions:\n  -h, --help     show this help and exit\n"
         "  -V, --version  print the version and exit\n\n"
         "Run 'vanban COMMAND --help' for the options of a command.\n";
}

void PrintCommandHelp(const Command& c, const OptionSet& options, std::ostream& out) {
  Poco::Util::HelpFormatter help(options);
  help.setUnixStyle(true);
  help.setCommand("vanban " + c.name);
  help.setUsage(c.usage);
  help.setHeader(c.summary + (c.details.empty() ? "" : "\n\n" + c.details));
  help.setWidth(80);
  help.format(out);
}

// Parses argv[first..] against `options`; throws Poco::Util::OptionException.
Args Parse(int argc, char** argv, int first, const OptionSet& options) {
  Args args;
  Poco::Util::OptionProcessor processor(options);
  processor.setUnixStyle(true);
  bool only_positional = false;
  for (int i = first; i < argc; ++i) {
    const std::string arg = argv[i];
    if (only_positional) {
      args.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    std::string name, value;
    if (processor.process(arg, name, value)) {
      if (!name.empty()) args.options[name] = value;
    } else {
      args.positional.push_back(arg);
    }
  }
  processor.checkRequired();
  return args;
}

int UsageError(const std::string& command, const std::string& message) {
  std::cerr << "vanban" << (command.empty() ? "" : " " + command) << ": " << message
            << " (see 'vanban " << (command.empty() ? "" : command + " ") << "--help')\n";
  return kExitUsage;
}

}  // namespace

int RunCli(int argc, char** argv) {
  const std::vector<Command> commands = AllCommands();
  if (argc < 2) {
    PrintMainHelp(commands, std::cerr);
    return kExitUsage;
  }
  const std::string first = argv[1];
  if (first == "-h" || first == "--help" || first == "help") {
    PrintMainHelp(commands, std::cout);
    return kExitOk;
  }
  if (first == "-V" || first == "--version") {
    std::cout << kVersion << "\n";
    return kExitOk;
  }
  if (!first.empty() && first[0] == '-') return UsageError("", "unknown option '" + first + "'");
  const Command* command = nullptr;
  for (const Command& c : commands) {
    if (c.name == first) command = &c;
  }
  if (command == nullptr) return UsageError("", "unknown command '" + first + "'");

  OptionSet options;
  AddHelpOption(&options);
  if (command->declare_options) command->declare_options(&options);
  Args args;
  try {
    args = Parse(argc, argv, 2, options);
  } catch (const Poco::Exception& e) {
    // Poco's own text for the help option check would be misleading when
    // --help was given with a missing argument; help wins.
    for (int i = 2; i < argc; ++i) {
      if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
        PrintCommandHelp(*command, options, std::cout);
        return kExitOk;
      }
    }
    return UsageError(command->name, e.displayText());
  }
  if (args.Has("help")) {
    PrintCommandHelp(*command, options, std::cout);
    return kExitOk;
  }
  if (args.positional.size() < command->min_positional) {
    return UsageError(command->name,
                      "missing argument: usage: vanban " + command->name + " " + command->usage);
  }
  try {
    return command->run(args, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "vanban " << command->name << ": internal error: " << e.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace vanban::app
