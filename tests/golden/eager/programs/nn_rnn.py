import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(3, 4, num_layers=2, bidirectional=True)
print(lstm)
print([(n, list(p.shape)) for n, p in lstm.named_parameters()])
print(lstm.weight_hh_l1_reverse)
x = torch.randn(5, 2, 3)
with torch.no_grad():
    out, (h, c) = lstm(x)
    print(out.shape, h.shape, c.shape)
    print(out[-1], h, c)
gru = nn.GRU(3, 5, batch_first=True, bias=False)
print(gru, [n for n, _ in gru.named_parameters()])
with torch.no_grad():
    o, hn = gru(torch.randn(2, 4, 3), torch.randn(1, 2, 5))
    print(o, hn)
    o1, h1 = gru(torch.randn(4, 3))
    print(o1.shape, h1)
rnn = nn.RNN(2, 3, nonlinearity='relu', num_layers=2)
print(rnn)
with torch.no_grad():
    print(rnn(torch.randn(3, 1, 2)))
cell = nn.LSTMCell(3, 2)
print(cell, [n for n, _ in cell.named_parameters()])
with torch.no_grad():
    print(cell(torch.randn(4, 3)))
    print(cell(torch.randn(3), (torch.randn(2), torch.randn(2))))
g = nn.GRUCell(3, 2, bias=False)
r = nn.RNNCell(3, 2, nonlinearity='relu')
with torch.no_grad():
    print(g, g(torch.randn(2, 3), torch.randn(2, 2)))
    print(r, r(torch.randn(2, 3)))
lstm1 = nn.LSTM(3, 4, batch_first=True, dropout=0.5, num_layers=2)
with torch.no_grad():
    print(lstm1, lstm1(torch.randn(2, 3, 3))[0])
    lstm1.eval()
    print(lstm1(torch.randn(2, 3, 3))[1][0])
sd = lstm.state_dict()
print(list(sd.keys())[:4], len(sd))
try:
    lstm(torch.randn(5, 2, 4))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lstm(x, (torch.zeros(4, 3, 4), torch.zeros(4, 3, 4)))
except RuntimeError as e:
    print("RuntimeError:", e)
