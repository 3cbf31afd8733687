// The command-line frame: each subcommand declares its options (Poco's
// OptionSet) and a Run function; cli.cc parses Unix-style options, prints
// help and turns usage errors into one line on stderr and exit code 2.
#ifndef VANBAN_APP_CLI_H_
#define VANBAN_APP_CLI_H_

#include <Poco/Util/OptionSet.h>

#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace vanban::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Parsed command line of one subcommand.
struct Args {
  std::map<std::string, std::string> options;  // full option name -> value ("" for flags)
  std::vector<std::string> positional;
  bool Has(const std::string& name) const { return options.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback = "") const {
    auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  }
  // The option as a whole number in [1, max]; `fallback` when absent,
  // nullopt when it is not one ("1abc", "-3", "99999999999").
  std::optional<int> GetPositive(const std::string& name, int fallback, int max) const;
};

struct Command {
  std::string name;
  std::string usage;    // "FILE [--footnotes]"
  std::string summary;  // one line for the command list
  std::string details;  // paragraph for `vanban CMD --help`
  size_t min_positional = 0;
  std::function<void(Poco::Util::OptionSet*)> declare_options;
  std::function<int(const Args&, std::ostream& out, std::ostream& err)> run;
};

// The commands, in the order `vanban --help` lists them.
std::vector<Command> AllCommands();

int RunCli(int argc, char** argv);

}  // namespace vanban::app

#endif  // VANBAN_APP_CLI_H_
