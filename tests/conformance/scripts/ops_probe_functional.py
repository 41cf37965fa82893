import torch
import torch.nn.functional as F
import math

torch.manual_seed(0)
x = torch.randn(1, 2, 8)
im = torch.randn(1, 2, 5, 5)
w1 = torch.randn(3, 2, 3)
w2 = torch.randn(3, 2, 3, 3)
try:
    print('F.conv1d(x, w1)', "=>", F.conv1d(x, w1))
except Exception as e:
    print('F.conv1d(x, w1)', "=> ERR", type(e).__name__)
try:
    print('F.conv1d(x, w1, torch.ones(3), stride=2, padding=1)', "=>", F.conv1d(x, w1, torch.ones(3), stride=2, padding=1))
except Exception as e:
    print('F.conv1d(x, w1, torch.ones(3), stride=2, padding=1)', "=> ERR", type(e).__name__)
try:
    print('F.conv1d(x, w1, dilation=2)', "=>", F.conv1d(x, w1, dilation=2))
except Exception as e:
    print('F.conv1d(x, w1, dilation=2)', "=> ERR", type(e).__name__)
try:
    print("F.conv1d(x, w1, padding='same')", "=>", F.conv1d(x, w1, padding='same'))
except Exception as e:
    print("F.conv1d(x, w1, padding='same')", "=> ERR", type(e).__name__)
try:
    print('F.conv2d(im, w2).shape', "=>", F.conv2d(im, w2).shape)
except Exception as e:
    print('F.conv2d(im, w2).shape', "=> ERR", type(e).__name__)
try:
    print('F.conv2d(im, w2, stride=2, padding=1)[0, 0]', "=>", F.conv2d(im, w2, stride=2, padding=1)[0, 0])
except Exception as e:
    print('F.conv2d(im, w2, stride=2, padding=1)[0, 0]', "=> ERR", type(e).__name__)
try:
    print('F.conv2d(im, w2, padding=(1, 0)).shape', "=>", F.conv2d(im, w2, padding=(1, 0)).shape)
except Exception as e:
    print('F.conv2d(im, w2, padding=(1, 0)).shape', "=> ERR", type(e).__name__)
try:
    print("F.conv2d(im, w2, padding='same')[0, 1]", "=>", F.conv2d(im, w2, padding='same')[0, 1])
except Exception as e:
    print("F.conv2d(im, w2, padding='same')[0, 1]", "=> ERR", type(e).__name__)
try:
    print('F.conv2d(im, torch.randn(4, 1, 3, 3), groups=2).shape', "=>", F.conv2d(im, torch.randn(4, 1, 3, 3), groups=2).shape)
except Exception as e:
    print('F.conv2d(im, torch.randn(4, 1, 3, 3), groups=2).shape', "=> ERR", type(e).__name__)
try:
    print('F.conv_transpose2d(im, torch.randn(2, 3, 2, 2), stride=2).shape', "=>", F.conv_transpose2d(im, torch.randn(2, 3, 2, 2), stride=2).shape)
except Exception as e:
    print('F.conv_transpose2d(im, torch.randn(2, 3, 2, 2), stride=2).shape', "=> ERR", type(e).__name__)
try:
    print('F.max_pool1d(x, 2)', "=>", F.max_pool1d(x, 2))
except Exception as e:
    print('F.max_pool1d(x, 2)', "=> ERR", type(e).__name__)
try:
    print('F.max_pool2d(im, 2)', "=>", F.max_pool2d(im, 2))
except Exception as e:
    print('F.max_pool2d(im, 2)', "=> ERR", type(e).__name__)
try:
    print('F.max_pool2d(im, 3, stride=2, padding=1)', "=>", F.max_pool2d(im, 3, stride=2, padding=1))
except Exception as e:
    print('F.max_pool2d(im, 3, stride=2, padding=1)', "=> ERR", type(e).__name__)
