#!/bin/sh
# Regenerates the expected outputs of programs/*.py with the oracle (CPython 3.11 + PyTorch 1.13,
# PYTORCH_JIT=0): NAME.stdout is what the program prints, NAME.error the last line of an uncaught
# exception's traceback. These are reference data: never rewrite them from jitscope's own output.
cd "$(dirname "$0")/programs" || exit 1
for f in *.py; do
  base="${f%.py}"
  rm -f "$base.error"
  PYTORCH_JIT=0 /usr/bin/python3 "$f" > "$base.stdout" 2> /tmp/eager-regen.stderr
  if [ -s /tmp/eager-regen.stderr ]; then tail -1 /tmp/eager-regen.stderr > "$base.error"; fi
done
