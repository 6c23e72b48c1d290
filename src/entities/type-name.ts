/** GraphQL type name for an id: ids are `<type>:<slug>`, so the prefix names the type. */
const TYPE_NAMES: Record<string, string> = {
  source: 'Source',
  relation: 'Relation',
  person: 'Person',
  organization: 'Organization',
  location: 'Location',
  attack: 'Attack',
  negotiation: 'Negotiation',
  statement: 'Statement',
};

export function typeNameOfId(id: string): string | undefined {
  return TYPE_NAMES[id.slice(0, id.indexOf(':'))];
}
