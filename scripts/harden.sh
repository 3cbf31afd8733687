#!/usr/bin/env bash
# The hardening checks CI runs after the tests, in build-asan/ (clang):
#   1. every test under AddressSanitizer + UndefinedBehaviorSanitizer;
#   2. each libFuzzer target in fuzz/ for FUZZ_SECONDS (default 100) with
#      ASan + UBSan, on a seed corpus of the samples, the test fixtures and
#      the inputs kept in fuzz/regressions/, with the cue-word dictionary.
# A crash fails the script; its input is copied into fuzz/regressions/<target>/
# so that every later build replays it (ctest: fuzz_replay_<target>).
# usage: scripts/harden.sh [tests|fuzz]...   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(clang libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "harden: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(tests fuzz)
dir=build-asan
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DVANBAN_SANITIZE=ON -DVANBAN_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

for step in "${steps[@]}"; do
  case "$step" in
    tests)
      echo "== every test under ASan + UBSan"
      ctest --test-dir "$dir" --output-on-failure -j"$(nproc)"
      ;;
    fuzz)
      seconds=${FUZZ_SECONDS:-100}
      failed=0
      for target in "$dir"/fuzz/fuzz_*; do
        name=$(basename "$target"); name=${name#fuzz_}
        work=$(mktemp -d)
        mkdir -p "$work/corpus" "$work/crashes"
        cp corpus/samples/* tests/fixtures/* "$work/corpus/" 2>/dev/null || true
        cp fuzz/regressions/"$name"/* "$work/corpus/" 2>/dev/null || true
        echo "== fuzz $name for ${seconds}s"
        if ! "$target" "$work/corpus" -dict=fuzz/vanban.dict -max_total_time="$seconds" \
             -max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
             -artifact_prefix="$work/crashes/" 2>"$work/log"; then
          failed=1
          tail -40 "$work/log"
          if compgen -G "$work/crashes/*" >/dev/null; then
            mkdir -p fuzz/regressions/"$name"
            cp "$work"/crashes/* fuzz/regressions/"$name"/
            echo "harden: fuzz_$name crashed; its input is kept in fuzz/regressions/$name/"
          else
            echo "harden: fuzz_$name failed without a crashing input (see its log above)"
          fi
        else
          grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/log" | sed "s/^/  /"
        fi
        rm -rf "$work"
      done
      [ "$failed" = 0 ] || exit 1
      ;;
    *) echo "harden: unknown step '$step' (tests or fuzz)" >&2; exit 2 ;;
  esac
done
