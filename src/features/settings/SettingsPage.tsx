import { useMayManage } from '../../api/role';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { settingsQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DemoPlanPanel } from './DemoPlanPanel';
import { FinancialYearPanel } from './FinancialYearPanel';
import { ReportingQuarterPanel } from './ReportingQuarterPanel';
import { BackupPanel } from './BackupPanel';
import { ResetPanel } from './ResetPanel';
import { RestorePanel } from './RestorePanel';
import { StorageStatusPanel } from './StorageStatusPanel';
import { WorkspaceForm } from './WorkspaceForm';

export function SettingsPage() {
  const mayManage = useMayManage();
  const settings = useQuery(settingsQuery());
  return (
    <>
      <PageHeader title="Settings" lead="The workspace, who you are, and where the data is kept." />
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="workspace-heading" padding="lg">
          <Title order={2} size="h3" id="workspace-heading" mb="sm">
            Workspace and you
          </Title>
          <QueryState query={settings} what="the settings">
            {(s) => (s ? <WorkspaceForm settings={s} /> : null)}
          </QueryState>
        </Card>
        <Card withBorder component="section" aria-labelledby="quarter-heading" padding="lg">
          <Title order={2} size="h3" id="quarter-heading" mb="sm">
            Reporting quarter
          </Title>
          <QueryState query={settings} what="the settings">
            {(s) =>
              s ? <ReportingQuarterPanel key={s.reportingQuarter ?? 'today'} settings={s} /> : null
            }
          </QueryState>
        </Card>
        <Card withBorder component="section" aria-labelledby="year-heading" padding="lg">
          <Title order={2} size="h3" id="year-heading" mb="sm">
            New financial year
          </Title>
          {mayManage ? (
            <FinancialYearPanel />
          ) : (
            <Text>Only the community safety manager starts a new financial year.</Text>
          )}
        </Card>
        <Card
          withBorder
          component="section"
          aria-labelledby="backup-heading"
          padding="lg"
          id="backup"
        >
          <Title order={2} size="h3" id="backup-heading" mb="sm">
            Backup
          </Title>
          <BackupPanel />
        </Card>
        <Card withBorder component="section" aria-labelledby="restore-heading" padding="lg">
          <Title order={2} size="h3" id="restore-heading" mb="sm">
            Restore from a backup
          </Title>
          <RestorePanel />
        </Card>
        <Card withBorder component="section" aria-labelledby="storage-heading" padding="lg">
          <Title order={2} size="h3" id="storage-heading" mb="sm">
            Storage in this browser
          </Title>
          <StorageStatusPanel />
        </Card>
        <Card withBorder component="section" aria-labelledby="demo-heading" padding="lg">
          <Title order={2} size="h3" id="demo-heading" mb="sm">
            Demo action plan
          </Title>
          {mayManage ? (
            <DemoPlanPanel />
          ) : (
            <Text>Only the community safety manager loads or removes the demo plan.</Text>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="reset-heading" padding="lg">
          <Title order={2} size="h3" id="reset-heading" mb="sm">
            Reset to the seeded state
          </Title>
          <ResetPanel />
        </Card>
      </Stack>
    </>
  );
}
