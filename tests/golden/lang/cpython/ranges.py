"""Writes <name>.ranges beside each valid golden program: every located node of
CPython's own ast as `Kind line:col-line:col`, sorted, with columns converted from
UTF-8 bytes to UTF-16 code units (our convention). f-string internals are left out
(CPython < 3.12 gives them the whole string's range). Reference data for
src/lang/ranges.test.ts; run: python3 tests/golden/lang/cpython/ranges.py"""
import ast
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def col(lines, lineno, byte_col):
    prefix = lines[lineno - 1].encode("utf-8")[:byte_col].decode("utf-8")
    return len(prefix.encode("utf-16-le")) // 2


def ranges(src):
    lines = src.splitlines(True) + [""]
    tree = ast.parse(src)
    inside_fstring = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside_fstring.update(id(m) for m in ast.walk(node) if m is not node)
    out = set()
    for node in ast.walk(tree):
        if id(node) in inside_fstring or getattr(node, "lineno", None) is None:
            continue
        kind = "ExprStmt" if isinstance(node, ast.Expr) else type(node).__name__
        start = f"{node.lineno}:{col(lines, node.lineno, node.col_offset)}"
        end = f"{node.end_lineno}:{col(lines, node.end_lineno, node.end_col_offset)}"
        out.add(f"{kind} {start}-{end}")
    return sorted(out)


for path in sorted(glob.glob(os.path.join(HERE, "..", "*.py"))):
    if os.path.basename(path).startswith("err_"):
        continue
    with open(path, encoding="utf-8") as f:
        result = ranges(f.read())
    with open(path[:-3] + ".ranges", "w", encoding="utf-8") as f:
        f.write("\n".join(result) + "\n")
