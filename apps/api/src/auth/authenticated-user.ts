import type { Discipline, Role } from '@consilium/domain';

/** The caller, loaded fresh from the database on every request (a deactivated user is out at once). */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  discipline: Discipline | null;
  specialistId: string | null;
  /** The account's token version; a token of another version is refused. */
  tokenVersion: number;
}
