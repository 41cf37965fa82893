/**
 * Note [Chunked drawing]: hundreds of SVG nodes or text lines rendered in one React commit
 * block the main thread for 60-100 ms; rendering `chunk` more items per frame keeps every
 * task short. Returns how many of `total` items to render so far, restarting when `key` changes.
 */
import { useEffect, useState } from 'react';

export function useProgressive(total: number, key: unknown, chunk: number): number {
  const [shown, setShown] = useState({ key, count: Math.min(total, chunk) });
  const count = shown.key === key ? Math.min(total, shown.count) : Math.min(total, chunk);
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setShown({ key, count: Math.min(total, count + chunk) }));
    return () => cancelAnimationFrame(frame);
  }, [count, total, key, chunk]);
  return count;
}
