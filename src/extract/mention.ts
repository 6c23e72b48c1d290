import type { EntityType } from '../domain/entity-type';

/** A name found in the text: where it is, what it names, and how it was found. */
export interface Mention {
  type: EntityType.PERSON | EntityType.ORGANIZATION | EntityType.LOCATION;
  /** The span quoted as the mention (the name as printed, "Russian" for a demonym). */
  start: number;
  end: number;
  /** The name the entity is known by ("Russia" for "Russian", "Kyiv region" for "Kyiv regional"). */
  name: string;
  kind?: string;
  /** ISO country code, for a country or a body of one ("Ukrainian air force"). */
  country?: string;
  /** A bare surname, resolved to a fuller name of the article or the graph when one fits. */
  partial?: boolean;
  /** A person the text describes and does not name ("a source familiar with the talks"). */
  anonymous?: boolean;
  /** Its words are no name of the entity ("Ukrainian" of "Ukrainian and US delegations"): no alias. */
  noAlias?: boolean;
  /** Part of a dateline ("KYIV, April 24 —"): where the story was filed, not a place it tells of. */
  dateline?: boolean;
  rule: string;
  confidence: number;
}

/** A title the text gives a person, and what it is of. */
export interface TitleCue {
  person: Mention;
  title: string;
  of: Mention | null;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}
