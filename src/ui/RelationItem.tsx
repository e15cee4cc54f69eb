// One relation on one line group: counterpart and status, what happened, then date, amounts and source.
import type { RelationLine } from '../core/relation-view';
import { SourceLink } from './SourceLink';

export function RelationItem({ line }: { line: RelationLine }) {
  const figures = [line.dateLabel, line.valueLabel, line.stakeLabel].filter((part): part is string => part !== undefined);
  return (
    <li class="bs-relation" data-relation={line.relationId}>
      <div class="bs-relation-head">
        <span class="bs-counterpart">{line.counterpartName}</span>
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
