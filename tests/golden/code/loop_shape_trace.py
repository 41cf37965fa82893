def loop_in_traced_fn(x: Tensor) -> Tensor:
  result = torch.select(x, 0, 0)
  result0 = torch.mul(result, torch.select(x, 0, 0))
  result1 = torch.mul(result0, torch.select(x, 0, 1))
  _0 = torch.mul(result1, torch.select(x, 0, 2))
  return _0
