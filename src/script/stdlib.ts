/**
 * The Python functions of torch.nn.functional that TorchScript compiles (they are
 * not builtins: a call is `prim::CallFunction` on a function constant), written
 * in the TorchScript language after PyTorch 1.13's torch/nn/functional.py with
 * its `has_torch_function` and warning plumbing left out.
 */
import { parse } from '../lang/parser';
import type { FunctionDef } from '../lang/ast';
import { moduleResolver } from './resolver';
import type { Resolver } from './resolver';
import type { FunctionSource } from './sugared_value';

const functionalSource = `import torch
from typing import List, Optional
from torch import Tensor

def _get_softmax_dim(name: str, ndim: int, stacklevel: int) -> int:
    if ndim == 0 or ndim == 1 or ndim == 3:
        ret = 0
    else:
        ret = 1
    return ret

def relu(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        result = torch.relu_(input)
    else:
        result = torch.relu(input)
    return result

def relu6(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        result = torch.hardtanh_(input, 0.0, 6.0)
    else:
        result = torch.relu6(input)
    return result

def softmax(input: Tensor, dim: Optional[int] = None, _stacklevel: int = 3, dtype: Optional[int] = None) -> Tensor:
    if dim is None:
        dim = _get_softmax_dim("softmax", input.dim(), _stacklevel)
    if dtype is None:
        ret = input.softmax(dim)
    else:
        ret = input.softmax(dim, dtype=dtype)
    return ret

def log_softmax(input: Tensor, dim: Optional[int] = None, _stacklevel: int = 3, dtype: Optional[int] = None) -> Tensor:
    if dim is None:
        dim = _get_softmax_dim("log_softmax", input.dim(), _stacklevel)
    if dtype is None:
        ret = input.log_softmax(dim)
    else:
        ret = input.log_softmax(dim, dtype=dtype)
    return ret

def silu(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch.silu_(input)
    return torch.silu(input)

def mish(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch.mish_(input)
    return torch.mish(input)

def hardswish(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch.hardswish_(input)
    return torch.hardswish(input)

def leaky_relu(input: Tensor, negative_slope: float = 0.01, inplace: bool = False) -> Tensor:
    if inplace:
        result = torch.leaky_relu_(input, negative_slope)
    else:
        result = torch.leaky_relu(input, negative_slope)
    return result

def elu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    if inplace:
        result = torch.elu_(input, alpha)
    else:
        result = torch.elu(input, alpha)
    return result

def hardtanh(input: Tensor, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False) -> Tensor:
    if inplace:
        result = torch.hardtanh_(input, min_val, max_val)
    else:
        result = torch.hardtanh(input, min_val, max_val)
    return result

def dropout(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    if p < 0.0 or p > 1.0:
        raise ValueError("dropout probability has to be between 0 and 1, but got {}".format(p))
    if inplace:
        return torch.dropout_(input, p, training)
    return torch.dropout(input, p, training)

def sigmoid(input: Tensor) -> Tensor:
    return input.sigmoid()

def tanh(input: Tensor) -> Tensor:
    return input.tanh()

def layer_norm(input: Tensor, normalized_shape: List[int], weight: Optional[Tensor] = None, bias: Optional[Tensor] = None, eps: float = 1e-05) -> Tensor:
    return torch.layer_norm(input, normalized_shape, weight, bias, eps, False)

def batch_norm(input: Tensor, running_mean: Optional[Tensor], running_var: Optional[Tensor], weight: Optional[Tensor] = None, bias: Optional[Tensor] = None, training: bool = False, momentum: float = 0.1, eps: float = 1e-05) -> Tensor:
    return torch.batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, False)

def adaptive_avg_pool2d(input: Tensor, output_size: List[int]) -> Tensor:
    return torch.adaptive_avg_pool2d(input, output_size)

def normalize(input: Tensor, p: float = 2.0, dim: int = 1, eps: float = 1e-12, out: Optional[Tensor] = None) -> Tensor:
    denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    return input / denom

def mse_loss(input: Tensor, target: Tensor, size_average: Optional[bool] = None, reduce: Optional[bool] = None, reduction: str = "mean") -> Tensor:
    if reduction == "none":
        enum = 0
    elif reduction == "sum":
        enum = 2
    else:
        enum = 1
    return torch.mse_loss(input, target, enum)
`;

let cache: { defs: Map<string, FunctionDef>; resolver: Resolver } | undefined;

function load(): { defs: Map<string, FunctionDef>; resolver: Resolver } {
  if (!cache) {
    const { module } = parse(functionalSource, 'torch/nn/functional.py');
    const defs = new Map<string, FunctionDef>();
    for (const s of module.body) if (s.kind === 'FunctionDef') defs.set(s.name, s);
    cache = { defs, resolver: moduleResolver(module, functionalSource) };
  }
  return cache;
}

/** `torch.nn.functional.<name>` when it is a compiled Python function here. */
export function functionalFunction(name: string): FunctionSource | undefined {
  const { defs, resolver } = load();
  const def = defs.get(name);
  if (!def || name.startsWith('_')) return undefined;
  return { def, name, resolver, text: functionalSource, fileName: 'torch/nn/functional.py' };
}
