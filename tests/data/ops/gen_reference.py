"""Generates reference.json: operator calls and what PyTorch 1.13 returned (or raised).

Run: /usr/bin/python3 tests/data/ops/gen_reference.py  (rewrites tests/data/ops/reference.json)
"""
import json
import math
import os
import torch

torch.manual_seed(0)
A = torch.ops.aten


def enc(v):
    if isinstance(v, torch.Tensor):
        data = v.detach().reshape(-1).tolist()
        fix = lambda x: None if isinstance(x, float) and math.isnan(x) else ("inf" if x == math.inf else "-inf" if x == -math.inf else x)
        return {"tensor": {"dtype": str(v.dtype).replace("torch.", ""), "shape": list(v.shape), "data": [fix(x) for x in data]}}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": v}
    if isinstance(v, float):
        return {"float": v if math.isfinite(v) else str(v)}
    if isinstance(v, str):
        return {"str": v}
    if v is None:
        return None
    if isinstance(v, list):
        return {"list": [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, torch.dtype):
        return {"int": {torch.uint8: 0, torch.int8: 1, torch.int16: 2, torch.int32: 3, torch.int64: 4, torch.float16: 5, torch.float32: 6, torch.float64: 7, torch.bool: 11}[v]}
    raise TypeError(type(v))


cases = []


def case(name, op, *args, fn=None, **kwargs):
    entry = {"name": name, "op": "aten::" + op, "args": [enc(a) for a in args], "kwargs": {k: enc(v) for k, v in kwargs.items()}}
    try:
        out = (fn or getattr(A, op))(*args, **kwargs)
        entry["output"] = enc(out)
    except Exception as e:  # noqa: BLE001
        entry["raises"] = {"kind": type(e).__name__, "message": str(e).split("\n")[0]}
    cases.append(entry)


r = lambda *s: torch.rand(*s)
rn = lambda *s: torch.randn(*s)
i64 = lambda *v: torch.tensor(v, dtype=torch.int64)

# Type promotion.
x = rn(2, 3)
ints = torch.tensor([[3, -7, 4], [5, 0, -2]])
case("promo_int_plus_float_scalar", "add", ints, 1.5)
case("promo_int_plus_int_scalar", "add", ints, 2)
case("promo_int_plus_0d_double", "add", ints, torch.tensor(2.5, dtype=torch.float64))
case("promo_float_plus_0d_double", "add", x, torch.tensor(2.5, dtype=torch.float64))
case("promo_int32_plus_int64", "add", ints.int(), i64(1, 2, 3))
case("promo_uint8_plus_int8", "add", torch.tensor([200, 3], dtype=torch.uint8), torch.tensor([-1, 2], dtype=torch.int8))
case("promo_bool_plus_bool", "add", torch.tensor([True, False]), torch.tensor([True, True]))
case("promo_bool_plus_int", "add", torch.tensor([True, False]), 3)
case("promo_bool_mul_float", "mul", torch.tensor([True, False]), 2.5)
case("promo_int_div_int", "div", ints, i64(2, 2, 3))
case("promo_int_div_scalar", "div", ints, 2)
case("div_floor_mode", "div", ints, i64(2, 2, 3), rounding_mode="floor")
case("div_trunc_mode", "div", x, 0.3, rounding_mode="trunc")
case("floor_divide_int", "floor_divide", ints, i64(2, -2, 3))
case("remainder_int_neg", "remainder", ints, 3)
case("remainder_float", "remainder", x, -0.7)
case("fmod_int", "fmod", ints, 3)
case("pow_int_scalar", "pow", ints, 2)
case("pow_float_tensor", "pow", r(3), r(3))
case("cmp_int_float", "lt", ints, 0.5)
case("cmp_broadcast", "eq", torch.tensor([[1], [2]]), i64(1, 2, 3))
case("where_promote", "where", torch.tensor([True, False, True]), i64(1, 2, 3), torch.tensor([0.5, 0.5, 0.5]))
case("where_scalar", "where", torch.tensor([True, False]), torch.tensor([1.0, 2.0]), 0.0)
case("sum_bool", "sum", torch.tensor([True, True, False]))
case("sum_int_dim", "sum", ints, [1])
case("mean_int_error", "mean", ints)
case("cat_promote", "cat", [i64(1, 2), torch.tensor([0.5])])
case("bitwise_not_bool", "bitwise_not", torch.tensor([True, False]))
case("bitwise_not_int", "bitwise_not", ints)
case("neg_bool_error", "neg", torch.tensor([True]))
case("sub_bool_error", "sub", torch.tensor([True]), torch.tensor([False]))
case("exp_int", "exp", ints)
case("abs_int", "abs", ints)
case("sigmoid_int", "sigmoid", ints)
case("clamp_int_float", "clamp", ints, -1.5, 2.5)
case("clamp_min_only", "clamp", x, 0.0)
case("round_half_even", "round", torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5, 2.4]))
case("sign", "sign", torch.tensor([-2.0, 0.0, 3.0]))

