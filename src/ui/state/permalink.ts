/**
 * Permalinks: the whole state in the URL fragment as `#v1/<base64url(deflate(JSON))>`.
 * Note [Hostile links]: a link is untrusted data. It is size-limited before and while
 * inflating, parsed as JSON only, validated field by field, and only ever becomes
 * editor text and settings: never HTML, never code run as JavaScript.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import type { Mode } from '../../api/types';
import { DEFAULT_PANES, MAX_INPUTS_CHARS, MAX_SOURCE_CHARS, MODES, PANES } from './state';
import type { PaneId, PlaygroundState } from './state';

const VERSION = 'v1';
const MAX_LINK_CHARS = 300_000;
const MAX_JSON_BYTES = 4 * MAX_SOURCE_CHARS;

export type Decoded = { readonly ok: true; readonly state: PlaygroundState } | { readonly ok: false; readonly message: string };

/** The fragment (with `#`) that reproduces `state`. */
export function encodeFragment(state: PlaygroundState): string {
  const json = JSON.stringify({
    source: state.source,
    mode: state.mode,
    entry: state.entry,
    inputs: state.inputs,
    panes: state.panes,
    graphView: state.graphView,
  });
  return `#${VERSION}/${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** Reads a fragment; undefined when there is none to read (an empty or foreign fragment). */
export function decodeFragment(hash: string): Decoded | undefined {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const m = /^v(\d+)\/(.*)$/s.exec(body);
  if (!m) return undefined;
  if (m[1] !== '1') return { ok: false, message: `This link was made by a newer version of jitscope (format v${m[1]}).` };
  if (m[2]!.length > MAX_LINK_CHARS) return { ok: false, message: 'This link is too long to be a jitscope link.' };
  let json: unknown;
  try {
    json = JSON.parse(inflateLimited(fromBase64Url(m[2]!), MAX_JSON_BYTES));
  } catch {
    return { ok: false, message: 'This link is damaged (it could not be decompressed). Nothing was loaded from it.' };
  }
  return validate(json);
}

/** Reads `?code=...&mode=...&entry=...`; undefined when there is no `code`. */
export function decodeQuery(search: string): Decoded | undefined {
  const params = new URLSearchParams(search);
  const code = params.get('code');
  if (code === null) return undefined;
  return validate({ source: code, mode: params.get('mode') ?? 'script', entry: params.get('entry'), inputs: params.get('inputs') ?? '' });
}

/** Checks untrusted data (a link, an autosave) field by field. */
export function validate(data: unknown): Decoded {
  const fail = (why: string): Decoded => ({ ok: false, message: `This link is not a valid jitscope link: ${why}. Nothing was loaded from it.` });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('it holds no state');
  const d = data as Record<string, unknown>;
  if (typeof d.source !== 'string') return fail('it has no source');
  if (d.source.length > MAX_SOURCE_CHARS) return fail('its source is too long');
  const mode = d.mode ?? 'script';
  if (typeof mode !== 'string' || !MODES.includes(mode as Mode)) return fail(`unknown mode`);
  const entry = d.entry ?? null;
  if (entry !== null && (typeof entry !== 'string' || !/^[A-Za-z_]\w{0,200}$/.test(entry))) return fail('bad entry name');
  const inputs = d.inputs ?? '';
  if (typeof inputs !== 'string' || inputs.length > MAX_INPUTS_CHARS) return fail('bad example inputs');
  let panes: readonly PaneId[] = DEFAULT_PANES;
  if (Array.isArray(d.panes)) panes = PANES.filter((p) => (d.panes as unknown[]).includes(p));
  const graphView = d.graphView === 'inlined' ? 'inlined' : 'graph';
  return { ok: true, state: { source: d.source, mode: mode as Mode, entry, inputs, panes, graphView } };
}

// Inflates in small steps so a decompression bomb stops at `limit` bytes.
function inflateLimited(data: Uint8Array, limit: number): string {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new Error('too large');
    chunks.push(chunk);
  });
  const step = 1024;
  for (let i = 0; i < data.length; i += step) inflate.push(data.subarray(i, i + step), i + step >= data.length);
  if (data.length === 0) throw new Error('empty');
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return strFromU8(out);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
