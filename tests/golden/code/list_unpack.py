def list_unpack(xs: List[int]) -> int:
  a, b, = xs
  return torch.add(a, b)
