def f(x: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, Tensor]:
  m = torch.gt(x, 0.5)
  _0 = torch.where(m, x, torch.zeros_like(x))
  _1 = torch.masked_fill(x, torch.bitwise_not(m), -1.)
  _2 = torch.clamp(x, 0.20000000000000001, 0.80000000000000004)
  _3 = (_0, _1, _2, torch.sum(m), torch.any(m), torch.all(m))
  return _3
