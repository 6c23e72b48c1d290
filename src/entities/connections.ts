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

@ObjectType({ simpleResolvers: true })
export class PersonConnection extends Connection(Person) {}
@ObjectType({ simpleResolvers: true })
export class OrganizationConnection extends Connection(Organization) {}
@ObjectType({ simpleResolvers: true })
export class LocationConnection extends Connection(Location) {}
@ObjectType({ simpleResolvers: true })
export class AttackConnection extends Connection(Attack) {}
@ObjectType({ simpleResolvers: true })
export class NegotiationConnection extends Connection(Negotiation) {}
@ObjectType({ simpleResolvers: true })
export class StatementConnection extends Connection(Statement) {}
@ObjectType({ simpleResolvers: true })
export class RelationConnection extends Connection(Relation) {}
@ObjectType({ simpleResolvers: true })
export class ChangeConnection extends Connection(Change) {}
