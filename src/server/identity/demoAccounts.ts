/**
 * The development identity provider's people: one per role, for trying the shared plan and for
 * its tests. For development only: the password is in the README and these people do not exist.
 */
export interface DemoAccount {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  /** The role the README suggests giving them on the membership page. */
  readonly suggestedRole: string;
}

export const DEMO_PASSWORD = 'safetynet-dev';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    id: 'demo-manager',
    email: 'manager@safetynet.example',
    name: 'Morgan Ellis',
    suggestedRole: 'community safety manager',
  },
  {
    id: 'demo-lead',
    email: 'gyv.lead@safetynet.example',
    name: 'Priya Shah',
    suggestedRole: 'subgroup lead (Gangs and youth violence)',
  },
  {
    id: 'demo-board',
    email: 'board@safetynet.example',
    name: 'Daniel Okafor',
    suggestedRole: 'board member',
  },
  {
    id: 'demo-councillor',
    email: 'councillor@safetynet.example',
    name: 'Cllr Ruth Adeyemi',
    suggestedRole: 'councillor',
  },
];
