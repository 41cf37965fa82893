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

# ---- session 2: more of the shared kinds

case('t_warn_tolist', 'tensor.tolist() is a Python list of constants (TracerWarning); torch.tensor of it too', '''
def scale_by_list(x):
    vals = x.tolist()
    return x * len(vals) + torch.tensor(vals)
''', 'scale_by_list', [r(3)], [[r(3)], [r(4)]])

case('t_warn_int_index', 'int(tensor) picks a row once: the index is a constant (TracerWarning)', '''
def pick_max_row(x):
    k = int(x.sum(1).argmax())
    return x[k] * 2
''', 'pick_max_row', [torch.tensor([[0.1, 0.2], [0.9, 0.8], [0.3, 0.3]])], [[torch.tensor([[5.0, 5.0], [0.1, 0.1], [0.2, 0.2]])]])

case('t_warn_bool_function', 'a function branching on a tensor comparison: frozen with a TracerWarning', '''
def clip_big(x):
    if x.max() > 1:
        return x.clamp(max=1.0)
    return x + 1
''', 'clip_big', [r(3) + 1], [[r(3)], [r(2, 2) + 2]])

case('t_frozen_flag_attr', 'a Python bool attribute picks a branch at trace time, no warning', '''
class Act(nn.Module):
    def __init__(self):
        super().__init__()
        self.use_tanh = True
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        y = self.fc(x)
        if self.use_tanh:
            return torch.tanh(y)
        return torch.relu(y)
''', 'Act', [n(2, 3)], [[n(2, 3)], [n(5, 3)]])

case('t_while_unrolled', 'a while loop on a Python counter is unrolled', '''
def triple_double(x):
    i = 0
    while i < 3:
        x = x * 2 + i
        i += 1
    return x
''', 'triple_double', [r(2)], [[r(2)], [r(3, 2)]])

case('t_loop_python_list', 'a loop over a Python list of floats: each weight is a constant', '''
def weighted(x):
    out = torch.zeros_like(x)
    for w in [0.5, 1.5, 2.0]:
        out = out + x * w
    return out
''', 'weighted', [r(2, 2)], [[r(3)]])

case('t_size_arith', 'x.size(0) * x.size(1) is traced arithmetic on sizes: the reshape follows the input', '''
def flat_all(x):
    n = x.size(0) * x.size(1)
    return x.reshape(n) + 1
''', 'flat_all', [r(2, 3)], [[r(2, 3)], [r(4, 5)]])

case('t_shape_tuple_const', 'a shape unpacked and passed to new_zeros stays traced', '''
def pad_rows(x):
    b, c = x.shape
    z = x.new_zeros(b, 1)
    return torch.cat([x, z], dim=1)
''', 'pad_rows', [r(2, 3)], [[r(2, 3)], [r(4, 1)]])

case('t_nested_tuple_out', 'a nested tuple of outputs', '''
def parts(x, y):
    return (x + y, (x * y, x - y)), y.sum()
''', 'parts', [r(2), r(2)], [[r(2), r(2)], [r(3), r(3)]])

case('t_list_input', 'a list of tensors as input is unpacked into the graph', '''
def total(xs: List[torch.Tensor]):
    return xs[0] * 2 + xs[1]
''', 'total', [[r(2), r(2)]], [[[r(2), r(2)]], [[r(3), r(1)]]])

case('t_tuple_input_module', 'a module taking a tuple (h, c) of tensors', '''
class Mix(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)

    def forward(self, x, state: Tuple[torch.Tensor, torch.Tensor]):
        h, c = state
        return self.fc(x) + h * c
''', 'Mix', [r(3, 2), (r(3, 2), r(3, 2))], [[r(3, 2), (r(3, 2), r(3, 2))], [r(1, 2), (r(1, 2), r(1, 2))]])

case('t_modulelist_loop', 'a ModuleList iterated in forward: one CallMethod per layer', '''
class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x
''', 'Stack', [n(2, 4)], [[n(2, 4)], [n(5, 4)]])

