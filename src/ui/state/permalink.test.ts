import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeFragment, decodeQuery, encodeFragment } from './permalink';
import type { PlaygroundState } from './state';

const state: PlaygroundState = {
  source: 'import torch\n\ndef f(x: torch.Tensor):\n    return x + 1  # ünïcode ✓\n',
  mode: 'trace',
  entry: 'f',
  inputs: '(torch.rand(2),)',
  panes: ['graph', 'diff'],
  graphView: 'inlined',
};

const b64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('permalinks', () => {
  it('round-trip the whole state', () => {
    const hash = encodeFragment(state);
    expect(hash).toMatch(/^#v1\/[A-Za-z0-9_-]+$/);
    expect(decodeFragment(hash)).toEqual({ ok: true, state });
  });

  it('ignore fragments that are not links', () => {
    expect(decodeFragment('')).toBeUndefined();
    expect(decodeFragment('#section-2')).toBeUndefined();
  });

  it('explain damaged, hostile and future links without loading them', () => {
    expect(decodeFragment('#v1/@@@')).toMatchObject({ ok: false });
    expect(decodeFragment('#v1/AAAA')).toMatchObject({ ok: false });
    expect(decodeFragment('#v9/abc')).toMatchObject({ ok: false, message: expect.stringContaining('newer version') });
    const notState = b64(deflateSync(new TextEncoder().encode('[1, 2]')));
    expect(decodeFragment(`#v1/${notState}`)).toMatchObject({ ok: false });
    const badMode = b64(deflateSync(new TextEncoder().encode('{"source": "x", "mode": "<img src=x>"}')));
    expect(decodeFragment(`#v1/${badMode}`)).toMatchObject({ ok: false });
  });

  it('stop a decompression bomb', () => {
    const bomb = b64(deflateSync(new Uint8Array(50_000_000).fill(32)));
    expect(bomb.length).toBeLessThan(300_000);
    expect(decodeFragment(`#v1/${bomb}`)).toMatchObject({ ok: false });
  });

  it('accept plain ?code= links', () => {
    const decoded = decodeQuery('?code=def%20f(x)%3A%0A%20%20return%20x&mode=trace&entry=f');
    expect(decoded).toEqual({
      ok: true,
      state: { source: 'def f(x):\n  return x', mode: 'trace', entry: 'f', inputs: '', panes: ['graph', 'ir', 'code', 'output'], graphView: 'graph' },
    });
    expect(decodeQuery('?mode=trace')).toBeUndefined();
    expect(decodeQuery('?code=x&mode=fast')).toMatchObject({ ok: false });
  });
});
