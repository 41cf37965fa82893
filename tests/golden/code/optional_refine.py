def f(x: Tensor,
    scale: Optional[float],
    bias: Optional[Tensor]) -> Tensor:
  if torch.__isnot__(scale, None):
    scale0 = unchecked_cast(float, scale)
    x0 = torch.mul(x, scale0)
  else:
    x0 = x
  if torch.__is__(bias, None):
    _0 = x0
  else:
    bias0 = unchecked_cast(Tensor, bias)
    _0 = torch.add(x0, bias0)
  return _0