try:
    print('F.max_pool2d(im, 2, ceil_mode=True).shape', "=>", F.max_pool2d(im, 2, ceil_mode=True).shape)
except Exception as e:
    print('F.max_pool2d(im, 2, ceil_mode=True).shape', "=> ERR", type(e).__name__)
try:
    print('F.avg_pool1d(x, 3, stride=2)', "=>", F.avg_pool1d(x, 3, stride=2))
except Exception as e:
    print('F.avg_pool1d(x, 3, stride=2)', "=> ERR", type(e).__name__)
try:
    print('F.avg_pool2d(im, 2)', "=>", F.avg_pool2d(im, 2))
except Exception as e:
    print('F.avg_pool2d(im, 2)', "=> ERR", type(e).__name__)
try:
    print('F.avg_pool2d(im, 3, stride=2, padding=1)', "=>", F.avg_pool2d(im, 3, stride=2, padding=1))
except Exception as e:
    print('F.avg_pool2d(im, 3, stride=2, padding=1)', "=> ERR", type(e).__name__)
try:
    print('F.avg_pool2d(im, 3, stride=2, padding=1, count_include_pad=False)', "=>", F.avg_pool2d(im, 3, stride=2, padding=1, count_include_pad=False))
except Exception as e:
    print('F.avg_pool2d(im, 3, stride=2, padding=1, count_include_pad=False)', "=> ERR", type(e).__name__)
try:
    print('F.avg_pool2d(im, 2, ceil_mode=True)', "=>", F.avg_pool2d(im, 2, ceil_mode=True))
except Exception as e:
    print('F.avg_pool2d(im, 2, ceil_mode=True)', "=> ERR", type(e).__name__)
try:
    print('F.adaptive_avg_pool2d(im, 1).shape', "=>", F.adaptive_avg_pool2d(im, 1).shape)
except Exception as e:
    print('F.adaptive_avg_pool2d(im, 1).shape', "=> ERR", type(e).__name__)
try:
    print('F.adaptive_avg_pool2d(im, (2, 3))', "=>", F.adaptive_avg_pool2d(im, (2, 3)))
except Exception as e:
    print('F.adaptive_avg_pool2d(im, (2, 3))', "=> ERR", type(e).__name__)
try:
    print('F.adaptive_avg_pool1d(x, 3)', "=>", F.adaptive_avg_pool1d(x, 3))
except Exception as e:
    print('F.adaptive_avg_pool1d(x, 3)', "=> ERR", type(e).__name__)
try:
    print('F.adaptive_max_pool2d(im, 2)', "=>", F.adaptive_max_pool2d(im, 2))
except Exception as e:
    print('F.adaptive_max_pool2d(im, 2)', "=> ERR", type(e).__name__)
try:
    print('F.adaptive_max_pool1d(x, 3)', "=>", F.adaptive_max_pool1d(x, 3))
except Exception as e:
    print('F.adaptive_max_pool1d(x, 3)', "=> ERR", type(e).__name__)
try:
    print('F.batch_norm(im, torch.zeros(2), torch.ones(2))', "=>", F.batch_norm(im, torch.zeros(2), torch.ones(2)))
except Exception as e:
    print('F.batch_norm(im, torch.zeros(2), torch.ones(2))', "=> ERR", type(e).__name__)
try:
    print('F.batch_norm(im, torch.tensor([0.5, -0.5]), torch.tensor([2.0, 0.5]), torch.tensor([1.0, 2.0]), torch.tensor([0.0, 1.0]))[0, 1, 0]', "=>", F.batch_norm(im, torch.tensor([0.5, -0.5]), torch.tensor([2.0, 0.5]), torch.tensor([1.0, 2.0]), torch.tensor([0.0, 1.0]))[0, 1, 0])
