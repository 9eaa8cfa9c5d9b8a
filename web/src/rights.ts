// What each role may read, as the server decides it (docs/api.md "Rights", docs/adr/0013 and 0045,
// server/api/auth). The server checks every request again; the page uses these only to leave out what a
// role is refused by design, so that a right withheld is never shown as a failure, and to say a refusal
// in words (errors.ts).
import type { Me } from './api';

// Gratification data (the visitors' acknowledgements and solicitations, the register): admins and the
// UPG, never a viewer (users::User::canSeeGratification).
export function seesGratification(role: string): boolean {
  return role !== 'viewer';
}

// The register's entries, with the officers' names and evidence: the UPG and national admins; a unit
// admin sees the counts only (auth::seesGratificationDetails, docs/adr/0030-upg-register.md).
export function seesRegisterEntries(role: string): boolean {
  return role === 'upg' || role === 'national_admin';
}

// Who is signed in, for the words of a refusal ("your account may only see unit X").
let signedIn: Me | null = null;
export function setSignedIn(me: Me | null): void {
  signedIn = me;
}
export function signedInUser(): Me | null {
  return signedIn;
}
