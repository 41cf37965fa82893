def f(words: List[str]) -> Tuple[Dict[str, int], List[str], int, bool]:
  counts = annotate(Dict[str, int], {})
  for _0 in range(torch.len(words)):
    w = words[_0]
    _1 = torch.add(torch.get(counts, w, 0), 1)
    torch._set_item(counts, w, _1)
  keys = annotate(List[str], [])
  _2 = torch.keys(counts)
  for _3 in range(torch.len(_2)):
    k = _2[_3]
    _4 = torch.append(keys, k)
  _5 = torch.items(counts)
  total = 0
  for _6 in range(torch.len(_5)):
    k0, v, = _5[_6]
    total0 = torch.add(total, torch.mul(v, torch.len(k0)))
    total = total0
  _7 = (counts, keys, total, torch.__contains__(counts, "b"))
  return _7
