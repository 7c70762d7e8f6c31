import { typeOfRef, type CorpusContext } from '../extraction/corpusContext.js';
import { fieldOf } from '../extraction/entityProps.js';
import type { LoadedExtraction, Located } from '../extraction/loadExtraction.js';
import { DOCUMENT_REF_PREFIX, LINK_ENDPOINTS, type EndpointType, type Link } from '../extraction/schema.js';
import { closestId } from './closestId.js';
import type { ValidationIssue } from './validationIssue.js';

/** Link fields other than the ends that hold an id, and the type that id must have. */
const ID_FIELDS: Readonly<Record<string, EndpointType>> = { party: 'Organisation', election: 'Election', publication: 'Organisation' };

function checkRef(ctx: CorpusContext, x: LoadedExtraction, link: Located<Link>, field: string, allowed: readonly EndpointType[]): ValidationIssue[] {
  const id = fieldOf(link.value, field);
  if (typeof id !== 'string') return [];
  const line = x.lineOf(link.path, field);
  const actual = typeOfRef(ctx, id);
  if (actual === null) {
    const hint = closestId(id, ctx.declarations.keys());
    const what = id.startsWith(DOCUMENT_REF_PREFIX) ? `no document ${id.slice(4)} in ${ctx.documents.file}` : 'not declared in any extraction file';
    return [{ file: x.file, line, message: `${field} ${id}: ${what}${hint ? `; did you mean ${hint}?` : ''}`, code: 'dangling-reference' }];
  }
  if (allowed.includes(actual)) return [];
  const message = `${link.value.type} ${field} must be ${allowed.join(' or ')}, but ${id} is ${actual === 'Organisation' ? 'an' : 'a'} ${actual}`;
  return [{ file: x.file, line, message, code: 'endpoint-type' }];
}

/** Link ends and id-valued link fields name declared ids of the right type. */
export function checkReferences(ctx: CorpusContext): ValidationIssue[] {
  return ctx.selected.flatMap((x) =>
    x.links.flatMap((link) => {
      const ends = LINK_ENDPOINTS[link.value.type];
      return [
        ...checkRef(ctx, x, link, 'from', ends.from),
        ...checkRef(ctx, x, link, 'to', ends.to),
        ...Object.entries(ID_FIELDS).flatMap(([field, type]) => checkRef(ctx, x, link, field, [type])),
      ];
    }),
  );
}
