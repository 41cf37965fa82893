import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
x = torch.randn(16, 4) * 10
y = torch.randn(16, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for step in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    opt.step()
    print(step, f"{loss.item():.4f}", f"{norm.item():.4f}")
print(model[2].weight.grad)
nn.utils.clip_grad_value_(model.parameters(), clip_value=0.01)
print(model[2].bias.grad)
print(torch.nn.utils.clip_grad_norm_(model[0].weight, 0.5, norm_type=float('inf')))
print(model[0].weight.grad.abs().max())
