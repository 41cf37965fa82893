# The loop from the TorchScript docs: scripting keeps the loop and the branch.
import torch


def foo(len: int) -> torch.Tensor:
    rv = torch.zeros(3, 4)
    for i in range(len):
        if i < 10:
            rv = rv - 1.0
        else:
            rv = rv + 1.0
    return rv


example_inputs = (12,)
scripted_foo = torch.jit.script(foo)
print(scripted_foo(12))
