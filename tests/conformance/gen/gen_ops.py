"""Generates operator conformance cases (tests/conformance/ops/o_*.json) with PyTorch 1.13.

Run: /usr/bin/python3 tests/conformance/gen/gen_ops.py [NAME ...]
Same format and machinery as gen_script.py; the programs (gen_ops_cases.py) exercise operator
semantics in script mode: creation, promotion, reductions, indexing, shapes, math, nn.functional.
"""
import json
import os
import sys
import tempfile

import gen_script
from gen_ops_cases import CASES

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'ops')


def main():
    only = set(sys.argv[1:])
    os.makedirs(OUT, exist_ok=True)
    names = set()
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            assert case['name'].startswith('o_') and case['name'] not in names, case['name']
            names.add(case['name'])
            if only and case['name'] not in only:
                continue
            out = gen_script.make(case, tmp)
            with open(os.path.join(OUT, case['name'] + '.json'), 'w') as f:
                json.dump(out, f, indent=1)
                f.write('\n')
            print(case['name'], 'error line %d' % out['error']['line'] if 'error' in out else 'ok')
    print(len(names), 'cases')


if __name__ == '__main__':
    main()