case('t_nested_custom_modules', 'custom modules two levels deep with their own parameters', '''
class Inner(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(3) * 2)

    def forward(self, x):
        return x * self.scale

class Middle(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = Inner()
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        return self.fc(self.inner(x)) - x

class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = Middle()
        self.b = Middle()

    def forward(self, x):
        return self.b(self.a(x)).sum(1)
''', 'Outer', [n(2, 3)], [[n(2, 3)], [n(4, 3)]])

case('t_conv_bn_relu_seq', 'Conv2d, BatchNorm2d (eval) and ReLU in a Sequential, then adaptive pooling', '''
class ConvNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(2, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU())
        self.pool = nn.AdaptiveAvgPool2d(1)

    def forward(self, x):
        return torch.flatten(self.pool(self.features(x)), 1)
''', 'ConvNet', [n(1, 2, 5, 5)], [[n(1, 2, 5, 5)], [n(3, 2, 7, 6)]])

case('t_gru_last_step', 'nn.GRU (batch_first) and the last time step', '''
class Enc(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 4, batch_first=True)

    def forward(self, x):
        out, h = self.gru(x)
        return out[:, -1], h
''', 'Enc', [n(2, 5, 3)], [[n(2, 5, 3)], [n(1, 2, 3)]])

case('t_embedding_linear', 'embedding of token ids, sum over time, then a linear head', '''
class Classify(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(8, 4)
        self.head = nn.Linear(4, 2)

    def forward(self, ids):
        return self.head(self.emb(ids).sum(1))
''', 'Classify', [torch.tensor([[1, 2, 3]])], [[torch.tensor([[0, 7, 7, 1]])], [torch.tensor([[2], [3]])]])

case('t_layernorm_gelu', 'LayerNorm then GELU then dropout in eval', '''
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm(4)
        self.drop = nn.Dropout(0.1)

    def forward(self, x):
        return self.drop(F.gelu(self.norm(x)))
''', 'Block', [n(2, 4)], [[n(2, 4)], [n(3, 2, 4)]])

case('t_script_calls_traced', 'a traced entry calls a scripted function that calls a traced function', '''
def _double(x):
    return x * 2

double = torch.jit.trace(_double, (torch.rand(3),))

@torch.jit.script
def double_then_clip(x):
    y = double(x)
    if bool(y.sum() > 4.0):
        y = y.clamp(max=1.0)
    return y

def entry(x):
    return double_then_clip(x) + 1
''', 'entry', [r(3)], [[r(3)], [r(3) + 2]])

case('t_traced_submodule', 'a submodule traced on its own before the outer trace', '''
class Sub(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        return torch.sigmoid(self.fc(x))

class Wrap(nn.Module):
    def __init__(self):
        super().__init__()
        self.sub = torch.jit.trace(Sub(), (torch.rand(2, 3),))

    def forward(self, x):
        return self.sub(x) * x
''', 'Wrap', [r(2, 3)], [[r(2, 3)], [r(4, 3)]])

case('t_scripted_submodule_loop', 'a scripted submodule keeps its loop; the outer module is traced', '''
class Repeat(nn.Module):
    def forward(self, x, n: int):
        for _ in range(n):
            x = torch.tanh(x)
        return x

class Outer2(nn.Module):
    def __init__(self):
        super().__init__()
        self.rep = torch.jit.script(Repeat())

    def forward(self, x):
        return self.rep(x, 3) + 1
''', 'Outer2', [r(2)], [[r(2)], [r(4)]])

case('t_fill_row_zero', 'in-place writes on an input row (fill_) and on a clone (index_put_ through a view)', '''
def fill_rows(x):
    x[0].fill_(0)
    y = x.clone()
    y[1, :] = -1
    return x + y
''', 'fill_rows', [r(3, 2)], [[r(3, 2)], [r(2, 4)]])

case('t_inplace_chain', 'in-place activations on an intermediate', '''
def act(x):
    y = x * 3 - 1
    y.clamp_(min=0)
    y.mul_(0.5)
    torch.relu_(y)
    return y
''', 'act', [n(4)], [[n(4)], [n(2, 3)]])

case('t_int_arg_error', 'an int example input cannot be traced', '''
def scale(x, k: int):
    return x * k
''', 'scale', [r(2), 3], [])

