import torch
for d in [torch.float32, torch.float64, torch.float16]: print(torch.finfo(d), torch.finfo(d).bits)
for d in [torch.int32, torch.int64, torch.uint8, torch.int8, torch.int16]: print(torch.iinfo(d), torch.iinfo(d).bits)
print(torch.finfo().eps, torch.finfo(torch.float).max, torch.finfo(torch.float).tiny, torch.iinfo(torch.int64).min)
print(torch.finfo(torch.float32).dtype, torch.finfo(torch.float16).eps, torch.iinfo(torch.int32).max)
