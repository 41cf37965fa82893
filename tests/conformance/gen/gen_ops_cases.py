"""The programs of gen_ops.py: operator semantics as user code writes them, in script mode.

Each case: name (o_ prefix), source (after the common imports), entry, runs (a function returning
input lists; tensors from the seeded generator), expect_error for rejected programs.
"""
import torch


def R(*shape):
    return torch.rand(*shape)


def N(*shape):
    return torch.randn(*shape)


def I(lo, hi, *shape):
    return torch.randint(lo, hi, shape)


CASES = []


def case(name, entry, source, runs=None, **kw):
    CASES.append(dict(name=name, entry=entry, source=source, runs=runs or (lambda: []), **kw))


# ---- creation -----------------------------------------------------------------------------------
case('o_creation_ranges', 'f', '''
def f(n: int, x: torch.Tensor):
    return (torch.arange(n, 0, -2), torch.arange(-1.5, 1.0, 0.5), torch.arange(n, dtype=torch.float64),
            torch.linspace(-1, 1, n), torch.linspace(0, 10, 3), torch.full((2, n), -1), torch.full([n], 2.5),
            torch.zeros_like(x), torch.ones_like(x, dtype=torch.int64), torch.full_like(x, 3), torch.eye(n, 2),
            torch.empty(n, 2).shape, x.new_zeros([2]), x.new_ones(3), x.new_full([2], 7.0))
''', lambda: [[4, N(2, 3)], [1, torch.arange(3)]])

case('o_creation_tensor_literals', 'f', '''
def f(k: float):
    a = torch.tensor([1, 2, 3])
    b = torch.tensor([[1.5, k], [0.0, -k]])
    c = torch.tensor(k)
    d = torch.tensor([True, False])
    e = torch.tensor([1, 2], dtype=torch.float64)
    return a, b, c, d, e, a.dtype, b.dtype, d.dtype, torch.tril(torch.ones(3, 3), -1), torch.triu(b)
''', lambda: [[2.0], [-0.5]])

# ---- promotion ----------------------------------------------------------------------------------
case('o_promotion_mixed', 'f', '''
def f(i: torch.Tensor, x: torch.Tensor, b: torch.Tensor):
    return (i + x, i * b, b + b, b * 2, b * 2.5, x + b, i / 2, i // 2, i // -3, i % 3, i % -3, -i % 4,
            x // 0.5, x % 0.7, x % -0.7, torch.fmod(i, 3), torch.remainder(i, -4), i ** 2, x ** 2, 2 ** i.abs(),
            2.0 ** x, torch.pow(x.abs(), 0.5), (i > 0) & b, (i > 0) | b, (i > 0) ^ b, ~b, i & 6, i | 8, ~i)
''', lambda: [[torch.tensor([5, -7, 9, 0]), torch.tensor([0.5, -1.5, 2.25, -0.0]), torch.tensor([True, False, True, False])]])

case('o_promotion_zero_dim', 'f', '''
def f(i: torch.Tensor, x: torch.Tensor, s: torch.Tensor, d: torch.Tensor):
    return (s * i, (s * i).dtype, torch.tensor(3) * x, d * x, (d * x).dtype, i.int() + i, (i.int() * 2.5).dtype,
            x.double() + x, torch.div(i, 2, rounding_mode='floor'),
            torch.div(i, 2, rounding_mode='trunc'), torch.true_divide(i, 4), torch.floor_divide(i, 4))
''', lambda: [[torch.tensor([5, -7, 9]), torch.tensor([0.5, -1.5, 2.0]), torch.tensor(2.5), torch.tensor(2.0, dtype=torch.float64)]])

case('o_err_tensor_mul_bool', 'f', '''
def f(i: torch.Tensor):
    return i * True
''', expect_error=True, error_line=8)

case('o_err_tensor_bool_method', 'f', '''
def f(x: torch.Tensor):
    return x.bool()
''', expect_error=True, error_line=8)

case('o_div_by_zero', 'f', '''
def f(x: torch.Tensor, i: torch.Tensor):
    return 1 / x, x / 0.0, i / 0, x // 0.0, torch.tensor([-3.5, 3.5]) // 1, torch.tensor([-3, 3]) % torch.tensor([2, -2])
''', lambda: [[torch.tensor([0.0, -0.0, 1.0, -2.0]), torch.tensor([1, 0, -1])]])

case('o_int_div_by_zero_raises', 'f', '''
def f(i: torch.Tensor, j: torch.Tensor):
    return i // j
''', lambda: [[torch.tensor([1, 2]), torch.tensor([1, 0])], [torch.tensor([7, -7]), torch.tensor([2, 2])]])

case('o_scalar_tensor_ops', 'f', '''
def f(x: torch.Tensor, a: int, b: float):
    return x + a, a - x, x * b, b / x, x ** a, a ** x, x.add(a, alpha=2), x.sub(b), torch.rsub(x, a), x.mul(b).dtype
''', lambda: [[torch.tensor([1, 2, 3]), 2, 0.5], [torch.tensor([1.0, -2.0]), -1, 3.0]])

# ---- reductions ---------------------------------------------------------------------------------
case('o_reduce_dims', 'f', '''
def f(x: torch.Tensor):
    return (x.sum([0, 1]), x.sum(-1, keepdim=True), x.mean([0, 2]), x.prod(1), x.amax([0, 1]), x.amin(-1),
            x.std(1, unbiased=False), x.var([0, 2], keepdim=True), x.norm(), x.norm(1, dim=0), torch.logsumexp(x, -1),
            x.cumsum(-1), x.cumprod(1), torch.max(x, 1, True), torch.min(x, -1)[1], x.argmax(), x.argmin(2, True))
''', lambda: [[N(2, 3, 4)]])

case('o_reduce_int_bool', 'f', '''
def f(i: torch.Tensor, b: torch.Tensor):
    return (i.sum(), i.sum(0), i.prod(1), i.max(), i.min(0)[0], i.cumsum(0), i.float().mean(), b.sum(), b.any(),
            b.all(), b.any(1), b.all(0), b.sum(0), b.cumsum(1), i.argmax(1), i.sum(dtype=torch.float32), i.abs().max(1))
''', lambda: [[I(-5, 5, 3, 4), R(3, 4) > 0.4]])

case('o_reduce_ties', 'f', '''
def f(x: torch.Tensor):
    return x.argmax(), x.argmin(), x.max(1), x.min(0), x.argmax(0), torch.sort(x, 1), x.topk(2, 1), x.sort(0, True)
''', lambda: [[torch.tensor([[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 1.0, 1.0], [3.0, 0.0, 3.0, 1.0]])]])

case('o_reduce_nan_inf', 'f', '''
def f(x: torch.Tensor):
    return x.sum(), x.max(), x.argmax(), x.min(0), x.mean(), torch.isnan(x), torch.isinf(x), torch.isfinite(x)
''', lambda: [[torch.tensor([1.0, float('nan'), 3.0])], [torch.tensor([1.0, float('inf'), -float('inf')])]])

case('o_reduce_std_var', 'f', '''
def f(x: torch.Tensor):
    return x.std(), x.var(), x.std(0), x.var(1, True), x.std(1, keepdim=True), torch.std(x, [0, 1]), x.var(unbiased=False)
''', lambda: [[N(3, 5)], [torch.tensor([[2.0]])]])

