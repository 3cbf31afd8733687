#!/usr/bin/env bash
# Builds the benchmarks (if needed) and runs them, one step after another.
#
#   bash bench/run.sh                  # every step
#   bash bench/run.sh normalize        # only the named steps
#   BENCH_ARGS="--mb 5" bash bench/run.sh   # extra arguments for every step
#   VANBAN_BUILD_DIR=/tmp/b bash bench/run.sh   # another build directory
#
# Works from any directory. A step that fails is reported and the others
# still run; the exit status is non-zero if any step failed.
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${VANBAN_BUILD_DIR:-$repo/build}"

# The bench steps, in order: "<step name> <CMake target> [fixed arguments...]".
# Add a line here for each new benchmark (ingest, queries, ...).
STEPS=(
  "normalize vanban_bench_normalize"
  "extract vanban_bench_extract"
  "store vanban_bench_store"
)

selected() {  # is step $1 among the names given on the command line (or none given)?
  [[ $# -eq 1 || " ${*:2} " == *" $1 "* ]]
}

steps=()
targets=()
for line in "${STEPS[@]}"; do
  read -r name target _ <<<"$line"
  if selected "$name" "$@"; then
    steps+=("$line")
    targets+=("$target")
  fi
done
if [[ ${#steps[@]} -eq 0 ]]; then
  echo "no such bench step: $* (known: $(printf '%s ' "${STEPS[@]%% *}"))" >&2
  exit 2
fi

# Configure only a fresh build directory; an existing one keeps its options.
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$repo" -B "$build" || exit 1
fi
cmake --build "$build" --target "${targets[@]}" -j "$(nproc)" || exit 1

failed=()
for line in "${steps[@]}"; do
  read -r name target args <<<"$line"
  echo "=== bench: $name"
  # shellcheck disable=SC2086  # fixed and extra arguments are word lists
  if ! "$build/bench/$target" $args ${BENCH_ARGS:-}; then
    failed+=("$name")
  fi
  echo
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "failed bench steps: ${failed[*]}" >&2
  exit 1
fi
