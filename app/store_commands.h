// The subcommands that fill the database (ingest, demo) and those that ask
// it questions (show, implementers, cites, cited-by, tasks, agencies,
// search, graph, export, coverage).
#ifndef VANBAN_APP_STORE_COMMANDS_H_
#define VANBAN_APP_STORE_COMMANDS_H_

#include <vector>

#include "cli.h"

namespace vanban::app {

void AddStoreCommands(std::vector<Command>* commands);

// `vanban demo`: the sample documents ingested into a new database in a
// temporary directory, then what a new user should see first.
Command DemoCommand(std::string default_samples_dir);

}  // namespace vanban::app

#endif  // VANBAN_APP_STORE_COMMANDS_H_
