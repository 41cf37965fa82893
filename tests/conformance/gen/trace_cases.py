# Case definitions for gen_trace.py (executed inside it: `case`, `r`, `n` come from there).

case('t_view_batch', 'x.size(0) stays dynamic: the view follows the batch', '''
def flatten_batch(x):
    return x.view(x.size(0), -1)
''', 'flatten_batch', [r(2, 3, 4)], [[r(2, 3, 4)], [r(5, 2, 2)]])

case('t_mean_by_shape', 'x.shape[0] recorded as aten::size + NumToTensor', '''
def mean_rows(x):
    n = x.shape[0]
    return x.sum(0) / n
''', 'mean_rows', [r(4, 3)], [[r(4, 3)], [r(7, 3)]])

case('t_branch_on_shape', 'a Python if on a size is frozen: no warning, wrong on other shapes', '''
def by_rows(x):
    if x.size(0) > 2:
        return x * 2
    return x - 1
''', 'by_rows', [r(3, 2)], [[r(4, 2)], [r(1, 2)]])

case('t_item_frozen', '.item() bakes the value in as a constant (TracerWarning)', '''
def normalise(x):
    s = x.sum().item()
    return x / s
''', 'normalise', [r(3)], [[r(3)], [torch.ones(4)]])

case('t_float_of_tensor', 'float(tensor) is frozen with a TracerWarning', '''
def centre(x):
    m = float(x.mean())
    return x - m
''', 'centre', [r(2, 2)], [[r(2, 2) + 3]])

case('t_inplace_input', 'in-place update of an input, then use', '''
def bump(x, y):
    x.add_(y)
    return x * 2
''', 'bump', [r(3), r(3)], [[r(3), r(3)], [r(2, 3), r(3)]])

case('t_slice_assign', 'slice assignment on a clone records copy_/fill_ on a view', '''
def zero_first_col(x):
    y = x.clone()
    y[:, 0] = 0
    return y
''', 'zero_first_col', [r(3, 3)], [[r(4, 2)]])

case('t_max_dim_tuple', 'a named tuple output becomes a tuple of values and indices', '''
def row_max(x):
    return x.max(dim=1)
''', 'row_max', [n(3, 4)], [[n(3, 4)], [n(2, 6)]])

case('t_tuple_in_out', 'several inputs and a tuple of outputs', '''
def sum_diff(x, y):
    s = x + y
    return s, x - y, s * s
''', 'sum_diff', [r(2, 2), r(2, 2)], [[r(2, 2), r(2, 2)], [r(3, 1), r(1, 3)]])

case('t_sequential_mlp', 'nn.Sequential inside a module keeps its structure as CallMethod', '''
class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.seq = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))

    def forward(self, x):
        return self.seq(x)
''', 'MLP', [n(3, 4)], [[n(3, 4)], [n(1, 4)], [n(2, 5)]])

case('t_submodule_twice', 'the same submodule called twice', '''
class Twice(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        return self.fc(torch.relu(self.fc(x)))
''', 'Twice', [n(2, 3)], [[n(2, 3)], [n(4, 3)]])

case('t_conv_view_fixed', 'a hard-coded view size: other batch sizes work, other spatial sizes raise', '''
class SmallConv(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3, padding=1)
        self.fc = nn.Linear(2 * 4 * 4, 3)

    def forward(self, x):
        x = F.max_pool2d(torch.relu(self.conv(x)), 2)
        x = x.view(-1, 2 * 4 * 4)
        return self.fc(x)
''', 'SmallConv', [n(2, 1, 8, 8)], [[n(2, 1, 8, 8)], [n(3, 1, 8, 8)], [n(1, 1, 6, 6)]])

case('t_row_loop_unrolled', 'a loop over x.size(0) is unrolled: a bigger batch keeps only the traced rows', '''
class RowSum(nn.Module):
    def forward(self, x):
        rows = []
        for i in range(x.size(0)):
            rows.append(x[i].sum())
        return torch.stack(rows)
''', 'RowSum', [r(2, 3)], [[r(2, 3)], [r(4, 3)]])

case('t_column_stack', 'Python range(3) unrolled: extra columns are dropped', '''
def first_cols(x):
    outs = []
    for i in range(3):
        outs.append(x[:, i] * (i + 1))
    return torch.stack(outs, 1)
''', 'first_cols', [r(2, 3)], [[r(2, 5)], [r(2, 2)]])

case('t_calls_script_loop', 'a scripted function keeps its loop inside the trace', '''
@torch.jit.script
def repeat_add(x, n: int):
    for _ in range(n):
        x = x + 1
    return x

def outer(x):
    return repeat_add(x, x.size(0)) * 2
''', 'outer', [r(3)], [[r(3)], [r(5)]])