except Exception as e:
    print('F.batch_norm(im, torch.tensor([0.5, -0.5]), torch.tensor([2.0, 0.5]), torch.tensor([1.0, 2.0]), torch.tensor([0.0, 1.0]))[0, 1, 0]', "=> ERR", type(e).__name__)
try:
    print('F.batch_norm(im, None, None, training=True)[0, 0, 0]', "=>", F.batch_norm(im, None, None, training=True)[0, 0, 0])
except Exception as e:
    print('F.batch_norm(im, None, None, training=True)[0, 0, 0]', "=> ERR", type(e).__name__)
try:
    print('F.layer_norm(x, (8,))', "=>", F.layer_norm(x, (8,)))
except Exception as e:
    print('F.layer_norm(x, (8,))', "=> ERR", type(e).__name__)
try:
    print('F.layer_norm(im, (5, 5))[0, 0, 0]', "=>", F.layer_norm(im, (5, 5))[0, 0, 0])
except Exception as e:
    print('F.layer_norm(im, (5, 5))[0, 0, 0]', "=> ERR", type(e).__name__)
try:
    print('F.layer_norm(x, (8,), torch.arange(8.0), torch.ones(8))', "=>", F.layer_norm(x, (8,), torch.arange(8.0), torch.ones(8)))
except Exception as e:
    print('F.layer_norm(x, (8,), torch.arange(8.0), torch.ones(8))', "=> ERR", type(e).__name__)
try:
    print('F.group_norm(im, 2)[0, 0, 0]', "=>", F.group_norm(im, 2)[0, 0, 0])
except Exception as e:
    print('F.group_norm(im, 2)[0, 0, 0]', "=> ERR", type(e).__name__)
try:
    print('F.embedding(torch.tensor([[0, 2], [1, 0]]), torch.arange(12.0).view(4, 3))', "=>", F.embedding(torch.tensor([[0, 2], [1, 0]]), torch.arange(12.0).view(4, 3)))
except Exception as e:
    print('F.embedding(torch.tensor([[0, 2], [1, 0]]), torch.arange(12.0).view(4, 3))', "=> ERR", type(e).__name__)
try:
    print('F.embedding(torch.tensor([0, 3]), torch.arange(12.0).view(4, 3), padding_idx=0)', "=>", F.embedding(torch.tensor([0, 3]), torch.arange(12.0).view(4, 3), padding_idx=0))
except Exception as e:
    print('F.embedding(torch.tensor([0, 3]), torch.arange(12.0).view(4, 3), padding_idx=0)', "=> ERR", type(e).__name__)
try:
    print('F.one_hot(torch.tensor([0, 2, 1]))', "=>", F.one_hot(torch.tensor([0, 2, 1])))
except Exception as e:
    print('F.one_hot(torch.tensor([0, 2, 1]))', "=> ERR", type(e).__name__)
try:
    print('F.one_hot(torch.tensor([0, 2, 1]), 4)', "=>", F.one_hot(torch.tensor([0, 2, 1]), 4))
except Exception as e:
    print('F.one_hot(torch.tensor([0, 2, 1]), 4)', "=> ERR", type(e).__name__)
try:
    print('F.dropout(x, 0.5, training=False)', "=>", F.dropout(x, 0.5, training=False))
except Exception as e:
    print('F.dropout(x, 0.5, training=False)', "=> ERR", type(e).__name__)
try:
    print('F.dropout(x, 0.0)', "=>", F.dropout(x, 0.0))
except Exception as e:
    print('F.dropout(x, 0.0)', "=> ERR", type(e).__name__)
try:
    print('F.dropout2d(im, training=False).shape', "=>", F.dropout2d(im, training=False).shape)
except Exception as e:
    print('F.dropout2d(im, training=False).shape', "=> ERR", type(e).__name__)
try:
    print('F.pad(x, (1, 2))', "=>", F.pad(x, (1, 2)))
except Exception as e:
    print('F.pad(x, (1, 2))', "=> ERR", type(e).__name__)
