import { notifications } from '../../lib/notifications';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { indicatorQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import type { Indicator } from '../../domain/indicators';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorNotFound } from './IndicatorPage';

function useSaved(verb: string) {
  const navigate = useNavigate();
  return (saved: Indicator) => {
    notifications.show({ color: 'green', title: `Indicator ${verb}`, message: saved.name });
    void navigate(`/indicators/${saved.id}`);
  };
}

export function NewIndicatorPage() {
  const onSaved = useSaved('created');
  return (
    <>
      <PageHeader
        title="New indicator"
        lead="An outcome the partnership will track: its baseline, targets and where its figures come from."
      />
      <IndicatorForm indicator={null} onSaved={onSaved} />
    </>
  );
}

export function EditIndicatorPage() {
  const id = useParams().id ?? '';
  const query = useQuery(indicatorQuery(id));
  const onSaved = useSaved('saved');
  return (
    <QueryState query={query} what="the indicator">
      {(data) =>
        data ? (
          <>
            <PageHeader title={`Edit: ${data.indicator.name}`} />
            <IndicatorForm indicator={data.indicator} onSaved={onSaved} />
          </>
        ) : (
          <IndicatorNotFound />
        )
      }
    </QueryState>
  );
}
