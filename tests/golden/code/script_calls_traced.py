def bar(x: Tensor) -> Tensor:
  _0 = __torch__.case_script_calls_traced.foo
  return _0(x, x, )
