/**
 * ELK layout time of the ResNet-18 example's inlined graph (about 600 drawn nodes) under
 * layout-option variants, in Node: `npx tsx bench/ui_layout_variants.ts`. The first run of
 * each variant includes ELK's warm-up. See bench/ui.md.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/api/analyze';
import { buildGraphModel } from '../src/api/graph_model';
import { toElk } from '../src/ui/graph/elk_graph';
import ELK from 'elkjs/lib/elk.bundled.js';
const src = readFileSync('src/ui/examples/resnet.py', 'utf8');
const r = analyze({ source: src, mode: 'script' });
const m = buildGraphModel(r.inlinedGraph!);
if (!m.ok) throw new Error(m.error);
console.log('nodes', m.model.nodeCount);
const elk = new ELK();
const variants: Record<string, (o: Record<string, string>) => void> = {
  current: () => {},
  noInline: (o) => { o['elk.edgeLabels.inline'] = 'false'; },
  noInlineOrtho: (o) => { o['elk.edgeLabels.inline'] = 'false'; o['elk.edgeRouting'] = 'ORTHOGONAL'; },
  noInlineSeparate: (o) => { o['elk.edgeLabels.inline'] = 'false'; o['elk.hierarchyHandling'] = 'SEPARATE_CHILDREN'; },
  noInlineSepSimple: (o) => { o['elk.edgeLabels.inline'] = 'false'; o['elk.hierarchyHandling'] = 'SEPARATE_CHILDREN'; o['elk.layered.nodePlacement.strategy'] = 'SIMPLE'; },
};
for (const strip of [false]) for (const [name, f] of Object.entries(variants)) {
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { elk: input } = toElk(m.model, new Set());
    f(input.layoutOptions as Record<string, string>);
    if (strip) for (const e of input.edges ?? []) delete (e as { labels?: unknown }).labels;
    const t = performance.now();
    await elk.layout(input);
    times.push(performance.now() - t);
  }
  console.log(strip ? 'nolabels' : 'labels  ', name.padEnd(16), times.map((t) => t.toFixed(0)).join(' '));
}
