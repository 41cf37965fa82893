def f(xs: List[int]) -> Tuple[List[int], int, int, List[int], bool]:
  ys = torch.slice(xs)
  _0 = torch.append(ys, 10)
  torch.insert(ys, 0, -1)
  last = torch.pop(ys)
  torch.extend(ys, [7, 8])
  total = 0
  for _1 in range(torch.len(ys)):
    v = ys[_1]
    total = torch.add(total, v)
  _2 = (torch.slice(ys, 1, -1), last, total, torch.slice(ys, None, None, 2), torch.__contains__(ys, 7))
  return _2
