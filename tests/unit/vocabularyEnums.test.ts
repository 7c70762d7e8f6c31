import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config/repoRoot.js';
import {
  ACTIVITY_ROLES, DOCUMENT_KINDS, ELECTION_KINDS, EVENT_KINDS, LINK_TYPES, ORGANISATION_KINDS, PARTICIPATION_ROLES, STATEMENT_KINDS,
} from '../../src/extraction/vocabulary.js';
import {
  activityRoleEnum, electionKindEnum, enumValue, eventKindEnum, linkTypeEnum, organisationKindEnum, participationRoleEnum,
  statementKindEnum, vocabularyValue,
} from '../../src/resolvers/mappers.js';

const schema = buildSchema(readFileSync(join(repoRoot, 'schema.graphql'), 'utf8'));
const enumValues = (name: string): string[] => {
  const type = schema.getType(name);
  if (!type || !isEnumType(type)) throw new Error(`schema.graphql has no enum ${name}`);
  return type.getValues().map((v) => v.name);
};

const PAIRS: Array<[string, readonly string[]]> = [
  ['OrganisationKind', ORGANISATION_KINDS],
  ['EventKind', EVENT_KINDS],
  ['StatementKind', STATEMENT_KINDS],
  ['ElectionKind', ELECTION_KINDS],
  ['DocumentKind', DOCUMENT_KINDS],
  ['ParticipationRole', PARTICIPATION_ROLES],
  ['ActivityRole', ACTIVITY_ROLES],
  ['LinkType', LINK_TYPES],
];

describe('the schema enums and the extraction vocabularies', () => {
  it.each(PAIRS)('%s has exactly the vocabulary, upper-cased with underscores', (name, vocabulary) => {
    expect(enumValues(name)).toEqual(vocabulary.map((v) => enumValue(v)));
  });

  it('maps graph values to enum values and back', () => {
    expect(eventKindEnum('campaign-drive')).toBe('CAMPAIGN_DRIVE');
    expect(eventKindEnum('rally')).toBe('RALLY');
    expect(organisationKindEnum('parliamentary-group')).toBe('PARLIAMENTARY_GROUP');
    expect(electionKindEnum('parl')).toBe('PARL');
    expect(linkTypeEnum('PARTICIPATED_IN')).toBe('PARTICIPATED_IN');
    for (const [name, vocabulary] of PAIRS) for (const v of vocabulary) if (name !== 'LinkType') expect(vocabularyValue(enumValue(v))).toBe(v);
  });

  it('answers the escape value for a value outside an open vocabulary, and null or an error for a closed one', () => {
    expect(eventKindEnum('street-party')).toBe('OTHER');
    expect(organisationKindEnum(undefined)).toBe('OTHER');
    expect(activityRoleEnum('Vice Chair')).toBe('OTHER');
    expect(activityRoleEnum('signatory')).toBe('SIGNATORY');
    expect(statementKindEnum('blog')).toBeNull();
    expect(() => participationRoleEnum('juggler')).toThrow(/not in the vocabulary/);
    expect(() => linkTypeEnum('CAMPAIGNED_WITH')).toThrow(/not in the vocabulary/);
  });
});
