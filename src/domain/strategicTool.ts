/**
 * Figure 8 of Andell (2023), "Strategic Tool for Policy Cross-cutting in Organised Crime, Drug
 * Market Harm Reduction and Gangs" (report lines 1068–1074). It lines up the 4Ps of the Serious
 * and Organised Crime Strategy with a community harm-reduction model for drug markets and with
 * themes for gang interventions.
 *
 * "Prevent" here is the 4P row, meaning situational prevention. It is not the Prevent subgroup
 * (the counter-radicalisation duty): see `fourPRowName` and `bodies.ts`.
 */
export const FOUR_P_ROWS = ['pursue', 'prevent', 'protect', 'prepare'] as const;
export type FourPRowId = (typeof FOUR_P_ROWS)[number];

export interface FourPRow {
  readonly id: FourPRowId;
  /** The 4 Ps Model column. */
  readonly name: string;
  /** The Community Harm Reduction Model for Drug Markets column. */
  readonly harmReductionName: string;
  /** The Themes for Gang Interventions column, verbatim (trailing full stops included). */
  readonly themesText: string;
  readonly order: number;
  readonly sourceLine: number;
}

export interface InterventionTheme {
  /** Stable identifier, e.g. "protect.gang-exit". */
  readonly id: string;
  readonly rowId: FourPRowId;
  readonly name: string;
  readonly order: number;
}

export const FIGURE_8_CAPTION =
  'Figure 8. Strategic Tool for Policy Cross-cutting in Organised Crime, Drug Market Harm Reduction and Gangs.';

export const FIGURE_8_COLUMNS = [
  '4 Ps Model',
  'Community Harm Reduction Model for Drug Markets',
  'Themes for Gang Interventions',
] as const;

export const FIGURE_8_ROWS: readonly FourPRow[] = [
  {
    id: 'pursue',
    name: 'Pursue',
    harmReductionName: 'Enforcement',
    themesText: 'Intelligence; Targeted enforcement',
    order: 1,
    sourceLine: 1071,
  },
  {
    id: 'prevent',
    name: 'Prevent',
    harmReductionName: 'Situational Prevention',
    themesText:
      'Neighbourhood policing; CCTV; Neighbourhood design; NOMS monitoring; Housing; Civil Orders.',
    order: 2,
    sourceLine: 1072,
  },
  {
    id: 'protect',
    name: 'Protect',
    harmReductionName: 'Social Prevention',
    themesText:
      'Early help; Youth and social work; YOS; Gang exit; Drug Treatment; CAMs; Through and Aftercare; VRU case work.',
    order: 3,
    sourceLine: 1073,
  },
  {
    id: 'prepare',
    name: 'Prepare',
    harmReductionName: 'Community Development',
    themesText:
      'Youth and Community work; VRU Business and Community Meetings. Councillor drop ins and local meetings.',
    order: 4,
    sourceLine: 1074,
  },
];

/**
 * Splits a row's theme text into themes. Themes are separated by semicolons, and in the Prepare
 * row once by a full stop; the trailing full stop belongs to the cell, not to a theme.
 */
export function splitThemes(themesText: string): string[] {
  return themesText
    .replace(/\.\s*$/, '')
    .split(/;\s*|\.\s+/)
    .map((theme) => theme.trim())
    .filter((theme) => theme.length > 0);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The 19 intervention themes of Figure 8, in the figure's order. */
export const INTERVENTION_THEMES: readonly InterventionTheme[] = FIGURE_8_ROWS.flatMap((row) =>
  splitThemes(row.themesText).map((name, index) => ({
    id: `${row.id}.${slug(name)}`,
    rowId: row.id,
    name,
    order: index + 1,
  })),
);

export function isFourPRowId(value: unknown): value is FourPRowId {
  return typeof value === 'string' && (FOUR_P_ROWS as readonly string[]).includes(value);
}

/**
 * The name to show for a 4P row wherever it could be confused with a body: "Prevent" becomes
 * "Prevent (4P: situational prevention)".
 */
export function fourPRowName(id: FourPRowId): string {
  const row = FIGURE_8_ROWS.find((candidate) => candidate.id === id);
  if (!row) return id;
  return `${row.name} (4P: ${row.harmReductionName.toLowerCase()})`;
}

/** Themes offered for the rows an action sits in. */
export function themesForRows(
  rows: readonly FourPRowId[],
  themes: readonly InterventionTheme[] = INTERVENTION_THEMES,
) {
  return themes.filter((theme) => rows.includes(theme.rowId));
}
