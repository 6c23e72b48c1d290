import { useQuery } from '@apollo/client/react';
import { EntityRelationsDocument } from '../../../../graph/generated/graphql';
import { EntityLink } from '../components/EntityLink';
import { EvidenceToggle } from '../components/EvidenceToggle';
import { ErrorNote, Loading } from '../components/Status';
import { humanize } from '../entity-types';

const PAGE = 20;

/** Every cited relation of an entity, a page at a time, each readable as a sentence with its evidence. */
export function RelationsList({ id }: { id: string }) {
  const { data, error, fetchMore, loading } = useQuery(EntityRelationsDocument, { variables: { id, first: PAGE } });
  if (error) return <ErrorNote error={error} />;
  const relations = data?.entity?.relations;
  if (!relations) return <Loading what="relations" />;
  return (
    <>
      <ul className="relations">
        {relations.edges.map(({ node: relation }) => (
          <li key={relation.id} className="relation">
            <p className="relation-sentence">
              {relation.subject.id === id ? (
                <strong>{relation.subject.name}</strong>
              ) : (
                <EntityLink entity={relation.subject} />
              )}{' '}
              <span className="predicate">{humanize(relation.predicate)}</span>
              {relation.role && <span className="role"> ({relation.role})</span>}{' '}
              {relation.object.id === id ? (
                <strong>{relation.object.name}</strong>
              ) : (
                <EntityLink entity={relation.object} />
              )}
            </p>
            <EvidenceToggle evidence={relation.evidence} />
          </li>
        ))}
      </ul>
      <p className="muted small">
        {relations.edges.length} of {relations.totalCount} relations
        {relations.pageInfo.hasNextPage && (
          <button
            type="button"
            className="link-button"
            disabled={loading}
            onClick={() => void fetchMore({ variables: { after: relations.pageInfo.endCursor } })}
          >
            Show more
          </button>
        )}
      </p>
    </>
  );
}
