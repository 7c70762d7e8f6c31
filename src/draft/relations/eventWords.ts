import { sentencesOf, type Line, type Sentence } from '../text/lines.js';
import type { DocumentLayout, Section } from './sections.js';

/** Words naming a kind of event, in the order they decide the kind ("rally" before "meeting"). */
export const EVENT_KINDS: readonly [RegExp, string][] = [
  [/\brall(?:y|ies)\b/i, 'rally'], [/\bwebinar|online meeting|zoom\b/i, 'webinar'], [/\bhustings\b/i, 'hustings'],
  [/\bfringe\b/i, 'fringe'], [/\bconference\b/i, 'conference'], [/\breception\b/i, 'reception'], [/\blaunch/i, 'launch'],
  [/\bpicket/i, 'picket'], [/\btour\b/i, 'tour'], [/\bmeeting|forum|panel|discussion\b/i, 'meeting'],
];
export const STATEMENT_KINDS: readonly [RegExp, string][] = [
  [/\bletter|sincerely|undersigned\b/i, 'letter'], [/\bmotion\b/i, 'motion'], [/\bmanifesto\b/i, 'manifesto'], [/\bpetition|statement|declaration|pledge|appeal\b/i, 'statement'],
];

export function kindOf(table: readonly [RegExp, string][], text: string, fallback: string): string {
  return table.find(([re]) => re.test(text))?.[1] ?? fallback;
}

const describes = (table: readonly [RegExp, string][], text: string): boolean =>
  table.some(([re]) => re.test(text)) || (table === EVENT_KINDS && /\bevents?\b/i.test(text));

/**
 * The first sentence under a section's heading that names an event (or, for a statement, a
 * letter, motion…): where the text introduces what the section's lists are about. Its quote is
 * evidence for the drafted entity, so a reviewer sees the introduction next to the list.
 */
export function introSentence(layout: DocumentLayout, section: Section, type: 'Event' | 'Statement'): Sentence | null {
  const table = type === 'Event' ? EVENT_KINDS : STATEMENT_KINDS;
  for (const line of section.lines) {
    if (layout.isImage(line)) continue;
    const found = sentencesOf(line).find((s) => describes(table, s.text));
    if (found) return found;
  }
  return null;
}

/**
 * A photo caption that reads as the event's full title ("Spring Unity: the Docks eve of Congress
 * Rally"): it names an event kind, does not end like a sentence, and is short. Null when none.
 */
export function captionTitle(layout: DocumentLayout, section: Section): string | null {
  return section.lines.find((line) => isTitleCaption(layout, line))?.text.trim() ?? null;
}

export function isTitleCaption(layout: DocumentLayout, line: Line): boolean {
  const t = line.text.trim();
  return layout.isCaption(line) && !/[.!?;,]$/.test(t) && t.split(/\s+/).length <= 16 && EVENT_KINDS.some(([re]) => re.test(t));
}

/** Whether a section's heading or lines name an event (or carry a photo of one). */
export function describesEvent(layout: DocumentLayout, section: Section): boolean {
  if (section.heading && describes(EVENT_KINDS, section.heading.text)) return true;
  return section.lines.some((l) => layout.isImage(l) || describes(EVENT_KINDS, l.text));
}
