#!/usr/bin/env bash
# The benchmark: publishes the CLI as it is deployed (self-contained, composite ReadyToRun) and prints the table of
# figures (see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "publishing (a few minutes the first time)..." >&2
rm -rf bench/.out/app
dotnet publish src/Host/SpaceX.Host.csproj -p:PublishProfile=Cli -o bench/.out/app -v q -nologo >&2
# The real-snapshot rows run twice: on the private cluster (unix socket) and over TCP with a password, on the
# machine's cluster (started here as CI starts it), as most deployments have a remote database.
source .ci/start-postgres
BENCH_TCP_DB="$SPACEX_TEST_DB" python3 bench/bench.py
