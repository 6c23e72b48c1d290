export enum Weapon {
  DRONE = 'DRONE',
  MISSILE = 'MISSILE',
  ARTILLERY = 'ARTILLERY',
  OTHER = 'OTHER',
}
