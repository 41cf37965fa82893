xs = [3, 1, 2]
xs.append(4)
xs.insert(0, 0)
last = xs.pop()
xs.extend([9, 8])
print(xs, last, xs[1:-1], xs[::2], sorted(xs), sorted(xs, reverse=True), len(xs), 9 in xs)
t = (1, "a", None, True, 2.5)
print(t, t[1:3], (1,), (), t.index("a"), list(t), tuple([1, 2]))
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()), "a" in d, len(d))
del d["a"]
print(d, d.pop("b"), d, {k: v * 2 for k, v in [("x", 1), ("y", 2)]})
print([i * i for i in range(5) if i % 2 == 0], list(range(10, 0, -3)), list(zip([1, 2], "ab")))
print(list(enumerate(["x", "y"], 1)), [[0] * 2] * 2, [1, 2] + [3], [1, 2] == [1, 2], (1, 2) < (1, 3))
a, *rest = [1, 2, 3, 4]
p, q = q, p = 1, 2
print(a, rest, p, q, any([0, 1]), all([]), list(reversed([1, 2, 3])), list(map(str, [1, 2])))
