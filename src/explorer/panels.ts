/// <reference lib="dom" />
import { request } from './api.js';
import { el, flags, quote } from './dom.js';
import { DocumentText, Profile, Shared } from './operations.js';
import { restsOnDrafts } from './review.js';
import type { ExplorerSharedQuery } from '../generated/explorer/graphql.js';
import { leftOutWords, type ViewState } from './state.js';

type Link = (panel: string) => string;

function windowArgs(s: ViewState) {
  return { from: s.from || null, to: s.to || null, kinds: s.kinds.length ? s.kinds : null, leaveOut: s.leaveOut };
}

/**
 * The shared activities of two people: pages through a's co-campaigners (100 at a time, in the
 * view's window and kinds, without what it leaves out: the API's own arguments) until b is
 * found. Each activity shows both roles, the date and every quote; one resting on an
 * unreviewed draft is flagged.
 */
export async function edgePanel(s: ViewState, a: string, b: string, names: (id: string) => string, link: Link): Promise<HTMLElement> {
  const note = s.leaveOut.length ? el('p', { class: 'left-out-note' }, `Leaving out ${leftOutWords(s.leaveOut)} activities.`) : null;
  let after: string | null = null;
  for (;;) {
    const data: ExplorerSharedQuery = await request(Shared, { id: a, first: 100, after, ...windowArgs(s) });
    const c = data.person?.campaignedWith;
    const edge = c?.edges.find((e) => e.node.id === b);
    if (edge) {
      const other = edge.node.name; // b may not be drawn (a link opened from a shared URL)
      return el('section', { class: 'edge-panel' }, el('h2', {}, `${names(a)} and ${other}`), note,
        ...edge.activities.map((act) => el('article', { class: act.reviewed ? 'activity' : 'activity unreviewed' },
          el('h3', {}, act.activity.name), flags({ ...act, draft: !act.reviewed }),
          el('p', {}, `${act.activityKind.toLowerCase()} · ${act.date?.value ?? 'undated'}${act.date?.inferred ? ' (inferred)' : ''}`),
          el('p', {}, `${names(a)}: ${act.role} · ${other}: ${act.otherRole}`),
          ...act.evidence.map((e) => quote(e, link)))));
    }
    if (!c?.pageInfo.hasNextPage || !c.pageInfo.endCursor) {
      return el('section', { class: 'edge-panel' }, el('p', {}, `No shared activity of ${names(a)} and ${names(b)} in this window.`), note);
    }
    after = c.pageInfo.endCursor;
  }
}

/** A person's profile: positions, memberships, candidacies and timeline, each fact with its quotes. */
export async function profilePanel(s: ViewState, id: string, link: Link): Promise<HTMLElement> {
  // The API's entity fields apply UNREVIEWED of the view's leaveOut (the schema says so); alleged
  // and withdrawn facts stay, badged.
  const p = (await request(Profile, { id, leaveOut: s.leaveOut })).person;
  if (!p) return el('p', {}, `No person has the id ${id}.`);
  const period = (f: { start?: { value: string } | null; end?: { value: string } | null }) => `${f.start?.value ?? '?'}–${f.end?.value ?? ''}`;
  return el('section', { class: 'profile-panel' },
    el('h2', {}, p.name), p.description ? el('p', {}, p.description) : null, p.born ? el('p', {}, `Born ${p.born.value}`) : null,
    el('h3', {}, 'Positions'), el('ul', {}, ...p.positions.map((x) => el('li', {}, `${x.role}, ${x.organisation.name}${x.place ? ` (${x.place})` : ''} ${period(x)}`, flags({ ...x, draft: restsOnDrafts(x.evidence) }), ...x.evidence.map((e) => quote(e, link))))),
    el('h3', {}, 'Memberships'), el('ul', {}, ...p.memberships.map((x) => el('li', {}, `${x.organisation.name}${x.role ? `, ${x.role}` : ''} ${period(x)}`, flags({ ...x, draft: restsOnDrafts(x.evidence) }), ...x.evidence.map((e) => quote(e, link))))),
    el('h3', {}, 'Candidacies'), el('ul', {}, ...p.candidacies.map((x) => el('li', {}, `${x.election.name}: ${x.label ?? ''} ${x.votes ?? ''} votes${x.elected ? ', elected' : ''}`, flags({ draft: restsOnDrafts(x.evidence) }), ...x.evidence.map((e) => quote(e, link))))),
    el('h3', {}, `Timeline (${p.timelineConnection.totalCount})`),
    el('ol', { class: 'timeline' }, ...p.timelineConnection.edges.map(({ node: t }) => el('li', {}, `${t.date.value} ${t.summary}`, flags(t)))));
}

/** A document's text with [start, end) highlighted and scrolled into view once shown. */
export async function documentPanel(id: string, start: number, end: number): Promise<HTMLElement> {
  const d = (await request(DocumentText, { id })).document;
  if (!d) return el('p', {}, `No document has the id ${id}.`);
  const text = d.text;
  const mark = el('mark', { id: 'highlight' }, text.slice(start, end));
  return el('section', { class: 'document-panel' },
    el('h2', {}, d.title), el('p', {}, [d.publisher, d.published?.value].filter(Boolean).join(', '), ' ', d.url ? el('a', { href: d.url, rel: 'noreferrer' }, 'original') : null),
    el('div', { class: 'document-text' }, text.slice(0, start), mark, text.slice(end)));
}
