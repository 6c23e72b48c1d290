import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { EntityType } from '../domain/entity-type';
import { FigureMetric } from '../domain/figure-metric';
import { LocationKind } from '../domain/location-kind';
import { NegotiationStatus } from '../domain/negotiation-status';
import { OrganizationKind } from '../domain/organization-kind';
import { Predicate } from '../domain/predicate';
import { StatementKind } from '../domain/statement-kind';
import { Weapon } from '../domain/weapon';
import { INT_MAX, IsCalendarDate, MAX_ID_LENGTH, MAX_LABEL_LENGTH, MAX_LIST_ITEMS, MAX_TEXT_LENGTH, MAX_URL_LENGTH } from '../writes/rules/values';

/** The shapes of `seed/<slug>/source.json` and `graph.json`, checked on load. */

const ID = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_MESSAGE = '$property must be "<type>:<kebab-case-slug>"';

export class SeedSource {
  @Matches(/^source:[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: '$property must be "source:<kebab-case-slug>"' })
  @MaxLength(MAX_ID_LENGTH)
  id!: string;

  @IsString() @IsNotEmpty() @MaxLength(MAX_LABEL_LENGTH) title!: string;
  @IsString() @IsNotEmpty() @MaxLength(MAX_LABEL_LENGTH) publisher!: string;
  @IsOptional() @IsString() @MaxLength(MAX_URL_LENGTH) url!: string | null;
  @IsOptional() @IsCalendarDate() publishedOn!: string | null;
}

/** Words of the source; `within`, a longer span found once, pins a quote that occurs more than once. */
export class SeedQuote {
  @IsString() @IsNotEmpty() @MaxLength(MAX_TEXT_LENGTH) quote!: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MAX_TEXT_LENGTH) within?: string;
}

const KINDS: Partial<Record<EntityType, string[]>> = {
  [EntityType.ORGANIZATION]: Object.values(OrganizationKind),
  [EntityType.LOCATION]: Object.values(LocationKind),
  [EntityType.STATEMENT]: Object.values(StatementKind),
};

const is = (...types: EntityType[]) => (e: SeedEntity) => types.includes(e.type);

/** One entity; the fields after `mentions` belong to some types only. */
export class SeedEntity {
  @Matches(ID, { message: ID_MESSAGE }) @MaxLength(MAX_ID_LENGTH) id!: string;
  @IsEnum(EntityType) type!: EntityType;
  @IsString() @IsNotEmpty() @MaxLength(MAX_LABEL_LENGTH) name!: string;
  @IsArray() @ArrayMaxSize(MAX_LIST_ITEMS) @IsString({ each: true }) @IsNotEmpty({ each: true }) @MaxLength(MAX_LABEL_LENGTH, { each: true })
  aliases!: string[];
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MAX_TEXT_LENGTH) description!: string | null;

  @IsArray() @ArrayNotEmpty() @ValidateNested({ each: true }) @Type(() => SeedQuote)
  mentions!: SeedQuote[];

  @ValidateIf(is(EntityType.PERSON)) @IsBoolean() anonymous?: boolean;

  @ValidateIf(is(EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.STATEMENT))
  @IsIn(Object.values(KINDS).flat())
  kind?: string;

  @ValidateIf(is(EntityType.ATTACK)) @IsEnum(Weapon) weapon?: Weapon;
  @ValidateIf(is(EntityType.ATTACK)) @IsOptional() @IsCalendarDate() occurredOn?: string | null;
  @ValidateIf(is(EntityType.ATTACK)) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MAX_LABEL_LENGTH) timeOfDay?: string | null;
  @ValidateIf(is(EntityType.ATTACK)) @IsArray() @ArrayMaxSize(MAX_LIST_ITEMS) @IsString({ each: true }) @MaxLength(MAX_LABEL_LENGTH, { each: true })
  damage?: string[];

  @ValidateIf(is(EntityType.NEGOTIATION)) @IsEnum(NegotiationStatus) status?: NegotiationStatus;
  @ValidateIf(is(EntityType.NEGOTIATION)) @IsArray() @ArrayMaxSize(MAX_LIST_ITEMS) @IsString({ each: true }) @MaxLength(MAX_LABEL_LENGTH, { each: true })
  topics?: string[];
  @ValidateIf(is(EntityType.NEGOTIATION)) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MAX_TEXT_LENGTH) outcome?: string | null;

  @ValidateIf(is(EntityType.STATEMENT)) @IsString() @IsNotEmpty() @MaxLength(MAX_TEXT_LENGTH) text?: string;
}

/** The fields each type may carry beyond the common ones; anything else is refused. */
export const TYPE_FIELDS: Record<EntityType, string[]> = {
  [EntityType.PERSON]: ['anonymous'],
  [EntityType.ORGANIZATION]: ['kind'],
  [EntityType.LOCATION]: ['kind'],
  [EntityType.ATTACK]: ['weapon', 'occurredOn', 'timeOfDay', 'damage'],
  [EntityType.NEGOTIATION]: ['status', 'topics', 'outcome'],
  [EntityType.STATEMENT]: ['kind', 'text'],
};

export function kindsFor(type: EntityType): string[] | undefined {
  return KINDS[type];
}

export class SeedPosition {
  @Matches(ID, { message: ID_MESSAGE }) person!: string;
  @IsString() @IsNotEmpty() @MaxLength(MAX_LABEL_LENGTH) title!: string;
  @IsOptional() @Matches(ID, { message: ID_MESSAGE }) of!: string | null;

  @IsArray() @ArrayNotEmpty() @ValidateNested({ each: true }) @Type(() => SeedQuote)
  evidence!: SeedQuote[];
}

export class SeedRelation {
  @Matches(ID, { message: ID_MESSAGE }) subject!: string;
  @IsEnum(Predicate) predicate!: Predicate;
  @Matches(ID, { message: ID_MESSAGE }) object!: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MAX_LABEL_LENGTH) role?: string | null;

  @IsArray() @ArrayNotEmpty() @ValidateNested({ each: true }) @Type(() => SeedQuote)
  evidence!: SeedQuote[];
}

export class SeedFigure {
  @Matches(ID, { message: ID_MESSAGE }) attack!: string;
  @IsEnum(FigureMetric) metric!: FigureMetric;
  @IsInt() @Min(0) @Max(INT_MAX) value!: number;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MAX_LABEL_LENGTH) qualifier!: string | null;
  @IsOptional() @Matches(ID, { message: ID_MESSAGE }) reportedBy!: string | null;

  @IsArray() @ArrayNotEmpty() @ValidateNested({ each: true }) @Type(() => SeedQuote)
  evidence!: SeedQuote[];
}

export class SeedGraphFile {
  @IsArray() @ArrayNotEmpty() @ValidateNested({ each: true }) @Type(() => SeedEntity)
  entities!: SeedEntity[];

  @IsArray() @ValidateNested({ each: true }) @Type(() => SeedPosition)
  positions!: SeedPosition[];

  @IsArray() @ValidateNested({ each: true }) @Type(() => SeedRelation)
  relations!: SeedRelation[];

  @IsArray() @ValidateNested({ each: true }) @Type(() => SeedFigure)
  figures!: SeedFigure[];
}
