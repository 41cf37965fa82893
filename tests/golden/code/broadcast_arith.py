def f(a: Tensor,
    b: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
  _0 = torch.add(a, b)
  _1 = torch.sub(torch.mul(a, 2), torch.div(b, 3))
  _2 = torch.maximum(a, b)
  _3 = torch.sqrt(torch.abs(torch.sub(a, b)))
  return (_0, _1, _2, _3)
