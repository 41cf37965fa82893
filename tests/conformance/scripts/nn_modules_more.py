import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 6)
mods = [nn.Hardtanh(-0.5, 0.5), nn.Hardsigmoid(), nn.Hardswish(), nn.Mish(), nn.SELU(), nn.CELU(0.5), nn.Softplus(beta=2.0),
        nn.Softsign(), nn.Tanhshrink(), nn.LogSigmoid(), nn.Softshrink(0.3), nn.Hardshrink(), nn.Threshold(0.1, -1.0),
        nn.GLU(), nn.PReLU(), nn.Softmin(dim=1), nn.AvgPool1d(2), nn.AvgPool1d(3, stride=1, padding=1)]
for m in mods:
    print(m)
    print(m(x.unsqueeze(0) if isinstance(m, nn.AvgPool1d) else x))
print(nn.SmoothL1Loss(beta=0.5)(x, x.flip(0)), nn.HuberLoss(delta=0.3)(x, torch.zeros(2, 6)))
print(nn.BCELoss()(torch.sigmoid(x), (x > 0).float()), nn.BCEWithLogitsLoss()(x, (x > 0).float()))
print(nn.KLDivLoss(reduction='batchmean')(torch.log_softmax(x, 1), torch.softmax(x.flip(1), 1)))
print(nn.Sequential(nn.Linear(6, 3), nn.PReLU(3), nn.Softmin(1)))