case('o_cumulative', 'f', '''
def f(x: torch.Tensor):
    return torch.cumsum(x, 0), x.cumsum(1), torch.cumprod(x, 0), x.cumsum(dim=-1), x.flip([1]).cumsum(1)
''', lambda: [[N(3, 4)], [I(-3, 3, 2, 3)]])

# ---- indexing -----------------------------------------------------------------------------------
case('o_index_advanced', 'f', '''
def f(x: torch.Tensor, idx: torch.Tensor):
    m = x > 0
    return x[idx], x[:, idx], x[idx, idx], x[m], x[0][m[0]], x[1, -2:], x[:, 1::2], x[..., -1], x[None, 0].shape
''', lambda: [[N(3, 3), torch.tensor([2, 0])], [N(3, 3), torch.tensor([1])]])

case('o_index_select_gather', 'f', '''
def f(x: torch.Tensor, idx: torch.Tensor, g: torch.Tensor):
    return (torch.index_select(x, 0, idx), x.index_select(1, idx), torch.gather(x, 1, g), x.gather(0, g),
            torch.take(x, idx), x.masked_select(x > 0))
''', lambda: [[N(3, 3), torch.tensor([2, 0, 2]), torch.tensor([[0, 1], [2, 2], [1, 0]])]])

case('o_scatter_ops', 'f', '''
def f(x: torch.Tensor, idx: torch.Tensor, src: torch.Tensor):
    a = torch.zeros(3, 4).scatter(0, idx, src)
    b = torch.zeros(3, 4).scatter_add(0, idx, src)
    c = x.scatter(1, torch.tensor([[0], [1], [2]]), 9.0)
    d = x.clone()
    d.scatter_(1, torch.tensor([[3], [2], [1]]), -1.0)
    return a, b, c, d
''', lambda: [[N(3, 4), torch.tensor([[0, 1, 2, 0], [1, 1, 0, 2]]), R(2, 4)]])

case('o_masked_where', 'f', '''
def f(x: torch.Tensor, y: torch.Tensor):
    return (x.masked_fill(x < 0, 0.0), x.masked_fill(torch.tensor([True, False, True]), -1), torch.where(x > y, x, y),
            torch.where(x > 0, 1.0, -1.0), torch.where(x > 0, x, 0.0), torch.where(x > 0), x.clamp(min=-0.5),
            x.clamp(max=0.5), torch.clamp(x, -0.1, 0.1), y.clamp(x, x + 1))
''', lambda: [[N(2, 3), N(2, 3)]])

case('o_index_put', 'f', '''
def f(x: torch.Tensor, i: torch.Tensor):
    y = x.clone()
    y[0] = 1.0
    y[:, 1] = torch.tensor([7.0, 8.0, 9.0])
    y[y > 5] = 5.0
    y[i] = -2.0
    y[1, 2] += 10.0
    y[-1, :2] *= 3.0
    z = x.clone()
    z[i, i] = torch.tensor([4.0, 5.0])
    return y, z
''', lambda: [[N(3, 3), torch.tensor([2, 0])]])

case('o_slice_errors', 'f', '''
def f(x: torch.Tensor, k: int):
    return x[k], x[:, k]
''', lambda: [[N(2, 3), 1], [N(2, 3), 2], [N(2, 3), -3]])

# ---- shapes -------------------------------------------------------------------------------------
case('o_shape_views', 'f', '''
def f(x: torch.Tensor):
    return (x.view(-1, 2), x.reshape(2, -1).t(), x.permute(1, 2, 0).reshape(-1), x.transpose(0, 2).contiguous().view(-1),
            x.unsqueeze(1).shape, x.unsqueeze(-1).squeeze().shape, x.flatten(), x.flatten(1), x.flatten(0, 1).shape,
            x[:, :1].squeeze(1).shape, x.view(2, 1, 3, 2).squeeze(1).shape, x.movedim(0, -1).shape)
''', lambda: [[torch.arange(12.0).view(2, 3, 2)]])

case('o_shape_expand_repeat', 'f', '''
def f(x: torch.Tensor, v: torch.Tensor):
    return (v.expand(3, 2), v.unsqueeze(1).expand(-1, 4), x.expand_as(torch.zeros(2, 2, 3)), x.repeat(2, 1),
            v.repeat(3), x.repeat(1, 2, 1).shape, torch.repeat_interleave(v, 2), x.repeat_interleave(2, dim=1))
''', lambda: [[N(2, 3), torch.tensor([1, 2])]])

case('o_shape_expand_error', 'f', '''
def f(v: torch.Tensor):
    return v.expand(2, 2)
''', lambda: [[torch.tensor([1, 2])], [torch.tensor([1, 2, 3])]])

case('o_shape_view_error', 'f', '''
def f(x: torch.Tensor, n: int):
    return x.view(n, -1)
''', lambda: [[N(2, 3), 3], [N(2, 3), 4]])

case('o_chunk_split_cat', 'f', '''
def f(x: torch.Tensor):
    a = x.chunk(3)
    b = torch.chunk(x, 2, 1)
    c = x.split(2)
    d = torch.split(x, [1, 4], 0)
    e = x.split([1, 2], dim=1)
    return len(a), a[-1], b[1], len(c), c[-1], d[0], e[1], torch.cat(c), torch.cat([x, x], -1).shape
''', lambda: [[N(5, 3)], [N(4, 3)]])

case('o_cat_stack_mixed', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor):
    return (torch.cat([a, b]), torch.cat([a, b]).dtype, torch.stack([a, b]), torch.stack([a, b], 1),
            torch.stack([a, b], -1).shape, torch.hstack([a, b]), torch.vstack([a, b]), torch.cat([a, torch.zeros(0)]))
''', lambda: [[torch.tensor([1, 2]), torch.tensor([0.5, 1.5])]])

case('o_unbind_flip_roll', 'f', '''
def f(x: torch.Tensor):
    return (x.unbind(0), torch.unbind(x, 1), x.flip(0), torch.flip(x, [0, 1]), torch.roll(x, 1), torch.roll(x, -1, 1),
            x.narrow(1, 1, 2), x.select(1, 0), x.t().contiguous(), x.diagonal(), torch.diag(x), x.tril(), x.triu(1))
''', lambda: [[torch.arange(9.0).view(3, 3)]])

# ---- math ---------------------------------------------------------------------------------------
case('o_unary_rounding', 'f', '''
def f(x: torch.Tensor):
    return x.round(), x.floor(), x.ceil(), x.trunc(), x.frac(), x.sign(), x.abs(), -x, torch.round(x, decimals=1)
''', lambda: [[torch.tensor([-2.5, -1.5, -0.5, 0.0, 0.5, 1.5, 2.5, 3.49, -0.75, 1.25])]])

case('o_unary_transcendental', 'f', '''
def f(x: torch.Tensor):
    return (x.exp(), x.expm1(), x.abs().log(), x.abs().log2(), x.abs().log10(), x.abs().log1p(), x.abs().sqrt(),
            (x.abs() + 0.1).rsqrt(), x.sin(), x.cos(), x.tan(), x.tanh(), x.sigmoid(), x.atan(), x.sinh(), x.cosh(),
            torch.erf(x), x.reciprocal(), x.square(), x.asin().isnan())
