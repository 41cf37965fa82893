/**
 * Read-only text with line numbers, light syntax colouring and one highlighted line
 * (the cross-highlight from the graph or the editor). Text is rendered as React text
 * nodes, never as HTML.
 */
import { memo, useEffect, useRef } from 'react';
import { useProgressive } from '../hooks/useProgressive';

/** Lines rendered per frame (Note [Chunked drawing]): a 700-line `.inlined_graph` is several short tasks. */
const CHUNK = 150;

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
  const shown = useProgressive(lines.length, text, CHUNK);
  const first = highlightLines && highlightLines.size > 0 ? Math.min(...highlightLines) : undefined;
  useEffect(() => {
    if (first === undefined) return;
    host.current?.querySelector(`[data-line="${first}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [first, text, first !== undefined && first <= shown]);
  return (
    <pre className={`text-view lang-${language}`} data-testid={testId} ref={host}>
      {lines.slice(0, shown).map((line, i) => (
        <Line key={i} n={i + 1} line={line} language={language} hl={highlightLines?.has(i + 1) ?? false} onLineClick={onLineClick} />
      ))}
    </pre>
  );
});

interface LineProps {
  readonly n: number;
  readonly line: string;
  readonly language: 'ir' | 'python';
  readonly hl: boolean;
  readonly onLineClick: ((line: number) => void) | undefined;
}

// Memoised: while chunks arrive, lines already shown are not coloured again.
const Line = memo(function Line({ n, line, language, hl, onLineClick }: LineProps) {
  return (
    <div data-line={n} className={hl ? 'line hl' : 'line'} onClick={onLineClick ? () => onLineClick(n) : undefined}>
      <span className="gutter">{n}</span>
      <span className="content">{colour(line, language)}</span>
    </div>
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
