import torch
from typing import Optional, Union

def f(x: Optional[int], y: Union[int, str]) -> int:
    if x is None:
        x = 0
    if isinstance(y, int):
        return x + y
    return x + len(y)
