/** Exports the graph view as a standalone SVG or PNG file. */
import type { DrawnGraph } from './drawing';

/** The SVG text of the whole graph at scale 1, whatever the current pan and zoom. */
export function svgText(svg: SVGSVGElement, drawn: DrawnGraph): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('data-testid');
  copy.removeAttribute('class');
  copy.setAttribute('width', String(Math.ceil(drawn.width)));
  copy.setAttribute('height', String(Math.ceil(drawn.height)));
  copy.setAttribute('viewBox', `0 0 ${Math.ceil(drawn.width)} ${Math.ceil(drawn.height)}`);
  copy.querySelector('.viewport')?.setAttribute('transform', '');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#12141b');
  copy.insertBefore(background, copy.querySelector('.viewport'));
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, drawn: DrawnGraph, name: string): void {
  download(new Blob([svgText(svg, drawn)], { type: 'image/svg+xml' }), `${name}.svg`);
}

export async function downloadPng(svg: SVGSVGElement, drawn: DrawnGraph, name: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svgText(svg, drawn)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    // Twice the size for sharp text, within what a canvas accepts.
    const scale = Math.min(2, 16_000 / Math.max(drawn.width, drawn.height, 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(drawn.width * scale);
    canvas.height = Math.ceil(drawn.height * scale);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) download(blob, `${name}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function download(blob: Blob, fileName: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
