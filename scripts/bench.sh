#!/usr/bin/env bash
# Full benchmark run (see BENCHMARKS.md): the SDK against a hand-written
# net/http + encoding/json floor measured in the same loop, at full size
# (BENCH_FULL=1), summarised with benchstat (medians). Takes ~15 minutes.
#
#   scripts/bench.sh [output-file]      COUNT=10 RL_COUNT=3 by default
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench.txt}
export BENCH_FULL=1
go test -run '^$' -timeout 60m -count "${COUNT:-10}" \
	-bench 'Bench(GetAaSequence|GetTiny|ListAaSequencesPage|RetryPacingLayer|AllAaSequences|AllPrefetch)$' . | tee "$out"
# Peak heap while decoding one large body: GC-heavy by design, so fewer runs.
go test -run '^$' -timeout 60m -benchtime 2x -count 3 -bench 'BenchDecodePeakHeap' . | tee -a "$out"
# Appends to a result transaction (issue 14): time and allocations against a hand-written
# loop, and the peak heap against the same loop's (GC-heavy, fewer runs).
go test -run '^$' -timeout 60m -count "${COUNT:-10}" -bench 'BenchResultAppend$' . | tee -a "$out"
go test -run '^$' -timeout 60m -benchtime 2x -count 3 -bench 'BenchResultAppendPeakHeap' . | tee -a "$out"
# The rate-limit runs take ~10 s each by design and vary little.
go test -run '^$' -timeout 60m -benchtime 1x -count "${RL_COUNT:-3}" -bench 'BenchRateLimit' . | tee -a "$out"
go run golang.org/x/perf/cmd/benchstat@latest "$out"
