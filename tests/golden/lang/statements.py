import torch
import torch.nn.functional as F, math
from . import sibling
from ..pkg.mod import (a, b as c,)
from typing import *


def control(x: int, xs: List[int]) -> int:
    global counter
    total = 0
    if x > 0:
        total = 1
    elif x < 0:
        total = -1
    else:
        pass
    for i in range(x):
        if i == 3:
            continue
        total += i
    else:
        total -= 1
    while total > 10:
        total //= 2
        if total == 7:
            break
    else:
        total = 0
    for i, (j, k) in enumerate(zip(xs, xs)):
        total += j * k
    first, *rest = xs
    a = b = c = total
    a: int = 5
    self.value: float
    xs[0] += 1; xs[1] -= 1
    total *= 2; total /= 2; total %= 5; total **= 2
    total <<= 1; total >>= 1; total &= 7; total |= 8; total ^= 1; total @= m
    assert total >= 0, "negative"
    assert x
    del xs[0], a
    with torch.no_grad():
        y = F.relu(torch.ones(2))
    with open("f") as fh, lock:
        pass
    try:
        risky()
    except ValueError as err:
        raise RuntimeError("bad") from err
    except (KeyError, IndexError):
        raise
    except:
        pass
    else:
        total = 1
    finally:
        cleanup()

    def inner():
        nonlocal total
        total = 2
    if x: return total
    return total
