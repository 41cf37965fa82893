# Gradients computed by PyTorch 1.13 for src/autograd/formulas.test.ts. Each case's code defines
# the inputs `xs` (tensors requiring grad) and `out`; the loss weights out with a fixed ramp so every
# output element has its own gradient. Run from the repo root:
#   /usr/bin/python3 tests/data/autograd/gen_grads.py > tests/data/autograd/grads.json
import json
import torch
import torch.nn.functional as F

PRELUDE = """
torch.manual_seed(0)
a = torch.randn(3, 4, requires_grad=True)
b = torch.randn(3, 4, requires_grad=True)
c = torch.randn(4, requires_grad=True)
m = torch.randn(4, 5, requires_grad=True)
p = (torch.rand(3, 4) + 0.5).requires_grad_()
"""
CASES = {
    'add_sub_broadcast': "xs = [a, c]; out = a + c * 2 - c.sub(a, alpha=3)",
    'mul_div': "xs = [a, p]; out = a * p / (p + 1) - 2 / p",
    'rsub_neg': "xs = [a]; out = 1 - (-a) * 0.5",
    'pow': "xs = [p, a]; out = p ** 3 + p.pow(0.5) + 2 ** a + p ** a",
    'exp_log_sqrt': "xs = [p]; out = p.exp() + p.log() + p.sqrt() + p.rsqrt() + p.reciprocal()",
    'trig_abs_square': "xs = [a]; out = a.sin() * a.cos() + a.abs() + a.square()",
    'tanh_sigmoid_relu': "xs = [a]; out = a.tanh() + a.sigmoid() + a.relu() + F.leaky_relu(a, 0.1) + F.silu(a) + F.elu(a)",
    'clamp_hardtanh': "xs = [a]; out = a.clamp(-0.5, 0.5) + a.clamp(min=0.1) + F.hardtanh(a) + F.relu6(a * 4)",
    'where_masked_fill_maximum': "xs = [a, b]; out = torch.where(a > b, a, b * 2) + a.masked_fill(a < 0, 0.0) + torch.maximum(a, b)",
    'mm_matmul': "xs = [a, m]; out = a.mm(m) + a @ m",
    'matmul_batched': "xs = [a, m]; out = torch.matmul(a.unsqueeze(0).expand(2, 3, 4) * 1.5, m)",
    'matmul_vector': "xs = [a, c]; out = torch.cat([a @ c, c @ a.t(), (c @ c).unsqueeze(0)])",
    'bmm': "xs = [a, b]; out = torch.bmm(a.view(1, 3, 4), b.view(1, 4, 3))",
    'addmm_linear': "xs = [a, m, c]; out = torch.addmm(c[:1], a, m, beta=0.5, alpha=2) + F.linear(a, m.t())",
    'linear_bias_3d': "xs = [a, m]; out = F.linear(a.view(1, 3, 4).expand(2, 3, 4), m.t(), m[0])",
    'sum_mean_dims': "xs = [a]; out = a.sum() + a.sum(dim=1, keepdim=True) + a.mean(0).sum() + a.mean(dim=(0, 1))",
    'max_min': "xs = [a]; out = a.max(dim=1).values.sum() + a.min(0, keepdim=True)[0].sum() + a.max()",
    'softmax_log_softmax': "xs = [a]; out = F.softmax(a, dim=1) * 2 + F.log_softmax(a, dim=0) + torch.logsumexp(a, 1, keepdim=True)",
    'views': "xs = [a]; out = a.view(4, 3).t().reshape(12).unsqueeze(0).squeeze(0).flatten().view(2, 6).permute(1, 0).transpose(0, 1).contiguous()",
    'expand_repeat_flip': "xs = [c]; out = c.expand(3, 4) + c.repeat(3, 1) + c.flip(0)",
    'index_select_slice': "xs = [a]; out = a[1] + a[:, 2].sum() + a[0:2, 1:3].sum() + a[torch.tensor([0, 2, 0])].sum(0) + a.narrow(1, 1, 2).sum()",
    'cat_stack_split': "xs = [a, b]; out = torch.cat([a, b], 1) + torch.stack([a, b], 2).sum(2).repeat(1, 2) + torch.cat(list(a.split(2, 1)) + list(b.chunk(2, 1)), 1)",
    'unbind_gather_index_select': "xs = [a]; out = torch.stack(a.unbind(1)) + a.gather(1, torch.tensor([[0, 1, 1, 3]] * 3)).t() + a.index_select(1, torch.tensor([3, 0, 0, 2])).t()",
    'mse_l1': "xs = [a, b]; out = F.mse_loss(a, b) + F.l1_loss(a, b, reduction='sum') + F.mse_loss(a, b, reduction='none').sum()",
    'cross_entropy': "xs = [a]; out = F.cross_entropy(a, torch.tensor([1, 0, 3])) + F.cross_entropy(a, torch.tensor([2, 2, -100]), reduction='sum') + F.nll_loss(F.log_softmax(a, 1), torch.tensor([0, 1, 2]), weight=torch.tensor([1.0, 2.0, 0.5, 1.0]))",
    'cross_entropy_probs': "xs = [a]; out = F.cross_entropy(a, F.softmax(torch.arange(12.0).view(3, 4), 1))",
    'prod': "xs = [p]; out = p.prod() + p.prod(1).sum()",
    'embedding': "w = torch.randn(5, 3, requires_grad=True); xs = [w]; out = F.embedding(torch.tensor([[0, 2], [2, 4]]), w, padding_idx=4)",
    'dropout_eval_to': "xs = [a]; out = F.dropout(a, 0.5, training=False) + a.double().float() + a.clone()",
    'conv2d': "img = torch.randn(2, 4, 7, 6, requires_grad=True); k = torch.randn(6, 2, 3, 2, requires_grad=True); bb = torch.randn(6, requires_grad=True); xs = [img, k, bb]; out = F.conv2d(img, k, bb, stride=(2, 1), padding=1, dilation=(1, 2), groups=2)",
    'conv2d_plain': "img = torch.randn(1, 3, 6, 6, requires_grad=True); k = torch.randn(2, 3, 3, 3, requires_grad=True); xs = [img, k]; out = F.conv2d(img, k)",
    'max_avg_pool': "img = torch.randn(2, 3, 7, 6, requires_grad=True); xs = [img]; out = F.max_pool2d(img, 2).sum() + F.max_pool2d(img, 3, stride=2, padding=1).sum() * 2 + F.avg_pool2d(img, 3, stride=2, padding=1).sum() + F.avg_pool2d(img, 2, count_include_pad=False, padding=1).sum() * 3 + F.adaptive_avg_pool2d(img, (3, 2)).sum() * 4 + F.adaptive_avg_pool2d(img, 1).sum()",
    'batch_norm_train': "img = torch.randn(4, 3, 2, 5, requires_grad=True); wt = torch.randn(3, requires_grad=True); bs = torch.randn(3, requires_grad=True); xs = [img, wt, bs]; out = F.batch_norm(img, torch.zeros(3), torch.ones(3), wt, bs, training=True)",
    'batch_norm_eval': "img = torch.randn(4, 3, 5, requires_grad=True); wt = torch.randn(3, requires_grad=True); bs = torch.randn(3, requires_grad=True); xs = [img, wt, bs]; out = F.batch_norm(img, torch.rand(3), torch.rand(3) + 0.5, wt, bs, training=False)",
    'layer_norm': "xs = [a, c, m]; out = F.layer_norm(a, (4,), c, m[0, :4]) + F.layer_norm(a * 2, (3, 4))",
    'math_unary': "xs = [a, p]; out = p.log2() + p.log10() + p.log1p() + a.expm1() + a.exp2() + (a * 0.3).tan() + (p * 0.5).asin() + (p * 0.5).acos() + a.atan() + a.sinh() + a.cosh() + p.asinh() + (p + 1).acosh() + (p * 0.5).atanh() + a.erf() + a.erfc() + torch.atan2(a, p)",
    'activations_more': "xs = [a]; out = F.relu6(a * 4) + F.hardsigmoid(a * 3) + F.hardswish(a * 3) + F.softplus(a) + F.softplus(a * 10, beta=2, threshold=5) + F.gelu(a) + F.gelu(a, approximate='tanh') + F.logsigmoid(a) + F.selu(a) + F.celu(a, 0.5) + F.mish(a) + F.threshold(a, 0.1, 2.0) + F.softshrink(a) + F.hardshrink(a, 0.3) + a.clamp(max=0.2) + torch.clamp(a, min=b) + F.glu(torch.cat([a, b], 1))[:, :4].repeat(1, 1)",
    'binary_more': "xs = [a, b, p]; out = torch.max(a, b) + torch.min(a, b) + torch.maximum(a, a.detach()) + torch.lerp(a, b, 0.3) + torch.lerp(a, b, p) + torch.addcmul(a, b, p, value=0.5) + torch.addcdiv(a, b, p, value=-2) + torch.remainder(a, p) + torch.fmod(a, p) + torch.div(a, p, rounding_mode='floor')",
    'var_std_norm': "xs = [a]; out = a.var() + a.std(1).sum() + a.var(0, unbiased=False).sum() + torch.std(a, dim=1, keepdim=True).sum() + a.norm() + a.norm(dim=1).sum() + a.norm(p=1) + torch.linalg.vector_norm(a, 3, dim=0).sum() + torch.dist(a, b) + a.amax(1).sum() + a.amin(dim=(0, 1))",
    'shape_more': "xs = [a]; out = a.cumsum(1) + a.triu(1) + a.tril() + a.roll(1, 1) + a.sort(1).values + a.topk(2, 1).values.repeat(1, 2) + F.pad(a, (1, 0, 0, 1))[:3, 1:] + a.movedim(0, 1).t() + a.swapaxes(0, 1).t() + torch.outer(a[0], a[1])[:3]",
    'scatter_index_more': "xs = [a, b]; idx = torch.tensor([[0, 1, 2, 0]]); out = a.scatter(0, idx, b[:1]) + a.scatter_add(0, idx, b[:1]) + a.index_add(1, torch.tensor([0, 0, 2, 3]), b) + a.index_put((torch.tensor([0, 2]),), b[1]) + a.masked_select(a > 0).sum() + torch.baddbmm(a.view(1, 3, 4)[:, :, :3], b.view(1, 3, 4), a.view(1, 4, 3)).sum()",
    'losses_more': "y = torch.rand(3, 4); xs = [a, p]; out = F.binary_cross_entropy(torch.sigmoid(a), y) + F.binary_cross_entropy_with_logits(a, y, pos_weight=torch.tensor([1.0, 2.0, 0.5, 1.0])) + F.binary_cross_entropy_with_logits(a, y, weight=p.detach(), reduction='sum') + F.smooth_l1_loss(a, p, beta=0.5) + F.huber_loss(a, p, delta=0.7, reduction='sum') + F.kl_div(F.log_softmax(a, 1), F.softmax(p, 1), reduction='batchmean') + F.kl_div(a, p.log(), log_target=True)",
    'composite_recomputed': "img = torch.randn(2, 6, 5, requires_grad=True); k = torch.randn(4, 3, 2, requires_grad=True); gw = torch.randn(6, requires_grad=True); xs = [a, b, img, k, gw]; out = F.cosine_similarity(a, b).sum() + F.conv1d(img, k, stride=2, padding=1, groups=2).sum() * 0.5 + (F.group_norm(img, 3, gw) * img).sum() + F.prelu(a, torch.tensor([0.25])).sum()",
}
cases = []
for name, code in CASES.items():
    env = {'torch': torch, 'F': F}
    exec(PRELUDE + code, env)
    out = env['out']
    ramp = torch.linspace(-1, 1, out.numel()).view(out.shape) if out.numel() > 1 else torch.tensor(0.7)
    (out * ramp).sum().backward()
    assert all(x.grad is not None for x in env['xs']), name
    cases.append({'name': name, 'code': code, 'grads': [[repr(v) for v in x.grad.flatten().tolist()] for x in env['xs']]})
print(json.dumps({'prelude': PRELUDE, 'cases': cases}, indent=0))
