def nested_loops(n: int) -> int:
  total = 0
  for i in range(n):
    total0 = total
    for j in range(i):
      _0 = torch.remainder(torch.add(i, j), 2)
      if torch.eq(_0, 0):
        total2 = torch.add(total0, torch.mul(i, j))
        total1 = total2
      else:
        total1 = torch.sub(total0, 1)
      total0 = total1
    total = total0
  return total
