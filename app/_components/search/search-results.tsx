/** The results page's list: hits grouped by document, each with its place, match kind and marked snippet. */
import type { SearchHit } from '@/lib/search/search-engine';
import { withBase } from '@/app/_lib/with-base';
import { LEVEL_LABEL, STATUS_LABEL } from '@/lib/content/labels';
import { formatDate } from '@/app/_lib/format';
import { HitSnippet } from './hit-snippet';
import { hitHref, hitKey, sectionHits, sectionLabel, type HitGroup } from './hit-links';
import type { SearchDocument } from '@/lib/search/index-format';
import type { Level } from '@/lib/content/schema';

/** `common`: the query's words that were only scored (SearchResult.common). */
export function SearchResults({ hits, query, common }: { hits: SearchHit[]; query: string; common: string[] }) {
  const sections = sectionHits(hits);
  const titled = sections.length > 1 || sections[0]?.match !== 'phrase';
  return (
    <div className="space-y-8">
      {sections.map((section) => (
        <section key={section.match} aria-label={sectionLabel(section.match, common)} data-match-section={section.match} className="space-y-6">
          {titled ? <h2 className="text-sm font-bold text-seal">{sectionLabel(section.match, common)}</h2> : null}
          {section.groups.map((g) => (
            <DocumentGroup key={g.documentId} group={g} doc={g.hits[0].document} query={query} heading={titled ? 'h3' : 'h2'} />
          ))}
        </section>
      ))}
    </div>
  );
}

function DocumentGroup({ group: g, doc, query, heading: H }: { group: HitGroup; doc: SearchDocument | null; query: string; heading: 'h2' | 'h3' }) {
  const headingId = `doc-${g.hits[0].match}-${g.documentId}`;
  return (
    <section aria-labelledby={headingId} data-document-group={g.documentId}>
      <H id={headingId} className="flex flex-wrap items-baseline gap-x-3 border-b border-rule pb-1 font-bold">
        <a href={withBase(`/r/${encodeURIComponent(g.documentId)}/`)} className="font-serif text-[1.05rem]">
          {g.title}
        </a>
        {doc ? (
          <span className="text-xs font-normal text-muted">
            {/* Versions of one law share a title: the version date and status tell them apart. */}
            {[doc.level ? LEVEL_LABEL[doc.level as Level] : null, doc.region, doc.versionDate ? `${formatDate(doc.versionDate)}版本` : null, doc.status !== 'in-force' && doc.status !== 'unknown' ? STATUS_LABEL[doc.status] : null].filter(Boolean).join(' · ')}
          </span>
        ) : null}
      </H>
      <ol className="mt-1 divide-y divide-rule">
        {g.hits.map((h) => (
          <li key={hitKey(h)} data-clause-id={h.clauseId} data-document-id={h.documentId} data-match={h.match} className="py-2">
            <a href={hitHref(h, query)} data-result-link className="inline-flex flex-wrap items-baseline gap-x-2">
              <span className="font-bold">{h.label || '条款'}</span>
              {h.path.length ? <span className="text-xs text-muted">{h.path.join(' › ')}</span> : null}
            </a>
            <p className="mt-1 font-serif leading-7">
              <HitSnippet snippet={h.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
