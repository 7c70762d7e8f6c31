import { stringify } from 'yaml';
import type { ExtractionFileObject } from './draftTypes.js';

const HEADER = (document: string): string => `# DRAFT extraction of corpus/${document}.txt, written by the draft extractor (src/draft/).
# Nothing here is reviewed. Every entity and link says \`reviewed: false\`, how sure the rule that
# proposed it was (\`confidence\`, 0 to 1) and which rule that was (\`proposedBy\`).
# To review: correct or delete each item, then delete its \`reviewed: false\` line (or set it to
# true). Check the items listed under "review" by the ingest summary first. Then run
# \`npm run validate\` and \`npm run import\`. See docs/extraction-format.md#drafts-and-review.
`;

/** The draft as extraction/<id>.yaml text: plain YAML (no anchors), long quotes kept on one line. */
export function serialiseDraft(extraction: ExtractionFileObject): string {
  const body = stringify(extraction, { aliasDuplicateObjects: false, lineWidth: 0, defaultStringType: 'PLAIN' });
  return `${HEADER(extraction.document)}\n${body}`;
}
