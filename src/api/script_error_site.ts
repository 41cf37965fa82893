/**
 * Where a TorchScript error raised by the program's own `torch.jit.script(...)` points:
 * its text names `File "main.py", line N` and underlines the spot with `~~~ <--- HERE`.
 */
import type { ApiRange } from './types';

/** The first `File "<fileName>", line N` frame of `text`, with the columns of its `~~~` underline when present. */
export function scriptErrorSite(text: string, fileName: string): ApiRange | undefined {
  const lines = text.split('\n');
  const header = `File "${fileName}", line `;
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!.indexOf(header);
    if (at < 0) continue;
    const m = /^(\d+)/.exec(lines[i]!.slice(at + header.length));
    // A traceback frame (`, in <module>`) is the call site, not the error site.
    if (!m || lines[i]!.includes(', in ')) continue;
    const line = Number(m[1]);
    // The excerpt ends at the error's last line, with the underline right after it.
    for (let j = i + 1; j < lines.length && !lines[j]!.includes(header); j++) {
      const caret = /^(\s*)(~+)\s*<--- HERE/.exec(lines[j]!);
      if (caret) return { startLine: line, startCol: caret[1]!.length, endLine: line, endCol: caret[1]!.length + caret[2]!.length };
    }
    return { startLine: line, startCol: 0, endLine: line, endCol: 1_000 };
  }
  return undefined;
}
