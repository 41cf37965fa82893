import torch
from collections import OrderedDict

torch.manual_seed(8)
results = {}
for name in ["relu", "gelu", "silu"]:
    x = torch.linspace(-2, 2, 5)
    results[name] = getattr(torch.nn.functional, name)(x)
print(results)
for k, v in results.items():
    print(k, [round(t, 4) for t in v.tolist()])
od = OrderedDict([("w", torch.randn(2)), ("b", torch.zeros(1))])
print(od)
print(OrderedDict())
print(sorted(results))
print({k: round(v.sum().item(), 3) for k, v in results.items()})
print(len(results), "gelu" in results)
nested = {"layer": {"weight": torch.ones(1, 2), "bias": None}}
print(nested)
