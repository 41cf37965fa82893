/** The graph's own stylesheet, embedded in the SVG so exports look like the pane. */
export const GRAPH_STYLE = `
text { font-family: 'JetBrains Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 11px; fill: #c9d1e4; }
.node { cursor: pointer; }
.node > .box { fill: #1f2330; stroke: #3a4157; stroke-width: 1; }
.node > .band { fill: #39425a; }
.node > .title { font-weight: 700; fill: #f2f4fa; }
.node > .line { fill: #9aa3ba; }
.node.role-input > .box, .node.role-output > .box { fill: #2b2f3d; stroke: #6b7591; }
.node.role-param > .box, .node.role-return > .box { fill: #23273a; stroke: #4d5470; stroke-dasharray: 3 2; }
.node.role-param > .title, .node.role-return > .title { font-weight: 400; fill: #aab3cc; }
.cat-layer > .band { fill: #2f5d8a; }
.cat-activation > .band { fill: #8a3a34; }
.cat-shape > .band { fill: #3d6b4a; }
.cat-module > .band { fill: #22707a; }
.cat-control > .band { fill: #6b4c9a; }
.cat-prim > .band { fill: #4a5166; }
.cat-op > .band { fill: #4b4f7a; }
.node.compound > .box { fill: #1a1d28; stroke: #6b4c9a; }
.node.collapsed > .box { stroke: #6b4c9a; stroke-dasharray: 5 3; }
.toggle { fill: #e9e2ff; font-size: 12px; cursor: pointer; }
.block-box { fill: #161922; stroke: #4d4270; stroke-dasharray: 4 3; }
.block-header { fill: #b9a8e6; font-size: 10.5px; }
.node.selected > .box { stroke: #ff7a45; stroke-width: 2.5; }
.node.highlighted > .box { stroke: #ffd54f; stroke-width: 2; }
.diff-halo { fill: none; stroke: #26c6da; stroke-width: 2; stroke-dasharray: 6 3; }
.differs-finding > .diff-halo { stroke: #ffb300; stroke-width: 2.5; }
.edge path { fill: none; stroke: #7d87a3; stroke-width: 1.2; }
.arrowhead { fill: #7d87a3; }
.edge-label { font-size: 9.5px; fill: #8f9ab5; paint-order: stroke; stroke: #12141b; stroke-width: 3px; }
`;
