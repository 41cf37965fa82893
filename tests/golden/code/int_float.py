def int_float(x: float,
    n: int) -> Tuple[int, float, bool]:
  _0 = (torch.add(int(x), n), torch.mul(float(n), x), bool(n))
  return _0
