import torch


def with_try(x):
    try:
        y = x + 1
    except Exception:
        y = x
    return y


def no_method(x):
    return x.foo_bar()


def wrong_return(x) -> str:
    return x + 1


def calls_wrong(x):
    return wrong_return(x)


for fn in [with_try, no_method, wrong_return, calls_wrong]:
    try:
        torch.jit.script(fn)
    except Exception as e:
        print(type(e).__name__)
        print(str(e))
