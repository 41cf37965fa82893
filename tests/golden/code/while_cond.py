def while_cond(n: int) -> int:
  s = 0
  i = 0
  _0 = torch.lt(0, n)
  while _0:
    s0 = torch.add(s, i)
    i0 = torch.add(i, 1)
    _0, s, i = torch.lt(i0, n), s0, i0
  return s