# Broadcasting.
case("broadcast_ok", "add", rn(3, 1), rn(1, 4))
case("broadcast_3d", "mul", rn(2, 1, 3), rn(4, 1))
case("broadcast_error", "add", rn(2, 3), rn(2, 4))
case("broadcast_error_dim0", "add", rn(3), rn(4))

# Matrix products.
case("matmul_1d_1d", "matmul", rn(4), rn(4))
case("matmul_2d_1d", "matmul", rn(3, 4), rn(4))
case("matmul_1d_2d", "matmul", rn(4), rn(4, 5))
case("matmul_2d_2d", "matmul", rn(3, 4), rn(4, 5))
case("matmul_3d_2d", "matmul", rn(2, 3, 4), rn(4, 5))
case("matmul_2d_3d", "matmul", rn(3, 4), rn(2, 4, 5))
case("matmul_1d_3d", "matmul", rn(4), rn(2, 4, 5))
case("matmul_3d_1d", "matmul", rn(2, 3, 4), rn(4))
case("matmul_4d_3d_broadcast", "matmul", rn(2, 1, 3, 4), rn(5, 4, 2))
case("matmul_int64", "matmul", i64(1, 2, 3).reshape(1, 3), i64(4, 5, 6).reshape(3, 1))
case("matmul_error_2d", "matmul", rn(3, 4), rn(5, 6))
case("matmul_error_1d", "matmul", rn(3), rn(4))
case("matmul_error_batched", "matmul", rn(2, 3, 4), rn(2, 5, 6))
case("mm", "mm", rn(3, 4), rn(4, 2))
case("mm_error", "mm", rn(3, 4), rn(5, 6))
case("mm_dtype_error", "mm", rn(3, 4), rn(4, 2).double())
case("bmm", "bmm", rn(2, 3, 4), rn(2, 4, 5))
case("bmm_error", "bmm", rn(2, 3, 4), rn(2, 3, 5))
case("addmm", "addmm", rn(3, 2), rn(3, 4), rn(4, 2), beta=0.5, alpha=2.0)
case("addmm_broadcast", "addmm", rn(2), rn(3, 4), rn(4, 2))
case("linear", "linear", rn(2, 5, 4), rn(3, 4), rn(3))
case("linear_nobias", "linear", rn(4), rn(3, 4))
case("dot", "dot", rn(5), rn(5))
case("mv", "mv", rn(3, 5), rn(5))

