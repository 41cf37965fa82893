import torch
import torch.nn.functional as F
import math

torch.manual_seed(0)
x = torch.randn(3, 5)
t = torch.tensor([-2.5, -1.5, -0.5, 0.0, 0.5, 1.5, 2.5, 3.49, -0.0])
w = torch.linspace(-4, 4, 11)
try:
    print('t.round()', "=>", t.round())
except Exception as e:
    print('t.round()', "=> ERR", type(e).__name__)
try:
    print('t.round(decimals=1)', "=>", t.round(decimals=1))
except Exception as e:
    print('t.round(decimals=1)', "=> ERR", type(e).__name__)
try:
    print('torch.round(torch.tensor([1.2345, -2.5678]), decimals=2)', "=>", torch.round(torch.tensor([1.2345, -2.5678]), decimals=2))
except Exception as e:
    print('torch.round(torch.tensor([1.2345, -2.5678]), decimals=2)', "=> ERR", type(e).__name__)
try:
    print('t.floor()', "=>", t.floor())
except Exception as e:
    print('t.floor()', "=> ERR", type(e).__name__)
try:
    print('t.ceil()', "=>", t.ceil())
except Exception as e:
    print('t.ceil()', "=> ERR", type(e).__name__)
try:
    print('t.trunc()', "=>", t.trunc())
except Exception as e:
    print('t.trunc()', "=> ERR", type(e).__name__)
try:
    print('t.frac()', "=>", t.frac())
except Exception as e:
    print('t.frac()', "=> ERR", type(e).__name__)
try:
    print('t.sign()', "=>", t.sign())
except Exception as e:
    print('t.sign()', "=> ERR", type(e).__name__)
try:
    print('t.sgn()', "=>", t.sgn())
except Exception as e:
    print('t.sgn()', "=> ERR", type(e).__name__)
try:
    print('t.abs()', "=>", t.abs())
except Exception as e:
    print('t.abs()', "=> ERR", type(e).__name__)
try:
    print('t.neg()', "=>", t.neg())
except Exception as e:
    print('t.neg()', "=> ERR", type(e).__name__)
try:
    print('torch.signbit(t)', "=>", torch.signbit(t))
except Exception as e:
    print('torch.signbit(t)', "=> ERR", type(e).__name__)
try:
    print('t.clamp(-1, 1)', "=>", t.clamp(-1, 1))
except Exception as e:
    print('t.clamp(-1, 1)', "=> ERR", type(e).__name__)
try:
    print('t.clamp(min=0)', "=>", t.clamp(min=0))
except Exception as e:
    print('t.clamp(min=0)', "=> ERR", type(e).__name__)
try:
    print('t.clamp(max=0.5)', "=>", t.clamp(max=0.5))
except Exception as e:
    print('t.clamp(max=0.5)', "=> ERR", type(e).__name__)
try:
    print('t.clamp(torch.zeros(9), torch.ones(9))', "=>", t.clamp(torch.zeros(9), torch.ones(9)))
except Exception as e:
    print('t.clamp(torch.zeros(9), torch.ones(9))', "=> ERR", type(e).__name__)
try:
    print('torch.clip(t, -1, 1)', "=>", torch.clip(t, -1, 1))
except Exception as e:
    print('torch.clip(t, -1, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 5, 9]).clamp(2, 6)', "=>", torch.tensor([1, 5, 9]).clamp(2, 6))
except Exception as e:
    print('torch.tensor([1, 5, 9]).clamp(2, 6)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 5, 9]).clamp(2.5, 6)', "=>", torch.tensor([1, 5, 9]).clamp(2.5, 6))
except Exception as e:
    print('torch.tensor([1, 5, 9]).clamp(2.5, 6)', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 5, 9]).clamp(min=2.5)', "=>", torch.tensor([1, 5, 9]).clamp(min=2.5))
except Exception as e:
    print('torch.tensor([1, 5, 9]).clamp(min=2.5)', "=> ERR", type(e).__name__)
