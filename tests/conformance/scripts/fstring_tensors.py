import torch

x = torch.tensor(3.14159)
print(f"{x:.3f}")
print(f"{x.item():.2f}")
print(f"value={x}")
losses = [0.91234, 0.5, 0.123456789]
for i, l in enumerate(losses):
    print(f"epoch {i}: loss={l:.3f} acc={100 * (1 - l):>6.2f}%")
t = torch.tensor([1.5, 2.25])
print(f"{t}")
print("{:.4f}".format(torch.tensor(2.0).item()))
print(f"{t.sum().item():10.4f}|")
print(f"{float(t.mean()):.3e}")
print(f"{int(t.argmax())}")
print(f"{torch.tensor(7)}")
print(f"{t.shape} {t.dtype} {t.device}")
print("loss: %.5f" % torch.tensor(0.333333).item())
print(str(x), repr(x))
