def collatz(n: int) -> Tuple[int, List[int]]:
  _0 = uninitialized(int)
  _1 = uninitialized(bool)
  seen = annotate(List[int], [])
  steps = 0
  n0 = n
  _2 = True
  while _2:
    if torch.eq(n0, 1):
      _3, _4, _5, _6, _7, _8, _9 = True, False, steps, n0, _1, _0, _0
    else:
      steps0 = torch.add(steps, 1)
      _10 = torch.eq(torch.remainder(n0, 2), 0)
      if _10:
        _11, _12, _13, _14, _15, _16, _17 = True, True, steps0, torch.floordiv(n0, 2), _1, _0, _0
      else:
        n1 = torch.add(torch.mul(3, n0), 1)
        _18 = torch.append(seen, n1)
        _11, _12, _13, _14, _15, _16, _17 = False, _1, _0, _0, True, steps0, n1
      _3, _4, _5, _6, _7, _8, _9 = _11, _12, _13, _14, _15, _16, _17
    if _3:
      _19, _20, _21 = _4, _5, _6
    else:
      _19, _20, _21 = _7, _8, _9
    _2, steps, n0 = _19, _20, _21
  return (steps, seen)
