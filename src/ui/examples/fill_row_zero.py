# From torch.jit.trace's docs: an in-place write of fresh random numbers. The trace
# records the copy_, and the tracer warns that its check saw different results.
import torch


def fill_row_zero(x):
    x[0] = torch.rand(*x.shape[1:2])
    return x


example_inputs = (torch.rand(3, 4),)
traced = torch.jit.trace(fill_row_zero, example_inputs)
print(traced(torch.zeros(2, 3)).shape)
