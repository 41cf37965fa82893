def f(x: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, Tensor]:
  _0 = torch.select(x, 0, 0)
  _1 = torch.slice(torch.select(x, 0, -1), 0, 1)
  _2 = torch.slice(torch.slice(x), 1, None, None, 2)
  _3 = torch.select(x, -1, 0)
  _4 = torch.unsqueeze(torch.slice(x, 0, 1, 3), 1)
  _5 = torch.select(_4, 2, 0)
  _6 = torch.clone(torch.select(torch.slice(x), 1, 1))
  return (_0, _1, _2, _3, _5, _6)
