import type { EntityPageQuery } from '../../../../graph/generated/graphql';
import { EntityLink, EntityLinks } from '../components/EntityLink';
import { EvidenceQuote } from '../components/EvidenceQuote';
import { EvidenceToggle } from '../components/EvidenceToggle';
import { Fact, Facts, NotStated } from '../components/Facts';
import { StatementList } from '../components/StatementList';
import { humanize } from '../entity-types';

type PageEntity = NonNullable<EntityPageQuery['entity']>;

/** The typed fields of an entity, as a frontend reads them from the schema: one layout per type. */
export function EntityFacts({ entity }: { entity: PageEntity }) {
  switch (entity.__typename) {
    case 'Person':
      return (
        <Facts>
          <Fact label="Positions">
            {entity.positions.length === 0 ? (
              <span className="muted">—</span>
            ) : (
              <ul className="position-list">
                {entity.positions.map((position) => (
                  <li key={`${position.title}:${position.of?.id ?? ''}`}>
                    <span className="position-title">{position.title}</span>
                    {position.of && (
                      <>
                        {' '}
                        <span className="muted">of</span> <EntityLink entity={position.of} />
                      </>
                    )}
                    <EvidenceToggle evidence={position.evidence} />
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          {entity.anonymous && <Fact label="Identity">Not named in the source</Fact>}
          <Fact label="Affiliations">
            <EntityLinks entities={entity.affiliations} />
          </Fact>
          <Fact label="Negotiations">
            <EntityLinks entities={entity.negotiations} />
          </Fact>
          <Fact label="Statements">
            <StatementList statements={entity.statements} />
          </Fact>
        </Facts>
      );
    case 'Organization':
      return (
        <Facts>
          <Fact label="Kind">{humanize(entity.orgKind)}</Fact>
          <Fact label="Country">{entity.country ? <EntityLink entity={entity.country} /> : <NotStated />}</Fact>
          {entity.parent && (
            <Fact label="Part of">
              <EntityLink entity={entity.parent} />
            </Fact>
          )}
          <Fact label="Leaders">
            <EntityLinks entities={entity.leaders} />
          </Fact>
          <Fact label="Members">
            <EntityLinks entities={entity.members} />
          </Fact>
          <Fact label="Statements">
            <StatementList statements={entity.statements} />
          </Fact>
        </Facts>
      );
    case 'Location':
      return (
        <Facts>
          <Fact label="Kind">{humanize(entity.locationKind)}</Fact>
          {entity.partOf && (
            <Fact label="Part of">
              <EntityLink entity={entity.partOf} />
            </Fact>
          )}
          {entity.contains.length > 0 && (
            <Fact label="Contains">
              <EntityLinks entities={entity.contains} />
            </Fact>
          )}
          <Fact label="Attacks">
            <EntityLinks entities={entity.attacks} />
          </Fact>
          <Fact label="Negotiations hosted">
            <EntityLinks entities={entity.negotiations} />
          </Fact>
        </Facts>
      );
    case 'Attack':
      return (
        <Facts>
          <Fact label="Weapon">{humanize(entity.weapon)}</Fact>
          <Fact label="When">
            {entity.occurredOn ?? <NotStated />}
            {entity.timeOfDay && <span className="muted"> · {entity.timeOfDay}</span>}
          </Fact>
          <Fact label="Carried out by">
            {entity.perpetrator ? <EntityLink entity={entity.perpetrator} /> : <NotStated />}
          </Fact>
          <Fact label="Targets">
            <EntityLinks entities={entity.targets} />
          </Fact>
          {entity.areas.length > 0 && (
            <Fact label="Where">
              <EntityLinks entities={entity.areas} />
            </Fact>
          )}
          {entity.damage.length > 0 && (
            <Fact label="Damage">
              <ul className="plain-list">
                {entity.damage.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </Fact>
          )}
          {entity.respondents.length > 0 && (
            <Fact label="Responded">
              <EntityLinks entities={entity.respondents} />
            </Fact>
          )}
          <Fact label="Statements about it">
            <StatementList statements={entity.statements} />
          </Fact>
        </Facts>
      );
    case 'Negotiation':
      return (
        <Facts>
          <Fact label="Status">
            <span className="status-pill">{humanize(entity.status)}</span>
          </Fact>
          <Fact label="Venue">{entity.venue ? <EntityLink entity={entity.venue} /> : <NotStated />}</Fact>
          <Fact label="Mediators">
            <EntityLinks entities={entity.mediators} />
          </Fact>
          <Fact label="Parties">
            <EntityLinks entities={entity.parties} />
          </Fact>
          {entity.topics.length > 0 && (
            <Fact label="Topics">
              <ul className="tags">
                {entity.topics.map((topic) => (
                  <li key={topic}>{topic}</li>
                ))}
              </ul>
            </Fact>
          )}
          <Fact label="Outcome">{entity.outcome ?? <NotStated />}</Fact>
          <Fact label="Statements">
            <StatementList statements={entity.statements} />
          </Fact>
        </Facts>
      );
    case 'Statement':
      return (
        <Facts>
          <Fact label="Kind">{humanize(entity.statementKind)}</Fact>
          <Fact label="Speaker">
            <EntityLink entity={entity.speaker} />
          </Fact>
          <Fact label="Words">
            <blockquote className="statement-text">{entity.text}</blockquote>
          </Fact>
          <Fact label="About">
            <EntityLinks entities={entity.about} />
          </Fact>
          <Fact label="Evidence">
            {entity.evidence.map((e) => (
              <EvidenceQuote key={e.start} evidence={e} />
            ))}
          </Fact>
        </Facts>
      );
  }
}
