def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def collatz(n):
    steps = 0
    while True:
        if n == 1:
            break
        steps += 1
        if n % 2 == 0:
            n = n // 2
            continue
        n = 3 * n + 1
    return steps


def kw(a, b=2, *args, c=3, **kwargs):
    return a, b, args, c, kwargs


def outer():
    x = 1

    def inner(y):
        return x + y

    return inner(10)


counter = 0


def bump():
    global counter
    counter += 1


bump()
bump()
print(fib(10), collatz(27), kw(1), kw(1, 5, 6, 7, c=8, d=9), outer(), counter)
for i in range(3):
    if i == 5:
        break
else:
    print("no break")
print([x for x in range(3)], (lambda y: y * 2)(4), 1 if [] else 2, 0 or "x", 3 and 4)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)
finally:
    print("finally")
try:
    raise ValueError("bad", 2)
except Exception as e:
    print(repr(e), e.args)
assert 1 == 1, "never"