''', lambda: [[N(8) * 2]])

case('o_activations', 'f', '''
def f(x: torch.Tensor):
    return (F.relu(x), F.relu6(x * 4), F.leaky_relu(x), F.leaky_relu(x, 0.2), F.elu(x), F.elu(x, 0.5), F.gelu(x),
            F.gelu(x, approximate='tanh'), F.silu(x), F.softplus(x), F.softplus(x, 2.0), F.hardtanh(x),
            F.hardtanh(x, -0.5, 0.5), torch.sigmoid(x), torch.tanh(x), torch.relu(x))
''', lambda: [[N(12) * 3]])

case('o_activations_more', 'f', '''
def f(x: torch.Tensor):
    return (F.hardsigmoid(x), F.hardswish(x), F.logsigmoid(x), F.softsign(x), F.selu(x), F.celu(x), F.mish(x),
            F.softshrink(x), F.hardshrink(x), F.tanhshrink(x), F.threshold(x, 0.5, -1.0))
''', lambda: [[N(12) * 3]])

case('o_softmax_dims', 'f', '''
def f(x: torch.Tensor):
    return (F.softmax(x, 0), F.softmax(x, -1), x.softmax(1), F.log_softmax(x, 2), torch.log_softmax(x, 0),
            F.softmax(x, 1, dtype=torch.float64), F.softmin(x, 1))
''', lambda: [[N(2, 3, 4)]])

case('o_softmax_inf', 'f', '''
def f(x: torch.Tensor):
    return F.softmax(x, -1), F.log_softmax(x, -1)
''', lambda: [[torch.tensor([[float('-inf'), 0.0, 1.0], [1000.0, 1000.0, -1000.0]])]])

case('o_clamp_int', 'f', '''
def f(i: torch.Tensor):
    return i.clamp(2, 6), i.clamp(min=3), i.clamp(max=0), torch.clamp(i, -1, 1).dtype, i.clamp(2.5, 6).dtype
''', lambda: [[torch.tensor([1, 5, 9, -3])]])

case('o_binary_math', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor):
    return (torch.maximum(a, b), torch.minimum(a, b), torch.max(a, b), torch.atan2(a, b), a.pow(2), torch.pow(a.abs(), b),
            torch.fmod(a, 0.7), torch.remainder(a, 0.7), torch.lerp(a, b, 0.25), torch.addcmul(a, a, b, value=0.5),
            torch.addcdiv(a, a, b.abs() + 1), torch.hypot(a, b), torch.logaddexp(a, b))
''', lambda: [[N(5), N(5)]])

case('o_comparisons', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor):
    return (a == b, a != b, a < b, a >= 0.5, a.eq(b), a.ne(0), a.gt(b), a.le(b), torch.equal(a, b), torch.allclose(a, a),
            torch.isclose(a, b), (a > 0).logical_and(b > 0), torch.logical_or(a > 0, b > 0), torch.logical_not(a > 0),
            torch.logical_xor(a > 0, b > 0))
''', lambda: [[torch.tensor([1.0, 2.0, 3.0, 0.5]), torch.tensor([1.0, 0.0, 4.0, 0.5])]])

# ---- matmul -------------------------------------------------------------------------------------
case('o_matmul_broadcast', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor, c: torch.Tensor, v: torch.Tensor):
    return (torch.matmul(c, b).shape, torch.matmul(a, c.transpose(1, 2)).shape, torch.matmul(v, b), torch.matmul(a, v),
            v @ v, v.dot(v), torch.mv(a, v), torch.outer(v, v), torch.bmm(c, c.transpose(-1, -2)), c @ b)
''', lambda: [[N(2, 3), N(3, 4), N(5, 2, 3), N(3)]])

case('o_matmul_int', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor):
    return a @ b, a.mm(b), torch.matmul(a, b[:, 0]), (a @ b).dtype
''', lambda: [[I(-3, 4, 2, 3), I(-3, 4, 3, 2)]])

case('o_matmul_shape_error', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor):
    return a @ b
''', lambda: [[N(2, 3), N(3, 1)], [N(2, 3), N(2, 3)]])

case('o_linear_addmm_einsum', 'f', '''
def f(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor):
    return (F.linear(x, w), F.linear(x, w, b), torch.addmm(b, x, w.t()), torch.addmm(b, x, w.t(), beta=0.5, alpha=2.0),
            torch.einsum('ij,kj->ik', x, w), torch.einsum('ij->j', x), torch.einsum('ij,ij->i', x, x), torch.einsum('i,j->ij', b, b))
''', lambda: [[N(2, 3), N(4, 3), N(4)]])

# ---- nn.functional ------------------------------------------------------------------------------
case('o_conv_variants', 'f', '''
def f(x: torch.Tensor, w1: torch.Tensor, im: torch.Tensor, w2: torch.Tensor):
    return (F.conv1d(x, w1), F.conv1d(x, w1, torch.ones(3), stride=2, padding=1), F.conv1d(x, w1, dilation=2),
            F.conv2d(im, w2, stride=2, padding=1), F.conv2d(im, w2, padding=(1, 0)), F.conv2d(im, w2, dilation=2).shape,
            F.conv2d(im, w2.view(6, 1, 3, 3)[:4], groups=2).shape)
''', lambda: [[N(1, 2, 8), N(3, 2, 3), N(2, 2, 6, 6), N(3, 2, 3, 3)]])

case('o_pooling', 'f', '''
def f(x: torch.Tensor, im: torch.Tensor):
    return (F.max_pool1d(x, 2), F.max_pool2d(im, 2), F.max_pool2d(im, 3, stride=2, padding=1), F.max_pool2d(im, 2, ceil_mode=True),
            F.avg_pool2d(im, 2), F.avg_pool2d(im, 3, 2, 1), F.avg_pool2d(im, 3, 2, 1, count_include_pad=False),
            F.adaptive_avg_pool2d(im, 1), F.adaptive_avg_pool2d(im, (2, 3)), F.adaptive_max_pool2d(im, 2),
            F.adaptive_avg_pool1d(x, 3))
''', lambda: [[N(1, 2, 8), N(1, 2, 5, 5)]])

case('o_norm_layers', 'f', '''
def f(x: torch.Tensor, m: torch.Tensor, v: torch.Tensor, w: torch.Tensor, b: torch.Tensor):
    return (F.batch_norm(x, m, v), F.batch_norm(x, m, v, w, b), F.batch_norm(x, m, v, w, b, False, 0.1, 1e-3),
            F.layer_norm(x, [3, 3]), F.layer_norm(x, [3], torch.arange(3.0), torch.ones(3)), F.group_norm(x, 1),
            F.normalize(x.flatten(1)), F.normalize(x, p=1.0, dim=1))
''', lambda: [[N(2, 2, 3, 3), torch.tensor([0.5, -0.5]), torch.tensor([2.0, 0.5]), torch.tensor([1.0, 2.0]), torch.tensor([0.0, 1.0])]])

