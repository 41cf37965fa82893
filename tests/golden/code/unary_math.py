def f(x: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor, Tensor]:
  _0 = (torch.exp(x), torch.log(x), torch.sin(x), torch.cos(x), torch.tanh(x), torch.sigmoid(x), torch.rsqrt(x), torch.pow(x, 3), torch.reciprocal(x), torch.floor(x), torch.ceil(x), torch.round(x), torch.neg(x), torch.sign(x), torch.erf(x))
  return _0