case('t_float_arg_error', 'a float example input cannot be traced', '''
def shift(x, s: float):
    return x + s
''', 'shift', [r(2), 0.5], [])

case('t_dict_output_error', 'a dict output needs strict=False', '''
def named(x):
    return {'double': x * 2, 'half': x / 2}
''', 'named', [r(2)], [])

case('t_list_output', 'a list output is allowed in strict mode (only dicts need strict=False)', '''
def both(x):
    return [x + 1, x - 1]
''', 'both', [r(2)], [[r(2)], [r(3, 2)]])

case('t_nonstrict_dict_inner', 'a function traced with strict=False returns a dict; the outer trace reads it', '''
def _stats(x):
    return {'mean': x.mean(0), 'max': x.max(0)[0]}

stats = torch.jit.trace(_stats, (torch.rand(3, 2),), strict=False)

def spread(x):
    d = stats(x)
    return d['max'] - d['mean']
''', 'spread', [r(3, 2)], [[r(3, 2)], [r(5, 2)]])

case('t_check_inputs_inner', 'an inner function traced with check_inputs of another shape', '''
def _rowsum(x):
    return x.sum(1, keepdim=True) / x.size(1)

rowmean = torch.jit.trace(_rowsum, (torch.rand(2, 3),), check_inputs=[(torch.rand(4, 5),)])

def centred(x):
    return x - rowmean(x)
''', 'centred', [r(2, 3)], [[r(2, 3)], [r(3, 6)]])

case('t_trace_module_method', 'trace_module of a method other than forward', '''
class Codec(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(4, 2)

    def forward(self, x):
        return self.enc(x)

    def encode(self, x):
        return torch.tanh(self.enc(x)) * 2
''', 'Codec', [n(3, 4)], [[n(3, 4)], [n(1, 4)]], method='encode')

case('t_several_inputs_broadcast', 'three inputs with broadcasting and a where', '''
def blend(a, b, mask):
    return torch.where(mask > 0.5, a, b) * (a - b).abs()
''', 'blend', [r(2, 3), r(3), r(2, 3)], [[r(2, 3), r(3), r(2, 3)], [r(4, 1), r(5), r(4, 5)]])

case('t_unbind_rows', 'unbind unrolls into the traced number of rows', '''
def alt_sum(x):
    total = x[0] * 0
    for i, row in enumerate(x.unbind(0)):
        total = total + row * (-1) ** i
    return total
''', 'alt_sum', [r(3, 2)], [[r(3, 2)], [r(4, 2)]])

case('t_split_cat', 'split into fixed sizes and cat in reverse', '''
def reverse_blocks(x):
    parts = x.split(2, dim=1)
    return torch.cat(parts[::-1], dim=1)
''', 'reverse_blocks', [r(2, 6)], [[r(2, 6)], [r(1, 4)]])

case('t_dict_input', 'a dict of tensors as input: each entry is read with __getitem__', '''
def combine(d: Dict[str, torch.Tensor]):
    return d['a'] * 2 + d['b']
''', 'combine', [{'a': r(2), 'b': r(2)}], [[{'a': r(2), 'b': r(2)}], [{'a': r(3), 'b': r(1)}]])

case('t_lstm_state_in', 'nn.LSTM with an initial (h0, c0) passed in', '''
class Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 2)

    def forward(self, x, h0, c0):
        out, (h, c) = self.lstm(x, (h0, c0))
        return out.sum(0), h + c
''', 'Seq', [n(4, 1, 3), n(1, 1, 2), n(1, 1, 2)], [[n(4, 1, 3), n(1, 1, 2), n(1, 1, 2)], [n(2, 3, 3), n(1, 3, 2), n(1, 3, 2)]])

case('t_conv1d_pool', 'Conv1d, MaxPool1d and a flatten', '''
class Net1d(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(2, 3, 3, padding=1)
        self.pool = nn.MaxPool1d(2)

    def forward(self, x):
        return torch.flatten(self.pool(F.relu(self.conv(x))), 1)
''', 'Net1d', [n(2, 2, 6)], [[n(2, 2, 6)], [n(1, 2, 8)]])

