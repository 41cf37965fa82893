import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(8, 2)
print(mha)
print([(n, list(p.shape)) for n, p in mha.named_parameters()])
with torch.no_grad():
    print(mha.in_proj_weight[:3], mha.out_proj.weight[0])
q = torch.randn(3, 2, 8) * 2
with torch.no_grad():
    out, w = mha(q, q, q)
    print(out, w)
    k = torch.randn(4, 2, 8)
    mask = torch.tensor([[False, False, True, False], [False, True, False, False]])
    out, w = mha(q, k, k, key_padding_mask=mask)
    print(out, w)
    am = torch.triu(torch.ones(3, 3), diagonal=1).bool()
    out, w = mha(q, q, q, attn_mask=am, average_attn_weights=False)
    print(out[0], w.shape, w[0, 1])
    out, w = mha(q, q, q, need_weights=False)
    print(w)
    print(mha(q[:, 0], q[:, 0], q[:, 0])[1])
mb = nn.MultiheadAttention(4, 1, batch_first=True, kdim=3, vdim=5, bias=False)
print(mb, [n for n, _ in mb.named_parameters()])
with torch.no_grad():
    print(mb(torch.randn(2, 3, 4), torch.randn(2, 2, 3), torch.randn(2, 2, 5)))
enc = nn.TransformerEncoderLayer(8, 2, dim_feedforward=16)
print(enc)
print([n for n, _ in enc.named_parameters()])
enc.eval()
src = torch.randn(5, 2, 8)
with torch.no_grad():
    print(enc(src))
    print(enc(src, src_mask=torch.triu(torch.full((5, 5), float('-inf')), diagonal=1))[0])
enc2 = nn.TransformerEncoderLayer(8, 4, dim_feedforward=12, dropout=0.0, activation="gelu", batch_first=True, norm_first=True)
enc2.eval()
with torch.no_grad():
    print(enc2(torch.randn(2, 3, 8), src_key_padding_mask=torch.tensor([[False, False, True], [False, False, False]])))
enc3 = nn.TransformerEncoderLayer(4, 1, dim_feedforward=6, activation=nn.GELU())
print(enc3, enc3.activation_relu_or_gelu)
