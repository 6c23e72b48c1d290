/** What a key may do: editors import and edit; admins also delete. */
export enum Role {
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}
