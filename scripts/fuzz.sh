#!/usr/bin/env bash
# Fuzz every fuzz target of package benchling for FUZZTIME each (default
# 30s), one after another. A finding is written to testdata/fuzz/<Name>/
# by `go test` and fails the script; commit it with the fix, so that it
# stays in the seed corpus that plain `go test` runs.
#
#   FUZZTIME=60s scripts/fuzz.sh            # every target
#   FUZZTIME=2m scripts/fuzz.sh FuzzFields  # some targets
#   FUZZMINIMIZETIME=10s                   # longer minimization (default 1s)
set -euo pipefail
cd "$(dirname "$0")/.."

fuzztime=${FUZZTIME:-30s}
# Minimizing each new interesting input can stall a worker for the default
# 60 s (the HTTP stack makes coverage vary between runs); keep it short.
minimize=${FUZZMINIMIZETIME:-1s}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
	mapfile -t targets < <(go test -list '^Fuzz' . | grep '^Fuzz')
fi

status=0
for target in "${targets[@]}"; do
	echo "== $target ($fuzztime)"
	if ! go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime "$minimize" .; then
		echo "FAIL: $target found a failing input (see testdata/fuzz/$target/)"
		status=1
	fi
done
exit $status
