def f(a: Tensor,
    b: Tensor,
    c: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor]:
  _0 = torch.matmul(a, b)
  _1 = torch.mm(a, b)
  _2 = torch.matmul(c, b)
  _3 = torch.bmm(c, torch.transpose(c, 1, 2))
  _4 = torch.slice(torch.slice(a), 1, None, 2)
  _5 = (_0, _1, _2, _3, torch.addmm(_4, a, b))
  return _5
