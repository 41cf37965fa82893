def f(a: int,
    b: int) -> Tuple[int, int, float, int, int, int, int]:
  _0 = (torch.floordiv(a, b), torch.remainder(a, b), torch.div(a, b), torch.sub(torch.mul(a, b), a), ops.prim.abs(torch.sub(a, b)), ops.prim.max(a, b), ops.prim.min(a, b))
  return _0
