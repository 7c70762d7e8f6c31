import { GraphQLScalarType, Kind } from 'graphql';
import { parsePartialDate } from '../extraction/partialDate.js';
import { badUserInput } from './errorCodes.js';

function parse(value: unknown): string {
  if (typeof value !== 'string' || value.length > 10 || !parsePartialDate(value)) {
    throw badUserInput('A Date is a partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)');
  }
  return value;
}

/** The `Date` scalar: partial ISO dates in and out; anything else is BAD_USER_INPUT. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badUserInput('A Date is written as a string, e.g. "2021-05"');
    return parse(ast.value);
  },
});
