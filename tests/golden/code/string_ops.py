def f(s: str,
    n: int) -> Tuple[str, List[str], str, bool, str, int]:
  parts = torch.split(s, ",")
  joined = torch.join("-", parts)
  _0 = torch.format("{}:{}", s, n)
  _1 = torch.upper(joined)
  _2 = torch.startswith(s, "a")
  _3 = torch.add(torch.slice(s, 1, 3), str(n))
  return (_0, parts, _1, _2, _3, torch.len(s))
