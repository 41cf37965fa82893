import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
w = torch.arange(12.0).view(4, 3)
print(F.embedding_bag(torch.tensor([0, 1, 2, 3]), w, torch.tensor([0, 2])))
print(F.embedding_bag(torch.tensor([[0, 1], [2, 3]]), w, mode='sum'))
print(F.embedding_bag(torch.tensor([0, 1, 2, 3]), w, torch.tensor([0, 1, 4]), mode='max', include_last_offset=True))
print(F.embedding_bag(torch.tensor([0, 2, 2, 3]), w, torch.tensor([0, 2, 2]), mode='mean'))
print(F.embedding_bag(torch.tensor([0, 1, 0, 3]), w, torch.tensor([0, 2]), padding_idx=0))
print(F.embedding_bag(torch.tensor([0, 1, 2]), w, torch.tensor([0, 1]), mode='sum', per_sample_weights=torch.tensor([0.5, 2.0, 1.0])))
bag = nn.EmbeddingBag(10, 3, mode='sum')
print(bag, nn.EmbeddingBag(5, 2, padding_idx=1))
print(bag(torch.tensor([1, 2, 4, 5, 4, 3, 2, 9]), torch.tensor([0, 4])))
print(bag(torch.tensor([[1, 2], [3, 4]])))


class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.bag = nn.EmbeddingBag(6, 2)

    def forward(self, x, o):
        return self.bag(x, o)


s = torch.jit.script(M())
print(s(torch.tensor([1, 2, 3, 4]), torch.tensor([0, 3])))
