def early_return(x: int) -> int:
  _0 = uninitialized(int)
  _1 = False
  _2 = _0
  _3 = 0
  _4 = True
  while _4:
    if torch.gt(torch.mul(_3, x), 20):
      _5, _6, _7 = False, True, _3
    else:
      _5, _6, _7 = True, False, _0
    _8 = torch.add(_3, 1)
    _4, _1, _2, _3 = torch.__and__(torch.lt(_8, 10), _5), _6, _7, _8
  if _1:
    _9 = _2
  else:
    _9 = -1
  return _9
