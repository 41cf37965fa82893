print(1 / 3, 2 / 2, 10 // 3, -7 // 2, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1)
print(0.1 * 3, 1e-4, 1e-5, 123456789.0, 1.5e300 * 1e10, -0.0)
print(float('nan'), float('inf'), int(3.9), int(-3.9), round(2.5), round(3.5), round(2.675, 2))
print(abs(-3), max(1, 5, 3), min([4, 2, 8]), sum([1, 2, 3]), divmod(17, 5))
print(3 == 3.0, 1 < 2 < 3, not 0, True + True, 5 / 2.0, 1e16 + 1, 2 ** 0.5)
print(hex(255), bin(5), oct(8), int("42"), float("1.5"), str(1.0), bool([]))
x = 10
x += 5
x *= 2
x //= 4
print(x, type(x).__name__, isinstance(x, int), type(1.0).__name__)
print(100000000000000000000 * 3, 7.0 // 2, 7.5 % 2)
