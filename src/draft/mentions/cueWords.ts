import type { OrganisationKind } from './organisationKind.js';

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Titles before a name that mark a person (as written, case-insensitive match on the word). */
export const PERSON_TITLES = words('Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Baroness Baron Cllr Councillor Rev Reverend Comrade');
/** Post-nominals after a name that mark a person. */
export const POST_NOMINAL_CUES = words('MP MEP MSP MS MLA AM QC KC OBE MBE CBE');

/** Words that make a capitalised span an organisation, with the kind they suggest (null: other). */
export const ORGANISATION_WORDS: ReadonlyMap<string, OrganisationKind | null> = new Map<string, OrganisationKind | null>([
  ...[...words('Party Parties')].map((w) => [w, 'party'] as const),
  ...[...words('Union Unions Federation Confederation TUC Workers')].map((w) => [w, 'union'] as const),
  ...[...words('Campaign Coalition Movement Solidarity Friends Network Front Action Committee Assembly')].map((w) => [w, 'campaign'] as const),
  ...[...words('Alliance League')].map((w) => [w, 'alliance'] as const),
  ...[...words('Council Councils')].map((w) => [w, 'council'] as const),
  ...[...words('Festival')].map((w) => [w, 'festival'] as const),
  ...[...words('University College')].map((w) => [w, 'university'] as const),
  ...[...words('School Academy')].map((w) => [w, 'school'] as const),
  ...[...words('Magazine Newspaper Times Post News Star Press Wire Gazette Herald Guardian Mirror Tribune Review Radio TV Media Canary')].map((w) => [w, 'publication'] as const),
  ...[...words('Parliament Commons Lords Congress Senate')].map((w) => [w, 'parliament'] as const),
  ...[...words('Government Ministry Department Office')].map((w) => [w, 'government'] as const),
  ...[...words('Institute Foundation Centre Center Trust')].map((w) => [w, 'think-tank'] as const),
  ...[...words('Colliery Board Company Corporation Ltd Limited Group Society Association Organisation Organization International Agency Court Commission Bank Fund')].map((w) => [w, null] as const),
]);

/** Words that open a role before "of": "Chair of the Labour Party", "General Secretary of Unite". */
export const ROLE_WORDS = words(`Chair Chairs Co-Chair Co-Chairs Chairman Chairwoman Chairperson Vice Vice-Chair Vice-Chairs President Vice-President
  Leader Deputy Secretary General Treasurer Director Convenor Convener Organiser Organizer Coordinator Co-ordinator Founder
  Spokesperson Spokesman Member Members Shadow Minister Editor Head Officer Executive Ambassador Mayor Councillor Officer`);
