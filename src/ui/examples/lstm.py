# An LSTM written in the language: a cell with explicit gates, run over time in a loop.
from typing import List, Tuple
import torch
import torch.nn as nn


class LSTMCell(nn.Module):
    def __init__(self, input_size: int, hidden_size: int):
        super().__init__()
        self.ih = nn.Linear(input_size, 4 * hidden_size)
        self.hh = nn.Linear(hidden_size, 4 * hidden_size)

    def forward(self, x, state: Tuple[torch.Tensor, torch.Tensor]) -> Tuple[torch.Tensor, torch.Tensor]:
        h, c = state
        gates = self.ih(x) + self.hh(h)
        i, f, g, o = gates.chunk(4, 1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        return h, c


class LSTM(nn.Module):
    def __init__(self, input_size: int, hidden_size: int):
        super().__init__()
        self.hidden_size = hidden_size
        self.cell = LSTMCell(input_size, hidden_size)

    def forward(self, xs):
        h = torch.zeros(xs.size(1), self.hidden_size)
        c = torch.zeros(xs.size(1), self.hidden_size)
        outputs: List[torch.Tensor] = []
        for t in range(xs.size(0)):
            h, c = self.cell(xs[t], (h, c))
            outputs.append(h)
        return torch.stack(outputs), (h, c)


example_inputs = (torch.rand(6, 2, 3),)
lstm = torch.jit.script(LSTM(3, 5))
out, (h, c) = lstm(*example_inputs)
print(out.shape, h.shape)
