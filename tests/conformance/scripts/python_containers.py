a = [3, 1, 2]
a.append(5)
a.sort()
print(a, len(a), a[-1], a[1:3], a[::-1])
b = a.copy()
b.insert(0, 9)
b.pop()
print(b, a, 2 in a, a.index(3))
t = (1, 2.5, "x")
print(t, t[1:], (1,), ())
d = {"a": 1, "b": [1, 2]}
d["c"] = 3.5
print(d, list(d.keys()), list(d.values()), d.get("z", 0))
for k, v in d.items():
    print(k, v)
s = {3, 1, 2}
print(sorted(s), len(s))
print([i * i for i in range(5) if i % 2 == 0])
print({k: v for k, v in zip("abc", range(3))})
print(list(enumerate(["x", "y"])), list(zip([1, 2], [3, 4])))
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])))
print([[1, 2], [3]], [None, True, 1.0], {"k": (1, 2)})
print("a,b,c".split(","), "-".join(["x", "y"]), "Hi".upper(), "  s ".strip())
nested = {"outer": {"inner": [1.5, 2.0]}}
print(nested["outer"]["inner"][0])
print(any([False, True]), all([]), list(range(10, 0, -3)))