try:
    print('F.pad(x, (1, 1), value=9.0)', "=>", F.pad(x, (1, 1), value=9.0))
except Exception as e:
    print('F.pad(x, (1, 1), value=9.0)', "=> ERR", type(e).__name__)
try:
    print('F.pad(im, (1, 1, 2, 0))[0, 0]', "=>", F.pad(im, (1, 1, 2, 0))[0, 0])
except Exception as e:
    print('F.pad(im, (1, 1, 2, 0))[0, 0]', "=> ERR", type(e).__name__)
try:
    print("F.pad(x, (2, 2), mode='reflect')", "=>", F.pad(x, (2, 2), mode='reflect'))
except Exception as e:
    print("F.pad(x, (2, 2), mode='reflect')", "=> ERR", type(e).__name__)
try:
    print("F.pad(x, (2, 2), mode='replicate')", "=>", F.pad(x, (2, 2), mode='replicate'))
except Exception as e:
    print("F.pad(x, (2, 2), mode='replicate')", "=> ERR", type(e).__name__)
try:
    print("F.pad(x, (2, 2), mode='circular')", "=>", F.pad(x, (2, 2), mode='circular'))
except Exception as e:
    print("F.pad(x, (2, 2), mode='circular')", "=> ERR", type(e).__name__)
try:
    print("F.pad(im, (1, 1, 1, 1), mode='reflect')[0, 0]", "=>", F.pad(im, (1, 1, 1, 1), mode='reflect')[0, 0])
except Exception as e:
    print("F.pad(im, (1, 1, 1, 1), mode='reflect')[0, 0]", "=> ERR", type(e).__name__)
try:
    print('F.pad(x, (-1, -2))', "=>", F.pad(x, (-1, -2)))
except Exception as e:
    print('F.pad(x, (-1, -2))', "=> ERR", type(e).__name__)
try:
    print('F.interpolate(x, scale_factor=2)', "=>", F.interpolate(x, scale_factor=2))
except Exception as e:
    print('F.interpolate(x, scale_factor=2)', "=> ERR", type(e).__name__)
try:
    print('F.interpolate(x, size=5)', "=>", F.interpolate(x, size=5))
except Exception as e:
    print('F.interpolate(x, size=5)', "=> ERR", type(e).__name__)
try:
    print("F.interpolate(x, scale_factor=2, mode='linear')", "=>", F.interpolate(x, scale_factor=2, mode='linear'))
