// `vanban serve`: the database in a browser (app/web/web.h).
#ifndef VANBAN_APP_SERVE_COMMAND_H_
#define VANBAN_APP_SERVE_COMMAND_H_

#include "cli.h"

namespace vanban::app {

Command ServeCommand();

}  // namespace vanban::app

#endif  // VANBAN_APP_SERVE_COMMAND_H_
