def f(x: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor]:
  _0 = __torch__.torch.nn.functional.log_softmax
  _1 = __torch__.torch.nn.functional.leaky_relu
  _2 = __torch__.torch.nn.functional.softmax(x, -1, 3, None, )
  _3 = _0(x, 1, 3, None, )
  _4 = torch.softmax(x, 0)
  _5 = torch.gelu(x)
  _6 = __torch__.torch.nn.functional.silu(x, False, )
  _7 = _1(x, 0.10000000000000001, False, )
  _8 = __torch__.torch.nn.functional.elu(x, 1., False, )
  return (_2, _3, _4, _5, _6, _7, _8)
