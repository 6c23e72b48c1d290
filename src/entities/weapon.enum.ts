import { registerEnumType } from 'type-graphql';

export enum Weapon {
  DRONE = 'DRONE',
  MISSILE = 'MISSILE',
  ARTILLERY = 'ARTILLERY',
  OTHER = 'OTHER',
}

registerEnumType(Weapon, { name: 'Weapon', description: 'The means of an attack.' });
