import torch


class M(torch.nn.Module):
    def forward(self, x):
        return self.missing(x)


M()(torch.rand(2))
