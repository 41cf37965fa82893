ints = (0, 7, 1_000_000, 0x_FF, 0XAB, 0o17, 0O7, 0b1010, 0B1, 00, 0_0)
big = (9007199254740993, 18446744073709551617, 0xFFFFFFFFFFFFFFFFFFFF)
floats = (1.5, 1., .5, 1e10, 1E-3, 1.5e+3, 1_0.2_5, 0e0, 1e400)
consts = (None, True, False, ...)
strs = ('single', "double", '''triple
single''', """triple
double""")
raws = (r'\d+\n', R"\t")
escapes = "\n\t\\\'\"\a\b\f\v\r\0\101\x41\u00e9\U0001F600\q"
continued = "line \
continued"
concat = "a" 'b' """c""" r'\d'
fs = f"x={x}", F'{a!r} and {b!s:>10} {c:{w}.{p}f}', f"{{literal}} {d['k']}", rf"\d{e}"
mixed = "plain " f"{x}" " tail"
nested = f"{f(a, b=1):^{width}} {x + 1!a}"
empty = f""
unicode = "héllo wörld ✓"
