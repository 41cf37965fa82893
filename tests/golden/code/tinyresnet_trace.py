def forward(self,
    x: Tensor) -> Tensor:
  fc = self.fc
  avgpool = self.avgpool
  layer2 = self.layer2
  layer1 = self.layer1
  stem = self.stem
  _0 = (layer1).forward((stem).forward(x, ), )
  _1 = (avgpool).forward((layer2).forward(_0, ), )
  input = torch.flatten(_1, 1)
  return (fc).forward(input, )
