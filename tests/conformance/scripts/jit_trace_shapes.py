import torch


def loop_sum(x):
    out = torch.zeros(x.size(1))
    for i in range(x.size(0)):
        out = out + x[i]
    return out


x = torch.ones(3, 2)
traced = torch.jit.trace(loop_sum, x)
print(traced(torch.ones(3, 2)))
print(traced(torch.ones(5, 2)))
print(loop_sum(torch.ones(5, 2)))
print(traced.code)


def flat(x):
    return x.reshape(x.shape[0], -1)


tf = torch.jit.trace(flat, torch.ones(2, 3, 4))
print(tf(torch.ones(5, 2, 2)).shape)
print(tf.code)
