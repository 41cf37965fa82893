def raise_branch(x: int) -> int:
  _0 = uninitialized(int)
  if torch.gt(x, 0):
    y = x
  else:
    _1 = torch.add("AssertionError: ", torch.add("bad ", str(x)))
    ops.prim.RaiseException(_1)
    y = _0
  return y
