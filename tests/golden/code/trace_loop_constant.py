def f(x: Tensor) -> Tensor:
  x0 = torch.add(torch.sin(x), x)
  x1 = torch.add(torch.sin(x0), x0)
  return torch.add(torch.sin(x1), x1)
