// One company in full: facts, the picture of its relationships, and every relation as a filterable
// list or as a timeline. Every item links to its source; counterparts open their own profile.
import { useState } from 'preact/hooks';
import type { CompanyProfile } from '../core/display/company-profile';
import type { RelationKind } from '../core/dataset/dataset-schema';
import { RELATION_KINDS } from '../core/dataset/taxonomy';
import { countLabel } from '../core/display/format';
import { byYear } from '../core/display/relation-graph';
import { relationLines } from '../core/display/relation-view';
import { foldForSearch } from '../core/recognition/search';
import { CompanyHeader, RelationList } from '../ui/CompanyDetails';
import { RelationGraphView } from './RelationGraphView';

const NOT_ON_A_PAGE: ReadonlySet<string> = new Set();

export function CompanyProfileView({ profile, onOpen }: { profile: CompanyProfile; onOpen: (id: string) => void }) {
  const [kind, setKind] = useState<RelationKind | 'all'>('all');
  const [text, setText] = useState('');
  const [view, setView] = useState<'list' | 'timeline'>('list');
  const lines = relationLines(profile, NOT_ON_A_PAGE, navigator.language);
  const kindOf = new Map(profile.relations.map((relation) => [relation.id, relation.kind]));
  const presentKinds = RELATION_KINDS.filter((k) => profile.relations.some((relation) => relation.kind === k));
  const needle = foldForSearch(text);
  const shown = lines.filter(
    (line) =>
      (kind === 'all' || kindOf.get(line.relationId) === kind) &&
      (needle === '' || foldForSearch(`${line.counterpartName} ${line.headline} ${line.background ?? ''}`).includes(needle)),
  );
  return (
    <article class="profile-company">
      <CompanyHeader profile={profile} headingId="profile-title" />
      {lines.length > 0 && <RelationGraphView profile={profile} onOpen={onOpen} />}
      <section aria-labelledby="relations-title">
        <h2 id="relations-title" class="profile-section">Relations</h2>
        <form class="filters" onSubmit={(event) => event.preventDefault()}>
          <span>
            <label for="kind-filter">Kind</label>{' '}
            <select id="kind-filter" value={kind} onChange={(event) => setKind(event.currentTarget.value as RelationKind | 'all')}>
              <option value="all">All kinds</option>
              {presentKinds.map((k) => <option key={k} value={k}>{k.replace('-', ' ')}</option>)}
            </select>
          </span>
          <span>
            <label for="text-filter">Filter</label>{' '}
            <input id="text-filter" type="search" value={text} placeholder="Company or words" onInput={(event) => setText(event.currentTarget.value)} />
          </span>
          <fieldset class="view-switch">
            <legend class="visually-hidden">View</legend>
            <label><input type="radio" name="view" checked={view === 'list'} onChange={() => setView('list')} /> List</label>
            <label><input type="radio" name="view" checked={view === 'timeline'} onChange={() => setView('timeline')} /> Timeline</label>
          </fieldset>
        </form>
        <p class="note" role="status">{countLabel(shown.length, 'relation', 'relations')} of {lines.length}</p>
        {view === 'list' ? (
          shown.length > 0 && <RelationList title="All relations" lines={shown} onOpenCompany={onOpen} />
        ) : (
          byYear(shown).map(([year, group]) => <RelationList key={year} title={year} lines={group} onOpenCompany={onOpen} />)
        )}
      </section>
    </article>
  );
}
