a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
b = -x ** -y ** z
c = ~a & b | c ^ d << 2 >> 1
d = not a and b or c and not d
e = a < b <= c != d == e > f >= g
f = a is b, a is not b, a in b, a not in b
g = x if cond else y if other else z
h = lambda p, q=1: p if q else -p
i = f(1, *args, key=2, **kwargs)(3).attr.other[0]
j = x[1], x[1:], x[:2], x[::3], x[1:2:3], x[:, None], x[..., 0], x[i, j:k]
k = (), (1,), (1, 2), [], [1, 2,], {}, {1: 2, **d}, {1, 2}
l = [x * 2 for x in xs if x > 0 if x < 9 for y in ys]
m = {k: v for k, v in pairs}
n = {x for x in xs}
o = sum(x for x in xs)
p = [*a, *b], (*c, d)
q = (a +
     b)
r = a + \
    b
s = torch.jit.annotate(List[Tuple[int, str]], [])
t = x[...]
