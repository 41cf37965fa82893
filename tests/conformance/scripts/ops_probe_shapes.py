import torch
import torch.nn.functional as F
import math

x = torch.arange(24).view(2, 3, 4)
y = torch.arange(6.0).view(2, 3)
try:
    print('x.view(-1, 4).shape', "=>", x.view(-1, 4).shape)
except Exception as e:
    print('x.view(-1, 4).shape', "=> ERR", type(e).__name__)
try:
    print('x.view(4, -1).shape', "=>", x.view(4, -1).shape)
except Exception as e:
    print('x.view(4, -1).shape', "=> ERR", type(e).__name__)
try:
    print('x.view(5, -1)', "=>", x.view(5, -1))
except Exception as e:
    print('x.view(5, -1)', "=> ERR", type(e).__name__)
try:
    print('x.reshape(6, 4)[5]', "=>", x.reshape(6, 4)[5])
except Exception as e:
    print('x.reshape(6, 4)[5]', "=> ERR", type(e).__name__)
try:
    print('x.permute(2, 0, 1).shape', "=>", x.permute(2, 0, 1).shape)
except Exception as e:
    print('x.permute(2, 0, 1).shape', "=> ERR", type(e).__name__)
try:
    print('x.permute(2, 0, 1).contiguous().view(-1)[:5]', "=>", x.permute(2, 0, 1).contiguous().view(-1)[:5])
except Exception as e:
    print('x.permute(2, 0, 1).contiguous().view(-1)[:5]', "=> ERR", type(e).__name__)
try:
    print('x.transpose(0, 2).shape', "=>", x.transpose(0, 2).shape)
except Exception as e:
    print('x.transpose(0, 2).shape', "=> ERR", type(e).__name__)
try:
    print('x.transpose(1, 2).view(-1)', "=>", x.transpose(1, 2).view(-1))
except Exception as e:
    print('x.transpose(1, 2).view(-1)', "=> ERR", type(e).__name__)
try:
    print('x.transpose(1, 2).reshape(-1)[:6]', "=>", x.transpose(1, 2).reshape(-1)[:6])
except Exception as e:
    print('x.transpose(1, 2).reshape(-1)[:6]', "=> ERR", type(e).__name__)
try:
    print('x.mT.shape', "=>", x.mT.shape)
except Exception as e:
    print('x.mT.shape', "=> ERR", type(e).__name__)
try:
    print('y.T', "=>", y.T)
except Exception as e:
    print('y.T', "=> ERR", type(e).__name__)
try:
    print('y.t()', "=>", y.t())
except Exception as e:
    print('y.t()', "=> ERR", type(e).__name__)
try:
    print('x.movedim(0, 2).shape', "=>", x.movedim(0, 2).shape)
except Exception as e:
    print('x.movedim(0, 2).shape', "=> ERR", type(e).__name__)
try:
    print('x.swapaxes(0, 1).shape', "=>", x.swapaxes(0, 1).shape)
except Exception as e:
    print('x.swapaxes(0, 1).shape', "=> ERR", type(e).__name__)
try:
    print('y.unsqueeze(0).shape', "=>", y.unsqueeze(0).shape)
except Exception as e:
    print('y.unsqueeze(0).shape', "=> ERR", type(e).__name__)
try:
    print('y.unsqueeze(-1).shape', "=>", y.unsqueeze(-1).shape)
except Exception as e:
    print('y.unsqueeze(-1).shape', "=> ERR", type(e).__name__)
try:
    print('y.unsqueeze(3)', "=>", y.unsqueeze(3))