# Convolutions and nn.functional.
case("conv2d_basic", "conv2d", rn(1, 3, 6, 6), rn(4, 3, 3, 3), rn(4))
case("conv2d_stride_pad", "conv2d", rn(2, 2, 7, 5), rn(3, 2, 3, 2), None, [2, 1], [1, 2])
case("conv2d_dilation", "conv2d", rn(1, 2, 8, 8), rn(2, 2, 3, 3), rn(2), 1, 2, 2)
case("conv2d_stride_and_dilation", "conv2d", rn(1, 2, 9, 9), rn(2, 2, 3, 3), None, 2, 1, 2)
case("conv2d_groups", "conv2d", rn(1, 4, 5, 5), rn(6, 2, 3, 3), rn(6), 1, 1, 1, 2)
case("conv2d_depthwise", "conv2d", rn(1, 3, 5, 5), rn(3, 1, 3, 3), None, 1, 1, 1, 3)
case("conv2d_channel_error", "conv2d", rn(1, 4, 5, 5), rn(2, 3, 3, 3))
case("conv1d", "conv1d", rn(2, 3, 10), rn(4, 3, 3), rn(4), [2], [1])
case("conv1d_groups_dilation", "conv1d", rn(1, 4, 12), rn(4, 2, 3), None, [1], [2], [2], 2)
case("conv_transpose2d", "conv_transpose2d", rn(1, 2, 4, 4), rn(2, 3, 3, 3), rn(3), 2, 1, 1)
case("conv_transpose2d_groups_dil", "conv_transpose2d", rn(1, 4, 3, 3), rn(4, 1, 2, 2), None, 1, 0, 0, 2, 2)
case("convolution_traced", "_convolution", rn(1, 2, 5, 5), rn(3, 2, 3, 3), rn(3), [1, 1], [1, 1], [1, 1], False, [0, 0], 1, False, False, True, True)
case("max_pool2d", "max_pool2d", rn(1, 2, 7, 7), [3, 3], [2, 2], [1, 1])
case("max_pool2d_ceil", "max_pool2d", rn(1, 1, 6, 6), [3, 3], [2, 2], [0, 0], [1, 1], True)
case("max_pool2d_dilation", "max_pool2d", rn(1, 1, 7, 7), [2, 2], [1, 1], [0, 0], [2, 2])
case("avg_pool2d", "avg_pool2d", rn(1, 2, 6, 6), [3, 3], [2, 2], [1, 1])
case("avg_pool2d_no_pad_count", "avg_pool2d", rn(1, 1, 5, 5), [2, 2], [2, 2], [1, 1], True, False)
case("adaptive_avg_pool2d", "adaptive_avg_pool2d", rn(1, 2, 5, 7), [3, 2])
case("adaptive_max_pool2d", "adaptive_max_pool2d", rn(1, 2, 5, 7), [2, 3])
case("max_pool1d", "max_pool1d", rn(1, 2, 9), [3], [2])
case("avg_pool1d", "avg_pool1d", rn(1, 2, 9), [3], [2], [1])
case("batch_norm_eval", "batch_norm", rn(2, 3, 4), rn(3), rn(3), rn(3), r(3) + 0.5, False, 0.1, 1e-5, True)
case("batch_norm_train", "batch_norm", rn(4, 3), rn(3), rn(3), None, None, True, 0.1, 1e-5, True)
case("layer_norm", "layer_norm", rn(2, 3, 4), [3, 4], rn(3, 4), rn(3, 4))
case("layer_norm_error", "layer_norm", rn(2, 3, 4), [3])
case("group_norm", "group_norm", rn(2, 4, 3), 2, rn(4), rn(4))
case("softmax", "softmax", rn(2, 5), 1)
case("softmax_dim0", "softmax", rn(3, 4), 0)
case("log_softmax", "log_softmax", rn(2, 5), -1)
case("softmax_int", "softmax", ints, 1)
case("embedding", "embedding", rn(5, 3), torch.tensor([[0, 4], [2, 2]]))
case("pad_constant", "constant_pad_nd", rn(2, 3), [1, 2, 0, 1], 0.5)
case("pad_negative", "constant_pad_nd", rn(3, 4), [-1, 1])
case("pad_reflect", "pad", rn(1, 2, 4), [2, 1], "reflect")
case("pad_replicate", "pad", rn(1, 3, 3), [1, 1, 2, 0], "replicate")
case("gelu", "gelu", rn(6))
case("gelu_tanh", "gelu", rn(6), approximate="tanh")
case("silu", "silu", rn(6))
case("elu", "elu", rn(6), 0.7)
case("leaky_relu", "leaky_relu", rn(6), 0.2)
case("hardtanh", "hardtanh", rn(6) * 2, -0.5, 0.5)
case("softplus", "softplus", rn(6) * 10, 2, 5)
case("erf", "erf", rn(6))
case("dropout_eval", "dropout", rn(4), 0.5, False)

