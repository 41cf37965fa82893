def f(a: int,
    xs: List[int]) -> bool:
  if torch.gt(torch.len(xs), 0):
    _0 = torch.eq(xs[0], a)
  else:
    _0 = False
  if _0:
    _1 = True
  else:
    if torch.lt(a, 0):
      _2 = torch.__not__(torch.eq(a, -5))
    else:
      _2 = False
    _1 = _2
  return _1