try:
    print('t.clamp(1, -1)', "=>", t.clamp(1, -1))
except Exception as e:
    print('t.clamp(1, -1)', "=> ERR", type(e).__name__)
try:
    print('w.exp()', "=>", w.exp())
except Exception as e:
    print('w.exp()', "=> ERR", type(e).__name__)
try:
    print('w.exp2()', "=>", w.exp2())
except Exception as e:
    print('w.exp2()', "=> ERR", type(e).__name__)
try:
    print('w.expm1()', "=>", w.expm1())
except Exception as e:
    print('w.expm1()', "=> ERR", type(e).__name__)
try:
    print('w.abs().log()', "=>", w.abs().log())
except Exception as e:
    print('w.abs().log()', "=> ERR", type(e).__name__)
try:
    print('w.abs().log2()', "=>", w.abs().log2())
except Exception as e:
    print('w.abs().log2()', "=> ERR", type(e).__name__)
try:
    print('w.abs().log10()', "=>", w.abs().log10())
except Exception as e:
    print('w.abs().log10()', "=> ERR", type(e).__name__)
try:
    print('w.abs().log1p()', "=>", w.abs().log1p())
except Exception as e:
    print('w.abs().log1p()', "=> ERR", type(e).__name__)
try:
    print('w.sqrt()', "=>", w.sqrt())
except Exception as e:
    print('w.sqrt()', "=> ERR", type(e).__name__)
try:
    print('w.abs().rsqrt()', "=>", w.abs().rsqrt())
except Exception as e:
    print('w.abs().rsqrt()', "=> ERR", type(e).__name__)
try:
    print('w.sigmoid()', "=>", w.sigmoid())
except Exception as e:
    print('w.sigmoid()', "=> ERR", type(e).__name__)
try:
    print('w.tanh()', "=>", w.tanh())
except Exception as e:
    print('w.tanh()', "=> ERR", type(e).__name__)
try:
    print('w.sin()', "=>", w.sin())
except Exception as e:
    print('w.sin()', "=> ERR", type(e).__name__)
try:
    print('w.cos()', "=>", w.cos())
except Exception as e:
    print('w.cos()', "=> ERR", type(e).__name__)
try:
    print('w.tan()', "=>", w.tan())
except Exception as e:
    print('w.tan()', "=> ERR", type(e).__name__)
try:
    print('w.asin()', "=>", w.asin())
except Exception as e:
    print('w.asin()', "=> ERR", type(e).__name__)
try:
    print('w.atan()', "=>", w.atan())
except Exception as e:
    print('w.atan()', "=> ERR", type(e).__name__)
try:
    print('w.sinh()', "=>", w.sinh())
except Exception as e:
    print('w.sinh()', "=> ERR", type(e).__name__)
try:
    print('w.cosh()', "=>", w.cosh())
except Exception as e:
    print('w.cosh()', "=> ERR", type(e).__name__)
try:
    print('w.asinh()', "=>", w.asinh())
except Exception as e:
    print('w.asinh()', "=> ERR", type(e).__name__)
try:
    print('w.atan2(torch.ones(11))', "=>", w.atan2(torch.ones(11)))
except Exception as e:
    print('w.atan2(torch.ones(11))', "=> ERR", type(e).__name__)
try:
    print('w.erf()', "=>", w.erf())
except Exception as e:
    print('w.erf()', "=> ERR", type(e).__name__)
try:
    print('w.erfc()', "=>", w.erfc())
except Exception as e:
    print('w.erfc()', "=> ERR", type(e).__name__)
try:
    print('w.reciprocal()', "=>", w.reciprocal())
except Exception as e:
    print('w.reciprocal()', "=> ERR", type(e).__name__)
try:
    print('w.square()', "=>", w.square())
except Exception as e:
    print('w.square()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2, 3]).square()', "=>", torch.tensor([1, 2, 3]).square())
except Exception as e:
    print('torch.tensor([1, 2, 3]).square()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 4, 9]).sqrt()', "=>", torch.tensor([1, 4, 9]).sqrt())
