import torch
import torch.nn.functional as F
import math

torch.manual_seed(0)
im = torch.randn(2, 3, 4, 4)
x = torch.randn(1, 2, 8)
try:
    print('F.instance_norm(im)[0, 0]', "=>", F.instance_norm(im)[0, 0])
except Exception as e:
    print('F.instance_norm(im)[0, 0]', "=> ERR", type(e).__name__)
try:
    print('F.instance_norm(im, weight=torch.tensor([1.0, 2.0, 0.5]), bias=torch.tensor([0.0, 1.0, -1.0]))[1, 2]', "=>", F.instance_norm(im, weight=torch.tensor([1.0, 2.0, 0.5]), bias=torch.tensor([0.0, 1.0, -1.0]))[1, 2])
except Exception as e:
    print('F.instance_norm(im, weight=torch.tensor([1.0, 2.0, 0.5]), bias=torch.tensor([0.0, 1.0, -1.0]))[1, 2]', "=> ERR", type(e).__name__)
try:
    print('F.conv_transpose1d(x, torch.randn(2, 3, 2)).shape', "=>", F.conv_transpose1d(x, torch.randn(2, 3, 2)).shape)
except Exception as e:
    print('F.conv_transpose1d(x, torch.randn(2, 3, 2)).shape', "=> ERR", type(e).__name__)
try:
    print('F.conv_transpose1d(x, torch.ones(2, 1, 3), stride=2, padding=1)', "=>", F.conv_transpose1d(x, torch.ones(2, 1, 3), stride=2, padding=1))
except Exception as e:
    print('F.conv_transpose1d(x, torch.ones(2, 1, 3), stride=2, padding=1)', "=> ERR", type(e).__name__)
try:
    print('F.margin_ranking_loss(torch.tensor([1.0, 2.0, 0.5]), torch.tensor([2.0, 1.0, 0.5]), torch.tensor([1.0, 1.0, -1.0]))', "=>", F.margin_ranking_loss(torch.tensor([1.0, 2.0, 0.5]), torch.tensor([2.0, 1.0, 0.5]), torch.tensor([1.0, 1.0, -1.0])))
except Exception as e:
    print('F.margin_ranking_loss(torch.tensor([1.0, 2.0, 0.5]), torch.tensor([2.0, 1.0, 0.5]), torch.tensor([1.0, 1.0, -1.0]))', "=> ERR", type(e).__name__)
try:
    print("F.margin_ranking_loss(torch.tensor([1.0, 2.0]), torch.tensor([2.0, 1.0]), torch.tensor([1.0, -1.0]), margin=0.5, reduction='none')", "=>", F.margin_ranking_loss(torch.tensor([1.0, 2.0]), torch.tensor([2.0, 1.0]), torch.tensor([1.0, -1.0]), margin=0.5, reduction='none'))
except Exception as e:
    print("F.margin_ranking_loss(torch.tensor([1.0, 2.0]), torch.tensor([2.0, 1.0]), torch.tensor([1.0, -1.0]), margin=0.5, reduction='none')", "=> ERR", type(e).__name__)
try:
    print('F.hinge_embedding_loss(torch.tensor([0.5, 2.0, -0.3]), torch.tensor([1.0, -1.0, -1.0]))', "=>", F.hinge_embedding_loss(torch.tensor([0.5, 2.0, -0.3]), torch.tensor([1.0, -1.0, -1.0])))
except Exception as e:
    print('F.hinge_embedding_loss(torch.tensor([0.5, 2.0, -0.3]), torch.tensor([1.0, -1.0, -1.0]))', "=> ERR", type(e).__name__)
try:
    print('F.soft_margin_loss(torch.tensor([0.5, 2.0]), torch.tensor([1.0, -1.0]))', "=>", F.soft_margin_loss(torch.tensor([0.5, 2.0]), torch.tensor([1.0, -1.0])))
except Exception as e:
    print('F.soft_margin_loss(torch.tensor([0.5, 2.0]), torch.tensor([1.0, -1.0]))', "=> ERR", type(e).__name__)
