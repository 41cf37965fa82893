s = "hello, world"
print(s.upper(), s.split(","), "-".join(["a", "b"]), s[1:4], s[-1], s[::-1], len(s))
print(s.startswith("he"), s.find("o"), s.replace("l", "L"), "  x ".strip(), s.count("l"))
print("{}:{}".format("a", 1), "{0}{1}{0}".format("x", "y"), "{:>5}|{:<5}|{:^5}|".format(1, 2, 3))
print("{:.3f} {:e} {:g} {:5.1f} {:+d} {:,}".format(3.14159, 12345.678, 0.0001, 2.25, 5, 1234567))
x = 3
name = "bob"
print(f"x={x} name={name!r} sq={x * x:04d} pi={3.14159:.2f} {x}{{}}")
print("%d items, %.2f, %s" % (3, 2.5, "ok"), repr("it's"), str(1.5), "a" * 3, "b" in "abc")
print([c for c in "abc"], "a,b,,c".split(","), "a b  c".split(), "x".zfill(3), "Ab".lower())
