#!/bin/sh
# Regenerates tests/conformance/scripts/*.stdout with PyTorch 1.13 (the oracle); run from the repo root.
set -e
for f in tests/conformance/scripts/*.py; do
  /usr/bin/python3 "$f" > "${f%.py}.stdout" 2>/dev/null
done
