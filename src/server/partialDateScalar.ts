import { GraphQLScalarType, Kind } from 'graphql';
import { parsePartialDate } from '../extraction/partialDate.js';
import { badUserInput } from './errorCodes.js';

const FORMAT = 'A PartialDate is a partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)';

const isDate = (value: unknown): value is string => typeof value === 'string' && value.length <= 10 && parsePartialDate(value) !== null;

/**
 * The `PartialDate` scalar: partial ISO dates in and out. A malformed one in variables is
 * BAD_USER_INPUT; one written in the query is found while the query is validated, so it is
 * GRAPHQL_VALIDATION_FAILED. That error is a plain Error so that graphql-js names the literal
 * and its location ("Expected value of type "PartialDate", found …").
 */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  specifiedByURL: 'https://www.loc.gov/standards/datetime/',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (!isDate(value)) throw badUserInput(FORMAT);
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('a PartialDate is written as a string, e.g. "2021-05"');
    if (!isDate(ast.value)) throw new TypeError(FORMAT);
    return ast.value;
  },
});