case('o_embedding_onehot_pad', 'f', '''
def f(idx: torch.Tensor, w: torch.Tensor, x: torch.Tensor):
    return (F.embedding(idx, w), F.embedding(idx, w, padding_idx=0), F.one_hot(idx), F.one_hot(idx, 5), F.pad(x, (1, 2)),
            F.pad(x, [1, 1], value=9.0), F.pad(x, (2, 2), mode='reflect'), F.pad(x, (2, 1), mode='replicate'),
            F.pad(x, (1, 1), mode='circular'), F.dropout(x, 0.5, False), F.dropout(x, training=False))
''', lambda: [[torch.tensor([[0, 2], [3, 0]]), N(4, 3), N(1, 2, 4)]])

case('o_interpolate', 'f', '''
def f(x: torch.Tensor, im: torch.Tensor):
    return (F.interpolate(x, scale_factor=2.0), F.interpolate(x, size=5), F.interpolate(im, scale_factor=2.0),
            F.interpolate(im, size=[3, 4], mode='bilinear'), F.interpolate(im, size=[5, 5], mode='bilinear', align_corners=True),
            F.interpolate(x, scale_factor=2.0, mode='linear'), F.interpolate(x, size=6, mode='linear', align_corners=True))
''', lambda: [[N(1, 2, 4), N(1, 1, 3, 3)]])

case('o_losses', 'f', '''
def f(x: torch.Tensor, y: torch.Tensor, t: torch.Tensor):
    return (F.mse_loss(x, y), F.l1_loss(x, y, reduction='sum'), F.smooth_l1_loss(x, y), F.huber_loss(x, y, delta=0.5),
            F.cross_entropy(x, t), F.nll_loss(F.log_softmax(x, 1), t, reduction='none'),
            F.binary_cross_entropy(torch.sigmoid(x), torch.sigmoid(y)), F.binary_cross_entropy_with_logits(x, torch.sigmoid(y)),
            F.kl_div(F.log_softmax(x, 1), F.softmax(y, 1), reduction='batchmean'))
''', lambda: [[N(3, 4), N(3, 4), torch.tensor([0, 3, 1])]])

# ---- batch 2: more operators and call forms ------------------------------------------------------
case('o_scan_ops', 'f', '''
def f(x: torch.Tensor):
    v, i = torch.cummax(x, 1)
    w, j = x.cummin(0)
    return v, i, w, j, torch.logcumsumexp(x, 1), torch.diff(x, dim=1), torch.diff(x, n=2, dim=0), x.diff()
''', lambda: [[torch.tensor([[1.0, 5.0, 2.0, 5.0], [-3.0, 0.5, 4.0, 4.0], [2.0, 2.0, -1.0, 0.0]])], [N(2, 5)]])

case('o_minmax_family', 'f', '''
def f(x: torch.Tensor):
    lo, hi = torch.aminmax(x)
    l1, h1 = x.aminmax(dim=1, keepdim=True)
    return lo, hi, l1, h1, x.nanmean(), x.nansum(1), torch.fmax(x, torch.zeros(1)), torch.fmin(x, torch.zeros(1))
''', lambda: [[torch.tensor([[1.0, float('nan'), -2.0], [0.5, 3.0, -1.0]])], [N(3, 4)]])

case('o_topk_kthvalue_ties', 'f', '''
def f(x: torch.Tensor, k: int):
    a = x.topk(k)
    b = torch.topk(x, k, dim=0, largest=False)
    c = x.kthvalue(k, 1)
    d = torch.kthvalue(x, 1, 0, True)
    e = x.median(1)
    return a, b, c, d, e, x.argsort(1), x.sort(1, descending=True)
''', lambda: [[torch.tensor([[2.0, 2.0, 1.0, 2.0], [0.0, 3.0, 3.0, 0.0], [1.0, 1.0, 1.0, 1.0]]), 2],
              [I(0, 3, 3, 6).float(), 3]])

case('o_index_add_copy_fill', 'f', '''
def f(x: torch.Tensor, idx: torch.Tensor, src: torch.Tensor):
    a = x.index_add(0, idx, src)
    b = torch.index_add(x, 0, idx, src, alpha=2.0)
    c = x.index_copy(0, idx, src)
    d = x.index_fill(1, idx, -1.0)
    e = x.clone()
    e.index_add_(0, idx, src)
    return a, b, c, d, e, torch.take(x, idx), x.take_along_dim(torch.tensor([[0], [1], [0]]), 1)
''', lambda: [[N(3, 2), torch.tensor([2, 0]), R(2, 2)]])

case('o_bit_shifts', 'f', '''
def f(i: torch.Tensor, j: torch.Tensor):
    return i << 2, i >> 1, i << j, torch.bitwise_left_shift(i, 3), torch.bitwise_right_shift(i, j), i & j, i | j, i ^ j
''', lambda: [[torch.tensor([5, -7, 9, 0, 1]), torch.tensor([1, 2, 0, 3, 4])]])

case('o_special_unary', 'f', '''
def f(x: torch.Tensor):
    return (torch.exp2(x), torch.erfc(x), torch.asinh(x), torch.atanh(x.clamp(-0.9, 0.9)), torch.acosh(x.abs() + 1),
            torch.deg2rad(x), torch.rad2deg(x), torch.sgn(x), torch.signbit(x), torch.logit(x.sigmoid()),
            torch.nan_to_num(x.log()), torch.special.expit(x), torch.special.erf(x), x.clip(-1.0, 1.0))
''', lambda: [[N(8)]])

case('o_lerp_addc', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor, w: torch.Tensor):
    return (torch.lerp(a, b, 0.3), a.lerp(b, w), torch.lerp(a, b, 0.9), torch.addcmul(a, b, w), a.addcdiv(b, w.abs() + 1, value=-0.5),
            torch.hypot(a, b), torch.logaddexp(a, b), torch.copysign(a, b), torch.xlogy(a.abs(), b.abs()),
            torch.heaviside(a, torch.tensor(0.5)))
''', lambda: [[N(6), N(6), R(6)]])

case('o_shape_more', 'f', '''
def f(x: torch.Tensor):
    return (torch.swapaxes(x, 0, 1).shape, x.swapdims(1, 2).shape, x.tile((2,)).shape, torch.tile(x, (2, 1, 1)).shape,
            torch.fliplr(x[0]), torch.flipud(x[0]), torch.rot90(x[0]), torch.rot90(x[0], 2), torch.rot90(x[0], -1),
            x.unflatten(2, (2, 2)).shape, torch.tensor_split(x[0, 0], 3), torch.tensor_split(x, [1, 2], dim=2),
            torch.atleast_2d(x[0, 0, 0]), torch.dstack([x[0, 0], x[1, 0]]), torch.column_stack([x[0, 0], x[1, 0]]),
            torch.row_stack([x[0, 0], x[1, 0]]), torch.movedim(x, 2, 0).shape)
''', lambda: [[torch.arange(24.0).view(2, 3, 4)]])

case('o_vector_products', 'f', '''
def f(a: torch.Tensor, v: torch.Tensor, m: torch.Tensor):
    return (torch.inner(v, v), torch.inner(m, a), torch.vdot(v, v), torch.ger(v, v), torch.addmv(v[:2], a, v),
            torch.addmv(v[:2], a, v, beta=0.5, alpha=2.0), torch.kron(a, torch.eye(2)), torch.outer(v, v[:2]))
