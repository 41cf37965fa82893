import type { NnSourceFile } from './index';
import { LR_SCHEDULER_SOURCE } from './optim_lr_scheduler';
import { CLIP_GRAD_SOURCE, FUNCTION_SOURCE } from './optim_extras';

// torch.optim as Python source run by the eager interpreter (Note [nn in the TorchScript language]):
// PyTorch 1.13's Optimizer, SGD, Adam, AdamW and RMSprop, single-tensor (foreach=False) code paths,
// whose update order fixes the float32 results.
export const OPTIMIZER_SOURCE = `import torch
from torch import Tensor


class _RequiredParameter(object):
    def __repr__(self):
        return "<required parameter>"


required = _RequiredParameter()


class Optimizer(object):
    def __init__(self, params, defaults):
        self.defaults = defaults
        self.state = {}
        self.param_groups = []
        if isinstance(params, torch.Tensor):
            raise TypeError("params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.FloatTensor")
        param_groups = list(params)
        if len(param_groups) == 0:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(param_groups[0], dict):
            param_groups = [{'params': param_groups}]
        for param_group in param_groups:
            self.add_param_group(param_group)

    def __repr__(self):
        format_string = self.__class__.__name__ + ' ('
        for i, group in enumerate(self.param_groups):
            format_string += '\\n'
            format_string += 'Parameter Group {0}\\n'.format(i)
            for key in sorted(group.keys()):
                if key != 'params':
                    format_string += '    {0}: {1}\\n'.format(key, group[key])
        format_string += ')'
        return format_string

    def add_param_group(self, param_group):
        params = param_group['params']
        if isinstance(params, torch.Tensor):
            param_group['params'] = [params]
        else:
            param_group['params'] = list(params)
        for param in param_group['params']:
            if not param.is_leaf:
                raise ValueError("can't optimize a non-leaf Tensor")
        for name, default in self.defaults.items():
            if default is required and name not in param_group:
                raise ValueError("parameter group didn't specify a value of required optimization parameter " + name)
            else:
                param_group.setdefault(name, default)
        self.param_groups.append(param_group)

    def state_dict(self):
        mapping = {}
        param_groups = []
        for group in self.param_groups:
            packed = {k: v for k, v in group.items() if k != 'params'}
            ids = []
            for p in group['params']:
                if p not in mapping:
                    mapping[p] = len(mapping)
                ids.append(mapping[p])
            packed['params'] = ids
            param_groups.append(packed)
        state = {}
        for p, value in self.state.items():
            state[mapping[p]] = value
        return {'state': state, 'param_groups': param_groups}

    def _state_of(self, p):
        return self.state.setdefault(p, {})

    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        with torch.no_grad():
            for group in self.param_groups:
                for p in group['params']:
                    if p.grad is not None:
                        grad = p.grad if not group['maximize'] else -p.grad
                        self._update(p, grad, group, self._state_of(p))
        return loss

    def zero_grad(self, set_to_none: bool = False):
        for group in self.param_groups:
            for p in group['params']:
                if p.grad is not None:
                    if set_to_none:
                        p.grad = None
                    else:
                        p.grad.requires_grad_(False)
                        p.grad.zero_()
`;

export const SGD_SOURCE = `import torch
from torch.optim.optimizer import Optimizer, required


class SGD(Optimizer):
    def __init__(self, params, lr=required, momentum=0, dampening=0,
                 weight_decay=0, nesterov=False, *, maximize=False, foreach=None,
                 differentiable=False):
        if lr is not required and lr < 0.0:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if momentum < 0.0:
            raise ValueError("Invalid momentum value: {}".format(momentum))
        if weight_decay < 0.0:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        defaults = dict(lr=lr, momentum=momentum, dampening=dampening,
                        weight_decay=weight_decay, nesterov=nesterov,
                        maximize=maximize, foreach=foreach,
                        differentiable=differentiable)
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super(SGD, self).__init__(params, defaults)

    def _update(self, p, d_p, group, state):
        momentum = group['momentum']
        if group['weight_decay'] != 0:
            d_p = d_p.add(p, alpha=group['weight_decay'])
        buf = state.get('momentum_buffer', None)
        if momentum != 0:
            if buf is None:
                buf = torch.clone(d_p).detach()
            else:
                buf.mul_(momentum).add_(d_p, alpha=1 - group['dampening'])
            if group['nesterov']:
                d_p = d_p.add(buf, alpha=momentum)
            else:
                d_p = buf
        state['momentum_buffer'] = buf
        p.add_(d_p, alpha=-group['lr'])
`;