# Reductions.
x = rn(3, 4)
case("sum_all", "sum", x)
case("sum_dims_keepdim", "sum", rn(2, 3, 4), [0, 2], True)
case("mean_dim", "mean", x, [1])
case("max_all", "max", x)
case("max_dim", "max", x, 1, True)
case("min_dim", "min", x, 0)
case("argmax_all", "argmax", x)
case("argmax_dim", "argmax", x, 1, True)
case("argmin_dim", "argmin", i64(3, 1, 1, 2), 0)
case("prod_dim", "prod", x, 1)
case("prod_int", "prod", ints)
case("std_all", "std", x)
case("std_dim_biased", "std", x, [1], False)
case("var_dim_keep", "var", x, [0], True, True)
case("cumsum_int", "cumsum", ints, 1)
case("cumsum_float_dim0", "cumsum", x, 0)
case("cumprod", "cumprod", x, 1)
case("amax", "amax", x, [-1])
case("amin_multi", "amin", rn(2, 3, 4), [0, 2])
case("norm_all", "norm", x)
case("norm_p1_dim", "norm", x, 1, [1])
case("all", "all", torch.tensor([[True, False], [True, True]]))
case("any_dim", "any", torch.tensor([[True, False], [False, False]]), 1)
case("logsumexp", "logsumexp", x, [1])
case("max_dim_empty_error", "max", torch.zeros(0, 3), 0)

# Shapes and indexing.
x = rn(4, 6)
case("view", "view", x, [2, -1, 3])
case("view_infer_error", "view", x, [5, -1])
case("reshape_transposed", "reshape", x.t(), [24])
case("permute", "permute", rn(2, 3, 4), [2, 0, 1])
case("transpose_neg", "transpose", rn(2, 3, 4), -1, 0)
case("flatten", "flatten", rn(2, 3, 4), 1)
case("squeeze_all", "squeeze", rn(1, 3, 1))
case("squeeze_dim", "squeeze", rn(1, 3, 1), -1)
case("unsqueeze_neg", "unsqueeze", rn(2, 3), -1)
case("select_neg", "select", x, 1, -2)
case("select_error", "select", x, 0, 4)
case("dim_error", "select", x, 2, 0)
case("slice_step", "slice", x, 1, 1, None, 2)
case("slice_clamp", "slice", x, 0, -10, 100, 3)
case("narrow", "narrow", x, 1, 2, 3)
case("chunk_uneven", "chunk", rn(5, 2), 2)
case("split_size", "split", rn(5, 2), 2)
case("split_sizes", "split", rn(5, 2), [1, 4])
case("stack", "stack", [rn(2, 3), rn(2, 3)], 1)
case("stack_error", "stack", [rn(2, 3), rn(3, 3)])
case("cat_dim1", "cat", [rn(2, 3), rn(2, 1)], 1)
case("cat_error", "cat", [rn(2, 3), rn(3, 3)], 1)
case("repeat", "repeat", torch.tensor([[1, 2], [3, 4]]), [2, 1, 3])
case("expand", "expand", rn(3, 1), [2, 3, 4])
case("expand_error", "expand", rn(3, 2), [3, 4])
case("flip", "flip", x, [0, 1])
case("roll", "roll", x, [1, -2], [0, 1])
case("gather", "gather", x, 1, torch.tensor([[0, 5], [1, 1], [2, 3], [4, 0]]))
case("index_select", "index_select", x, 0, torch.tensor([3, 0, 3]))
case("masked_fill", "masked_fill", x, x > 0, -1.0)
case("masked_fill_int_value", "masked_fill", ints, ints > 0, 2.7)
case("index_bool_mask", "index", x, [x > 0.5])
case("index_rows", "index", x, [torch.tensor([0, 2, -1])])
case("index_nonadjacent", "index", rn(3, 4, 5), [torch.tensor([0, 2]), None, torch.tensor([1, 4])])
case("index_adjacent", "index", rn(3, 4, 5), [None, torch.tensor([[0], [2]]), torch.tensor([1, 4])])
case("index_error", "index", x, [torch.tensor([7])])
case("nonzero", "nonzero", torch.tensor([[0, 1], [2, 0]]))
case("masked_select", "masked_select", x, x > 0)
case("t", "t", rn(2, 3))

