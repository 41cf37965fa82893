# Python float ** int on PyTorch 1.13's CPython (glibc pow), for src/ops/libm_pow.test.ts. Run: /usr/bin/python3 tests/data/ops/gen_pow_cases.py
import random, json
random.seed(7)
cases=[]
for _ in range(3000):
    x = random.choice([random.uniform(0.5, 2.0), random.uniform(-3, 3), random.uniform(0, 100), 10**random.uniform(-5,5)])
    y = random.randint(-40, 40)
    try:
        r = x ** y
    except ZeroDivisionError:
        continue
    cases.append([x.hex(), y, r.hex()])
for x,y in [(0.95,10),(3.7,-3),(1.1,7),(0.9,100),(2.0,10),(10.0,-3),(1.0001,10000)]:
    cases.append([float(x).hex(), y, (x**y).hex()])
cases = cases[:500] + cases[-7:]
json.dump(cases, open('tests/data/ops/pow_cases.json','w'))
print(len(cases))
