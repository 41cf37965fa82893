import torch
import torch.nn.functional as F
import math

try:
    print('torch.tensor([250], dtype=torch.uint8) + 10', "=>", torch.tensor([250], dtype=torch.uint8) + 10)
except Exception as e:
    print('torch.tensor([250], dtype=torch.uint8) + 10', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([120], dtype=torch.int8) + 10', "=>", torch.tensor([120], dtype=torch.int8) + 10)
except Exception as e:
    print('torch.tensor([120], dtype=torch.int8) + 10', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([120], dtype=torch.int8) * 3', "=>", torch.tensor([120], dtype=torch.int8) * 3)
except Exception as e:
    print('torch.tensor([120], dtype=torch.int8) * 3', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([2**31 - 1], dtype=torch.int32) + 1', "=>", torch.tensor([2**31 - 1], dtype=torch.int32) + 1)
except Exception as e:
    print('torch.tensor([2**31 - 1], dtype=torch.int32) + 1', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([-128], dtype=torch.int8).abs()', "=>", torch.tensor([-128], dtype=torch.int8).abs())
except Exception as e:
    print('torch.tensor([-128], dtype=torch.int8).abs()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([-128], dtype=torch.int8) // -1', "=>", torch.tensor([-128], dtype=torch.int8) // -1)
except Exception as e:
    print('torch.tensor([-128], dtype=torch.int8) // -1', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([200], dtype=torch.uint8) - 201', "=>", torch.tensor([200], dtype=torch.uint8) - 201)
except Exception as e:
    print('torch.tensor([200], dtype=torch.uint8) - 201', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([3], dtype=torch.uint8) - torch.tensor([5], dtype=torch.uint8)', "=>", torch.tensor([3], dtype=torch.uint8) - torch.tensor([5], dtype=torch.uint8))
except Exception as e:
    print('torch.tensor([3], dtype=torch.uint8) - torch.tensor([5], dtype=torch.uint8)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2], dtype=torch.uint8) * 200', "=>", torch.tensor([1, 2], dtype=torch.uint8) * 200)
except Exception as e:
    print('torch.tensor([1, 2], dtype=torch.uint8) * 200', "=> ERR", type(e).__name__)
try:
    print('(torch.tensor([1, 2], dtype=torch.uint8) * 200).dtype', "=>", (torch.tensor([1, 2], dtype=torch.uint8) * 200).dtype)
except Exception as e:
    print('(torch.tensor([1, 2], dtype=torch.uint8) * 200).dtype', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2], dtype=torch.int32) + torch.tensor([1, 2], dtype=torch.uint8)', "=>", torch.tensor([1, 2], dtype=torch.int32) + torch.tensor([1, 2], dtype=torch.uint8))
except Exception as e:
    print('torch.tensor([1, 2], dtype=torch.int32) + torch.tensor([1, 2], dtype=torch.uint8)', "=> ERR", type(e).__name__)
try:
    print('(torch.tensor([1], dtype=torch.int8) + torch.tensor([1], dtype=torch.uint8)).dtype', "=>", (torch.tensor([1], dtype=torch.int8) + torch.tensor([1], dtype=torch.uint8)).dtype)
except Exception as e:
    print('(torch.tensor([1], dtype=torch.int8) + torch.tensor([1], dtype=torch.uint8)).dtype', "=> ERR", type(e).__name__)
try:
    print('(torch.tensor([1], dtype=torch.int16) * 1.5).dtype', "=>", (torch.tensor([1], dtype=torch.int16) * 1.5).dtype)
except Exception as e:
    print('(torch.tensor([1], dtype=torch.int16) * 1.5).dtype', "=> ERR", type(e).__name__)
try:
    print('(torch.tensor([1], dtype=torch.float16) * torch.tensor([1.0])).dtype', "=>", (torch.tensor([1], dtype=torch.float16) * torch.tensor([1.0])).dtype)
except Exception as e:
    print('(torch.tensor([1], dtype=torch.float16) * torch.tensor([1.0])).dtype', "=> ERR", type(e).__name__)
try:
    print('(torch.tensor([1], dtype=torch.float16) * torch.tensor(1.0)).dtype', "=>", (torch.tensor([1], dtype=torch.float16) * torch.tensor(1.0)).dtype)
except Exception as e:
    print('(torch.tensor([1], dtype=torch.float16) * torch.tensor(1.0)).dtype', "=> ERR", type(e).__name__)
try:
    print('(torch.tensor([1], dtype=torch.int32) * torch.tensor(1.5, dtype=torch.float64)).dtype', "=>", (torch.tensor([1], dtype=torch.int32) * torch.tensor(1.5, dtype=torch.float64)).dtype)
except Exception as e:
    print('(torch.tensor([1], dtype=torch.int32) * torch.tensor(1.5, dtype=torch.float64)).dtype', "=> ERR", type(e).__name__)
try:
    print('(torch.tensor([1], dtype=torch.uint8) + True).dtype', "=>", (torch.tensor([1], dtype=torch.uint8) + True).dtype)
except Exception as e:
    print('(torch.tensor([1], dtype=torch.uint8) + True).dtype', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([300.7]).to(torch.uint8)', "=>", torch.tensor([300.7]).to(torch.uint8))
except Exception as e:
    print('torch.tensor([300.7]).to(torch.uint8)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([-1.0]).to(torch.uint8)', "=>", torch.tensor([-1.0]).to(torch.uint8))
except Exception as e:
    print('torch.tensor([-1.0]).to(torch.uint8)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([2.5, -2.5]).int()', "=>", torch.tensor([2.5, -2.5]).int())
except Exception as e:
    print('torch.tensor([2.5, -2.5]).int()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([255], dtype=torch.uint8).float() / 255', "=>", torch.tensor([255], dtype=torch.uint8).float() / 255)
except Exception as e:
    print('torch.tensor([255], dtype=torch.uint8).float() / 255', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2, 3], dtype=torch.int32).sum().dtype', "=>", torch.tensor([1, 2, 3], dtype=torch.int32).sum().dtype)
except Exception as e:
    print('torch.tensor([1, 2, 3], dtype=torch.int32).sum().dtype', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2, 3], dtype=torch.uint8).sum()', "=>", torch.tensor([1, 2, 3], dtype=torch.uint8).sum())
except Exception as e:
    print('torch.tensor([1, 2, 3], dtype=torch.uint8).sum()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([100, 100, 100], dtype=torch.uint8).sum()', "=>", torch.tensor([100, 100, 100], dtype=torch.uint8).sum())
except Exception as e:
    print('torch.tensor([100, 100, 100], dtype=torch.uint8).sum()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([100, 100], dtype=torch.int8).cumsum(0)', "=>", torch.tensor([100, 100], dtype=torch.int8).cumsum(0))
except Exception as e:
    print('torch.tensor([100, 100], dtype=torch.int8).cumsum(0)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([100, 100], dtype=torch.int8).prod()', "=>", torch.tensor([100, 100], dtype=torch.int8).prod())
except Exception as e:
    print('torch.tensor([100, 100], dtype=torch.int8).prod()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([True, True]).sum().dtype', "=>", torch.tensor([True, True]).sum().dtype)
except Exception as e:
    print('torch.tensor([True, True]).sum().dtype', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2], dtype=torch.int32).mean(dtype=torch.float32)', "=>", torch.tensor([1, 2], dtype=torch.int32).mean(dtype=torch.float32))
except Exception as e:
    print('torch.tensor([1, 2], dtype=torch.int32).mean(dtype=torch.float32)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([7, -7], dtype=torch.int32) // 2', "=>", torch.tensor([7, -7], dtype=torch.int32) // 2)
except Exception as e:
    print('torch.tensor([7, -7], dtype=torch.int32) // 2', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([7, -7], dtype=torch.int32) % 3', "=>", torch.tensor([7, -7], dtype=torch.int32) % 3)
except Exception as e:
    print('torch.tensor([7, -7], dtype=torch.int32) % 3', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([7, -7], dtype=torch.int32) / 2', "=>", torch.tensor([7, -7], dtype=torch.int32) / 2)
except Exception as e:
    print('torch.tensor([7, -7], dtype=torch.int32) / 2', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([5], dtype=torch.uint8) // torch.tensor([2], dtype=torch.uint8)', "=>", torch.tensor([5], dtype=torch.uint8) // torch.tensor([2], dtype=torch.uint8))
except Exception as e:
    print('torch.tensor([5], dtype=torch.uint8) // torch.tensor([2], dtype=torch.uint8)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2]) << 62', "=>", torch.tensor([1, 2]) << 62)
except Exception as e:
    print('torch.tensor([1, 2]) << 62', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([2**62]) * 4', "=>", torch.tensor([2**62]) * 4)
except Exception as e:
    print('torch.tensor([2**62]) * 4', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([2**62]) + 2**62', "=>", torch.tensor([2**62]) + 2**62)
except Exception as e:
    print('torch.tensor([2**62]) + 2**62', "=> ERR", type(e).__name__)
