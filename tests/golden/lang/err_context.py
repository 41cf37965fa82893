break
continue
return 1


def f(xs):
    for x in xs:
        def g():
            break
        continue
    else:
        continue
    while True:
        class K:
            return 2
    return 3


yield 5
print(x) if x else y = 1
*a, *b = c
del *a
