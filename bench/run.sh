#!/usr/bin/env bash
# The benchmark: builds the pipeline in Release (ReadyToRun) and prints the table of figures (see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building..." >&2
dotnet publish src/Host/SpaceX.Host.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o bench/.out/app -v q -nologo >&2
python3 bench/bench.py
