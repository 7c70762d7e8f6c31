import { isHeading, isImageLine, sentencesOf, splitLines, type Line, type Sentence } from '../text/lines.js';

/** A heading and the lines under it up to the next heading (the first section may have none). */
export interface Section {
  readonly heading: Line | null;
  readonly lines: Line[];
  readonly start: number;
  readonly end: number;
}

export interface DocumentLayout {
  readonly lines: Line[];
  readonly sections: Section[];
  sectionAt(offset: number): Section;
  sentences(): Sentence[];
  /** The line after an image file name (skipping blank lines): a photo caption. */
  isCaption(line: Line): boolean;
  /** An image file name line. */
  isImage(line: Line): boolean;
}

export function layoutOf(text: string): DocumentLayout {
  const lines = splitLines(text);
  const sections: Section[] = [];
  let current: Section = { heading: null, lines: [], start: 0, end: 0 };
  const close = (end: number): void => {
    (current as { end: number }).end = end;
    sections.push(current);
  };
  for (const line of lines) {
    if (isHeading(line)) {
      close(line.start);
      current = { heading: line, lines: [], start: line.start, end: line.end };
    } else current.lines.push(line);
  }
  close(text.length);
  const captions = new Set<number>();
  lines.forEach((line, i) => {
    if (!isImageLine(line)) return;
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
    if (next) captions.add(next.index);
  });
  return {
    lines,
    sections,
    sectionAt: (offset) => sections.find((s) => offset >= s.start && offset < Math.max(s.end, s.start + 1)) ?? sections.at(-1) ?? current,
    sentences: () => lines.flatMap(sentencesOf),
    isCaption: (line) => captions.has(line.index),
    isImage: isImageLine,
  };
}