case('t_buffer_and_scalar_attr', 'a registered buffer and a float attribute used in forward', '''
class Norm(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer('mean', torch.tensor([0.5, 1.0, 1.5]))
        self.temperature = 2.0

    def forward(self, x):
        return F.softmax((x - self.mean) / self.temperature, dim=-1)
''', 'Norm', [n(2, 3)], [[n(2, 3)], [n(4, 3)]])

case('t_warn_float_branch', 'float() of a tensor decides a branch: frozen with a TracerWarning', '''
def soft_clip(x):
    if float(x.abs().max()) > 2.0:
        return x / x.abs().max()
    return x
''', 'soft_clip', [n(3) * 5], [[n(3)], [n(2, 2) * 5]])

case('t_dim_numel', 'dim() and numel() are Python ints: baked in', '''
def spread_out(x):
    d = x.dim()
    k = x.numel()
    return x.reshape(-1) * d + k
''', 'spread_out', [r(2, 3)], [[r(2, 3)], [r(4)]])

case('t_shape_last_dim', 'x.shape[-1] is traced like size(-1)', '''
def scale_last(x):
    return x / math.sqrt(x.shape[-1])
''', 'scale_last', [r(2, 4)], [[r(2, 4)], [r(3, 9)]])

case('t_topk_tuple', 'topk returns values and indices', '''
def best(x):
    v, i = torch.topk(x, 2, dim=1)
    return v.sum(1), i
''', 'best', [n(3, 5)], [[n(3, 5)], [n(1, 4)]])

case('t_traced_fn_in_module', 'a module calling a function traced at module level', '''
def _mix(a, b):
    return a * 0.5 + b * 0.5

mix = torch.jit.trace(_mix, (torch.rand(2, 3), torch.rand(2, 3)))

class UsesMix(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        return mix(self.fc(x), x)
''', 'UsesMix', [n(2, 3)], [[n(2, 3)], [n(5, 3)]])

case('t_nested_sequential', 'a Sequential inside a Sequential inside a module', '''
class Deep(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Sequential(nn.Linear(3, 4), nn.Tanh()), nn.Linear(4, 2))

    def forward(self, x):
        return self.body(x)
''', 'Deep', [n(2, 3)], [[n(2, 3)], [n(1, 3)]])

case('t_scripted_fn_tuple', 'a scripted function returning a tuple, called from a trace', '''
@torch.jit.script
def split_sign(x):
    return torch.relu(x), torch.relu(-x)

def recombine(x):
    p, q = split_sign(x)
    return p - q * 2
''', 'recombine', [n(4)], [[n(4)], [n(2, 2)]])

case('t_cumsum_flip', 'cumsum over a dim and a flip', '''
def rev_cumsum(x):
    return torch.flip(torch.cumsum(torch.flip(x, [1]), dim=1), [1])
''', 'rev_cumsum', [r(2, 4)], [[r(2, 4)], [r(3, 2)]])

case('t_to_dtype_detach', 'to(dtype), detach and type_as', '''
def quantise(x):
    q = (x * 10).to(torch.int64)
    return q.detach().type_as(x) / 10
''', 'quantise', [r(3)], [[r(3)], [r(2, 2)]])

case('t_gelu_tanh_layer', 'F.gelu with approximate=tanh and F.layer_norm without weights', '''
def gelu_norm(x):
    return F.layer_norm(F.gelu(x, approximate='tanh'), [x.size(-1)])
''', 'gelu_norm', [n(2, 4)], [[n(2, 4)], [n(3, 6)]])

case('t_einsum_bmm', 'einsum and bmm on batches', '''
def attn_scores(q, k):
    s = torch.einsum('bik,bjk->bij', q, k)
    return torch.bmm(F.softmax(s, dim=-1), k)
''', 'attn_scores', [n(2, 3, 4), n(2, 5, 4)], [[n(2, 3, 4), n(2, 5, 4)], [n(1, 2, 4), n(1, 2, 4)]])

