#!/usr/bin/env bash
# Builds the sample site in content/ into public/: installs the Debian packages gongkai needs,
# compiles gongkai (release) and runs `gongkai build`. Extra arguments go to `gongkai build`,
# e.g. `bash scripts/build-site.sh --base-url https://www.example.gov.cn/gongkai/`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
swift build -c release --product gongkai
.build/release/gongkai build --content content --templates templates --output public "$@"