''', lambda: [[N(2, 3), N(3), N(4, 3)]])

case('o_meshgrid_cartesian', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor):
    g = torch.meshgrid([a, b], indexing='ij')
    h = torch.meshgrid([a, b], indexing='xy')
    return g[0], g[1], h[0], h[1], torch.cartesian_prod([a, b])
''', lambda: [[torch.tensor([1, 2]), torch.tensor([5, 6, 7])]])

case('o_functional_activations', 'f', '''
def f(x: torch.Tensor):
    return (F.hardsigmoid(x), F.hardswish(x), F.logsigmoid(x), F.softsign(x), F.selu(x), F.celu(x, 0.5), F.mish(x),
            F.softshrink(x, 0.3), F.hardshrink(x), F.tanhshrink(x), F.threshold(x, 0.1, 20.0), F.glu(x.view(2, 6)),
            F.glu(x.view(4, 3), 0), F.prelu(x, torch.tensor([0.25])), F.rrelu(x), F.softmin(x.view(3, 4), 1))
''', lambda: [[N(12) * 3]])

case('o_functional_distances', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor):
    return (F.cosine_similarity(a, b), F.cosine_similarity(a, b, dim=0), F.pairwise_distance(a, b),
            F.pairwise_distance(a, b, p=1.0, keepdim=True), torch.cosine_similarity(a, a), F.normalize(a, dim=0))
''', lambda: [[N(3, 4), N(3, 4)]])

case('o_functional_losses_more', 'f', '''
def f(x: torch.Tensor, y: torch.Tensor):
    p = torch.sigmoid(x)
    t = (y > 0).float()
    return (F.smooth_l1_loss(x, y, beta=0.5), F.smooth_l1_loss(x, y, reduction='none'), F.huber_loss(x, y, reduction='sum'),
            F.binary_cross_entropy(p, t), F.binary_cross_entropy(p, t, reduction='none'),
            F.binary_cross_entropy_with_logits(x, t, pos_weight=torch.ones(4) * 2.0),
            F.kl_div(F.log_softmax(x, 1), F.softmax(y, 1), reduction='sum'), F.kl_div(x, y, reduction='none', log_target=True))
''', lambda: [[N(3, 4), N(3, 4)]])

case('o_inplace_methods', 'f', '''
def f(x: torch.Tensor):
    y = x.clone()
    y.add_(1.0)
    y.mul_(2)
    y.sub_(x, alpha=0.5)
    y.clamp_(-2.0, 2.0)
    y.abs_()
    y.sqrt_()
    z = x.clone()
    z.exp_().log_()
    w = torch.zeros(3)
    w.fill_(2.5)
    w.zero_()
    x.neg_()
    return y, z, w, x
''', lambda: [[N(3)]])

case('o_dtype_methods', 'f', '''
def f(x: torch.Tensor):
    return (x.int(), x.long(), x.double(), x.half().float(), x.to(torch.int32), x.to(torch.float64).dtype,
            x.float().is_floating_point(), x.long().is_floating_point(), x.round().to(torch.uint8),
            x.to(dtype=torch.int8), x.short())
''', lambda: [[torch.tensor([-2.7, -0.5, 0.0, 0.5, 1.5, 250.9])]])

case('o_creation_dtypes', 'f', '''
def f(n: int):
    return (torch.zeros(n, dtype=torch.int32), torch.ones(n, 2, dtype=torch.bool), torch.arange(n, dtype=torch.int32) * 2,
            torch.arange(0, n, 0.5), torch.full([n], 1, dtype=torch.float64), torch.eye(n, dtype=torch.int64),
            torch.linspace(0, n, n + 1), torch.empty(0, n).shape, torch.zeros([2, n]).new_full([2], -1.0),
            torch.arange(n).float().new_zeros(n, 1).shape)
''', lambda: [[3], [1]])

case('o_index_errors', 'f', '''
def f(x: torch.Tensor, i: int):
    return x[i]
''', lambda: [[torch.arange(3), 2], [torch.arange(3), 3], [torch.arange(3), -4], [torch.arange(3), -1]])

case('o_gather_errors', 'f', '''
def f(x: torch.Tensor, idx: torch.Tensor):
    return torch.gather(x, 1, idx)
''', lambda: [[N(2, 3), torch.tensor([[0, 2], [1, 1]])], [N(2, 3), torch.tensor([[0, 3]])]])

case('o_cat_errors', 'f', '''
def f(a: torch.Tensor, b: torch.Tensor):
    return torch.cat([a, b], 1)
''', lambda: [[N(2, 3), N(2, 1)], [N(2, 3), N(3, 1)]])

case('o_reduce_keyword_forms', 'f', '''
def f(x: torch.Tensor):
    return (torch.sum(x, dim=1, keepdim=True), torch.mean(x, dim=[0]), torch.amax(x, dim=-1), torch.max(x, dim=0).values,
            torch.min(x, dim=1).indices, torch.argmax(x, dim=1, keepdim=True), torch.prod(x, dim=0), torch.std(x, dim=1),
            torch.var(x, dim=0, unbiased=False), torch.norm(x, p=1, dim=1), torch.all(x > -10, dim=1), torch.any(x > 1, dim=0),
            torch.count_nonzero(x > 0, dim=1), torch.logsumexp(x, dim=0))
''', lambda: [[N(3, 4)]])

case('o_where_scalar_forms', 'f', '''
def f(x: torch.Tensor, i: torch.Tensor):
    return (torch.where(x > 0, x, 0.0), torch.where(x > 0, 1.0, x), torch.where(i > 0, i, 0), torch.where(i > 0, i, 0.5),
            torch.where(x > 0, i, x), x.where(x > 0, torch.zeros(1)), torch.masked_fill(x, x < 0, 2))
''', lambda: [[N(2, 3), I(-3, 3, 2, 3)]])

case('o_unary_int_inputs', 'f', '''
def f(i: torch.Tensor):
    return (i.exp(), i.sqrt(), i.sin(), i.sigmoid(), i.abs(), i.neg(), i.sign(), i.floor(), i.round(), i.square(),
            torch.tanh(i), i.float().reciprocal(), torch.log1p(i.abs()), i.pow(2), i.pow(0.5))
''', lambda: [[torch.tensor([-2, 0, 1, 4])]])

case('o_pow_family', 'f', '''
def f(x: torch.Tensor, i: torch.Tensor):
    return (x ** 2, x ** 0.5, x ** -1, 2 ** x, x.pow(i), i ** 2, i ** i.abs(), torch.pow(i, 0), torch.pow(2.0, i),
            (-x) ** 0.5, torch.float_power(x, 2), x.square(), torch.pow(i, -1.5))
''', lambda: [[torch.tensor([0.5, 2.0, 3.0, 0.0]), torch.tensor([1, -2, 3, 0])]])

case('o_int_pow_negative_raises', 'f', '''
def f(i: torch.Tensor, e: int):
    return i ** e
''', lambda: [[torch.tensor([2, 3]), 2], [torch.tensor([2, 3]), -1]])

# ---- batch 3: nn modules and layer stacks --------------------------------------------------------
case('o_mod_conv_pool_stack', 'Net', '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 3, stride=1, padding=1)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 4, kernel_size=(3, 1), padding=(1, 0), bias=False)
        self.avg = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = torch.sigmoid(self.conv2(x))
        x = torch.flatten(self.avg(x), 1)
        return self.fc(x)
''', lambda: [[N(2, 3, 8, 8)], [N(1, 3, 4, 6)]])

