/**
 * The draft extractor's contract: what `npm run ingest`, POST /admin/documents and the eval call.
 *
 *   const gazetteer = loadGazetteer(EXTRACTION_DIR, { excludeDocument: id });
 *   const draft = draftExtraction({ document: id, text, published }, gazetteer, (done, total) => …);
 *   // draft.yaml → extraction/<id>.yaml; draft.extraction is the same as a plain object.
 *
 * - `draftExtraction` is pure and synchronous: it reads nothing but its arguments (the gazetteer is
 *   built beforehand), so drafting a document can never see that document's reviewed file.
 * - Every entity and link of the draft carries `reviewed: false`, a `confidence` in [0, 1] and
 *   `proposedBy`; every evidence quote occurs verbatim in `text` (`{quote, start}` when it repeats),
 *   and the file passes `npm run validate` once the document's text and metadata are in the corpus.
 * - Entities linked to a gazetteer entry reuse its id; the validator resolves them against the
 *   other extraction files, so the draft is written next to them.
 * - Input the extractor refuses (empty text, lone surrogates, NUL bytes) throws a DraftInputError
 *   with one clear message; nothing else is thrown for any text.
 */
export { DraftInputError } from './draftInputError.js';
export { buildGazetteer, loadGazetteer, type Gazetteer, type GazetteerFile, type GazetteerOptions } from './gazetteer.js';
export { draftExtraction } from './draftExtraction.js';
export type { DraftInput, DraftResult, ExtractionFileObject, ReviewItem } from './draftTypes.js';
