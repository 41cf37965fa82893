def opt_default(x: Optional[int]=None) -> int:
  if torch.__is__(x, None):
    _0 = 0
  else:
    _0 = unchecked_cast(int, x)
  return _0
