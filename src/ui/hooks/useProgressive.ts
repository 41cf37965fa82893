/**
 * Note [Chunked drawing]: hundreds of SVG nodes or text lines rendered in one React commit
 * block the main thread for 60-100 ms; rendering a chunk more items per frame keeps every
 * task short. Returns how many of `total` items to render so far, restarting when `key` changes.
 * The chunk adapts: each commit is timed (render to layout effect) and the next chunk is sized
 * to take about FRAME_BUDGET_MS, so a slow or busy machine draws in smaller steps.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

const FRAME_BUDGET_MS = 12;

export function useProgressive(total: number, key: unknown, initialChunk: number): number {
  const chunk = useRef(initialChunk);
  const renderedAt = useRef(0);
  const [shown, setShown] = useState({ key, count: Math.min(total, initialChunk) });
  const count = shown.key === key ? Math.min(total, shown.count) : Math.min(total, chunk.current);
  renderedAt.current = performance.now();
  const drawnBefore = useRef(0);
  useLayoutEffect(() => {
    // Only a render that added items says how long items take.
    const added = count - (shown.key === key ? drawnBefore.current : 0);
    drawnBefore.current = count;
    if (added <= 0) return;
    const perItem = Math.max(0.01, (performance.now() - renderedAt.current) / added);
    chunk.current = Math.round(Math.min(initialChunk * 4, Math.max(10, FRAME_BUDGET_MS / perItem)));
  });
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setShown({ key, count: Math.min(total, count + chunk.current) }));
    return () => cancelAnimationFrame(frame);
  }, [count, total, key]);
  return count;
}
