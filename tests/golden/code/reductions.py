def f(x: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor]:
  _0 = torch.sum(x)
  _1 = torch.sum(x, [1])
  _2 = torch.mean(x, [0], True)
  _3 = torch.max(x)
  _4, _5 = torch.max(x, 1)
  _6 = torch.argmax(x, 1)
  _7, _8 = torch.min(x, 0)
  _9 = (_0, _1, _2, _3, _4, _6, _8, torch.prod(x, 1), torch.std(x), torch.var(x, [1]), torch.cumsum(x, 0), torch.amax(x, [-1]))
  return _9