try:
    print('F.cosine_embedding_loss(torch.tensor([[1.0, 2.0], [0.5, -1.0]]), torch.tensor([[2.0, 1.0], [1.0, 1.0]]), torch.tensor([1, -1]))', "=>", F.cosine_embedding_loss(torch.tensor([[1.0, 2.0], [0.5, -1.0]]), torch.tensor([[2.0, 1.0], [1.0, 1.0]]), torch.tensor([1, -1])))
except Exception as e:
    print('F.cosine_embedding_loss(torch.tensor([[1.0, 2.0], [0.5, -1.0]]), torch.tensor([[2.0, 1.0], [1.0, 1.0]]), torch.tensor([1, -1]))', "=> ERR", type(e).__name__)
try:
    print("F.cosine_embedding_loss(torch.tensor([[1.0, 2.0], [0.5, -1.0]]), torch.tensor([[2.0, 1.0], [1.0, 1.0]]), torch.tensor([1, -1]), margin=-0.5, reduction='sum')", "=>", F.cosine_embedding_loss(torch.tensor([[1.0, 2.0], [0.5, -1.0]]), torch.tensor([[2.0, 1.0], [1.0, 1.0]]), torch.tensor([1, -1]), margin=-0.5, reduction='sum'))
except Exception as e:
    print("F.cosine_embedding_loss(torch.tensor([[1.0, 2.0], [0.5, -1.0]]), torch.tensor([[2.0, 1.0], [1.0, 1.0]]), torch.tensor([1, -1]), margin=-0.5, reduction='sum')", "=> ERR", type(e).__name__)
try:
    print('F.triplet_margin_loss(torch.tensor([[1.0, 2.0], [0.0, 1.0]]), torch.tensor([[1.5, 2.0], [0.5, 1.0]]), torch.tensor([[0.0, 0.0], [3.0, 1.0]]))', "=>", F.triplet_margin_loss(torch.tensor([[1.0, 2.0], [0.0, 1.0]]), torch.tensor([[1.5, 2.0], [0.5, 1.0]]), torch.tensor([[0.0, 0.0], [3.0, 1.0]])))
except Exception as e:
    print('F.triplet_margin_loss(torch.tensor([[1.0, 2.0], [0.0, 1.0]]), torch.tensor([[1.5, 2.0], [0.5, 1.0]]), torch.tensor([[0.0, 0.0], [3.0, 1.0]]))', "=> ERR", type(e).__name__)
try:
    print('F.triplet_margin_loss(torch.tensor([[1.0, 2.0]]), torch.tensor([[1.5, 2.0]]), torch.tensor([[0.0, 0.0]]), swap=True, p=1)', "=>", F.triplet_margin_loss(torch.tensor([[1.0, 2.0]]), torch.tensor([[1.5, 2.0]]), torch.tensor([[0.0, 0.0]]), swap=True, p=1))
except Exception as e:
    print('F.triplet_margin_loss(torch.tensor([[1.0, 2.0]]), torch.tensor([[1.5, 2.0]]), torch.tensor([[0.0, 0.0]]), swap=True, p=1)', "=> ERR", type(e).__name__)
try:
    print('F.poisson_nll_loss(torch.tensor([0.5, 2.0]), torch.tensor([1.0, 3.0]))', "=>", F.poisson_nll_loss(torch.tensor([0.5, 2.0]), torch.tensor([1.0, 3.0])))
except Exception as e:
    print('F.poisson_nll_loss(torch.tensor([0.5, 2.0]), torch.tensor([1.0, 3.0]))', "=> ERR", type(e).__name__)
try:
    print('F.poisson_nll_loss(torch.tensor([0.5, 2.0]), torch.tensor([1.0, 3.0]), log_input=False, full=True)', "=>", F.poisson_nll_loss(torch.tensor([0.5, 2.0]), torch.tensor([1.0, 3.0]), log_input=False, full=True))
except Exception as e:
    print('F.poisson_nll_loss(torch.tensor([0.5, 2.0]), torch.tensor([1.0, 3.0]), log_input=False, full=True)', "=> ERR", type(e).__name__)
try:
    print('torch.nn.InstanceNorm2d(3)(im)[0, 0, 0] if False else 0', "=>", torch.nn.InstanceNorm2d(3)(im)[0, 0, 0] if False else 0)
except Exception as e:
    print('torch.nn.InstanceNorm2d(3)(im)[0, 0, 0] if False else 0', "=> ERR", type(e).__name__)
