import {
  DEFAULT_PRESENTATION,
  PresentationPatchSchema,
  type Presentation,
  type PresentationPatch,
} from './Presentation.ts';
import type { SimulatorUser } from './SimulatorDeps.ts';

/** A user as finAPI Access's `POST /api/v2/users` answers it. */
export interface CreatedUser {
  id: string;
  password: string;
  email: string | null;
  phone: string | null;
  isAutoUpdateEnabled: boolean;
}

/** finAPI users: the configured ones, those created through the API, and their presentation. */
export interface UserStore {
  /** Whether `username` and `password` belong to one user. */
  verify(username: string | undefined, password: string | undefined): boolean;
  has(username: string): boolean;
  /** Adds a user; `undefined` when the id is taken (finAPI Access's `ENTITY_EXISTS`). */
  create(input: {
    id?: string | undefined;
    password?: string | undefined;
    email?: string | null | undefined;
    phone?: string | null | undefined;
    isAutoUpdateEnabled?: boolean | null | undefined;
  }): CreatedUser | undefined;
  /** The user's presentation (the default for unknown users). */
  presentationOf(username: string): Presentation;
  /**
   * Changes the named parts of a user's presentation; throws a `TypeError` for a bad patch.
   * `undefined` for an unknown user.
   */
  setPresentation(username: string, patch: PresentationPatch): Presentation | undefined;
}

function randomSecret(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createUserStore(initial: readonly SimulatorUser[]): UserStore {
  const users = new Map<string, { password: string; presentation: Presentation }>();
  for (const user of initial) {
    users.set(user.username, { password: user.password, presentation: DEFAULT_PRESENTATION });
  }
  return {
    verify(username, password) {
      if (username === undefined || password === undefined) return false;
      return users.get(username)?.password === password;
    },
    has: (username) => users.has(username),
    create(input) {
      // finAPI Access makes up what is not given: a UUID for the id, a password.
      const id = input.id ?? globalThis.crypto.randomUUID();
      if (users.has(id)) return undefined;
      const password = input.password ?? randomSecret();
      users.set(id, { password, presentation: DEFAULT_PRESENTATION });
      return {
        id,
        password,
        email: input.email ?? null,
        phone: input.phone ?? null,
        isAutoUpdateEnabled: input.isAutoUpdateEnabled ?? false,
      };
    },
    presentationOf: (username) => users.get(username)?.presentation ?? DEFAULT_PRESENTATION,
    setPresentation(username, patch) {
      const user = users.get(username);
      if (user === undefined) return undefined;
      const parsed = PresentationPatchSchema.safeParse(patch);
      if (!parsed.success) {
        throw new TypeError(
          `invalid presentation: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
        );
      }
      user.presentation = { ...user.presentation, ...parsed.data };
      return user.presentation;
    },
  };
}
