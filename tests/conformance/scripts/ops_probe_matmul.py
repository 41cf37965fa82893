import torch
import torch.nn.functional as F
import math

torch.manual_seed(0)
a = torch.randn(2, 3)
b = torch.randn(3, 4)
c = torch.randn(5, 2, 3)
d = torch.randn(5, 3, 4)
v = torch.tensor([1.0, 2.0, 3.0])
try:
    print('a.mm(b)', "=>", a.mm(b))
except Exception as e:
    print('a.mm(b)', "=> ERR", type(e).__name__)
try:
    print('a @ b', "=>", a @ b)
except Exception as e:
    print('a @ b', "=> ERR", type(e).__name__)
try:
    print('torch.matmul(a, b)', "=>", torch.matmul(a, b))
except Exception as e:
    print('torch.matmul(a, b)', "=> ERR", type(e).__name__)
try:
    print('torch.bmm(c, d).shape', "=>", torch.bmm(c, d).shape)
except Exception as e:
    print('torch.bmm(c, d).shape', "=> ERR", type(e).__name__)
try:
    print('torch.matmul(c, b).shape', "=>", torch.matmul(c, b).shape)
except Exception as e:
    print('torch.matmul(c, b).shape', "=> ERR", type(e).__name__)
try:
    print('torch.matmul(a, d).shape', "=>", torch.matmul(a, d).shape)
except Exception as e:
    print('torch.matmul(a, d).shape', "=> ERR", type(e).__name__)
try:
    print('torch.matmul(v, b)', "=>", torch.matmul(v, b))
except Exception as e:
    print('torch.matmul(v, b)', "=> ERR", type(e).__name__)
try:
    print('torch.matmul(a, v)', "=>", torch.matmul(a, v))
except Exception as e:
    print('torch.matmul(a, v)', "=> ERR", type(e).__name__)
try:
    print('v @ v', "=>", v @ v)
except Exception as e:
    print('v @ v', "=> ERR", type(e).__name__)
try:
    print('v.dot(v)', "=>", v.dot(v))
except Exception as e:
    print('v.dot(v)', "=> ERR", type(e).__name__)
try:
    print('torch.mv(a, v)', "=>", torch.mv(a, v))
except Exception as e:
    print('torch.mv(a, v)', "=> ERR", type(e).__name__)
try:
    print('torch.outer(v, v)', "=>", torch.outer(v, v))
except Exception as e:
    print('torch.outer(v, v)', "=> ERR", type(e).__name__)
try:
    print('torch.ger(v, v)', "=>", torch.ger(v, v))
except Exception as e:
    print('torch.ger(v, v)', "=> ERR", type(e).__name__)
try:
    print('torch.inner(v, v)', "=>", torch.inner(v, v))
except Exception as e:
    print('torch.inner(v, v)', "=> ERR", type(e).__name__)
try:
    print('torch.vdot(v, v)', "=>", torch.vdot(v, v))
except Exception as e:
    print('torch.vdot(v, v)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2]) @ torch.tensor([[1, 2], [3, 4]])', "=>", torch.tensor([1, 2]) @ torch.tensor([[1, 2], [3, 4]]))
