def raise_if_neg(x: int) -> int:
  if torch.lt(x, 0):
    ops.prim.RaiseException("negative value", "builtins.ValueError")
  else:
    pass
  return torch.mul(x, 2)
