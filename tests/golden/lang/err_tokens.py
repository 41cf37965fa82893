a = 1j
b = 0777
c = 1__0
d = 0x
e = 12abc
f = b"bytes"
g = "unterminated
h = 'ok'
i = $x
j = "\x4g"
k = "\N{DASH}"
l = 1 \ 2
m = '''never
closed
