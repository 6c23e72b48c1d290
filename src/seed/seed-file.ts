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
  IsNumber,
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
  @MaxLength(MAX_ID_LENGTH)
  @Matches(/^source:[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: '$property must be "source:<kebab-case-slug>"' })
  id!: string;

  @MaxLength(MAX_LABEL_LENGTH) @IsString() @IsNotEmpty() title!: string;
  @MaxLength(MAX_LABEL_LENGTH) @IsString() @IsNotEmpty() publisher!: string;
  @MaxLength(MAX_URL_LENGTH) @IsOptional() @IsString() url!: string | null;
  @IsOptional() @IsCalendarDate() publishedOn!: string | null;
}

/** Words of the source; `within`, a longer span found once, pins a quote that occurs more than once. */
export class SeedQuote {
  @MaxLength(MAX_TEXT_LENGTH) @IsString() @IsNotEmpty() quote!: string;
  @MaxLength(MAX_TEXT_LENGTH) @IsOptional() @IsString() @IsNotEmpty() within?: string;
}

/**
 * What a draft from the extractor adds to each item (src/extract/draft.ts): how sure it is and
 * which rule made the item. Checked when given, and otherwise ignored: importing stores neither.
 */
export class DraftNotes {
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1) confidence?: number;
  @MaxLength(MAX_LABEL_LENGTH) @IsOptional() @IsString() rule?: string;
}

const KINDS: Partial<Record<EntityType, string[]>> = {
  [EntityType.ORGANIZATION]: Object.values(OrganizationKind),
  [EntityType.LOCATION]: Object.values(LocationKind),
  [EntityType.STATEMENT]: Object.values(StatementKind),
};

const is = (...types: EntityType[]) => (e: SeedEntity) => types.includes(e.type);

/** One entity; the fields after `mentions` belong to some types only. */
export class SeedEntity extends DraftNotes {
  @MaxLength(MAX_ID_LENGTH) @Matches(ID, { message: ID_MESSAGE }) id!: string;
  @IsEnum(EntityType) type!: EntityType;
  @MaxLength(MAX_LABEL_LENGTH) @IsString() @IsNotEmpty() name!: string;
  @MaxLength(MAX_LABEL_LENGTH, { each: true }) @IsArray() @ArrayMaxSize(MAX_LIST_ITEMS) @IsString({ each: true }) @IsNotEmpty({ each: true })
  aliases!: string[];
  @MaxLength(MAX_TEXT_LENGTH) @IsOptional() @IsString() @IsNotEmpty() description!: string | null;

  @IsArray() @ArrayNotEmpty() @ValidateNested({ each: true }) @Type(() => SeedQuote)
  mentions!: SeedQuote[];

  @ValidateIf(is(EntityType.PERSON)) @IsBoolean() anonymous?: boolean;

  @ValidateIf(is(EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.STATEMENT))
  @IsIn(Object.values(KINDS).flat())
  kind?: string;

  @ValidateIf(is(EntityType.ATTACK)) @IsEnum(Weapon) weapon?: Weapon;
  @ValidateIf(is(EntityType.ATTACK)) @IsOptional() @IsCalendarDate() occurredOn?: string | null;
  @MaxLength(MAX_LABEL_LENGTH) @ValidateIf(is(EntityType.ATTACK)) @IsOptional() @IsString() @IsNotEmpty() timeOfDay?: string | null;
  @MaxLength(MAX_LABEL_LENGTH, { each: true }) @ValidateIf(is(EntityType.ATTACK)) @IsArray() @ArrayMaxSize(MAX_LIST_ITEMS) @IsString({ each: true })
  damage?: string[];

  @ValidateIf(is(EntityType.NEGOTIATION)) @IsEnum(NegotiationStatus) status?: NegotiationStatus;
  @MaxLength(MAX_LABEL_LENGTH, { each: true }) @ValidateIf(is(EntityType.NEGOTIATION)) @IsArray() @ArrayMaxSize(MAX_LIST_ITEMS) @IsString({ each: true })
  topics?: string[];
  @MaxLength(MAX_TEXT_LENGTH) @ValidateIf(is(EntityType.NEGOTIATION)) @IsOptional() @IsString() @IsNotEmpty() outcome?: string | null;

  @MaxLength(MAX_TEXT_LENGTH) @ValidateIf(is(EntityType.STATEMENT)) @IsString() @IsNotEmpty() text?: string;
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

export class SeedPosition extends DraftNotes {
  @Matches(ID, { message: ID_MESSAGE }) person!: string;
  @MaxLength(MAX_LABEL_LENGTH) @IsString() @IsNotEmpty() title!: string;
  @IsOptional() @Matches(ID, { message: ID_MESSAGE }) of!: string | null;

  @IsArray() @ArrayNotEmpty() @ValidateNested({ each: true }) @Type(() => SeedQuote)
  evidence!: SeedQuote[];
}

export class SeedRelation extends DraftNotes {
  @Matches(ID, { message: ID_MESSAGE }) subject!: string;
  @IsEnum(Predicate) predicate!: Predicate;
  @Matches(ID, { message: ID_MESSAGE }) object!: string;
  @MaxLength(MAX_LABEL_LENGTH) @IsOptional() @IsString() @IsNotEmpty() role?: string | null;

  @IsArray() @ArrayNotEmpty() @ValidateNested({ each: true }) @Type(() => SeedQuote)
  evidence!: SeedQuote[];
}

export class SeedFigure extends DraftNotes {
  @Matches(ID, { message: ID_MESSAGE }) attack!: string;
  @IsEnum(FigureMetric) metric!: FigureMetric;
  @IsInt() @Min(0) @Max(INT_MAX) value!: number;
  @MaxLength(MAX_LABEL_LENGTH) @IsOptional() @IsString() @IsNotEmpty() qualifier!: string | null;
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
