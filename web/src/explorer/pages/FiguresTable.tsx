import type { EntityPageQuery } from '../../../../graph/generated/graphql';
import { EntityLink } from '../components/EntityLink';
import { EvidenceToggle } from '../components/EvidenceToggle';
import { sentenceCase } from '../entity-types';

type AttackEntity = Extract<NonNullable<EntityPageQuery['entity']>, { __typename: 'Attack' }>;
type Figure = AttackEntity['figures'][number];

const UNATTRIBUTED = 'unattributed';

/**
 * An attack's reported numbers side by side: one row per metric, one column per reporter (and
 * one for numbers the source attributes to nobody). Where reporters give different values the
 * row says so, and both stay.
 */
export function FiguresTable({ attack }: { attack: AttackEntity }) {
  const reporters: { key: string; reporter: Figure['reportedBy'] }[] = [];
  for (const figure of attack.figures) {
    const key = figure.reportedBy?.id ?? UNATTRIBUTED;
    if (!reporters.some((r) => r.key === key)) reporters.push({ key, reporter: figure.reportedBy });
  }
  const metrics = [...new Set(attack.figures.map((f) => f.metric))];
  const summary = new Map(attack.figureSummary.map((s) => [s.metric, s]));
  if (metrics.length === 0) return <p className="muted">The source reports no numbers for this attack.</p>;

  return (
    <div className="table-scroll">
      <table className="figures">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {reporters.map(({ key, reporter }) => (
              <th scope="col" key={key}>
                {reporter ? (
                  <>
                    <span className="muted small">reported by</span> <EntityLink entity={reporter} />
                  </>
                ) : (
                  <span className="muted">No reporter named</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric) => {
            const disagree = summary.get(metric)?.disagree ?? false;
            return (
              <tr key={metric} className={disagree ? 'disagree' : undefined}>
                <th scope="row">
                  {sentenceCase(metric)}
                  {disagree && <span className="badge-disagree">Reports differ</span>}
                </th>
                {reporters.map(({ key }) => {
                  const figures = attack.figures.filter(
                    (f) => f.metric === metric && (f.reportedBy?.id ?? UNATTRIBUTED) === key,
                  );
                  return (
                    <td key={key}>
                      {figures.length === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        figures.map((figure) => (
                          <div className="figure" key={`${figure.value}:${figure.qualifier ?? ''}`}>
                            <span className="figure-value">{figure.value}</span>
                            {figure.qualifier && <span className="figure-qualifier">{figure.qualifier}</span>}
                            <EvidenceToggle evidence={figure.evidence} />
                          </div>
                        ))
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
