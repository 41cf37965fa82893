def forward(self,
    x: Tensor,
    h: Tensor) -> Tuple[Tensor, Tensor]:
  linear = self.linear
  new_h = torch.tanh(torch.add((linear).forward(x, ), h))
  return (new_h, new_h)
