def f(a: Tensor,
    b: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, int]:
  c = torch.cat([a, b])
  s = torch.stack([a, torch.slice(b, 0, 1)], 1)
  parts = torch.split(c, 2)
  chunks = torch.chunk(c, 3, 1)
  _0 = (c, s, parts[0], parts[-1], chunks[1], torch.len(parts))
  return _0
