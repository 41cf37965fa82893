def long_expr(a: Tensor,
    b: Tensor) -> Tensor:
  _0 = torch.relu(torch.matmul(a, torch.t(b)))
  _1 = torch.sigmoid(torch.sum(torch.mul(a, b), [1], True))
  return torch.add(_0, _1)
