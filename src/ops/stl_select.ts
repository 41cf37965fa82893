// Selection algorithms with the exact element moves of the C++ code PyTorch's CPU kernels call,
// so ties come out at the indices PyTorch returns (Note [Tie order]).
//
// Note [Tie order]: topk runs libstdc++'s std::nth_element / std::sort / std::partial_sort over
// (value, index) pairs compared by value only, and kthvalue runs ATen's quick_select_template;
// neither is stable, so which of several equal values comes first depends on the swaps made.

export type Less<T> = (a: T, b: T) => boolean;

function swap<T>(a: T[], i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

function moveMedianToFirst<T>(a: T[], result: number, x: number, y: number, z: number, less: Less<T>): void {
  if (less(a[x]!, a[y]!)) {
    if (less(a[y]!, a[z]!)) swap(a, result, y);
    else if (less(a[x]!, a[z]!)) swap(a, result, z);
    else swap(a, result, x);
  } else if (less(a[x]!, a[z]!)) swap(a, result, x);
  else if (less(a[y]!, a[z]!)) swap(a, result, z);
  else swap(a, result, y);
}

/** std::__unguarded_partition_pivot: median of three to the front, then Hoare partition. */
function partitionPivot<T>(a: T[], first: number, last: number, less: Less<T>): number {
  moveMedianToFirst(a, first, first + 1, first + Math.floor((last - first) / 2), last - 1, less);
  let f = first + 1;
  let l = last;
  for (;;) {
    while (less(a[f]!, a[first]!)) f++;
    l--;
    while (less(a[first]!, a[l]!)) l--;
    if (!(f < l)) return f;
    swap(a, f, l);
    f++;
  }
}

function insertionSort<T>(a: T[], first: number, last: number, less: Less<T>): void {
  for (let i = first + 1; i < last; i++) {
    const v = a[i]!;
    if (less(v, a[first]!)) {
      for (let j = i; j > first; j--) a[j] = a[j - 1]!;
      a[first] = v;
    } else {
      let j = i;
      while (less(v, a[j - 1]!)) {
        a[j] = a[j - 1]!;
        j--;
      }
      a[j] = v;
    }
  }
}

// libstdc++'s binary heap (std::__adjust_heap with its __push_heap).
function adjustHeap<T>(a: T[], first: number, hole: number, len: number, value: T, less: Less<T>): void {
  const top = hole;
  let child = hole;
  while (child < Math.floor((len - 1) / 2)) {
    child = 2 * (child + 1);
    if (less(a[first + child]!, a[first + child - 1]!)) child--;
    a[first + hole] = a[first + child]!;
    hole = child;
  }
  if ((len & 1) === 0 && child === Math.floor((len - 2) / 2)) {
    child = 2 * (child + 1);
    a[first + hole] = a[first + child - 1]!;
    hole = child - 1;
  }
  let parent = Math.floor((hole - 1) / 2);
  while (hole > top && less(a[first + parent]!, value)) {
    a[first + hole] = a[first + parent]!;
    hole = parent;
    parent = Math.floor((hole - 1) / 2);
  }
  a[first + hole] = value;
}

function makeHeap<T>(a: T[], first: number, last: number, less: Less<T>): void {
  const len = last - first;
  if (len < 2) return;
  for (let parent = Math.floor((len - 2) / 2); ; parent--) {
    adjustHeap(a, first, parent, len, a[first + parent]!, less);
    if (parent === 0) return;
  }
}

function popHeap<T>(a: T[], first: number, last: number, result: number, less: Less<T>): void {
  const v = a[result]!;
  a[result] = a[first]!;
  adjustHeap(a, first, 0, last - first, v, less);
}

function heapSelect<T>(a: T[], first: number, middle: number, last: number, less: Less<T>): void {
  makeHeap(a, first, middle, less);
  for (let i = middle; i < last; i++) if (less(a[i]!, a[first]!)) popHeap(a, first, middle, i, less);
}

function sortHeap<T>(a: T[], first: number, last: number, less: Less<T>): void {
  while (last - first > 1) {
    last--;
    popHeap(a, first, last, last, less);
  }
}

const log2 = (n: number): number => Math.floor(Math.log2(n));

/** std::nth_element (introselect). */
export function nthElement<T>(a: T[], nth: number, less: Less<T>): void {
  let [first, last] = [0, a.length];
  if (first === last || nth === last) return;
  let depth = 2 * log2(last - first);
  while (last - first > 3) {
    if (depth === 0) {
      heapSelect(a, first, nth + 1, last, less);
      swap(a, first, nth);
      return;
    }
    depth--;
    const cut = partitionPivot(a, first, last, less);
    if (cut <= nth) first = cut;
    else last = cut;
  }
  insertionSort(a, first, last, less);
}

function introsortLoop<T>(a: T[], first: number, last: number, depth: number, less: Less<T>): void {
  while (last - first > 16) {
    if (depth === 0) {
      heapSelect(a, first, last, last, less);
      sortHeap(a, first, last, less);
      return;
    }
    depth--;
    const cut = partitionPivot(a, first, last, less);
    introsortLoop(a, cut, last, depth, less);
    last = cut;
  }
}

/** std::sort of a[first, last) (introsort, then a final insertion sort). */
export function stlSort<T>(a: T[], first: number, last: number, less: Less<T>): void {
  if (last - first < 2) return;
  introsortLoop(a, first, last, 2 * log2(last - first), less);
  if (last - first > 16) {
    insertionSort(a, first, first + 16, less);
    for (let i = first + 16; i < last; i++) {
      const v = a[i]!;
      let j = i;
      while (less(v, a[j - 1]!)) {
        a[j] = a[j - 1]!;
        j--;
      }
      a[j] = v;
    }
  } else insertionSort(a, first, last, less);
}

/** std::partial_sort: the first `middle` entries sorted, the rest in heap order. */
export function partialSort<T>(a: T[], middle: number, less: Less<T>): void {
  heapSelect(a, 0, middle, a.length, less);
  sortHeap(a, 0, middle, less);
}

/** ATen's quick_select_template (SortingUtils.h): `gt` is "greater, NaN largest"; moves entries so `a[k]` is the k-th. */
export function atenQuickSelect<T>(a: T[], k: number, gt: Less<T>): void {
  let [L, R] = [0, a.length - 1];
  for (;;) {
    if (R <= L) return;
    if (R === L + 1) {
      if (gt(a[L]!, a[R]!)) swap(a, L, R);
      return;
    }
    const P = L + Math.floor((R - L) / 2);
    swap(a, P, L + 1);
    if (gt(a[L + 1]!, a[R]!)) swap(a, L + 1, R);
    if (gt(a[L]!, a[R]!)) swap(a, L, R);
    if (gt(a[L + 1]!, a[L]!)) swap(a, L + 1, L);
    let i = L + 1;
    let j = R;
    const piv = a[L]!;
    for (;;) {
      do i++;
      while (gt(piv, a[i]!));
      do j--;
      while (gt(a[j]!, piv));
      if (j < i) break;
      swap(a, i, j);
    }
    swap(a, L, j);
    if (j <= k) L = i;
    if (j >= k) R = j - 1;
  }
}
