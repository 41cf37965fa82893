def forward(self,
    x: Tensor) -> Tensor:
  net = self.net
  return (net).forward(x, )
