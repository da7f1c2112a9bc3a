// Rebuilds lines and paragraphs from the positioned text runs pdfjs gives for a page: runs on the
// same baseline form a line; a vertical gap clearly larger than the usual line spacing, or a jump
// up the page (new column or page), starts a new paragraph. Pure: positions in, strings out.

export interface TextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly hasEOL: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  height: number;
  end: number;
}

function toLines(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let breakNext = false;
  for (const run of runs) {
    if (run.str.length === 0 && !run.hasEOL) continue;
    const height = run.height || 10;
    const sameLine = current && !breakNext && Math.abs(current.y - run.y) < Math.max(current.height, height) * 0.5;
    if (!sameLine) {
      if (run.str.trim().length > 0) {
        current = { text: run.str, x: run.x, y: run.y, height, end: run.x + run.width };
        lines.push(current);
      } else current = null;
    } else if (current) {
      const gap = run.x - current.end;
      const needsSpace = gap > height * 0.15 && !current.text.endsWith(' ') && !run.str.startsWith(' ');
      current.text += (needsSpace ? ' ' : '') + run.str;
      current.end = Math.max(current.end, run.x + run.width);
      current.height = Math.max(current.height, height);
    }
    breakNext = run.hasEOL;
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text.length > 0);
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!; // lower median: paragraph gaps must not set the norm
}

function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line;
    else if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(line)) out = out.slice(0, -1) + line; // hyphenated word
    else out += ` ${line}`;
  }
  return out;
}

/** The paragraphs of one page. */
export function pageParagraphs(runs: readonly TextRun[]): string[] {
  const lines = toLines(runs);
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0);
  const spacing = median(gaps);
  const paragraphs: string[][] = [];
  let block: string[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev) {
      const gap = prev.y - line.y;
      const newParagraph = gap <= 0 || gap > Math.max(spacing * 1.4, prev.height * 1.9) || line.x - prev.x > line.height * 1.5;
      if (newParagraph && block.length) {
        paragraphs.push(block);
        block = [];
      }
    }
    block.push(line.text);
  });
  if (block.length) paragraphs.push(block);
  return paragraphs.map(joinLines);
}
