def make_dict(flag: bool) -> Tuple[Dict[str, int], Optional[int]]:
  x = annotate(Dict[str, int], {})
  torch._set_item(x, "hi", 2)
  if flag:
    b : Optional[int] = 2
  else:
    b = None
  return (x, b)
