import math

x = 3.14159265
n = 42
name = "jit"
print(f"{x:.2f} {x:.4e} {n:5d} {n:<5}| {n:>5}| {n:^7}| {n:05d}")
print(f"{name!r} {name:>6} {x:10.3f} {n:x} {n:b} {n:,}")
print(f"{1e6:g} {0.00001234:g} {123.456:g} {x:%} {0.5:.1%}")
print("{} + {} = {}".format(1, 2, 3), "{:.3f}".format(2 / 3), "{0}{1}{0}".format("a", "b"))
print("%d items, %.2f total, %s" % (3, 9.5, "ok"))
print(f"{math.pi:.3f} {math.e:.5} {math.sqrt(2)} {math.floor(2.7)} {math.ceil(2.1)}")
print(f"{[1, 2]} {(1, 2)} {None} {True:}")
print(str(0.1), repr("a'b"), repr('q"'), 'tab\tx')
print(f"{-3.5:+.1f} {7:+d} {1234567.891:,.2f}")
loss = 0.123456
print(f"epoch {1:3d} loss {loss:.4f}")
