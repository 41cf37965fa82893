def forward(self,
    x: Tensor) -> Tensor:
  fc = self.fc
  return torch.relu((fc).forward(x, ))
