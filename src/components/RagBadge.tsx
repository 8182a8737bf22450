import { IconAlertTriangle, IconCheck, IconFlag, IconX } from '@tabler/icons-react';
import { RAG, type RagStatus } from '../domain/rag';

const ICONS = {
  cross: IconX,
  warning: IconAlertTriangle,
  tick: IconCheck,
  flag: IconFlag,
} as const;

/** A RAG status as colour, word and icon together: never colour alone. */
export function RagBadge({ status }: { readonly status: RagStatus }) {
  const meaning = RAG[status];
  const Icon = ICONS[meaning.icon];
  return (
    <span
      className="rag-badge"
      style={{ backgroundColor: meaning.background, color: meaning.text }}
      title={meaning.meaning}
    >
      <Icon size={14} aria-hidden="true" />
      {meaning.label}
    </span>
  );
}
