import { ORGANISATION_KINDS } from '../../extraction/schema.js';
import { ORGANISATION_WORDS } from './cueWords.js';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The kind an organisation's own words suggest: "Labour Party" → party; else `other`. */
export function organisationKind(name: string): OrganisationKind {
  const ws = name.split(/[\s'’-]+/);
  if (/\bParliamentary Group\b|^APPG\b|All[- ]Party Parliamentary/i.test(name)) return 'parliamentary-group';
  for (let i = ws.length - 1; i >= 0; i--) {
    const kind = ORGANISATION_WORDS.get(ws[i] ?? '');
    if (kind) return kind;
  }
  return 'other';
}