case('t_arange_size', 'torch.arange over a traced size', '''
def positions(x):
    return x + torch.arange(x.size(1))
''', 'positions', [r(2, 3)], [[r(2, 3)], [r(1, 5)]])

case('t_zeros_shape', 'torch.zeros(x.shape) follows the input shape', '''
def zeros_plus(x):
    z = torch.zeros(x.shape)
    return z + x * 3
''', 'zeros_plus', [r(2, 2)], [[r(3, 4)]])

case('t_dropout_eval', 'dropout and batch norm in eval mode', '''
class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)
        self.bn = nn.BatchNorm1d(4)
        self.drop = nn.Dropout(0.5)

    def forward(self, x):
        return self.drop(self.bn(self.fc(x)))
''', 'Head', [n(3, 4)], [[n(3, 4)], [n(6, 4)]])

case('t_embedding_mean', 'embedding lookup of int64 indices then a mean', '''
class Bag(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 3)

    def forward(self, idx):
        return self.emb(idx).mean(dim=1)
''', 'Bag', [torch.tensor([[1, 2, 3], [4, 5, 6]])], [[torch.tensor([[0, 9], [3, 3]])], [torch.tensor([[12]])]])

case('t_masked_fill_softmax', 'masked_fill then softmax over the last dim', '''
def masked_softmax(x):
    return F.softmax(x.masked_fill(x < 0, -1e9), dim=-1)
''', 'masked_softmax', [n(2, 4)], [[n(2, 4)], [n(3, 2)]])

case('t_bool_mask_index', 'x[x > 0] has a data-dependent size and stays correct', '''
def positives(x):
    return x[x > 0] * 10
''', 'positives', [n(5)], [[n(6)], [n(2, 3)]])

case('t_chunk_cat', 'chunk and cat swap the halves', '''
def swap_halves(x):
    a, b = x.chunk(2, dim=1)
    return torch.cat([b, a], dim=1)
''', 'swap_halves', [r(2, 4)], [[r(2, 4)], [r(1, 6)]])

case('t_const_weight_mismatch', 'a constant made inside the trace; other widths raise in matmul', '''
def project(x):
    w = torch.ones(4, 2)
    return x @ w
''', 'project', [r(3, 4)], [[r(5, 4)], [r(3, 5)]])

case('t_gate_mean_branch', 'a data-dependent branch frozen with a TracerWarning', '''
class Gate(nn.Module):
    def forward(self, x):
        if x.mean() > 0:
            return torch.relu(x)
        return x * 0.5
''', 'Gate', [torch.ones(2, 2)], [[-torch.ones(2, 2)], [n(3)]])

case('t_iterate_tensor', 'iterating over a tensor unrolls over the traced rows (TracerWarning)', '''
def sum_rows(x):
    total = torch.zeros(x.size(1))
    for row in x:
        total = total + row
    return total
''', 'sum_rows', [r(3, 2)], [[r(3, 2)], [r(5, 2)]])

case('t_int_input', 'an int64 input converted to float', '''
def mean_of_ints(x):
    return x.float().mean(dim=0) + x.sum()
''', 'mean_of_ints', [torch.tensor([[1, 2], [3, 4]])], [[torch.tensor([[5, 6], [7, 8], [9, 10]])]])

case('t_expand_add', 'expand a bias to the input shape', '''
def add_bias(x, b):
    return x + b.unsqueeze(0).expand(x.size(0), -1)
''', 'add_bias', [r(3, 2), r(2)], [[r(4, 2), r(2)], [r(2, 3), r(2)]])

case('t_residual_block', 'a residual block with a shortcut module and in-place relu', '''
class Res(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(2, 2, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(2)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        out = self.relu(self.bn(self.conv(x)))
        out += x
        return self.relu(out)
''', 'Res', [n(1, 2, 4, 4)], [[n(1, 2, 4, 4)], [n(2, 2, 3, 5)]])

case('t_len_loop', 'len(x) is frozen into range: other lengths keep the traced count', '''
def prefix_sums(x):
    out = []
    acc = torch.zeros(())
    for i in range(len(x)):
        acc = acc + x[i]
        out.append(acc)
    return torch.stack(out)
''', 'prefix_sums', [r(3)], [[r(3)], [r(5)]])

case('t_lstm', 'nn.LSTM: traced sizes compare as ints in check_forward_args; the zero states follow the batch', '''
class Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return out, h
''', 'Seq', [n(2, 3, 4)], [[n(2, 3, 4)], [n(1, 5, 4)]])

case('t_transformer_layer', 'nn.TransformerEncoderLayer: key.shape == value.shape on traced sizes, math.sqrt of a size, MultiheadAttention returns (out, None)', '''
class Enc(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0)

    def forward(self, x):
        return self.layer(x)
''', 'Enc', [n(3, 2, 8)], [[n(3, 2, 8)], [n(5, 1, 8)]])
