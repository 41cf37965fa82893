def f(a: Tensor,
    b: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor]:
  _0 = (torch.div(a, b), torch.floor_divide(a, b), torch.mul(a, 1.5), torch.add(a, b), torch.to(torch.gt(a, 1), 6), torch.mean(torch.to(a, 6)), torch.div(torch.to(a, 6), 2), torch.to(b, 4))
  return _0
