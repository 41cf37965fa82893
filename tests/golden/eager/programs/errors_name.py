def f(x):
    y = x + 1
    return y + z


print("before")
f(1)
