import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
print(model)
print(model[0])
print(len(model), model[-1].out_features)
data = torch.randn(8, 2)
target = data.sum(dim=1, keepdim=True)
with torch.no_grad():
    for epoch in range(3):
        out = model(data)
        loss = ((out - target) ** 2).mean()
        print(f"epoch {epoch}: loss={loss.item():.4f}")
        for p in model.parameters():
            p.sub_(0.01 * p)
model.eval()
print(model.training, model[0].training)
model.train()
print(model.training)
sd = model.state_dict()
print(list(sd.keys()))
m2 = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
m2.load_state_dict(sd)
print(torch.equal(m2[0].weight, model[0].weight))
