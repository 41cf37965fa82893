def f(x):
    if x:
	return 1
    return 2


def g(y):
        a = 1
    b = 2


def h():
return 3

  x = 4

class C:
    pass
     y = 5
