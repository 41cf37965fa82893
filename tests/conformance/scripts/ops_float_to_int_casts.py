import torch
import torch.nn.functional as F
import math

x = torch.tensor([1e10, -1e10, 3e9, 300.7, -129.5, float('nan'), float('inf'), 2.0**31, 65537.9])
try:
    print('x.to(torch.int32)', "=>", x.to(torch.int32))
except Exception as e:
    print('x.to(torch.int32)', "=> ERR", type(e).__name__)
try:
    print('x.to(torch.int16)', "=>", x.to(torch.int16))
except Exception as e:
    print('x.to(torch.int16)', "=> ERR", type(e).__name__)
try:
    print('x.to(torch.int8)', "=>", x.to(torch.int8))
except Exception as e:
    print('x.to(torch.int8)', "=> ERR", type(e).__name__)
try:
    print('x.to(torch.uint8)', "=>", x.to(torch.uint8))
except Exception as e:
    print('x.to(torch.uint8)', "=> ERR", type(e).__name__)
try:
    print('x.to(torch.int64)', "=>", x.to(torch.int64))
except Exception as e:
    print('x.to(torch.int64)', "=> ERR", type(e).__name__)
try:
    print('x.int()', "=>", x.int())
except Exception as e:
    print('x.int()', "=> ERR", type(e).__name__)
try:
    print('x.long()', "=>", x.long())
except Exception as e:
    print('x.long()', "=> ERR", type(e).__name__)
try:
    print('x.short()', "=>", x.short())
except Exception as e:
    print('x.short()', "=> ERR", type(e).__name__)
try:
    print('x.char()', "=>", x.char())
except Exception as e:
    print('x.char()', "=> ERR", type(e).__name__)
try:
    print('x.byte()', "=>", x.byte())
except Exception as e:
    print('x.byte()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([2**40 + 5, -2**33 - 1]).to(torch.int32)', "=>", torch.tensor([2**40 + 5, -2**33 - 1]).to(torch.int32))
except Exception as e:
    print('torch.tensor([2**40 + 5, -2**33 - 1]).to(torch.int32)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1e20]).double().long()', "=>", torch.tensor([1e20]).double().long())
except Exception as e:
    print('torch.tensor([1e20]).double().long()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([300, -129]).to(torch.uint8)', "=>", torch.tensor([300, -129]).to(torch.uint8))
except Exception as e:
    print('torch.tensor([300, -129]).to(torch.uint8)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([70000]).short()', "=>", torch.tensor([70000]).short())
except Exception as e:
    print('torch.tensor([70000]).short()', "=> ERR", type(e).__name__)
