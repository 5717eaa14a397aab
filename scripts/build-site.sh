#!/usr/bin/env bash
# Builds the sample site in content/ into public/: installs the Debian packages gongkai needs,
# compiles gongkai (release) and runs `gongkai build`. Extra arguments go to `gongkai build`,
# e.g. `bash scripts/build-site.sh --base-url https://www.example.gov.cn/gongkai/`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
swift build -c release --product gongkai
# The sample's disclosures stop at the third quarter of 2026, so against today its catalogue
# (content/catalogue.yaml) would sooner or later show every item as missing, and the site would
# change from day to day. It is therefore checked against a fixed day, SAMPLE_AS_OF: 2026-10-31
# is after the deadlines of the third quarter (10 October; 8 October in 建国街道) and of
# September for 红石村's monthly 财务 (10 October; published as finance data, finance/2026-09),
# and after 东岔村's late notice (16 October), but before the next deadline (10 November,
# October for 红石村). On that day every village is
# on time except 东岔村 (one late item, warning GK505) and 榆树川村 (one period declared empty).
# scripts/test.sh, Tests/browser/conftest.py and the Swift tests (TestSupport.sampleAsOf) use the
# same day. A later --as-of given to this script wins.
# No --strict here: the sample shows a late item on purpose, and --strict would turn that
# warning into a failure. A real site's CI should build (or `gongkai check`) with --strict.
SAMPLE_AS_OF=2026-10-31
.build/release/gongkai build --content content --templates templates --output public --as-of "$SAMPLE_AS_OF" "$@"
