import torch
from typing import List


@torch.jit.script
def foo(x, y: int = 3):
    return x + y


def bar(x):
    return foo(x, 4) * 2


def twice(xs: List[int]) -> int:
    total = 0
    for v in xs:
        total += 2 * v
    return total


print(foo.graph)
print(foo.code)
print(foo(torch.ones(2)))
print(foo(torch.ones(2), y=5))
sb = torch.jit.script(bar)
print(sb.graph)
print(sb(torch.ones(2)))
st = torch.jit.script(twice)
print(st([1, 2, 3]))
print(st.code)
