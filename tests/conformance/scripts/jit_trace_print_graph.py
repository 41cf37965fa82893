import torch


def foo(x, y):
    return 2 * x + y


torch.manual_seed(0)
traced_foo = torch.jit.trace(foo, (torch.rand(3), torch.rand(3)))
print(traced_foo.code)
print(traced_foo(torch.ones(3), torch.ones(3)))


@torch.jit.script
def bar(x):
    if x.max() > 2:
        r = x * 2
    else:
        r = x - 1
    return r


print(bar.code)
print(bar(torch.tensor([1.0, 3.0])))
print(bar(torch.tensor([1.0, 2.0])))
print(type(bar).__name__)


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.l = torch.nn.Linear(2, 2)

    def forward(self, x):
        return self.l(x).relu()


m = torch.jit.script(Net())
print(m)
print(m.code)
print(m(torch.ones(1, 2)))
