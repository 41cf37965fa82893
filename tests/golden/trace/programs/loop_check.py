import torch


def loop_in_traced_fn(x):
    result = x[0]
    for i in range(x.size(0)):
        result = result * x[i]
    return result


torch.manual_seed(0)
inputs = (torch.rand(3, 4, 5),)
check_inputs = [(torch.rand(4, 5, 6),), (torch.rand(2, 3, 4),)]
try:
    traced = torch.jit.trace(loop_in_traced_fn, inputs, check_inputs=check_inputs)
except Exception as e:
    print(type(e).__name__)
    print(str(e))
traced = torch.jit.trace(loop_in_traced_fn, inputs)
print(traced.graph)
print(traced.code)