except Exception as e:
    print('torch.tensor([1, 4, 9]).sqrt()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1, 2]).exp()', "=>", torch.tensor([1, 2]).exp())
except Exception as e:
    print('torch.tensor([1, 2]).exp()', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([True, False]).float().exp()', "=>", torch.tensor([True, False]).float().exp())
except Exception as e:
    print('torch.tensor([True, False]).float().exp()', "=> ERR", type(e).__name__)
try:
    print('F.gelu(w)', "=>", F.gelu(w))
except Exception as e:
    print('F.gelu(w)', "=> ERR", type(e).__name__)
try:
    print("F.gelu(w, approximate='tanh')", "=>", F.gelu(w, approximate='tanh'))
except Exception as e:
    print("F.gelu(w, approximate='tanh')", "=> ERR", type(e).__name__)
try:
    print('F.silu(w)', "=>", F.silu(w))
except Exception as e:
    print('F.silu(w)', "=> ERR", type(e).__name__)
try:
    print('F.mish(w)', "=>", F.mish(w))
except Exception as e:
    print('F.mish(w)', "=> ERR", type(e).__name__)
try:
    print('F.relu(w)', "=>", F.relu(w))
except Exception as e:
    print('F.relu(w)', "=> ERR", type(e).__name__)
try:
    print('F.relu6(w * 2)', "=>", F.relu6(w * 2))
except Exception as e:
    print('F.relu6(w * 2)', "=> ERR", type(e).__name__)
try:
    print('F.leaky_relu(w)', "=>", F.leaky_relu(w))
except Exception as e:
    print('F.leaky_relu(w)', "=> ERR", type(e).__name__)
try:
    print('F.leaky_relu(w, 0.2)', "=>", F.leaky_relu(w, 0.2))
except Exception as e:
    print('F.leaky_relu(w, 0.2)', "=> ERR", type(e).__name__)
try:
    print('F.elu(w)', "=>", F.elu(w))
except Exception as e:
    print('F.elu(w)', "=> ERR", type(e).__name__)
try:
    print('F.selu(w)', "=>", F.selu(w))
except Exception as e:
    print('F.selu(w)', "=> ERR", type(e).__name__)
try:
    print('F.celu(w)', "=>", F.celu(w))
except Exception as e:
    print('F.celu(w)', "=> ERR", type(e).__name__)
try:
    print('F.softplus(w)', "=>", F.softplus(w))
except Exception as e:
    print('F.softplus(w)', "=> ERR", type(e).__name__)
try:
    print('F.softsign(w)', "=>", F.softsign(w))
except Exception as e:
    print('F.softsign(w)', "=> ERR", type(e).__name__)
try:
    print('F.hardtanh(w)', "=>", F.hardtanh(w))
except Exception as e:
    print('F.hardtanh(w)', "=> ERR", type(e).__name__)
try:
    print('F.hardsigmoid(w)', "=>", F.hardsigmoid(w))
except Exception as e:
    print('F.hardsigmoid(w)', "=> ERR", type(e).__name__)
try:
    print('F.hardswish(w)', "=>", F.hardswish(w))
except Exception as e:
    print('F.hardswish(w)', "=> ERR", type(e).__name__)
try:
    print('F.logsigmoid(w)', "=>", F.logsigmoid(w))
except Exception as e:
    print('F.logsigmoid(w)', "=> ERR", type(e).__name__)
try:
    print('F.tanhshrink(w)', "=>", F.tanhshrink(w))
except Exception as e:
    print('F.tanhshrink(w)', "=> ERR", type(e).__name__)
try:
    print('F.softshrink(w)', "=>", F.softshrink(w))
except Exception as e:
    print('F.softshrink(w)', "=> ERR", type(e).__name__)
try:
    print('F.hardshrink(w)', "=>", F.hardshrink(w))
except Exception as e:
    print('F.hardshrink(w)', "=> ERR", type(e).__name__)
try:
    print('F.threshold(w, 1.0, -5.0)', "=>", F.threshold(w, 1.0, -5.0))
except Exception as e:
    print('F.threshold(w, 1.0, -5.0)', "=> ERR", type(e).__name__)
try:
    print('F.glu(torch.arange(8.0).view(2, 4))', "=>", F.glu(torch.arange(8.0).view(2, 4)))
except Exception as e:
    print('F.glu(torch.arange(8.0).view(2, 4))', "=> ERR", type(e).__name__)
try:
    print('F.prelu(w, torch.tensor([0.25]))', "=>", F.prelu(w, torch.tensor([0.25])))
except Exception as e:
    print('F.prelu(w, torch.tensor([0.25]))', "=> ERR", type(e).__name__)
try:
    print('F.rrelu(w, training=False)', "=>", F.rrelu(w, training=False))
except Exception as e:
    print('F.rrelu(w, training=False)', "=> ERR", type(e).__name__)
try:
    print('x.softmax(1)', "=>", x.softmax(1))
except Exception as e:
    print('x.softmax(1)', "=> ERR", type(e).__name__)
try:
    print('x.softmax(0)', "=>", x.softmax(0))
except Exception as e:
    print('x.softmax(0)', "=> ERR", type(e).__name__)
try:
    print('F.softmax(x, dim=-1)', "=>", F.softmax(x, dim=-1))
except Exception as e:
    print('F.softmax(x, dim=-1)', "=> ERR", type(e).__name__)
try:
    print('F.log_softmax(x, 1)', "=>", F.log_softmax(x, 1))
except Exception as e:
    print('F.log_softmax(x, 1)', "=> ERR", type(e).__name__)
try:
    print('torch.log_softmax(x, 0)', "=>", torch.log_softmax(x, 0))
except Exception as e:
    print('torch.log_softmax(x, 0)', "=> ERR", type(e).__name__)
try:
    print('F.softmin(x, 1)', "=>", F.softmin(x, 1))
except Exception as e:
    print('F.softmin(x, 1)', "=> ERR", type(e).__name__)
try:
    print('x.softmax(1, dtype=torch.float64)', "=>", x.softmax(1, dtype=torch.float64))
except Exception as e:
    print('x.softmax(1, dtype=torch.float64)', "=> ERR", type(e).__name__)
try:
    print('torch.softmax(torch.tensor([1, 2, 3]).float(), 0)', "=>", torch.softmax(torch.tensor([1, 2, 3]).float(), 0))
except Exception as e:
    print('torch.softmax(torch.tensor([1, 2, 3]).float(), 0)', "=> ERR", type(e).__name__)
try:
    print("F.softmax(torch.tensor([float('-inf'), 0.0, 1.0]), 0)", "=>", F.softmax(torch.tensor([float('-inf'), 0.0, 1.0]), 0))
except Exception as e:
    print("F.softmax(torch.tensor([float('-inf'), 0.0, 1.0]), 0)", "=> ERR", type(e).__name__)
try:
    print("F.softmax(torch.tensor([float('-inf'), float('-inf')]), 0)", "=>", F.softmax(torch.tensor([float('-inf'), float('-inf')]), 0))
except Exception as e:
    print("F.softmax(torch.tensor([float('-inf'), float('-inf')]), 0)", "=> ERR", type(e).__name__)
try:
    print('F.normalize(x)', "=>", F.normalize(x))
except Exception as e:
    print('F.normalize(x)', "=> ERR", type(e).__name__)
try:
    print('F.normalize(x, p=1, dim=0)', "=>", F.normalize(x, p=1, dim=0))
except Exception as e:
    print('F.normalize(x, p=1, dim=0)', "=> ERR", type(e).__name__)
try:
    print('F.cosine_similarity(x, x.flip(0))', "=>", F.cosine_similarity(x, x.flip(0)))
except Exception as e:
    print('F.cosine_similarity(x, x.flip(0))', "=> ERR", type(e).__name__)
try:
    print('F.pairwise_distance(x, x.flip(0))', "=>", F.pairwise_distance(x, x.flip(0)))
except Exception as e:
    print('F.pairwise_distance(x, x.flip(0))', "=> ERR", type(e).__name__)
try:
    print('x.lerp(torch.zeros(3, 5), 0.25)', "=>", x.lerp(torch.zeros(3, 5), 0.25))
except Exception as e:
    print('x.lerp(torch.zeros(3, 5), 0.25)', "=> ERR", type(e).__name__)
try:
    print('torch.addcmul(x, x, x, value=0.5)', "=>", torch.addcmul(x, x, x, value=0.5))
except Exception as e:
    print('torch.addcmul(x, x, x, value=0.5)', "=> ERR", type(e).__name__)
try:
    print('torch.addcdiv(x, x, x.abs() + 1, value=2)', "=>", torch.addcdiv(x, x, x.abs() + 1, value=2))
except Exception as e:
    print('torch.addcdiv(x, x, x.abs() + 1, value=2)', "=> ERR", type(e).__name__)
try:
    print('torch.hypot(w, w)', "=>", torch.hypot(w, w))
except Exception as e:
    print('torch.hypot(w, w)', "=> ERR", type(e).__name__)
try:
    print('torch.logaddexp(w, w)', "=>", torch.logaddexp(w, w))
except Exception as e:
    print('torch.logaddexp(w, w)', "=> ERR", type(e).__name__)
try:
    print('torch.xlogy(w.abs(), w.abs())', "=>", torch.xlogy(w.abs(), w.abs()))
except Exception as e:
    print('torch.xlogy(w.abs(), w.abs())', "=> ERR", type(e).__name__)
try:
    print("torch.nan_to_num(torch.tensor([float('nan'), float('inf'), -float('inf'), 1.0]))", "=>", torch.nan_to_num(torch.tensor([float('nan'), float('inf'), -float('inf'), 1.0])))
except Exception as e:
    print("torch.nan_to_num(torch.tensor([float('nan'), float('inf'), -float('inf'), 1.0]))", "=> ERR", type(e).__name__)
try:
    print("torch.nan_to_num(torch.tensor([float('nan'), float('inf')]), nan=0.0, posinf=1.0)", "=>", torch.nan_to_num(torch.tensor([float('nan'), float('inf')]), nan=0.0, posinf=1.0))
except Exception as e:
    print("torch.nan_to_num(torch.tensor([float('nan'), float('inf')]), nan=0.0, posinf=1.0)", "=> ERR", type(e).__name__)
try:
    print("torch.isnan(torch.tensor([float('nan'), 1.0]))", "=>", torch.isnan(torch.tensor([float('nan'), 1.0])))
except Exception as e:
    print("torch.isnan(torch.tensor([float('nan'), 1.0]))", "=> ERR", type(e).__name__)
try:
    print("torch.isinf(torch.tensor([float('inf'), 1.0]))", "=>", torch.isinf(torch.tensor([float('inf'), 1.0])))
except Exception as e:
    print("torch.isinf(torch.tensor([float('inf'), 1.0]))", "=> ERR", type(e).__name__)
try:
    print("torch.isfinite(torch.tensor([float('inf'), 1.0, float('nan')]))", "=>", torch.isfinite(torch.tensor([float('inf'), 1.0, float('nan')])))
except Exception as e:
    print("torch.isfinite(torch.tensor([float('inf'), 1.0, float('nan')]))", "=> ERR", type(e).__name__)
try:
    print('torch.logit(torch.tensor([0.25, 0.5]))', "=>", torch.logit(torch.tensor([0.25, 0.5])))
except Exception as e:
    print('torch.logit(torch.tensor([0.25, 0.5]))', "=> ERR", type(e).__name__)
try:
    print('torch.maximum(w, torch.zeros(1))', "=>", torch.maximum(w, torch.zeros(1)))
except Exception as e:
    print('torch.maximum(w, torch.zeros(1))', "=> ERR", type(e).__name__)
try:
    print('torch.minimum(w, torch.zeros(1))', "=>", torch.minimum(w, torch.zeros(1)))
except Exception as e:
    print('torch.minimum(w, torch.zeros(1))', "=> ERR", type(e).__name__)
try:
    print('torch.fmax(w, torch.zeros(1))', "=>", torch.fmax(w, torch.zeros(1)))
except Exception as e:
    print('torch.fmax(w, torch.zeros(1))', "=> ERR", type(e).__name__)
try:
    print('torch.max(w, torch.tensor(0.5))', "=>", torch.max(w, torch.tensor(0.5)))
except Exception as e:
    print('torch.max(w, torch.tensor(0.5))', "=> ERR", type(e).__name__)
try:
    print('torch.heaviside(w, torch.tensor(0.5))', "=>", torch.heaviside(w, torch.tensor(0.5)))
except Exception as e:
    print('torch.heaviside(w, torch.tensor(0.5))', "=> ERR", type(e).__name__)
try:
    print('torch.copysign(w, torch.tensor(-1.0))', "=>", torch.copysign(w, torch.tensor(-1.0)))
except Exception as e:
    print('torch.copysign(w, torch.tensor(-1.0))', "=> ERR", type(e).__name__)
try:
    print('torch.floor_divide(w, 3)', "=>", torch.floor_divide(w, 3))
except Exception as e:
    print('torch.floor_divide(w, 3)', "=> ERR", type(e).__name__)
try:
    print('torch.sigmoid(torch.tensor([100.0, -100.0]))', "=>", torch.sigmoid(torch.tensor([100.0, -100.0])))
except Exception as e:
    print('torch.sigmoid(torch.tensor([100.0, -100.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.exp(torch.tensor([100.0, -100.0, 88.7, 89.0]))', "=>", torch.exp(torch.tensor([100.0, -100.0, 88.7, 89.0])))
except Exception as e:
    print('torch.exp(torch.tensor([100.0, -100.0, 88.7, 89.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.log(torch.tensor([0.0, -1.0]))', "=>", torch.log(torch.tensor([0.0, -1.0])))
except Exception as e:
    print('torch.log(torch.tensor([0.0, -1.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.sqrt(torch.tensor([-1.0]))', "=>", torch.sqrt(torch.tensor([-1.0])))
except Exception as e:
    print('torch.sqrt(torch.tensor([-1.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.rsqrt(torch.tensor([0.0]))', "=>", torch.rsqrt(torch.tensor([0.0])))
except Exception as e:
    print('torch.rsqrt(torch.tensor([0.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.tensor([1e-8, 1e8]) * 3', "=>", torch.tensor([1e-8, 1e8]) * 3)
except Exception as e:
    print('torch.tensor([1e-8, 1e8]) * 3', "=> ERR", type(e).__name__)
try:
    print('torch.tanh(torch.tensor([20.0, -20.0]))', "=>", torch.tanh(torch.tensor([20.0, -20.0])))
except Exception as e:
    print('torch.tanh(torch.tensor([20.0, -20.0]))', "=> ERR", type(e).__name__)
try:
    print('torch.special.expit(w)', "=>", torch.special.expit(w))
except Exception as e:
    print('torch.special.expit(w)', "=> ERR", type(e).__name__)
try:
    print('torch.special.erf(w)', "=>", torch.special.erf(w))
except Exception as e:
    print('torch.special.erf(w)', "=> ERR", type(e).__name__)
try:
    print('torch.special.logit(torch.tensor([0.3]))', "=>", torch.special.logit(torch.tensor([0.3])))
except Exception as e:
    print('torch.special.logit(torch.tensor([0.3]))', "=> ERR", type(e).__name__)
try:
    print('torch.deg2rad(w)', "=>", torch.deg2rad(w))
except Exception as e:
    print('torch.deg2rad(w)', "=> ERR", type(e).__name__)
try:
    print('torch.rad2deg(w)', "=>", torch.rad2deg(w))
except Exception as e:
    print('torch.rad2deg(w)', "=> ERR", type(e).__name__)
