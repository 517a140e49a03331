#!/usr/bin/env bash
# Check the SDK against Stoplight Prism's mock of Benchling's OpenAPI spec,
# an implementation of the spec that shares no code with the SDK or its fake
# tenant (tools/cmd/prismcheck says what is checked). Needs node and npm;
# CI does not run it.
#
# Installs Prism (pinned) into PRISM_DIR (default ~/.cache/benchling-go/prism)
# if it is not there, starts a static (examples) and a dynamic (generated
# values) mock on free loopback ports, runs the checker in its three modes
# (static, dynamic, errors), stops the mocks, and exits 1 when any mode
# found a failure the checker's allow-list does not explain. Output:
# PRISM_OUT (default a new temporary directory), one <mode>.txt and
# <mode>.json per mode. Arguments go to every run of the checker:
#
#   scripts/prism.sh
#   scripts/prism.sh -only '^Users\.'
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

prism_version=5.14.2
prism_dir=${PRISM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/benchling-go/prism}
prism=$prism_dir/node_modules/.bin/prism
spec=${BENCHLING_OPENAPI_SPEC:-$root/../shared/benchling-openapi.yaml}
out=${PRISM_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/prismcheck.XXXXXX")}
mkdir -p "$out"

if [ ! -f "$spec" ]; then
	echo "prism.sh: no spec at $spec (set BENCHLING_OPENAPI_SPEC)" >&2
	exit 2
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	echo "prism.sh: needs node and npm" >&2
	exit 2
fi
if [ ! -x "$prism" ] || [ "$("$prism" --version 2>/dev/null)" != "$prism_version" ]; then
	echo "== installing @stoplight/prism-cli@$prism_version into $prism_dir"
	mkdir -p "$prism_dir"
	npm install --prefix "$prism_dir" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$prism_version" >/dev/null
fi

# free_port prints a loopback TCP port nothing listens on.
free_port() {
	node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

pids=()
cleanup() {
	for pid in "${pids[@]}"; do
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_mock <name> <port> [prism flags]: start one mock, logging to $out.
start_mock() {
	local name=$1 port=$2
	shift 2
	"$prism" mock "$@" -h 127.0.0.1 -p "$port" "$spec" >"$out/prism-$name.log" 2>&1 &
	pids+=($!)
}

# wait_mock <name> <port> <pid>: wait until the mock listens (Prism takes
# a while to load the spec), or fail.
wait_mock() {
	local name=$1 port=$2 pid=$3
	for _ in $(seq 1 180); do
		if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "prism.sh: the $name mock exited; its log:" >&2
			cat "$out/prism-$name.log" >&2
			exit 2
		fi
		sleep 1
	done
	echo "prism.sh: the $name mock did not start in 180 s (log: $out/prism-$name.log)" >&2
	exit 2
}

static_port=$(free_port)
start_mock static "$static_port"
dynamic_port=$(free_port)
start_mock dynamic "$dynamic_port" -d
echo "== Prism $prism_version: static mock on 127.0.0.1:$static_port, dynamic on 127.0.0.1:$dynamic_port"
wait_mock static "$static_port" "${pids[0]}"
wait_mock dynamic "$dynamic_port" "${pids[1]}"

(cd tools && go build -o "$out/prismcheck" ./cmd/prismcheck)

status=0
run_mode() {
	local mode=$1 port=$2
	shift 2
	echo "== $mode"
	local rc=0
	(cd tools && BENCHLING_OPENAPI_SPEC=$spec "$out/prismcheck" -prism "http://127.0.0.1:$port" -mode "$mode" \
		-repo "$root" -json "$out/$mode.json" "$@") >"$out/$mode.txt" 2>&1 || rc=$?
	grep -E '^(mode |spec operations|notice|UNEXPECTED)' "$out/$mode.txt" || true
	if [ "$rc" -ne 0 ]; then
		echo "-- $mode: exit status $rc (details: $out/$mode.txt)"
		status=1
	fi
}
run_mode static "$static_port" "$@"
run_mode dynamic "$dynamic_port" "$@"
run_mode errors "$static_port" "$@"

echo "== output in $out"
if [ "$status" -ne 0 ]; then
	echo "FAIL: unexpected failures (see the UNEXPECTED lines above)"
else
	echo "ok: no unexpected failures"
fi
exit $status
