/**
 * The person signed in to the shared plan, when there is one: the audit trail names them instead
 * of the typed name in Settings (which stays for local-only mode). A councillor's browser sends
 * nothing to the server: they read the plan and change none of it.
 */
let signedInActor: { readonly name: string; readonly role: string } | null = null;

export function setSignedInActor(actor: { readonly name: string; readonly role: string } | null) {
  signedInActor = actor;
}

/** Who is signed in: for a command in this tab, or one the page hands to a worker to run. */
export const signedInActorNow = () => signedInActor;
