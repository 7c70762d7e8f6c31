import type { EvidenceItem, LinkType } from '../../extraction/schema.js';
import { evidenceAt, sameEvidence } from '../evidence.js';

export interface DraftLink {
  readonly type: LinkType;
  readonly from: string;
  readonly to: string;
  readonly fields: Record<string, string | number | boolean>;
  readonly evidence: EvidenceItem[];
  confidence: number;
  readonly proposedBy: string;
}

/** The draft's links; one per type, ends and role (as the validator requires), evidence merged. */
export class DraftLinks {
  private readonly byKey = new Map<string, DraftLink>();

  constructor(private readonly text: string) {}

  get all(): DraftLink[] {
    return [...this.byKey.values()];
  }

  add(type: LinkType, from: string, to: string, opts: { fields?: DraftLink['fields']; spans: readonly (readonly [number, number])[]; rule: string; confidence: number }): DraftLink | null {
    if (from === to || opts.spans.length === 0) return null;
    const role = opts.fields?.['role'];
    const key = [type, from, to, typeof role === 'string' ? role.trim().toLowerCase() : ''].join('#');
    let link = this.byKey.get(key);
    if (!link) {
      link = { type, from, to, fields: { ...opts.fields }, evidence: [], confidence: opts.confidence, proposedBy: opts.rule };
      this.byKey.set(key, link);
    } else {
      link.confidence = Math.max(link.confidence, opts.confidence);
    }
    for (const [s, e] of opts.spans) {
      if (e <= s || this.text.slice(s, e).trim() === '') continue;
      const item = evidenceAt(this.text, s, e);
      if (link.evidence.length < 3 && !link.evidence.some((x) => sameEvidence(x, item, this.text))) link.evidence.push(item);
    }
    if (link.evidence.length === 0) {
      this.byKey.delete(key);
      return null;
    }
    return link;
  }
}