except Exception as e:
    print('torch.tensor([1, 2]) @ torch.tensor([[1, 2], [3, 4]])', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([[1, 2]]).mm(torch.tensor([[3], [4]]))', "=>", torch.tensor([[1, 2]]).mm(torch.tensor([[3], [4]])))
except Exception as e:
    print('torch.tensor([[1, 2]]).mm(torch.tensor([[3], [4]]))', "=> ERR", type(e).__name__)
try:
    print('torch.addmm(torch.zeros(2, 4), a, b)', "=>", torch.addmm(torch.zeros(2, 4), a, b))
except Exception as e:
    print('torch.addmm(torch.zeros(2, 4), a, b)', "=> ERR", type(e).__name__)
try:
    print('torch.addmm(torch.ones(4), a, b, beta=0.5, alpha=2)', "=>", torch.addmm(torch.ones(4), a, b, beta=0.5, alpha=2))
except Exception as e:
    print('torch.addmm(torch.ones(4), a, b, beta=0.5, alpha=2)', "=> ERR", type(e).__name__)
try:
    print('torch.baddbmm(torch.zeros(5, 2, 4), c, d).shape', "=>", torch.baddbmm(torch.zeros(5, 2, 4), c, d).shape)
except Exception as e:
    print('torch.baddbmm(torch.zeros(5, 2, 4), c, d).shape', "=> ERR", type(e).__name__)
try:
    print('torch.addmv(torch.zeros(2), a, v)', "=>", torch.addmv(torch.zeros(2), a, v))
except Exception as e:
    print('torch.addmv(torch.zeros(2), a, v)', "=> ERR", type(e).__name__)
try:
    print('F.linear(a, b.t())', "=>", F.linear(a, b.t()))
except Exception as e:
    print('F.linear(a, b.t())', "=> ERR", type(e).__name__)
try:
    print('F.linear(a, b.t(), torch.ones(4))', "=>", F.linear(a, b.t(), torch.ones(4)))
except Exception as e:
    print('F.linear(a, b.t(), torch.ones(4))', "=> ERR", type(e).__name__)
try:
    print("torch.einsum('ij,jk->ik', a, b)", "=>", torch.einsum('ij,jk->ik', a, b))
except Exception as e:
    print("torch.einsum('ij,jk->ik', a, b)", "=> ERR", type(e).__name__)
try:
    print("torch.einsum('bij,bjk->bik', c, d).shape", "=>", torch.einsum('bij,bjk->bik', c, d).shape)
except Exception as e:
    print("torch.einsum('bij,bjk->bik', c, d).shape", "=> ERR", type(e).__name__)
try:
    print("torch.einsum('ii', torch.eye(3))", "=>", torch.einsum('ii', torch.eye(3)))
except Exception as e:
    print("torch.einsum('ii', torch.eye(3))", "=> ERR", type(e).__name__)
try:
    print("torch.einsum('i,j->ij', v, v)", "=>", torch.einsum('i,j->ij', v, v))
except Exception as e:
    print("torch.einsum('i,j->ij', v, v)", "=> ERR", type(e).__name__)
try:
    print("torch.einsum('ij->ji', a)", "=>", torch.einsum('ij->ji', a))
except Exception as e:
    print("torch.einsum('ij->ji', a)", "=> ERR", type(e).__name__)
try:
    print("torch.einsum('...j,j->...', a, v)", "=>", torch.einsum('...j,j->...', a, v))
except Exception as e:
    print("torch.einsum('...j,j->...', a, v)", "=> ERR", type(e).__name__)
try:
    print("torch.einsum('ij,ij->', a, a)", "=>", torch.einsum('ij,ij->', a, a))
except Exception as e:
    print("torch.einsum('ij,ij->', a, a)", "=> ERR", type(e).__name__)
try:
    print('torch.kron(torch.eye(2), torch.ones(2, 2))', "=>", torch.kron(torch.eye(2), torch.ones(2, 2)))
except Exception as e:
    print('torch.kron(torch.eye(2), torch.ones(2, 2))', "=> ERR", type(e).__name__)
try:
    print('torch.tril(a)', "=>", torch.tril(a))
except Exception as e:
    print('torch.tril(a)', "=> ERR", type(e).__name__)
try:
    print('torch.triu(b, -1)', "=>", torch.triu(b, -1))
except Exception as e:
    print('torch.triu(b, -1)', "=> ERR", type(e).__name__)
try:
    print('a.mm(b.t())', "=>", a.mm(b.t()))
except Exception as e:
    print('a.mm(b.t())', "=> ERR", type(e).__name__)
try:
    print('torch.mm(a, torch.zeros(3, 0))', "=>", torch.mm(a, torch.zeros(3, 0)))
except Exception as e:
    print('torch.mm(a, torch.zeros(3, 0))', "=> ERR", type(e).__name__)
try:
    print('torch.zeros(2, 0) @ torch.zeros(0, 3)', "=>", torch.zeros(2, 0) @ torch.zeros(0, 3))
except Exception as e:
    print('torch.zeros(2, 0) @ torch.zeros(0, 3)', "=> ERR", type(e).__name__)
