// One relation on one line group: counterpart and status, what happened, then date, amounts and source.
import type { RelationLine } from '../core/display/relation-view';
import { SourceLink } from './SourceLink';

interface Props {
  line: RelationLine;
  /** Opens the counterpart in place; without it the counterpart is plain text. */
  onOpenCompany?: ((companyId: string) => void) | undefined;
}

export function RelationItem({ line, onOpenCompany }: Props) {
  const figures = [line.dateLabel, line.valueLabel, line.stakeLabel].filter((part): part is string => part !== undefined);
  return (
    <li class="bs-relation" data-relation={line.relationId}>
      <div class="bs-relation-head">
        {onOpenCompany ? (
          <button type="button" class="bs-counterpart bs-link-button" onClick={() => onOpenCompany(line.counterpartId)}>
            {line.counterpartName}
          </button>
        ) : (
          <span class="bs-counterpart">{line.counterpartName}</span>
        )}
        <span class="bs-status">{line.statusLabel}</span>
      </div>
      <p class="bs-headline">{line.headline}</p>
      {line.background !== undefined && <p class="bs-background">{line.background}</p>}
      <p class="bs-figures">
        {figures.join(' · ')}
        {' · '}
        <SourceLink source={line.source} />
        {line.fromDataset !== undefined && <span class="bs-provenance"> · from your dataset “{line.fromDataset}”</span>}
      </p>
    </li>
  );
}
