def str_format(name: str,
    n: int) -> str:
  return torch.format("{}={}", name, n)