export const ADAM_SOURCE = `import math
import torch
from torch.optim.optimizer import Optimizer


def _check_adam_args(lr, betas, eps, weight_decay):
    if not 0.0 <= lr:
        raise ValueError("Invalid learning rate: {}".format(lr))
    if not 0.0 <= eps:
        raise ValueError("Invalid epsilon value: {}".format(eps))
    if not 0.0 <= betas[0] < 1.0:
        raise ValueError("Invalid beta parameter at index 0: {}".format(betas[0]))
    if not 0.0 <= betas[1] < 1.0:
        raise ValueError("Invalid beta parameter at index 1: {}".format(betas[1]))
    if not 0.0 <= weight_decay:
        raise ValueError("Invalid weight_decay value: {}".format(weight_decay))


class Adam(Optimizer):
    _decoupled = False

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=0, amsgrad=False, *, foreach=None,
                 maximize: bool = False, capturable: bool = False,
                 differentiable: bool = False, fused: bool = False):
        _check_adam_args(lr, betas, eps, weight_decay)
        defaults = dict(lr=lr, betas=betas, eps=eps,
                        weight_decay=weight_decay, amsgrad=amsgrad,
                        maximize=maximize, foreach=foreach, capturable=capturable,
                        differentiable=differentiable, fused=fused)
        super(Adam, self).__init__(params, defaults)

    def _update(self, param, grad, group, state):
        beta1, beta2 = group['betas']
        lr = group['lr']
        weight_decay = group['weight_decay']
        if len(state) == 0:
            state['step'] = torch.tensor(0.)
            state['exp_avg'] = torch.zeros_like(param)
            state['exp_avg_sq'] = torch.zeros_like(param)
            if group['amsgrad']:
                state['max_exp_avg_sq'] = torch.zeros_like(param)
        exp_avg = state['exp_avg']
        exp_avg_sq = state['exp_avg_sq']
        state['step'] += 1
        if self._decoupled:
            param.mul_(1 - lr * weight_decay)
        elif weight_decay != 0:
            grad = grad.add(param, alpha=weight_decay)
        exp_avg.mul_(beta1).add_(grad, alpha=1 - beta1)
        exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
        step = state['step'].item()
        bias_correction1 = 1 - beta1 ** step
        bias_correction2 = 1 - beta2 ** step
        step_size = lr / bias_correction1
        bias_correction2_sqrt = math.sqrt(bias_correction2)
        if group['amsgrad']:
            max_exp_avg_sq = state['max_exp_avg_sq']
            max_exp_avg_sq.copy_(torch.maximum(max_exp_avg_sq, exp_avg_sq))
            denom = (max_exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(group['eps'])
        else:
            denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(group['eps'])
        param.addcdiv_(exp_avg, denom, value=-step_size)


class AdamW(Adam):
    _decoupled = True

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=1e-2, amsgrad=False, *, maximize: bool = False,
                 foreach=None, capturable: bool = False):
        _check_adam_args(lr, betas, eps, weight_decay)
        defaults = dict(lr=lr, betas=betas, eps=eps,
                        weight_decay=weight_decay, amsgrad=amsgrad,
                        foreach=foreach, maximize=maximize, capturable=capturable)
        Optimizer.__init__(self, params, defaults)
`;

export const RMSPROP_SOURCE = `import torch
from torch.optim.optimizer import Optimizer


class RMSprop(Optimizer):
    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0,
                 centered=False, foreach=None, maximize: bool = False,
                 differentiable: bool = False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))
        if not 0.0 <= momentum:
            raise ValueError("Invalid momentum value: {}".format(momentum))
        if not 0.0 <= weight_decay:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        if not 0.0 <= alpha:
            raise ValueError("Invalid alpha value: {}".format(alpha))
        defaults = dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
                        weight_decay=weight_decay, foreach=foreach, maximize=maximize,
                        differentiable=differentiable)
        super(RMSprop, self).__init__(params, defaults)

    def _update(self, param, grad, group, state):
        alpha = group['alpha']
        momentum = group['momentum']
        if len(state) == 0:
            state['step'] = 0
            state['square_avg'] = torch.zeros_like(param)
            if momentum > 0:
                state['momentum_buffer'] = torch.zeros_like(param)
            if group['centered']:
                state['grad_avg'] = torch.zeros_like(param)
        state['step'] += 1
        square_avg = state['square_avg']
        if group['weight_decay'] != 0:
            grad = grad.add(param, alpha=group['weight_decay'])
        square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha)
        if group['centered']:
            grad_avg = state['grad_avg']
            grad_avg.mul_(alpha).add_(grad, alpha=1 - alpha)
            avg = square_avg.addcmul(grad_avg, grad_avg, value=-1).sqrt_()
        else:
            avg = square_avg.sqrt()
        avg = avg.add_(group['eps'])
        if momentum > 0:
            buf = state['momentum_buffer']
            buf.mul_(momentum).addcdiv_(grad, avg)
            param.add_(buf, alpha=-group['lr'])
        else:
            param.addcdiv_(grad, avg, value=-group['lr'])
`;

function file(moduleName: string, source: string): NnSourceFile {
  return { moduleName, fileName: `${moduleName.replace(/\./g, '/')}.py`, source };
}

/** The torch.optim library in load order; its public classes are also `torch.optim.<name>`. */
export const OPTIM_LIBRARY: readonly NnSourceFile[] = [
  file('torch.optim.optimizer', OPTIMIZER_SOURCE),
  file('torch.optim.sgd', SGD_SOURCE),
  file('torch.optim.adam', ADAM_SOURCE),
  file('torch.optim.rmsprop', RMSPROP_SOURCE),
  file('torch.optim.lr_scheduler', LR_SCHEDULER_SOURCE),
];

/** torch.nn.utils' gradient clipping; its functions are also `torch.nn.utils.<name>`. */
export const NN_UTILS_LIBRARY: readonly NnSourceFile[] = [file('torch.nn.utils.clip_grad', CLIP_GRAD_SOURCE)];

/** torch.autograd's Python part; its public classes are also `torch.autograd.<name>`. */
export const AUTOGRAD_LIBRARY: readonly NnSourceFile[] = [file('torch.autograd.function', FUNCTION_SOURCE)];
