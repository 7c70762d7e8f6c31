import { badUserInput } from '../server/errorCodes.js';

const ID = /^(?:(?:person|org|event|statement):[a-z0-9][a-z0-9-]*|doc:[A-Za-z0-9][A-Za-z0-9_.-]*|(?:parl|local|party|leadership)\.[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*\.\d{4}(?:-\d{2}(?:-\d{2})?)?)$/;

/** Given an id argument, returns it when it has the form of one of our ids; else BAD_USER_INPUT. */
export function checkId(id: string, argumentName = 'id'): string {
  if (id.length > 200 || !ID.test(id)) {
    throw badUserInput(`\`${argumentName}\` is not a valid id (expected e.g. person:ian-lavery, org:labour-party, parl.preston.2005-05-05, doc:<document>)`, argumentName);
  }
  return id;
}

/** Upper bound for a partial `to` date: every date that starts with it sorts below this. */
export function dateUpperBound(to: string | null | undefined): string | null {
  return to ? `${to}\uffff` : null;
}
