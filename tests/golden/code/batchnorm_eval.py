def forward(self,
    x: Tensor) -> Tensor:
  bn = self.bn
  conv = self.conv
  _0 = __torch__.torch.nn.functional.relu((bn).forward((conv).forward(x, ), ), False, )
  return _0
