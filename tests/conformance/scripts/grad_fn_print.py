import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x + 1
print(y)
print(x * 2)
print(x.sum())
print(torch.relu(x))
print(x.mean(), x.exp())
w = torch.nn.Linear(2, 1)
torch.manual_seed(0)
w = torch.nn.Linear(2, 1)
print(w(torch.ones(1, 2)))
print(y.requires_grad, y.is_leaf, y.grad_fn is not None)
