/** The first sentence of a message: `RuntimeError: ` and the line after it, without the source excerpt. */
export function headline(message: string): string {
  const lines = message.split('\n').map((l) => l.trim());
  const cut = lines.findIndex((l) => l.startsWith('File "'));
  const text = (cut < 0 ? lines : lines.slice(0, cut)).filter(Boolean).join(' ');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