except Exception as e:
    print('y.unsqueeze(3)', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(1, 3, 1).squeeze().shape', "=>", torch.zeros(1, 3, 1).squeeze().shape)
except Exception as e:
    print('torch.zeros(1, 3, 1).squeeze().shape', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(1, 3, 1).squeeze(0).shape', "=>", torch.zeros(1, 3, 1).squeeze(0).shape)
except Exception as e:
    print('torch.zeros(1, 3, 1).squeeze(0).shape', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(1, 3, 1).squeeze(1).shape', "=>", torch.zeros(1, 3, 1).squeeze(1).shape)
except Exception as e:
    print('torch.zeros(1, 3, 1).squeeze(1).shape', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(1, 3, 1).squeeze(-1).shape', "=>", torch.zeros(1, 3, 1).squeeze(-1).shape)
except Exception as e:
    print('torch.zeros(1, 3, 1).squeeze(-1).shape', "=> ERR", type(e).__name__)
try:
    print('x.flatten()', "=>", x.flatten())
except Exception as e:
    print('x.flatten()', "=> ERR", type(e).__name__)
try:
    print('x.flatten(1).shape', "=>", x.flatten(1).shape)
except Exception as e:
    print('x.flatten(1).shape', "=> ERR", type(e).__name__)
try:
    print('x.flatten(0, 1).shape', "=>", x.flatten(0, 1).shape)
except Exception as e:
    print('x.flatten(0, 1).shape', "=> ERR", type(e).__name__)
try:
    print('x.flatten(-2).shape', "=>", x.flatten(-2).shape)
except Exception as e:
    print('x.flatten(-2).shape', "=> ERR", type(e).__name__)
try:
    print('y.unflatten(1, (3, 1)).shape', "=>", y.unflatten(1, (3, 1)).shape)
except Exception as e:
    print('y.unflatten(1, (3, 1)).shape', "=> ERR", type(e).__name__)
try:
    print('y.expand(2, 2, 3).shape', "=>", y.expand(2, 2, 3).shape)
except Exception as e:
    print('y.expand(2, 2, 3).shape', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([[1], [2]]).expand(2, 3)', "=>", torch.tensor([[1], [2]]).expand(2, 3))
except Exception as e:
    print('torch.tensor([[1], [2]]).expand(2, 3)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([[1], [2]]).expand(-1, 3)', "=>", torch.tensor([[1], [2]]).expand(-1, 3))
except Exception as e:
    print('torch.tensor([[1], [2]]).expand(-1, 3)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2]).expand(3, 2)', "=>", torch.tensor([1, 2]).expand(3, 2))
except Exception as e:
    print('torch.tensor([1, 2]).expand(3, 2)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2, 3]).expand(2, 2)', "=>", torch.tensor([1, 2, 3]).expand(2, 2))
except Exception as e:
    print('torch.tensor([1, 2, 3]).expand(2, 2)', "=> ERR", type(e).__name__)
try:
    print('y.expand_as(torch.zeros(3, 2, 3)).shape', "=>", y.expand_as(torch.zeros(3, 2, 3)).shape)
except Exception as e:
    print('y.expand_as(torch.zeros(3, 2, 3)).shape', "=> ERR", type(e).__name__)
try:
    print('y.repeat(2, 1)', "=>", y.repeat(2, 1))
except Exception as e:
    print('y.repeat(2, 1)', "=> ERR", type(e).__name__)
try:
    print('y.repeat(1, 2, 1).shape', "=>", y.repeat(1, 2, 1).shape)
except Exception as e:
    print('y.repeat(1, 2, 1).shape', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2]).repeat(3)', "=>", torch.tensor([1, 2]).repeat(3))
except Exception as e:
    print('torch.tensor([1, 2]).repeat(3)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2]).repeat_interleave(2)', "=>", torch.tensor([1, 2]).repeat_interleave(2))
except Exception as e:
    print('torch.tensor([1, 2]).repeat_interleave(2)', "=> ERR", type(e).__name__)
try:
    print('torch.repeat_interleave(y, 2, dim=0)', "=>", torch.repeat_interleave(y, 2, dim=0))
except Exception as e:
    print('torch.repeat_interleave(y, 2, dim=0)', "=> ERR", type(e).__name__)
try:
    print('torch.repeat_interleave(torch.tensor([1, 2]), torch.tensor([1, 3]))', "=>", torch.repeat_interleave(torch.tensor([1, 2]), torch.tensor([1, 3])))
except Exception as e:
    print('torch.repeat_interleave(torch.tensor([1, 2]), torch.tensor([1, 3]))', "=> ERR", type(e).__name__)
try:
    print('y.tile((2,))', "=>", y.tile((2,)))
except Exception as e:
    print('y.tile((2,))', "=> ERR", type(e).__name__)
try:
    print('torch.arange(7).chunk(3)', "=>", torch.arange(7).chunk(3))
except Exception as e:
    print('torch.arange(7).chunk(3)', "=> ERR", type(e).__name__)
try:
    print('torch.arange(6).chunk(4)', "=>", torch.arange(6).chunk(4))
except Exception as e:
    print('torch.arange(6).chunk(4)', "=> ERR", type(e).__name__)
try:
    print('y.chunk(2, 1)', "=>", y.chunk(2, 1))
except Exception as e:
    print('y.chunk(2, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.arange(7).split(3)', "=>", torch.arange(7).split(3))
except Exception as e:
    print('torch.arange(7).split(3)', "=> ERR", type(e).__name__)
try:
    print('torch.arange(7).split([2, 5])', "=>", torch.arange(7).split([2, 5]))
except Exception as e:
    print('torch.arange(7).split([2, 5])', "=> ERR", type(e).__name__)
try:
    print('y.split(1, 1)', "=>", y.split(1, 1))
except Exception as e:
    print('y.split(1, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.split(y, [1, 2], dim=1)', "=>", torch.split(y, [1, 2], dim=1))
except Exception as e:
    print('torch.split(y, [1, 2], dim=1)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor_split(torch.arange(7), 3)', "=>", torch.tensor_split(torch.arange(7), 3))
except Exception as e:
    print('torch.tensor_split(torch.arange(7), 3)', "=> ERR", type(e).__name__)
try:
    print('torch.cat([y, y])', "=>", torch.cat([y, y]))
except Exception as e:
    print('torch.cat([y, y])', "=> ERR", type(e).__name__)
try:
    print('torch.cat([y, y], 1)', "=>", torch.cat([y, y], 1))
except Exception as e:
    print('torch.cat([y, y], 1)', "=> ERR", type(e).__name__)
try:
    print('torch.cat((y, y), dim=-1).shape', "=>", torch.cat((y, y), dim=-1).shape)
except Exception as e:
    print('torch.cat((y, y), dim=-1).shape', "=> ERR", type(e).__name__)
try:
    print('torch.cat([y, torch.zeros(0)])', "=>", torch.cat([y, torch.zeros(0)]))
except Exception as e:
    print('torch.cat([y, torch.zeros(0)])', "=> ERR", type(e).__name__)
try:
    print('torch.cat([torch.tensor([1, 2]), torch.tensor([1.5])])', "=>", torch.cat([torch.tensor([1, 2]), torch.tensor([1.5])]))
except Exception as e:
    print('torch.cat([torch.tensor([1, 2]), torch.tensor([1.5])])', "=> ERR", type(e).__name__)
try:
    print('torch.cat([y, y.int()], 0).dtype', "=>", torch.cat([y, y.int()], 0).dtype)
except Exception as e:
    print('torch.cat([y, y.int()], 0).dtype', "=> ERR", type(e).__name__)
try:
    print('torch.cat([y, torch.zeros(2, 2)], 0)', "=>", torch.cat([y, torch.zeros(2, 2)], 0))
except Exception as e:
    print('torch.cat([y, torch.zeros(2, 2)], 0)', "=> ERR", type(e).__name__)
try:
    print('torch.stack([y, y]).shape', "=>", torch.stack([y, y]).shape)
except Exception as e:
    print('torch.stack([y, y]).shape', "=> ERR", type(e).__name__)
try:
    print('torch.stack([y, y], 2)', "=>", torch.stack([y, y], 2))
except Exception as e:
    print('torch.stack([y, y], 2)', "=> ERR", type(e).__name__)
try:
    print('torch.stack([y, y], -1).shape', "=>", torch.stack([y, y], -1).shape)
except Exception as e:
    print('torch.stack([y, y], -1).shape', "=> ERR", type(e).__name__)
try:
    print('torch.stack([torch.tensor(1), torch.tensor(2)])', "=>", torch.stack([torch.tensor(1), torch.tensor(2)]))
except Exception as e:
    print('torch.stack([torch.tensor(1), torch.tensor(2)])', "=> ERR", type(e).__name__)
try:
    print('torch.hstack([torch.tensor([1, 2]), torch.tensor([3])])', "=>", torch.hstack([torch.tensor([1, 2]), torch.tensor([3])]))
except Exception as e:
    print('torch.hstack([torch.tensor([1, 2]), torch.tensor([3])])', "=> ERR", type(e).__name__)
try:
    print('torch.vstack([torch.tensor([1, 2]), torch.tensor([3, 4])])', "=>", torch.vstack([torch.tensor([1, 2]), torch.tensor([3, 4])]))
except Exception as e:
    print('torch.vstack([torch.tensor([1, 2]), torch.tensor([3, 4])])', "=> ERR", type(e).__name__)
try:
    print('torch.dstack([torch.tensor([1, 2]), torch.tensor([3, 4])])', "=>", torch.dstack([torch.tensor([1, 2]), torch.tensor([3, 4])]))
except Exception as e:
    print('torch.dstack([torch.tensor([1, 2]), torch.tensor([3, 4])])', "=> ERR", type(e).__name__)
try:
    print('torch.column_stack([torch.tensor([1, 2]), torch.tensor([3, 4])])', "=>", torch.column_stack([torch.tensor([1, 2]), torch.tensor([3, 4])]))
except Exception as e:
    print('torch.column_stack([torch.tensor([1, 2]), torch.tensor([3, 4])])', "=> ERR", type(e).__name__)
try:
    print('torch.row_stack([torch.tensor([1, 2]), torch.tensor([3, 4])])', "=>", torch.row_stack([torch.tensor([1, 2]), torch.tensor([3, 4])]))
except Exception as e:
    print('torch.row_stack([torch.tensor([1, 2]), torch.tensor([3, 4])])', "=> ERR", type(e).__name__)
try:
    print('torch.atleast_2d(torch.tensor(1))', "=>", torch.atleast_2d(torch.tensor(1)))
except Exception as e:
    print('torch.atleast_2d(torch.tensor(1))', "=> ERR", type(e).__name__)
try:
    print('torch.flip(y, [0, 1])', "=>", torch.flip(y, [0, 1]))
except Exception as e:
    print('torch.flip(y, [0, 1])', "=> ERR", type(e).__name__)
try:
    print('torch.fliplr(y)', "=>", torch.fliplr(y))
except Exception as e:
    print('torch.fliplr(y)', "=> ERR", type(e).__name__)
try:
    print('torch.flipud(y)', "=>", torch.flipud(y))
except Exception as e:
    print('torch.flipud(y)', "=> ERR", type(e).__name__)
try:
    print('torch.roll(torch.arange(5), 2)', "=>", torch.roll(torch.arange(5), 2))
except Exception as e:
    print('torch.roll(torch.arange(5), 2)', "=> ERR", type(e).__name__)
try:
    print('torch.roll(y, 1, 1)', "=>", torch.roll(y, 1, 1))
except Exception as e:
    print('torch.roll(y, 1, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.roll(y, (1, 1), (0, 1))', "=>", torch.roll(y, (1, 1), (0, 1)))
except Exception as e:
    print('torch.roll(y, (1, 1), (0, 1))', "=> ERR", type(e).__name__)
try:
    print('torch.rot90(y)', "=>", torch.rot90(y))
except Exception as e:
    print('torch.rot90(y)', "=> ERR", type(e).__name__)
try:
    print('y.view(3, 2).is_contiguous()', "=>", y.view(3, 2).is_contiguous())
except Exception as e:
    print('y.view(3, 2).is_contiguous()', "=> ERR", type(e).__name__)
try:
    print('y.t().is_contiguous()', "=>", y.t().is_contiguous())
except Exception as e:
    print('y.t().is_contiguous()', "=> ERR", type(e).__name__)
try:
    print('y.t().view(6)', "=>", y.t().view(6))
except Exception as e:
    print('y.t().view(6)', "=> ERR", type(e).__name__)
try:
    print('y.t().reshape(6)', "=>", y.t().reshape(6))
except Exception as e:
    print('y.t().reshape(6)', "=> ERR", type(e).__name__)
try:
    print('y.size()', "=>", y.size())
except Exception as e:
    print('y.size()', "=> ERR", type(e).__name__)
try:
    print('y.size(1)', "=>", y.size(1))
except Exception as e:
    print('y.size(1)', "=> ERR", type(e).__name__)
try:
    print('y.size(-1)', "=>", y.size(-1))
except Exception as e:
    print('y.size(-1)', "=> ERR", type(e).__name__)
try:
    print('y.shape[0]', "=>", y.shape[0])
except Exception as e:
    print('y.shape[0]', "=> ERR", type(e).__name__)
try:
    print('y.dim()', "=>", y.dim())
except Exception as e:
    print('y.dim()', "=> ERR", type(e).__name__)
try:
    print('y.ndim', "=>", y.ndim)
except Exception as e:
    print('y.ndim', "=> ERR", type(e).__name__)
try:
    print('y.numel()', "=>", y.numel())
except Exception as e:
    print('y.numel()', "=> ERR", type(e).__name__)
try:
    print('y.nelement()', "=>", y.nelement())
except Exception as e:
    print('y.nelement()', "=> ERR", type(e).__name__)
try:
    print('y.element_size()', "=>", y.element_size())
except Exception as e:
    print('y.element_size()', "=> ERR", type(e).__name__)
try:
    print('len(y)', "=>", len(y))
except Exception as e:
    print('len(y)', "=> ERR", type(e).__name__)
try:
    print('y.stride()', "=>", y.stride())
except Exception as e:
    print('y.stride()', "=> ERR", type(e).__name__)
try:
    print('y.t().stride()', "=>", y.t().stride())
except Exception as e:
    print('y.t().stride()', "=> ERR", type(e).__name__)
try:
    print('y.storage_offset()', "=>", y.storage_offset())
except Exception as e:
    print('y.storage_offset()', "=> ERR", type(e).__name__)
try:
    print('y[1:].storage_offset()', "=>", y[1:].storage_offset())
except Exception as e:
    print('y[1:].storage_offset()', "=> ERR", type(e).__name__)
try:
    print('y.unfold(1, 2, 1)', "=>", y.unfold(1, 2, 1))
except Exception as e:
    print('y.unfold(1, 2, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.squeeze(torch.zeros(2, 1, 2, 1)).shape', "=>", torch.squeeze(torch.zeros(2, 1, 2, 1)).shape)
except Exception as e:
    print('torch.squeeze(torch.zeros(2, 1, 2, 1)).shape', "=> ERR", type(e).__name__)
try:
    print('torch.broadcast_tensors(torch.zeros(2, 1), torch.zeros(3))[0].shape', "=>", torch.broadcast_tensors(torch.zeros(2, 1), torch.zeros(3))[0].shape)
except Exception as e:
    print('torch.broadcast_tensors(torch.zeros(2, 1), torch.zeros(3))[0].shape', "=> ERR", type(e).__name__)
try:
    print('torch.broadcast_to(torch.tensor([1, 2]), (2, 2))', "=>", torch.broadcast_to(torch.tensor([1, 2]), (2, 2)))
except Exception as e:
    print('torch.broadcast_to(torch.tensor([1, 2]), (2, 2))', "=> ERR", type(e).__name__)
try:
    print('y.view(-1, 2, 1).shape', "=>", y.view(-1, 2, 1).shape)
except Exception as e:
    print('y.view(-1, 2, 1).shape', "=> ERR", type(e).__name__)
try:
    print('y.type(torch.int64)', "=>", y.type(torch.int64))
except Exception as e:
    print('y.type(torch.int64)', "=> ERR", type(e).__name__)
try:
    print('y.type()', "=>", y.type())
except Exception as e:
    print('y.type()', "=> ERR", type(e).__name__)
try:
    print('y.to(torch.int32)', "=>", y.to(torch.int32))
except Exception as e:
    print('y.to(torch.int32)', "=> ERR", type(e).__name__)
try:
    print('y.to(dtype=torch.float64)', "=>", y.to(dtype=torch.float64))
except Exception as e:
    print('y.to(dtype=torch.float64)', "=> ERR", type(e).__name__)
try:
    print('y.int().to(y)', "=>", y.int().to(y))
except Exception as e:
    print('y.int().to(y)', "=> ERR", type(e).__name__)
try:
    print('y.long().dtype', "=>", y.long().dtype)
except Exception as e:
    print('y.long().dtype', "=> ERR", type(e).__name__)
try:
    print('y.bool()', "=>", y.bool())
except Exception as e:
    print('y.bool()', "=> ERR", type(e).__name__)
try:
    print('y.short()', "=>", y.short())
except Exception as e:
    print('y.short()', "=> ERR", type(e).__name__)
try:
    print('y.byte()', "=>", y.byte())
except Exception as e:
    print('y.byte()', "=> ERR", type(e).__name__)
try:
    print('y.char()', "=>", y.char())
except Exception as e:
    print('y.char()', "=> ERR", type(e).__name__)
try:
    print('y.half()', "=>", y.half())
except Exception as e:
    print('y.half()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([-1.5, 300.7]).to(torch.uint8)', "=>", torch.tensor([-1.5, 300.7]).to(torch.uint8))
except Exception as e:
    print('torch.tensor([-1.5, 300.7]).to(torch.uint8)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([-1.5, 300.7]).to(torch.int8)', "=>", torch.tensor([-1.5, 300.7]).to(torch.int8))
except Exception as e:
    print('torch.tensor([-1.5, 300.7]).to(torch.int8)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([3.9, -3.9]).long()', "=>", torch.tensor([3.9, -3.9]).long())
except Exception as e:
    print('torch.tensor([3.9, -3.9]).long()', "=> ERR", type(e).__name__)
try:
    print("torch.tensor([float('nan')]).long()", "=>", torch.tensor([float('nan')]).long())
except Exception as e:
    print("torch.tensor([float('nan')]).long()", "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1.5, 0.0]).bool()', "=>", torch.tensor([1.5, 0.0]).bool())
except Exception as e:
    print('torch.tensor([1.5, 0.0]).bool()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([2, 0]).float()', "=>", torch.tensor([2, 0]).float())
except Exception as e:
    print('torch.tensor([2, 0]).float()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor(5).item()', "=>", torch.tensor(5).item())
except Exception as e:
    print('torch.tensor(5).item()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor(2.5).item()', "=>", torch.tensor(2.5).item())
except Exception as e:
    print('torch.tensor(2.5).item()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor(True).item()', "=>", torch.tensor(True).item())
except Exception as e:
    print('torch.tensor(True).item()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([[1.5]]).item()', "=>", torch.tensor([[1.5]]).item())
except Exception as e:
    print('torch.tensor([[1.5]]).item()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2]).tolist()', "=>", torch.tensor([1, 2]).tolist())
except Exception as e:
    print('torch.tensor([1, 2]).tolist()', "=> ERR", type(e).__name__)
try:
    print('y.tolist()', "=>", y.tolist())
except Exception as e:
    print('y.tolist()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor(3.0).tolist()', "=>", torch.tensor(3.0).tolist())
except Exception as e:
    print('torch.tensor(3.0).tolist()', "=> ERR", type(e).__name__)
try:
    print('int(torch.tensor(3.7))', "=>", int(torch.tensor(3.7)))
except Exception as e:
    print('int(torch.tensor(3.7))', "=> ERR", type(e).__name__)
try:
    print('float(torch.tensor(3))', "=>", float(torch.tensor(3)))
except Exception as e:
    print('float(torch.tensor(3))', "=> ERR", type(e).__name__)
try:
    print('bool(torch.tensor(0.1))', "=>", bool(torch.tensor(0.1)))
except Exception as e:
    print('bool(torch.tensor(0.1))', "=> ERR", type(e).__name__)
try:
    print('y.clone().fill_(2)', "=>", y.clone().fill_(2))
except Exception as e:
    print('y.clone().fill_(2)', "=> ERR", type(e).__name__)
try:
    print('y.clone().zero_()', "=>", y.clone().zero_())
except Exception as e:
    print('y.clone().zero_()', "=> ERR", type(e).__name__)
try:
    print('y.detach().requires_grad', "=>", y.detach().requires_grad)
except Exception as e:
    print('y.detach().requires_grad', "=> ERR", type(e).__name__)
try:
    print('y.contiguous().data_ptr() == y.data_ptr()', "=>", y.contiguous().data_ptr() == y.data_ptr())
except Exception as e:
    print('y.contiguous().data_ptr() == y.data_ptr()', "=> ERR", type(e).__name__)
