def tuple_index(t: Tuple[int, float]) -> float:
  return torch.add((t)[1], (t)[0])
