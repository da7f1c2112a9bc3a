// Rebuilds lines and paragraphs from the positioned text runs pdfjs gives for a page: runs on the
// same baseline form a line. A new paragraph starts at a vertical gap clearly larger than the usual
// line spacing, a jump up the page (new column), an indented line, a change of font size (headings),
// or after a line that stops well short of the text's right edge (a heading or a paragraph's last
// line). Bare page numbers at the top or bottom of a page are dropped. Pure: positions in, strings out.

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
const PAGE_NUMBER = /^\d{1,3}$/;

export function pageParagraphs(runs: readonly TextRun[]): string[] {
  const all = toLines(runs);
  const lines = all.filter((l, i) => !((i === 0 || i === all.length - 1) && all.length > 1 && PAGE_NUMBER.test(l.text)));
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0);
  const spacing = median(gaps);
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.end));
  const width = right - left;
  const paragraphs: string[][] = [];
  let block: string[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev) {
      const gap = prev.y - line.y;
      const resized = Math.abs(line.height - prev.height) > 0.15 * Math.max(line.height, prev.height);
      const short = lines.length >= 3 && prev.end - left < 0.7 * width && !/-$/.test(prev.text);
      const newParagraph = gap <= 0 || gap > Math.max(spacing * 1.4, prev.height * 1.9) || line.x - prev.x > line.height * 1.5 || resized || short;
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