case('t_named_tuple_out_module', 'a module returning max(dim) (a named tuple) unpacked and repacked', '''
class ArgMax(nn.Module):
    def forward(self, x):
        values, indices = x.max(dim=-1)
        return values * 2, indices
''', 'ArgMax', [n(2, 3)], [[n(2, 3)], [n(4, 5)]])

case('t_helper_functions', 'plain Python helpers called from the traced function are inlined into the trace', '''
def _norm(v):
    return v / (v.norm(dim=-1, keepdim=True) + 1e-6)

def _cos(a, b):
    return (_norm(a) * _norm(b)).sum(-1)

def similarity(a, b):
    return _cos(a, b).clamp(min=0)
''', 'similarity', [n(3, 4), n(3, 4)], [[n(3, 4), n(3, 4)], [n(1, 4), n(5, 4)]])

case('t_default_arg_forward', 'a forward with a default argument: only the given inputs are traced', '''
class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def forward(self, x, scale: float = 3.0):
        return self.fc(x) * scale
''', 'Scaled', [n(2, 3)], [[n(2, 3)], [n(4, 3)]])

case('t_no_grad_block', 'torch.no_grad inside forward', '''
class Frozen(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)

    def forward(self, x):
        with torch.no_grad():
            y = self.fc(x)
        return y * 2
''', 'Frozen', [n(2, 3)], [[n(2, 3)], [n(3, 3)]])

case('t_permute_contiguous', 'permute, contiguous and view with traced sizes', '''
def to_channels_last(x):
    b, c, h, w = x.shape
    return x.permute(0, 2, 3, 1).contiguous().view(b, h * w, c)
''', 'to_channels_last', [r(1, 2, 3, 4)], [[r(1, 2, 3, 4)], [r(2, 3, 2, 2)]])

case('t_interpolate_nearest', 'F.interpolate with a scale factor', '''
def upsample(x):
    return F.interpolate(x, scale_factor=2.0, mode='nearest')
''', 'upsample', [r(1, 1, 2, 2)], [[r(1, 1, 2, 2)], [r(2, 3, 3, 1)]])

case('t_cat_loop_list', 'a list built in a loop over range(3) and concatenated', '''
def powers(x):
    outs = [x]
    for _ in range(3):
        outs.append(outs[-1] * x)
    return torch.cat(outs, dim=0)
''', 'powers', [r(2)], [[r(2)], [r(3)]])

case('t_requires_grad_param_out', 'a parameter returned directly and a result that needs grad', '''
class Bias(nn.Module):
    def __init__(self):
        super().__init__()
        self.b = nn.Parameter(torch.zeros(3) + 0.5)

    def forward(self, x):
        return x + self.b, self.b * 2
''', 'Bias', [r(2, 3)], [[r(2, 3)], [r(1, 3)]])

case('t_submodule_kwargs', 'a submodule called with a keyword argument', '''
class Inner(nn.Module):
    def forward(self, x, y):
        return x * 2 - y

class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def forward(self, a, b):
        return self.inner(a, y=b) + self.inner(b, y=a)
''', 'Outer', [r(2), r(2)], [[r(2), r(2)], [r(3), r(3)]])

case('t_batchnorm2d_eval_only', 'BatchNorm2d in eval mode uses the running statistics', '''
class BN(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn = nn.BatchNorm2d(3)
        with torch.no_grad():
            self.bn.running_mean.fill_(0.5)
            self.bn.running_var.fill_(2.0)

    def forward(self, x):
        return self.bn(x)
''', 'BN', [n(2, 3, 2, 2)], [[n(2, 3, 2, 2)], [n(1, 3, 4, 4)]])

case('t_embedding_bag_sum', 'EmbeddingBag-like: embedding then sum and a mask', '''
class Pool(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(6, 3, padding_idx=0)

    def forward(self, ids):
        mask = (ids != 0).unsqueeze(-1).float()
        return (self.emb(ids) * mask).sum(1) / mask.sum(1).clamp(min=1)
''', 'Pool', [torch.tensor([[1, 2, 0], [3, 0, 0]])], [[torch.tensor([[1, 2, 0], [3, 0, 0]])], [torch.tensor([[5, 5, 5, 0]])]])

