/**
 * Read-only text with line numbers, light syntax colouring and one highlighted line
 * (the cross-highlight from the graph or the editor). Text is rendered as React text
 * nodes, never as HTML.
 */
import { memo, useEffect, useRef } from 'react';

interface Props {
  readonly text: string;
  readonly language: 'ir' | 'python';
  readonly highlightLines?: ReadonlySet<number>;
  readonly onLineClick?: (line: number) => void;
  readonly testId?: string;
}

export const TextView = memo(function TextView({ text, language, highlightLines, onLineClick, testId }: Props) {
  const host = useRef<HTMLPreElement>(null);
  const lines = text.replace(/\n$/, '').split('\n');
  const first = highlightLines && highlightLines.size > 0 ? Math.min(...highlightLines) : undefined;
  useEffect(() => {
    if (first === undefined) return;
    host.current?.querySelector(`[data-line="${first}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [first, text]);
  return (
    <pre className={`text-view lang-${language}`} data-testid={testId} ref={host}>
      {lines.map((line, i) => (
        <div
          key={i}
          data-line={i + 1}
          className={highlightLines?.has(i + 1) ? 'line hl' : 'line'}
          onClick={onLineClick ? () => onLineClick(i + 1) : undefined}
        >
          <span className="gutter">{i + 1}</span>
          <span className="content">{colour(line, language)}</span>
        </div>
      ))}
    </pre>
  );
});

const IR_TOKENS = /(#.*$)|(%[\w.]+)|([A-Za-z_]\w*::[\w.]+)|("(?:[^"\\]|\\.)*")|(\b(?:graph|block\d+|return)\b)|(\b\d[\d.e+-]*\b)/g;
const PY_TOKENS =
  /(#.*$)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(\b(?:def|return|if|else|elif|for|while|in|range|and|or|not|class|import|from|as|pass|break|continue|None|True|False|self)\b)|(\b\d[\d.e+-]*\b)|(\b(?:Tensor|int|float|bool|str|List|Tuple|Dict|Optional)\b)/g;
const IR_CLASSES = ['tok-comment', 'tok-value', 'tok-kind', 'tok-string', 'tok-keyword', 'tok-number'];
const PY_CLASSES = ['tok-comment', 'tok-string', 'tok-keyword', 'tok-number', 'tok-type'];

function colour(line: string, language: 'ir' | 'python'): React.ReactNode[] {
  const pattern = language === 'ir' ? IR_TOKENS : PY_TOKENS;
  const classes = language === 'ir' ? IR_CLASSES : PY_CLASSES;
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const m of line.matchAll(pattern)) {
    const index = m.index ?? 0;
    if (index > at) out.push(line.slice(at, index));
    const group = m.slice(1).findIndex((g) => g !== undefined);
    out.push(
      <span key={index} className={classes[group]}>
        {m[0]}
      </span>,
    );
    at = index + m[0].length;
  }
  if (at < line.length) out.push(line.slice(at));
  return out;
}