case('o_mod_conv1d_seq', 'Net', '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Conv1d(2, 4, 3, padding=1), nn.BatchNorm1d(4), nn.ReLU(), nn.MaxPool1d(2),
                                  nn.Conv1d(4, 4, 3, stride=2), nn.LeakyReLU(0.1), nn.AvgPool1d(2))

    def forward(self, x):
        return self.body(x)
''', lambda: [[N(2, 2, 16)]])

case('o_mod_norms', 'Net', '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.ln = nn.LayerNorm(6)
        self.ln2 = nn.LayerNorm([2, 6], elementwise_affine=False)
        self.gn = nn.GroupNorm(2, 4)
        self.bn = nn.BatchNorm2d(4, eps=1e-3)
        with torch.no_grad():
            self.bn.running_mean.uniform_(-0.5, 0.5)
            self.bn.running_var.uniform_(0.5, 1.5)
            self.ln.weight.uniform_(0.5, 1.5)

    def forward(self, x, y):
        return self.ln(x), self.ln2(x), self.gn(y), self.bn(y)
''', lambda: [[N(3, 2, 6), N(2, 4, 3, 3)]])

case('o_mod_embedding_mlp', 'Net', '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 4, padding_idx=0)
        self.mlp = nn.Sequential(nn.Linear(4, 8), nn.GELU(), nn.Dropout(0.5), nn.Linear(8, 3), nn.Softmax(dim=-1))

    def forward(self, idx):
        e = self.emb(idx)
        return self.mlp(e.mean(1)), e.sum()
''', lambda: [[torch.tensor([[1, 2, 0], [9, 9, 3]])]])

case('o_mod_activations', 'Net', '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.acts = nn.ModuleList([nn.ReLU(), nn.ReLU6(), nn.Sigmoid(), nn.Tanh(), nn.ELU(), nn.GELU(), nn.SiLU(),
                                   nn.Softplus(), nn.LeakyReLU(0.2), nn.Hardtanh(-0.5, 0.5), nn.LogSoftmax(dim=1),
                                   nn.Softmax(dim=0), nn.Identity(), nn.Flatten()])

    def forward(self, x):
        outs: List[torch.Tensor] = []
        for a in self.acts:
            outs.append(a(x))
        return outs
''', lambda: [[N(3, 4) * 2]])

case('o_mod_residual', 'Net', '''
class Block(nn.Module):
    def __init__(self, c: int):
        super().__init__()
        self.conv1 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(c)
        self.conv2 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(c)

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + x)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(1, 4, 3, stride=2, padding=1)
        self.blocks = nn.Sequential(Block(4), Block(4))
        self.head = nn.Linear(4, 3)

    def forward(self, x):
        x = self.blocks(self.stem(x))
        return self.head(F.adaptive_avg_pool2d(x, 1).flatten(1))
''', lambda: [[N(2, 1, 8, 8)]])

case('o_mod_linear_params', 'Net', '''
class Net(nn.Module):
    def __init__(self, n: int):
        super().__init__()
        self.w = nn.Parameter(torch.randn(n, 3))
        self.b = nn.Parameter(torch.zeros(n))
        self.register_buffer('scale', torch.full([n], 2.0))
        self.lin = nn.Linear(3, n, bias=False)

    def forward(self, x):
        return F.linear(x, self.w, self.b) * self.scale + self.lin(x), self.w.shape[0], self.lin.weight.sum()
''', lambda: [[N(4, 3)]], init_args=[5])

case('o_mod_rnn_cells', 'Net', '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(3, 4)
        self.lstm = nn.LSTMCell(3, 4)

    def forward(self, xs):
        h = torch.zeros(xs.size(1), 4)
        c = torch.zeros(xs.size(1), 4)
        g = torch.zeros(xs.size(1), 4)
        for i in range(xs.size(0)):
            g = self.cell(xs[i], g)
            h, c = self.lstm(xs[i], (h, c))
        return g, h, c
''', lambda: [[N(3, 2, 3)]])

case('o_mod_upsample_pad', 'Net', '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.up = nn.Upsample(scale_factor=2.0, mode='nearest')
        self.pool = nn.AvgPool2d(2)
        self.conv = nn.Conv2d(2, 2, 3)

    def forward(self, x):
        y = self.up(x)
        y = F.pad(y, [1, 1, 1, 1])
        return self.conv(y), self.pool(y)
''', lambda: [[N(1, 2, 3, 3)]])