case('t_warn_item_loop', 'a loop whose count comes from .item(): unrolled with a TracerWarning', '''
def repeat_n(x, n):
    out = x
    for _ in range(int(n.item())):
        out = out + x
    return out
''', 'repeat_n', [r(2), torch.tensor(2)], [[r(2), torch.tensor(2)], [r(2), torch.tensor(4)]])

case('t_gru_cell_loop', 'a GRUCell unrolled over the time steps of the example', '''
class Unroll(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(2, 3)

    def forward(self, xs):
        h = torch.zeros(xs.size(1), 3)
        for t in range(xs.size(0)):
            h = self.cell(xs[t], h)
        return h
''', 'Unroll', [n(3, 2, 2)], [[n(3, 2, 2)], [n(5, 1, 2)]])

case('t_wrap_scripted_rnn_loop', 'the tutorial mix: a traced module holds a scripted loop over a traced cell', '''
class MyDecisionGate(torch.nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x
        else:
            return -x

class MyCell(torch.nn.Module):
    def __init__(self, dg):
        super(MyCell, self).__init__()
        self.dg = dg
        self.linear = torch.nn.Linear(4, 4)

    def forward(self, x, h):
        new_h = torch.tanh(self.dg(self.linear(x)) + h)
        return new_h, new_h

class MyRNNLoop(torch.nn.Module):
    def __init__(self):
        super(MyRNNLoop, self).__init__()
        self.cell = torch.jit.trace(MyCell(torch.jit.script(MyDecisionGate())), (torch.rand(3, 4), torch.rand(3, 4)))

    def forward(self, xs):
        h, y = torch.zeros(3, 4), torch.zeros(3, 4)
        for i in range(xs.size(0)):
            y, h = self.cell(xs[i], h)
        return y, h

class WrapRNN(torch.nn.Module):
    def __init__(self):
        super(WrapRNN, self).__init__()
        self.loop = torch.jit.script(MyRNNLoop())

    def forward(self, xs):
        y, h = self.loop(xs)
        return torch.relu(y)
''', 'WrapRNN', [n(10, 3, 4)], [[n(10, 3, 4)], [n(2, 3, 4)]])

case('t_traced_cell_scripted_gate', 'a traced cell whose submodule is scripted keeps the if of the gate', '''
class Gate(torch.nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x
        else:
            return -x

class Cell(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.dg = torch.jit.script(Gate())
        self.linear = torch.nn.Linear(4, 4)

    def forward(self, x, h):
        new_h = torch.tanh(self.dg(self.linear(x)) + h)
        return new_h, new_h
''', 'Cell', [n(3, 4), n(3, 4)], [[n(3, 4), n(3, 4)], [-n(2, 4).abs() * 10, n(2, 4)]])

case('t_identity_out', 'returning an input unchanged', '''
def ident(x, y):
    return x, y * 1
''', 'ident', [r(2), r(2)], [[r(2), r(2)], [r(3), r(1)]])

case('t_const_output', 'an output that does not depend on the inputs is recorded like any factory call', '''
def make_const(x):
    return torch.zeros(3)
''', 'make_const', [r(2)], [[r(2)], [r(5)]])

case('t_int_output_error', 'an int in the output tuple cannot be traced', '''
def with_count(x):
    return x * 2, 3
''', 'with_count', [r(2)], [])

case('t_modules_dict', 'an nn.ModuleDict of heads, each called by key', '''
class Heads(nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = nn.ModuleDict({'a': nn.Linear(3, 2), 'b': nn.Linear(3, 1)})

    def forward(self, x):
        return torch.cat([self.heads['a'](x), self.heads['b'](x)], dim=1)
''', 'Heads', [n(2, 3)], [[n(2, 3)], [n(4, 3)]])

case('t_shape_eq_branch', 'a branch on x.shape[0] == 2 is frozen without a warning', '''
def pairwise(x):
    if x.shape[0] == 2:
        return x[0] - x[1]
    return x.sum(0)
''', 'pairwise', [r(2, 3)], [[r(2, 3)], [r(4, 3)]])

