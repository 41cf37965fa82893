def fill_row_one(x: Tensor) -> Tensor:
  _0 = ops.prim.NumToTensor(torch.size(x, 1))
  _1 = torch.ones([int(_0)], dtype=None, layout=None, device=torch.device("cpu"), pin_memory=False)
  _2 = torch.copy_(torch.select(x, 0, 0), _1)
  return x