case('o_mod_loss_module', 'Net', '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)
        self.ce = nn.CrossEntropyLoss()
        self.mse = nn.MSELoss(reduction='sum')
        self.l1 = nn.L1Loss()

    def forward(self, x, t):
        out = self.fc(x)
        return self.ce(out, t), self.mse(out, torch.zeros_like(out)), self.l1(out, torch.ones_like(out))
''', lambda: [[N(5, 4), torch.tensor([0, 2, 1, 1, 0])]])

# ---- batch 4: small integer dtypes, wraparound, scalar arguments ---------------------------------
case('o_small_int_wrap', 'f', '''
def f(u: torch.Tensor, i8: torch.Tensor, i32: torch.Tensor):
    return (u + 10, u * 2, u - 201, i8 + 10, i8 * 3, i32 + 1, (u + i8).dtype, (i8 * 1.5).dtype, u.sum(), i8.cumsum(0),
            i32 // 2, i32 % 3, i32 / 2, u.float() / 255)
''', lambda: [[torch.tensor([250, 3], dtype=torch.uint8), torch.tensor([120, -128], dtype=torch.int8),
               torch.tensor([2147483647, -7], dtype=torch.int32)]])

case('o_int64_wrap', 'f', '''
def f(x: torch.Tensor):
    return x * 4, x + x, x - (-x), x << 1
''', lambda: [[torch.tensor([2 ** 62, 3, -2 ** 62])]])

case('o_scalar_args_promotion', 'f', '''
def f(x: torch.Tensor, n: int, s: float, b: bool):
    return (x + n, x * s, x / n, x // n, x % n, x ** n, n - x, s * x, x > n, x == s, torch.full_like(x, n), x.add(s),
            x.clamp(max=n), torch.where(x > s, x, n), x.masked_fill(x > n, s), x.new_full([2], n), b)
''', lambda: [[torch.tensor([1, 5, -3]), 2, 0.5, True], [torch.tensor([1.5, -2.0]), -3, 2.0, False]])

case('o_tensor_from_args', 'f', '''
def f(n: int, x: float, xs: List[float], ks: List[int]):
    return (torch.tensor(n), torch.tensor(x), torch.tensor(xs), torch.tensor(ks), torch.tensor([n, n + 1]),
            torch.tensor([x, 1.0]), torch.tensor(xs, dtype=torch.float64), torch.tensor(ks).float(), torch.tensor([[n], [n]]),
            torch.tensor(ks).sum().item(), torch.tensor(xs).mean().item())
''', lambda: [[3, 2.5, [1.0, 2.0, 4.5], [4, 5]]])

# ---- batch 5: scalar arithmetic of TorchScript (int/float operators, math module) ----------------
case('o_scalar_int_ops', 'f', '''
def f(a: int, b: int):
    return (a + b, a - b, a * b, a // b, a % b, a / b, a ** 2, -a, abs(a), a << 2, a >> 1, a & b, a | b, a ^ b,
            min(a, b), max(a, b), a == b, a != b, a < b, a >= b, float(a), bool(a), divmod(a, b)[0], str(a))
''', lambda: [[7, 2], [-7, 2], [7, -3], [0, 5], [-9, -4]])

case('o_scalar_float_ops', 'f', '''
def f(x: float, y: float):
    return (x + y, x - y, x * y, x / y, x // y, x % y, x ** 2, -x, abs(x), min(x, y), max(x, y), x < y, x == y,
            int(x), round(x), math.floor(x), math.ceil(x), math.trunc(x), math.fmod(x, y), math.copysign(x, y),
            math.sqrt(abs(x)), math.exp(y), math.log(abs(x) + 1.0), math.isfinite(x), str(x))
''', lambda: [[2.5, 2.0], [-2.5, 0.75], [3.5, -1.25], [0.1, 0.2], [-0.5, 3.0]])

case('o_scalar_mixed_ops', 'f', '''
def f(a: int, x: float):
    return (a + x, a * x, a / x, x / a, a // x, a % x, x ** a, a ** x, a < x, a == x, float(a) == x, math.pow(a, 2),
            math.log10(abs(x) + 1.0), math.log2(abs(a) + 1), math.atan2(a, x), math.hypot(a, x), math.degrees(x),
            math.radians(x), math.gcd(a, 12), math.isnan(x / 1.0), math.tanh(x), math.erf(x), math.gamma(3.5))
''', lambda: [[3, 1.5], [-4, 0.5], [5, -2.0]])

case('o_scalar_int_errors', 'f', '''
def f(a: int, b: int):
    return a // b
''', lambda: [[7, 2], [7, 0]])

case('o_scalar_round_format', 'f', '''
def f(x: float, n: int):
    return round(x), float(round(x * 100.0)) / 100.0, int(x * n), "{:.3f}".format(x), "{}".format(x), f"{n}:{x}"
''', lambda: [[2.5, 3], [3.5, 2], [-0.125, 5], [1e-7, 1], [123456.789, 4]])

case('o_scalar_float_ops_run', 'f', '''
def f(x: float, y: float):
    return (x + y, x - y, x * y, x / y, x // y, x % y, x ** 2, -x, abs(x), min(x, y), max(x, y), x < y, x == y,
            int(x), round(x), math.floor(x), math.ceil(x), math.fmod(x, y), math.copysign(x, y),
            math.sqrt(abs(x)), math.exp(y), math.log(abs(x) + 1.0), math.isfinite(x), str(x))
''', lambda: [[2.5, 2.0], [-2.5, 0.75], [3.5, -1.25], [0.1, 0.2], [-0.5, 3.0]])

case('o_scalar_mixed_ops_run', 'f', '''
def f(a: int, x: float):
    return (a + x, a * x, a / x, x / a, a // x, a % x, x ** a, a < x, a == x, float(a) == x, math.pow(a, 2),
            math.log10(abs(x) + 1.0), math.atan2(a, x), math.degrees(x),
            math.radians(x), math.gcd(a, 12), math.isnan(x / 1.0), math.tanh(x), math.erf(x), math.gamma(3.5))
''', lambda: [[3, 1.5], [-4, 0.5], [5, -2.0]])

case('o_scalar_math_special', 'f', '''
def f(x: float, n: int):
    return (math.erf(x), math.erfc(x), math.gamma(x + 3.0), math.lgamma(x + 3.0), math.gamma(n + 1), math.lgamma(0.5),
            math.asinh(x), math.acosh(abs(x) + 1.0), math.atanh(x / 4.0), math.factorial(n),
            math.log1p(abs(x)), math.expm1(x), math.degrees(x))
''', lambda: [[0.5, 4], [-1.25, 0], [2.5, 10], [-0.001, 1]])

# ---- batch 6: str, list and dict operators -------------------------------------------------------
case('o_str_methods_mix', 'f', '''
def f(s: str, n: int):
    return (s.lower(), s.upper(), s.strip(), s.lstrip(" x"), s.rstrip(), s.replace("a", "o"), s.find("b"), s.rfind("b"),
            s.count("a"), s.startswith(" "), s.endswith("c"), s.split(), s.split("b", n), s.isdigit(), s.isalpha(),
            s * n, s[::-1], s[-2:], len(s.strip()), s.center(9, "*"), s.zfill(7), s.title(), s.capitalize(), s.swapcase(),
            s.partition("b"), s.rpartition("a"), s.ljust(8, "."), s.rjust(8), s.splitlines(), s.rsplit("a", 1))
''', lambda: [[" abcab ", 1], ["xaxbxc", 2], ["", 0], ["Hello World", 3]])

case('o_str_format_join', 'f', '''
def f(xs: List[str], x: float, n: int):
    return ("-".join(xs), ",".join([str(n), str(x)]), "{} {} {}".format(n, x, xs), "{:>6}|".format(n), "%d items" % n,
            f"{x:.2f}/{n}", str(x), str(-x), str(1.0 / 3.0), str(n * 1000000), "a" + "b" * n, ord("a") + n, chr(65 + n))
''', lambda: [[["a", "bb"], 2.5, 3], [[], -0.125, 0], [["x"], 1e-5, 12]])

case('o_list_ops_mix', 'f', '''
def f(xs: List[int], k: int):
    ys = xs.copy()
    ys.append(k)
    ys.insert(1, k * 2)
    ys.remove(k)
    zs = sorted(ys)
    ys.sort(reverse=True)
    ws = ys + [0] * 2
    ws.reverse()
    return (ys, zs, ws, len(ws), ws.index(0), ws.count(0), k in ws, max(ws), min(ws), sum(ws), ws[1:-1:2],
            [v * v for v in ws if v % 2 == 0], list(range(k)), ws.pop(0), ws)
''', lambda: [[[3, 1, 2], 5], [[4, 4], 4], [[], 0]])

case('o_list_float_tensor', 'f', '''
def f(xs: List[float], ts: List[torch.Tensor]):
    t = torch.tensor(xs)
    stacked = torch.stack(ts)
    total = 0.0
    for v in xs:
        total += v
    ts.append(t[:2])
    return t, stacked, torch.cat(ts), total, len(ts), [float(v) for v in t], max(xs), min(xs), sum(xs)
''', lambda: [[[1.5, -2.0, 0.25], [torch.ones(2), torch.zeros(2)]]])

case('o_dict_ops_mix', 'f', '''
def f(keys: List[str], vals: List[int]):
    d: Dict[str, int] = {}
    for k, v in zip(keys, vals):
        d[k] = d.get(k, 0) + v
    e = d.copy()
    e["z"] = 26
    popped = e.pop("z")
    s = e.setdefault("new", 5)
    e.update({"q": 1})
    items = [(k, v) for k, v in e.items()]
    return d, e, popped, s, len(e), list(e.keys()), list(e.values()), items, "q" in e, e.get("none", -1)
''', lambda: [[["a", "b", "a"], [1, 2, 3]], [[], []]])

case('o_dict_int_tensor', 'f', '''
def f(x: torch.Tensor):
    d: Dict[int, torch.Tensor] = {}
    for i in range(x.size(0)):
        d[i] = x[i] * i
    total = torch.zeros(x.size(1))
    for k in d.keys():
        total = total + d[k]
    return d, total, len(d), 1 in d
''', lambda: [[N(3, 2)]])

case('o_str_methods_run', 'f', '''
def f(s: str, n: int):
    return (s.lower(), s.upper(), s.strip(), s.lstrip(" x"), s.rstrip(), s.replace("a", "o"), s.find("b"), s.rfind("b"),
            s.count("a"), s.startswith(" "), s.endswith("c"), s.split(), s.split("b", n), s.isdigit(), s.isalpha(),
            s[::-1], s[-2:], len(s.strip()), s.center(9, "*"), s.zfill(7), s.title(), s.capitalize(), s.swapcase(),
            s.partition("b"), s.rpartition("a"), s.ljust(8, "."), s.rjust(8), s.splitlines(), s.rsplit("a", 1))
''', lambda: [[" abcab ", 1], ["xaxbxc", 2], ["", 0], ["Hello World", 3]])

case('o_str_format_run', 'f', '''
def f(xs: List[str], x: float, n: int):
    return ("-".join(xs), ",".join([str(n), str(x)]), "{} {} {}".format(n, x, xs), "{:>6}|".format(n), "%d items" % n,
            f"{x}/{n}", str(x), str(-x), str(1.0 / 3.0), str(n * 1000000), ord("a") + n, chr(65 + n))
''', lambda: [[["a", "bb"], 2.5, 3], [[], -0.125, 0], [["x"], 1e-5, 12]])

case('o_list_ops_run', 'f', '''
def f(xs: List[int], k: int):
    ys = xs.copy()
    ys.append(k)
    ys.insert(1, k * 2)
    ys.remove(k)
    zs = sorted(ys)
    ys.sort(reverse=True)
    ws = ys + [0] * 2
    ws.reverse()
    return (ys, zs, ws, len(ws), ws.index(0), ws.count(0), k in ws, max(ws), min(ws), sum(ws), ws[1:-1:2],
            [v * v for v in ws], list(range(k)), ws.pop(0), ws)
''', lambda: [[[3, 1, 2], 5], [[4, 4], 4], [[], 0]])

case('o_list_more_ops', 'f', '''
def f(xs: List[float], names: List[str]):
    a = xs * 2
    b = [0.5] + xs
    c = sorted(names)
    d = sorted(xs)
    e = [[1, 2], [3]]
    e[0].append(9)
    g = xs[:]
    g.clear()
    b.pop(0)
    h = [n.upper() for n in names]
    m = [i * 2 for i in range(3)]
    return (a, b, c, d, e, g, h, m, xs == b, [1, 2] == [1, 2], [1, 2] != [2, 1], len(e[0]), max(xs), min(xs),
            "b" in names, names.index("b") if "b" in names else -1, [x for x, n in zip(xs, names)])
''', lambda: [[[1.5, -2.0, 3.25], ["c", "a", "b"]], [[0.0], ["z"]]])

case('o_list_int_builtins', 'f', '''
def f(xs: List[int]):
    ys = xs.copy()
    ys.sort()
    total = 0
    for i, v in enumerate(ys):
        total += i * v
    return ys, total, sum(xs), max(xs), min(xs), any([v > 2 for v in xs]), all([v > 0 for v in xs]), len(set_like(xs))


def set_like(xs: List[int]) -> List[int]:
    out: List[int] = []
    for v in xs:
        if v not in out:
            out.append(v)
    return out
''', lambda: [[[3, 1, 3, 2]], [[5]]])

case('o_err_sorted_reverse', 'f', '''
def f(xs: List[float]):
    return sorted(xs, reverse=True)
''', expect_error=True, error_line=8)

case('o_list_del_item', 'f', '''
def f(xs: List[int], d: Dict[str, int]):
    del xs[0]
    del d["a"]
    return xs, d
''', lambda: [[[1, 2, 3], {"a": 1, "b": 2}]])

# ---- batch 7: keyword-heavy calls in script mode ---------------------------------------------------
case('o_kwargs_calls', 'f', '''
def f(x: torch.Tensor, idx: torch.Tensor):
    return (torch.sum(x, dim=0, keepdim=True, dtype=torch.float64), torch.cumsum(x, dim=1), x.softmax(dim=-1),
            torch.topk(x, k=2, dim=1, largest=False, sorted=True), torch.sort(x, dim=0, descending=True),
            torch.argsort(x, dim=1, descending=False), torch.nan_to_num(x, nan=0.0, posinf=1.0, neginf=-1.0),
            torch.clamp(x, min=-0.5, max=0.5), torch.gather(x, dim=1, index=idx), torch.index_select(x, dim=0, index=idx[:, 0]),
            torch.cat(tensors=[x, x], dim=1).shape, torch.stack([x, x], dim=0).shape, torch.flatten(x, start_dim=0, end_dim=1),
            torch.transpose(x, dim0=0, dim1=1), torch.unsqueeze(x, dim=-1).shape, torch.squeeze(x[:1], dim=0),
            torch.full(size=[2], fill_value=3.5), torch.zeros(size=[2, 1], dtype=torch.int64), torch.arange(start=1, end=7, step=2),
            torch.linspace(start=0.0, end=1.0, steps=3), F.pad(x, pad=[1, 0], mode='constant', value=-1.0),
            F.softmax(x, dim=1, dtype=torch.float64), F.normalize(x, p=2.0, dim=0, eps=1e-6), torch.diff(x, n=1, dim=0))
''', lambda: [[N(3, 4), torch.tensor([[0, 1], [2, 3], [1, 1]])]])

case('o_new_ops_script', 'f', '''
def f(x: torch.Tensor, i: torch.Tensor):
    return (torch.cummax(x, dim=0), torch.cummin(x, 1), torch.logcumsumexp(x, dim=1), torch.aminmax(x, dim=0, keepdim=False),
            torch.bincount(i), torch.bucketize(x, torch.tensor([-1.0, 0.0, 1.0])), torch.searchsorted(torch.tensor([-1.0, 0.0, 1.0]), x),
            torch.histc(x, bins=4, min=-2.0, max=2.0), x.unfold(1, 2, 1).shape,
            torch.tril_indices(3, 3), torch.block_diag([x[:1], i[None].float()]), torch.trapz(x, dim=1),
            x.renorm(2.0, 0, 1.0), torch.kron(x[:1, :2], torch.ones(2, 1)), torch.float_power(x, 2).dtype,
            torch.sigmoid(x))
''', lambda: [[N(3, 4), torch.tensor([0, 1, 1, 3])]])

case('o_interpolate_int_size', 'f', '''
def f(x: torch.Tensor, im: torch.Tensor):
    return (F.interpolate(x, size=5), F.interpolate(x, size=7, mode='linear'), F.interpolate(x, size=3, mode='linear', align_corners=True),
            F.interpolate(im, size=5), F.interpolate(im, size=4, mode='bilinear'), F.interpolate(im, size=2, mode='area'))
''', lambda: [[N(1, 2, 4), N(1, 1, 3, 3)]])
