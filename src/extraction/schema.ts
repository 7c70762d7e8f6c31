import { z } from 'zod';
import { normaliseDateInput, parsePartialDate } from './partialDate.js';
import {
  DOCUMENT_ID_PATTERN, DOCUMENT_KINDS, ELECTION_KINDS, ENTITY_TYPES, EVENT_KINDS, ID_PATTERNS,
  LINK_TYPES, ORGANISATION_KINDS, PARTICIPATION_ROLES, STATEMENT_KINDS, endpointTypeOfId, type EntityType,
} from './vocabulary.js';

export * from './vocabulary.js';

export const dateString = z.preprocess(
  normaliseDateInput,
  z.string().refine((v) => parsePartialDate(v) !== null, {
    message: 'expected a quoted ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  }),
);
const text = z.string().trim().min(1);
const ref = z.string().refine((v) => endpointTypeOfId(v) !== null, {
  message: 'not a valid id (person:…, org:…, event:…, statement:…, <kind>.<area>.<date>, or doc:<document-id>)',
});

/** Quotes are verbatim, so unlike other text they are not trimmed. */
const quote = z.string().refine((v) => v.trim() !== '', { message: 'quote is empty' });
export const EvidenceItemSchema = z.union([
  quote,
  z.strictObject({ quote, start: z.number().int().nonnegative() }),
]);
export const EvidenceSchema = z.array(EvidenceItemSchema).min(1, 'evidence needs at least one quote');
export type EvidenceItem = z.output<typeof EvidenceItemSchema>;

/**
 * Draft metadata (docs/extraction-format.md#drafts-and-review): absent `reviewed` means reviewed,
 * so hand-written files need none of these fields.
 */
const draftMeta = {
  reviewed: z.boolean().optional(),
  confidence: z.number().min(0, 'confidence must be between 0 and 1').max(1, 'confidence must be between 0 and 1').optional(),
  proposedBy: text.optional(),
};

const idFor = (t: EntityType) =>
  z.string().regex(ID_PATTERNS[t], `id does not have the ${t} form (see docs/extraction-format.md#ids)`);
const entityCommon = {
  name: text,
  aliases: z.array(text).optional(),
  misspellings: z.array(text).optional(),
  description: text.optional(),
  ...draftMeta,
  evidence: EvidenceSchema,
};

export const PersonSchema = z.strictObject({
  id: idFor('Person'), type: z.literal('Person'), ...entityCommon,
  born: dateString.optional(), bornInferred: text.optional(),
});
export const OrganisationSchema = z.strictObject({
  id: idFor('Organisation'), type: z.literal('Organisation'), ...entityCommon,
  kind: z.enum(ORGANISATION_KINDS),
});
export const EventSchema = z.strictObject({
  id: idFor('Event'), type: z.literal('Event'), ...entityCommon,
  kind: z.enum(EVENT_KINDS), date: dateString.optional(), dateInferred: text.optional(), place: text.optional(),
});
export const StatementSchema = z.strictObject({
  id: idFor('Statement'), type: z.literal('Statement'), ...entityCommon,
  kind: z.enum(STATEMENT_KINDS), date: dateString.optional(), dateInferred: text.optional(),
});
export const ElectionSchema = z
  .strictObject({
    id: idFor('Election'), type: z.literal('Election'), ...entityCommon,
    kind: z.enum(ELECTION_KINDS), body: text.optional(), area: text.optional(),
    date: dateString.optional(), dateInferred: text.optional(),
    majority: z.number().optional(), majorityPct: z.number().optional(),
    turnout: z.number().optional(), turnoutPct: z.number().optional(), turnoutChange: z.number().optional(),
    swing: z.number().optional(), result: text.optional(), seats: z.number().int().positive().optional(),
  })
  .refine((e) => e.id.startsWith(`${e.kind}.`), { message: 'kind must match the id prefix', path: ['kind'] });

export const EntitySchema = z.discriminatedUnion(
  'type',
  [PersonSchema, OrganisationSchema, EventSchema, StatementSchema, ElectionSchema],
  { error: (iss) => (iss.code === 'invalid_union' ? `type must be one of ${ENTITY_TYPES.join(', ')}` : undefined) },
);
export type Entity = z.output<typeof EntitySchema>;
export type Person = z.output<typeof PersonSchema>;
export type Election = z.output<typeof ElectionSchema>;

const linkCommon = {
  from: ref, to: ref,
  start: dateString.optional(), startInferred: text.optional(),
  end: dateString.optional(), endInferred: text.optional(),
  current: z.boolean().optional(), alleged: z.boolean().optional(), withdrawn: z.boolean().optional(),
  note: text.optional(),
  ...draftMeta,
  evidence: EvidenceSchema,
};
const order = z.number().int().positive();
const num = z.number();

export const LinkSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('MEMBER_OF'), ...linkCommon, role: text.optional() }),
    z.strictObject({ type: z.literal('HELD_POSITION'), ...linkCommon, role: text, place: text.optional() }),
    z.strictObject({ type: z.literal('STUDIED_AT'), ...linkCommon, qualification: text.optional() }),
    z.strictObject({ type: z.literal('PARTICIPATED_IN'), ...linkCommon, role: z.enum(PARTICIPATION_ROLES) }),
    z.strictObject({ type: z.literal('SIGNED'), ...linkCommon, order: order.optional() }),
    z.strictObject({ type: z.literal('AUTHORED'), ...linkCommon, order: order.optional() }),
    z.strictObject({ type: z.literal('ISSUED'), ...linkCommon }),
    z.strictObject({
      type: z.literal('STOOD_IN'), ...linkCommon,
      label: text.optional(), party: ref.optional(), votes: num.int().nonnegative().optional(),
      share: num.optional(), shareChange: num.optional(), rank: order.optional(), elected: z.boolean().optional(),
    }),
    z.strictObject({ type: z.literal('BACKED'), ...linkCommon, election: ref.optional() }),
    z.strictObject({ type: z.literal('INTERVIEWED'), ...linkCommon, publication: ref.optional() }),
    z.strictObject({ type: z.literal('WROTE_FOR'), ...linkCommon }),
    z.strictObject({ type: z.literal('APPOINTED'), ...linkCommon, role: text.optional() }),
    z.strictObject({ type: z.literal('PART_OF'), ...linkCommon }),
    z.strictObject({ type: z.literal('ALLIED_WITH'), ...linkCommon }),
    z.strictObject({ type: z.literal('OPPOSED'), ...linkCommon }),
  ],
  { error: (iss) => (iss.code === 'invalid_union' ? `link type must be one of ${LINK_TYPES.join(', ')}` : undefined) },
);
export type Link = z.output<typeof LinkSchema>;

