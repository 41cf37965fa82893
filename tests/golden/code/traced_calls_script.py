def bar(x: Tensor,
    y: Tensor,
    z: Tensor) -> Tensor:
  _0 = __torch__.case_traced_calls_script.foo
  y0 = _0(x, y, )
  return torch.add(y0, z)
