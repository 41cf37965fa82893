import torch


@torch.jit.script
def show(x: torch.Tensor):
    print(x)
    print(x * 1000.0)
    print(x / 1000.0)
    print(x.long())
    print(x > 0)
    print(x.double() * 1e8)


torch.manual_seed(0)
show(torch.randn(4))
show(torch.randn(2, 3))
show(torch.randn(2, 2, 3))
show(torch.randn(3, 25))
show(torch.tensor([1.0, float('nan'), float('inf'), -2.5]))
show(torch.tensor([0.0, 0.0]))
show(torch.tensor([123456.0, 0.5]))
show(torch.tensor([1e-8, 1.0]))
show(torch.tensor(3.25))
show(torch.zeros(0))
show(torch.arange(12.0).view(2, 3, 2) * 1e6)


@torch.jit.script
def ints(x: torch.Tensor):
    print(x)
    print(x * 100000)
    print(x.sum(), x.max(), x.shape)


ints(torch.tensor([[1, -2, 3], [40, 5, -600]]))
ints(torch.arange(30).view(3, 10) * 1234567)
