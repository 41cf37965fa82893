/** A resizable row or column of panes; sizes persist per split in localStorage. */
import { Children, Fragment, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface Props {
  readonly id: string;
  readonly direction: 'row' | 'column';
  /** Initial fractions, one per child (normalised). */
  readonly initial: readonly number[];
  readonly children: ReactNode;
}

const MIN_FRACTION = 0.08;

export function Split({ id, direction, initial, children }: Props) {
  const items = Children.toArray(children);
  const key = `jitscope.split.${id}.${items.length}`;
  const [sizes, setSizes] = useState<number[]>(() => {
    const saved = readSizes(key, items.length);
    return saved ?? normalise(initial.slice(0, items.length), items.length);
  });
  const host = useRef<HTMLDivElement>(null);
  const current = sizes.length === items.length ? sizes : normalise(initial.slice(0, items.length), items.length);

  const startDrag = (index: number) => (e: React.PointerEvent) => {
    e.preventDefault();
    const rect = host.current!.getBoundingClientRect();
    const total = direction === 'row' ? rect.width : rect.height;
    const start = direction === 'row' ? e.clientX : e.clientY;
    const base = [...current];
    const target = e.currentTarget as HTMLElement;
    target.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      const delta = ((direction === 'row' ? ev.clientX : ev.clientY) - start) / total;
      const pair = base[index]! + base[index + 1]!;
      const a = Math.min(pair - MIN_FRACTION, Math.max(MIN_FRACTION, base[index]! + delta));
      const next = [...base];
      next[index] = a;
      next[index + 1] = pair - a;
      setSizes(next);
    };
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      setSizes((s) => {
        localStorage.setItem(key, JSON.stringify(s));
        return s;
      });
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };

  return (
    <div className={`split split-${direction}`} ref={host}>
      {items.map((child, i) => (
        <Fragment key={i}>
          {i > 0 && <div className={`gutter gutter-${direction}`} role="separator" aria-orientation={direction === 'row' ? 'vertical' : 'horizontal'} onPointerDown={startDrag(i - 1)} />}
          <div className="split-item" style={{ flexGrow: current[i], flexBasis: 0 }}>
            {child}
          </div>
        </Fragment>
      ))}
    </div>
  );
}

function normalise(values: readonly number[], n: number): number[] {
  const filled = Array.from({ length: n }, (_, i) => values[i] ?? 1 / n);
  const sum = filled.reduce((a, b) => a + b, 0);
  return filled.map((v) => v / sum);
}

function readSizes(key: string, n: number): number[] | undefined {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (Array.isArray(raw) && raw.length === n && raw.every((v) => typeof v === 'number' && v > 0)) return normalise(raw as number[], n);
  } catch {
    // A damaged saved layout falls back to the default.
  }
  return undefined;
}
