import type { ExtractionFile } from '../extraction/schema.js';

/** The document to draft: its id (the corpus file stem), its text, and its partial ISO date if known. */
export interface DraftInput {
  readonly document: string;
  readonly text: string;
  readonly published?: string;
}

/** A plain object in the extraction YAML format (docs/extraction-format.md); it validates. */
export type ExtractionFileObject = ExtractionFile;

/** Something a reviewer should look at; `start` is the offset of `quote` in the text when known. */
export interface ReviewItem {
  readonly kind: 'ambiguous-link' | 'low-confidence' | 'uncovered-span' | (string & {});
  readonly message: string;
  readonly quote?: string;
  readonly start?: number;
}

export interface DraftResult {
  readonly extraction: ExtractionFileObject;
  /** The same, serialised for extraction/<id>.yaml, with a header saying it is a draft and how to review it. */
  readonly yaml: string;
  /** Entities linked to existing gazetteer entries, with the name form of the text that matched. */
  readonly linked: Array<{ id: string; name: string; matchedBy: string }>;
  /** Entities the gazetteer does not know. */
  readonly created: Array<{ id: string; type: string; name: string }>;
  readonly linksByType: Record<string, number>;
  /** Name-like spans of the text that no drafted entity covers (first occurrence of each). */
  readonly uncovered: string[];
  /** Most important first. */
  readonly review: ReviewItem[];
}
