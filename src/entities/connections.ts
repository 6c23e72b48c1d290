import { ObjectType } from 'type-graphql';
import { Attack } from './attack.type';
import { Change } from './change.type';
import { Connection } from './connection.factory';
import { Location } from './location.type';
import { Negotiation } from './negotiation.type';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { Relation } from './relation.type';
import { Statement } from './statement.type';

@ObjectType()
export class PersonConnection extends Connection(Person) {}
@ObjectType()
export class OrganizationConnection extends Connection(Organization) {}
@ObjectType()
export class LocationConnection extends Connection(Location) {}
@ObjectType()
export class AttackConnection extends Connection(Attack) {}
@ObjectType()
export class NegotiationConnection extends Connection(Negotiation) {}
@ObjectType()
export class StatementConnection extends Connection(Statement) {}
@ObjectType()
export class RelationConnection extends Connection(Relation) {}
@ObjectType()
export class ChangeConnection extends Connection(Change) {}