except Exception as e:
    print("F.interpolate(x, scale_factor=2, mode='linear')", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(x, scale_factor=2, mode='linear', align_corners=True)", "=>", F.interpolate(x, scale_factor=2, mode='linear', align_corners=True))
except Exception as e:
    print("F.interpolate(x, scale_factor=2, mode='linear', align_corners=True)", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(im, scale_factor=2, mode='nearest')[0, 0, :2]", "=>", F.interpolate(im, scale_factor=2, mode='nearest')[0, 0, :2])
except Exception as e:
    print("F.interpolate(im, scale_factor=2, mode='nearest')[0, 0, :2]", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(im, size=(3, 4), mode='bilinear')[0, 0]", "=>", F.interpolate(im, size=(3, 4), mode='bilinear')[0, 0])
except Exception as e:
    print("F.interpolate(im, size=(3, 4), mode='bilinear')[0, 0]", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(im, size=(7, 7), mode='bilinear', align_corners=True)[0, 0, 0]", "=>", F.interpolate(im, size=(7, 7), mode='bilinear', align_corners=True)[0, 0, 0])
except Exception as e:
    print("F.interpolate(im, size=(7, 7), mode='bilinear', align_corners=True)[0, 0, 0]", "=> ERR", type(e).__name__)
try:
    print("F.interpolate(im, size=(3, 3), mode='area')[0, 0]", "=>", F.interpolate(im, size=(3, 3), mode='area')[0, 0])
except Exception as e:
    print("F.interpolate(im, size=(3, 3), mode='area')[0, 0]", "=> ERR", type(e).__name__)
try:
    print('F.upsample(x, scale_factor=2).shape', "=>", F.upsample(x, scale_factor=2).shape)
except Exception as e:
    print('F.upsample(x, scale_factor=2).shape', "=> ERR", type(e).__name__)
try:
    print('F.pixel_shuffle(torch.arange(16.0).view(1, 4, 2, 2), 2)', "=>", F.pixel_shuffle(torch.arange(16.0).view(1, 4, 2, 2), 2))
except Exception as e:
    print('F.pixel_shuffle(torch.arange(16.0).view(1, 4, 2, 2), 2)', "=> ERR", type(e).__name__)
try:
    print('F.pixel_unshuffle(torch.arange(16.0).view(1, 1, 4, 4), 2).shape', "=>", F.pixel_unshuffle(torch.arange(16.0).view(1, 1, 4, 4), 2).shape)
except Exception as e:
    print('F.pixel_unshuffle(torch.arange(16.0).view(1, 1, 4, 4), 2).shape', "=> ERR", type(e).__name__)
try:
    print('F.mse_loss(x, torch.zeros(1, 2, 8))', "=>", F.mse_loss(x, torch.zeros(1, 2, 8)))
except Exception as e:
    print('F.mse_loss(x, torch.zeros(1, 2, 8))', "=> ERR", type(e).__name__)
try:
    print("F.l1_loss(x, torch.ones(1, 2, 8), reduction='sum')", "=>", F.l1_loss(x, torch.ones(1, 2, 8), reduction='sum'))
except Exception as e:
    print("F.l1_loss(x, torch.ones(1, 2, 8), reduction='sum')", "=> ERR", type(e).__name__)
try:
    print('F.smooth_l1_loss(x, torch.zeros(1, 2, 8))', "=>", F.smooth_l1_loss(x, torch.zeros(1, 2, 8)))
except Exception as e:
    print('F.smooth_l1_loss(x, torch.zeros(1, 2, 8))', "=> ERR", type(e).__name__)
try:
    print('F.huber_loss(x, torch.zeros(1, 2, 8), delta=0.5)', "=>", F.huber_loss(x, torch.zeros(1, 2, 8), delta=0.5))
except Exception as e:
    print('F.huber_loss(x, torch.zeros(1, 2, 8), delta=0.5)', "=> ERR", type(e).__name__)
try:
    print('F.binary_cross_entropy(torch.tensor([0.2, 0.9]), torch.tensor([0.0, 1.0]))', "=>", F.binary_cross_entropy(torch.tensor([0.2, 0.9]), torch.tensor([0.0, 1.0])))
except Exception as e:
    print('F.binary_cross_entropy(torch.tensor([0.2, 0.9]), torch.tensor([0.0, 1.0]))', "=> ERR", type(e).__name__)
try:
    print('F.binary_cross_entropy_with_logits(torch.tensor([0.2, -0.9]), torch.tensor([0.0, 1.0]))', "=>", F.binary_cross_entropy_with_logits(torch.tensor([0.2, -0.9]), torch.tensor([0.0, 1.0])))
except Exception as e:
    print('F.binary_cross_entropy_with_logits(torch.tensor([0.2, -0.9]), torch.tensor([0.0, 1.0]))', "=> ERR", type(e).__name__)
try:
    print("F.kl_div(torch.tensor([-1.0, -2.0]), torch.tensor([0.3, 0.7]), reduction='batchmean')", "=>", F.kl_div(torch.tensor([-1.0, -2.0]), torch.tensor([0.3, 0.7]), reduction='batchmean'))
except Exception as e:
    print("F.kl_div(torch.tensor([-1.0, -2.0]), torch.tensor([0.3, 0.7]), reduction='batchmean')", "=> ERR", type(e).__name__)
