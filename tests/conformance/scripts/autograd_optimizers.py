import torch
import torch.nn as nn
from torch.optim.lr_scheduler import StepLR

torch.manual_seed(0)
X = torch.randn(12, 3)
y = X @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.3

def train(opt_name, **kw):
    torch.manual_seed(1)
    model = nn.Linear(3, 1)
    opt = getattr(torch.optim, opt_name)(model.parameters(), **kw)
    for step in range(6):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        loss.backward()
        opt.step()
    print(opt_name, kw, f"{loss.item():.6f}", model.bias)
    return opt

train('SGD', lr=0.1)
train('SGD', lr=0.05, momentum=0.9, nesterov=True)
train('SGD', lr=0.05, momentum=0.5, dampening=0.1, weight_decay=0.1)
train('Adam', lr=0.1)
train('Adam', lr=0.05, betas=(0.8, 0.99), weight_decay=0.01, amsgrad=True)
opt = train('AdamW', lr=0.1)
train('RMSprop', lr=0.01)
train('RMSprop', lr=0.01, momentum=0.9, centered=True, weight_decay=0.1, alpha=0.9)
print(opt)

model = nn.Linear(3, 1)
opt = torch.optim.SGD([{'params': [model.weight]}, {'params': [model.bias], 'lr': 0.01}], lr=0.1, momentum=0.9)
sched = StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(5):
    opt.zero_grad()
    nn.functional.mse_loss(model(X), y).backward()
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr(), [g['lr'] for g in opt.param_groups])
exp = torch.optim.lr_scheduler.ExponentialLR(torch.optim.Adam(model.parameters(), lr=1.0), gamma=0.9)
exp.step()
exp.step()
print(exp.get_last_lr())
cos = torch.optim.lr_scheduler.CosineAnnealingLR(torch.optim.SGD(model.parameters(), lr=0.1), T_max=4, eta_min=0.001)
lam = torch.optim.lr_scheduler.LambdaLR(torch.optim.SGD(model.parameters(), lr=0.1), lr_lambda=lambda epoch: 1 / (epoch + 1))
for epoch in range(10):
    cos.step()
    lam.step()
    print(epoch, cos.get_last_lr(), lam.get_last_lr())
print(len(opt.param_groups), opt.param_groups[1]['initial_lr'])
sd = opt.state_dict()
print(sd['param_groups'])
print(sorted(sd['state'].keys()), sd['state'][1]['momentum_buffer'])
try:
    torch.optim.SGD([], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
try:
    torch.optim.SGD(model.parameters(), lr=-1)
except ValueError as e:
    print("ValueError:", e)
