#include "cli.h"

int main(int argc, char** argv) {
  return vanban::app::RunCli(argc, argv);
}
