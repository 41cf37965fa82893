def kwarg_call(x: Tensor,
    y: Tensor) -> Tensor:
  _0 = torch.add(torch.add(x, y, alpha=2), torch.sum(x, [0], True, dtype=7))
  return _0