export const IgnoreEntrySchema = z.strictObject({ span: text, reason: text });
export type IgnoreEntry = z.output<typeof IgnoreEntrySchema>;

/** A list that may be left empty (`links:` with nothing after it reads as null). */
const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => v ?? [], z.array(item));

/** Top level of an extraction file with items left unchecked, so each item is validated on its own. */
export const ExtractionShellSchema = z.strictObject({
  document: z.string().regex(DOCUMENT_ID_PATTERN, 'not a valid document id'),
  entities: list(z.unknown()),
  links: list(z.unknown()),
  ignore: list(z.unknown()),
});

export const ExtractionFileSchema = ExtractionShellSchema.extend({
  entities: list(EntitySchema),
  links: list(LinkSchema),
  ignore: list(IgnoreEntrySchema),
});
export type ExtractionFile = z.output<typeof ExtractionFileSchema>;

export const DocumentMetaSchema = z.strictObject({
  id: z.string().regex(DOCUMENT_ID_PATTERN, 'not a valid document id'),
  title: text,
  publisher: text,
  kind: z.enum(DOCUMENT_KINDS),
  url: z.url().optional(),
  published: dateString,
  publishedInferred: text.optional(),
  author: text.optional(),
});
export type DocumentMeta = z.output<typeof DocumentMetaSchema>;

/** `corpus/documents.yaml`: a list of documents, or `{documents: [...]}`. */
export const DocumentsFileSchema = z.union([
  z.array(DocumentMetaSchema),
  z.strictObject({ documents: z.array(DocumentMetaSchema) }),
]);
