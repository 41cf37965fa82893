def f(n: int) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor]:
  _0 = (torch.arange(n), torch.arange(1, n, 2), torch.arange(0., 1., 0.25), torch.zeros([2, n]), torch.ones([n], dtype=4), torch.full([2, 2], 7.), torch.eye(3), torch.tensor([1., 2.]), torch.linspace(0, 1, 5))
  return _0
