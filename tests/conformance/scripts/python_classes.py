from typing import NamedTuple


class Counter:
    def __init__(self, start=0):
        self.n = start

    def step(self, k=1):
        self.n += k
        return self

    def __repr__(self):
        return f"Counter({self.n})"


class Point(NamedTuple):
    x: float
    y: float


def make_adder(k):
    def add(v):
        return v + k
    return add


c = Counter().step().step(5)
print(c, c.n, str(c))
p = Point(1.0, 2.5)
print(p, p.x + p.y, p[1], tuple(p))
add3 = make_adder(3)
print(add3(4), list(map(add3, [1, 2])), (lambda a, b=2: a * b)(5))


def kw(a, *args, scale=1, **opts):
    return a * scale, args, opts


print(kw(1, 2, 3, scale=10, extra=True))
i = 0
while True:
    i += 1
    if i > 4:
        break
    if i % 2:
        continue
    print("even", i)
else:
    print("never")
for j in range(2):
    pass
else:
    print("loop done", j)
print(isinstance(p, tuple), hasattr(c, "n"), getattr(c, "m", None))
