import { useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useMemo } from 'react';
import { SourcePageDocument, type SourcePageQuery } from '../../../../graph/generated/graphql';
import { ErrorNote, Loading } from '../components/Status';
import { TYPE_LABELS } from '../entity-types';
import { Link, type Span, entityHref } from '../router';
import { usePageTitle } from '../use-page-title';
import { NotFoundPage } from './NotFoundPage';
import { type Mention, type Segment, sourceSegments } from './source-segments';

const LISTS = ['people', 'organizations', 'locations', 'attacks', 'negotiations', 'statements'] as const;

/** Every place a source names an entity, from the six typed lists. */
function mentionsIn(data: SourcePageQuery, sourceId: string): Mention[] {
  const mentions: Mention[] = [];
  for (const list of LISTS) {
    for (const { node } of data[list].edges) {
      for (const m of node.mentions) {
        if (m.source.id !== sourceId) continue;
        mentions.push({ start: m.start, end: m.end, entity: node });
      }
    }
  }
  return mentions;
}

/** Runs of segments grouped so each mention is one link around its (possibly highlighted) words. */
function renderSegments(segments: Segment[]): ReactNode[] {
  const out: ReactNode[] = [];
  const piece = (s: Segment) =>
    s.highlighted ? (
      <mark className="quote" key={s.start}>
        {s.text}
      </mark>
    ) : (
      <span key={s.start}>{s.text}</span>
    );
  for (let i = 0; i < segments.length;) {
    const mention = segments[i].mention;
    if (!mention) {
      out.push(piece(segments[i]));
      i++;
      continue;
    }
    const run: Segment[] = [];
    while (i < segments.length && segments[i].mention === mention) run.push(segments[i++]);
    out.push(
      <Link
        key={`m${mention.start}`}
        to={entityHref(mention.entity.id)}
        className={`mention type-${mention.entity.type.toLowerCase()}`}
        title={`${TYPE_LABELS[mention.entity.type]}: ${mention.entity.name}`}
        data-start={mention.start}
      >
        {run.map(piece)}
      </Link>,
    );
  }
  return out;
}

/** A source's full text with every mention marked and linked; `?at=` highlights the words a fact cited. */
export function SourcePage({ id, at }: { id: string; at: Span | null }) {
  const { data, error } = useQuery(SourcePageDocument, { variables: { id } });
  const source = data?.node?.__typename === 'Source' ? data.node : undefined;
  usePageTitle(source?.title ?? null);

  const content = useMemo(() => {
    if (!data || !source) return null;
    const mentions = mentionsIn(data, id);
    return { count: mentions.length, nodes: renderSegments(sourceSegments(source.text, mentions, at)) };
  }, [data, source, id, at]);

  useEffect(() => {
    if (content && at !== null) document.querySelector('.source-text mark.quote')?.scrollIntoView({ block: 'center' });
  }, [content, at]);

  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading what="the source" />;
  if (!source || !content) return <NotFoundPage what={`No source has the id “${id}”.`} />;
  return (
    <article className="source-page">
      <header className="source-header">
        <p className="eyebrow">Source · {source.publisher}</p>
        <h1 id="page-title" tabIndex={-1}>
          {source.title}
        </h1>
        <p className="muted">
          {source.publishedOn ?? 'Date not given'}
          {source.url && (
            <>
              {' · '}
              <span className="source-url">{source.url}</span>
            </>
          )}
          {' · '}
          {content.count} mentions marked
        </p>
        <ul className="legend" aria-label="Colours by type">
          {Object.entries(TYPE_LABELS).map(([type, label]) => (
            <li key={type} className={`type-${type.toLowerCase()}`}>
              <span className="type-dot" aria-hidden="true" />
              {label}
            </li>
          ))}
        </ul>
      </header>
      <div className="source-text card">{content.nodes}</div>
    </article>
  );
}
