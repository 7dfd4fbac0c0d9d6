#!/usr/bin/env bash
# The benchmark: publishes the CLI both ways it can be deployed, the native binary (Native AOT, as the image ships it)
# and the JIT one (self-contained, composite ReadyToRun), and prints the table of figures side by side (see
# bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "publishing both binaries (a few minutes)..." >&2
rm -rf bench/.out/native bench/.out/jit
dotnet publish src/Host/SpaceX.Host.csproj -p:PublishProfile=Aot -o bench/.out/native -v q -nologo >&2
dotnet publish src/Host/SpaceX.Host.csproj -p:PublishProfile=Cli -o bench/.out/jit -v q -nologo >&2
# The real-snapshot rows run twice: on the private cluster (unix socket) and over TCP with a password, on the
# machine's cluster (started here as CI starts it), as most deployments have a remote database.
source .ci/start-postgres
BENCH_TCP_DB="$SPACEX_TEST_DB" python3 bench/bench.py
