import torch
import torch.nn.functional as F
import math

torch.manual_seed(0)
x = torch.randn(1, 2, 5)
im = torch.randn(1, 2, 5, 5)
try:
    print("F.interpolate(x, scale_factor=2, mode='linear')", "=>", F.interpolate(x, scale_factor=2, mode='linear'))
except Exception as e:
    print("F.interpolate(x, scale_factor=2, mode='linear')", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(x, scale_factor=2, mode='linear', align_corners=True)", "=>", F.interpolate(x, scale_factor=2, mode='linear', align_corners=True))
except Exception as e:
    print("F.interpolate(x, scale_factor=2, mode='linear', align_corners=True)", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(x, size=3, mode='linear')", "=>", F.interpolate(x, size=3, mode='linear'))
except Exception as e:
    print("F.interpolate(x, size=3, mode='linear')", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(x, size=8, mode='linear', align_corners=False)", "=>", F.interpolate(x, size=8, mode='linear', align_corners=False))
except Exception as e:
    print("F.interpolate(x, size=8, mode='linear', align_corners=False)", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(x, scale_factor=1.7, mode='linear')", "=>", F.interpolate(x, scale_factor=1.7, mode='linear'))
except Exception as e:
    print("F.interpolate(x, scale_factor=1.7, mode='linear')", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(im, size=(3, 3), mode='area')[0, 0]", "=>", F.interpolate(im, size=(3, 3), mode='area')[0, 0])
except Exception as e:
    print("F.interpolate(im, size=(3, 3), mode='area')[0, 0]", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(im, scale_factor=0.5, mode='area')[0, 1]", "=>", F.interpolate(im, scale_factor=0.5, mode='area')[0, 1])
except Exception as e:
    print("F.interpolate(im, scale_factor=0.5, mode='area')[0, 1]", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(x, size=2, mode='area')", "=>", F.interpolate(x, size=2, mode='area'))
except Exception as e:
    print("F.interpolate(x, size=2, mode='area')", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(im, scale_factor=0.5, mode='nearest')[0, 0]", "=>", F.interpolate(im, scale_factor=0.5, mode='nearest')[0, 0])
except Exception as e:
    print("F.interpolate(im, scale_factor=0.5, mode='nearest')[0, 0]", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(im, scale_factor=1.5, mode='nearest')[0, 0]", "=>", F.interpolate(im, scale_factor=1.5, mode='nearest')[0, 0])
except Exception as e:
    print("F.interpolate(im, scale_factor=1.5, mode='nearest')[0, 0]", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(im, scale_factor=1.5, mode='bilinear')[0, 0, 0]", "=>", F.interpolate(im, scale_factor=1.5, mode='bilinear')[0, 0, 0])
except Exception as e:
    print("F.interpolate(im, scale_factor=1.5, mode='bilinear')[0, 0, 0]", "=> ERR", type(e).__name__)