# Creation.
case("arange_int", "arange", 5)
case("arange_float", "arange", 0, 1, 0.3)
case("arange_neg_step", "arange", 5, -3, -2)
case("linspace", "linspace", -1, 2, 7)
case("eye_rect", "eye", 3, 4)
case("full_int", "full", [2, 2], 7, fn=torch.full)
case("full_float", "full", [2], 0.5, fn=torch.full)
case("full_bool", "full", [2], True, fn=torch.full)
case("zeros_dtype", "zeros", [2, 3], dtype=torch.int64)
case("ones_like_dtype", "ones_like", ints, dtype=torch.float64)
case("tensor_nested_int", "tensor", [[1, 2], [3, 4]], fn=torch.tensor)
case("tensor_mixed_float", "tensor", [1, 2.5, True], fn=torch.tensor)
case("to_dtype", "to", x, torch.int32)
case("int_tensor_item", "Int", torch.tensor(3.7))
case("bool_tensor_error", "Bool", torch.tensor([1.0, 2.0]))

# Python-value operators.
case("floordiv_int_neg", "floordiv", -7, 2)
case("remainder_int_neg", "remainder", -7, 3)
case("div_int", "div", 7, 2, fn=lambda a, b: a / b)
case("pow_int_int", "pow", 2, 10)
case("list_mul", "mul", [1, 2], 3, fn=lambda a, b: a * b)
case("format", "format", "{} and {}", 3, 2.5, fn=lambda f, *a: f.format(*a))
case("str_list", "str", [1, 2.5, "a"], fn=str)

# Sorting, triangles and products (src/ops/sorting.ts).
s2 = rn(3, 5)
case("sort_last_dim", "sort", s2)
case("sort_dim0_descending", "sort", s2, 0, True)
case("sort_nan_last", "sort", torch.tensor([3.0, float("nan"), -1.0, 2.0]))
case("sort_nan_descending", "sort", torch.tensor([3.0, float("nan"), -1.0, 2.0]), descending=True)
case("sort_int_ties_stable", "sort", torch.tensor([[3, 1, 3, 1, 2, 1]]), fn=lambda x: torch.sort(x, stable=True))
case("argsort_descending", "argsort", s2, 1, True)
case("argsort_3d_dim1", "argsort", rn(2, 4, 3), 1)
case("topk_default", "topk", s2, 2)
case("topk_smallest_dim0", "topk", s2, 2, 0, False)
case("topk_out_of_range", "topk", s2, 6)
case("triu_default", "triu", rn(4, 4))
case("triu_diag_1_rect", "triu", rn(3, 5), 1)
case("tril_diag_neg1_batch", "tril", rn(2, 3, 3), -1)
case("tril_int", "tril", torch.arange(12).reshape(3, 4), 1)
case("tril_1d_error", "tril", rn(3))
case("outer", "outer", rn(3), rn(4))
case("outer_int_float", "outer", torch.tensor([1, 2]), torch.tensor([0.5, 1.5, 2.5]))
case("baddbmm_default", "baddbmm", rn(2, 3, 4), rn(2, 3, 5), rn(2, 5, 4))
case("baddbmm_beta_alpha", "baddbmm", rn(2, 3, 4), rn(2, 3, 5), rn(2, 5, 4), beta=0.5, alpha=2.0)
case("baddbmm_broadcast_self", "baddbmm", rn(4), rn(2, 3, 5), rn(2, 5, 4))
case("baddbmm_beta0_ignores_nan", "baddbmm", torch.full((2, 3, 4), float("nan")), rn(2, 3, 5), rn(2, 5, 4), beta=0)

with open(os.path.join(os.path.dirname(__file__), "reference.json"), "w") as f:
    json.dump({"generator": "tests/data/ops/gen_reference.py with torch " + torch.__version__, "cases": cases}, f, indent=1)
print(len(cases), "cases")
