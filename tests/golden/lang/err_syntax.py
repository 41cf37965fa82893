def f(x)
    return x

x = 1 2
y = (1 +
def g():
    return [1, 2
class C:
    def m(self):
        return 1 +
    def n(self, a=1, b):
        pass
    def o(self, a, a):
        pass
z = foo(a=1, a=2)
w = foo(a=1, 3)
v = lambda: yield
1 = x
f() = 2
x + 1 += 2
del f()
for in range(3):
    pass
async def q():
    pass
u = (n := 5)
if x:
    pass
  else:
    pass