case('t_half_split_floordiv', 'floor division of a traced size picks the first half', '''
def first_half(x):
    h = x.size(0) // 2
    return x[:h] * 2
''', 'first_half', [r(4, 2)], [[r(4, 2)], [r(6, 2)], [r(3, 2)]])

case('t_none_ellipsis_index', 'None and Ellipsis in indexing', '''
def outer_diff(x):
    return x[:, None] - x[None, :] + x[..., 0:1]
''', 'outer_diff', [r(3, 2)], [[r(3, 2)], [r(2, 4)]])

case('t_pad_stack_list', 'F.pad and torch.stack of a list input', '''
def pad_stack(xs: List[torch.Tensor]):
    return torch.stack([F.pad(t, (1, 1)) for t in xs], 0)
''', 'pad_stack', [[r(2), r(2), r(2)]], [[[r(2), r(2), r(2)]], [[r(3), r(3)]]])

case('t_view_size_mul', 'view with a product of traced sizes', '''
def merge_last(x):
    return x.view(x.size(0), x.size(1) * x.size(2)).relu()
''', 'merge_last', [n(2, 3, 4)], [[n(2, 3, 4)], [n(1, 2, 5)]])

case('t_module_dict_output_error', 'a module returning a dict in strict mode', '''
class Named(nn.Module):
    def forward(self, x):
        return {'y': x * 2}
''', 'Named', [r(2)], [])

case('t_sizes_in_factories', 'traced sizes passed to ones, full and arange', '''
def grid(x):
    n = x.size(0)
    a = torch.ones(n, 2)
    b = x.new_full((n, 2), 0.5)
    c = torch.arange(n).unsqueeze(1).float()
    return a + b + c + x
''', 'grid', [r(3, 2)], [[r(3, 2)], [r(5, 2)]])

case('t_view_as_shape', 'x.view(y.shape) and expand_as follow the other input', '''
def like_other(x, y):
    return x.view(y.shape) + y.expand_as(y) * 0.5
''', 'like_other', [r(6), r(2, 3)], [[r(6), r(2, 3)], [r(12), r(3, 4)]])

case('t_size_tuple_reshape', 'x.size() as a whole passed to reshape of another tensor', '''
def match(x, y):
    return y.reshape(x.size()) * x
''', 'match', [r(2, 3), r(6)], [[r(2, 3), r(6)], [r(3, 2), r(6)]])

case('t_len_warn_list', 'list(x) iterates and takes len: both warn; the rows are unrolled', '''
def rows_stack(x):
    return torch.stack(list(x)[::-1])
''', 'rows_stack', [r(3, 2)], [[r(3, 2)], [r(4, 2)]])

case('t_training_flag_branch', 'if self.training picks the eval branch at trace time', '''
class Noisy(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        y = self.fc(x)
        if self.training:
            y = y + torch.randn_like(y)
        return y * 2
''', 'Noisy', [n(2, 3)], [[n(2, 3)], [n(4, 3)]])

case('t_enumerate_layers', 'enumerate over a ModuleList: the index scales each layer', '''
class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 2)])

    def forward(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x) * (i + 1)
        return x
''', 'Scaled', [n(3, 2)], [[n(3, 2)], [n(1, 2)]])

case('t_tensor_of_size', 'torch.tensor of a traced size is a constant (TracerWarning)', '''
def per_row(x):
    n = torch.tensor(x.size(0))
    return x.sum(0) / n
''', 'per_row', [r(4, 2)], [[r(4, 2)], [r(2, 2)]])

case('t_zip_two_lists', 'zip over two ModuleLists', '''
class Pairs(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.ModuleList([nn.Linear(2, 2) for _ in range(2)])
        self.b = nn.ModuleList([nn.Linear(2, 2) for _ in range(2)])

    def forward(self, x):
        for f, g in zip(self.a, self.b):
            x = f(x) + g(x)
        return x
''', 'Pairs', [n(2, 2)], [[n(2, 2)], [n(3, 2)]])

case('t_inplace_on_view_of_input', 'in-place add on a slice of an input shows through the input', '''
def bump_first(x):
    x[:, 0] += 1
    return x * 1
''', 'bump_first', [r(2, 3)], [[r(2, 3)], [r(4, 2)]])
