def f(x: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor, Tensor, List[int], int, int, int]:
  a = torch.view(x, [2, 6])
  b = torch.t(torch.reshape(x, [-1, 3]))
  c = torch.contiguous(torch.permute(x, [2, 0, 1]))
  _0 = torch.squeeze(torch.unsqueeze(x, 0), 0)
  d = torch.transpose(_0, 0, 2)
  e = torch.flatten(x, 1)
  _1 = (a, b, c, d, e, torch.size(x), (torch.size(x))[-1], torch.dim(x), torch.numel(x))
  return _1
