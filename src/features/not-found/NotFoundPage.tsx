import { Anchor, List, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { PageHeader } from '../../components/PageHeader';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" />
      <Text mb="sm">
        There is no page at <code>{pathname}</code>. If you typed the address, check it is correct.
        If you followed a link, it may be out of date.
      </Text>
      <Text mb="xs">You can go to:</Text>
      <List>
        <List.Item>
          <Anchor component={Link} to="/">
            the overview
          </Anchor>
        </List.Item>
        <List.Item>
          <Anchor component={Link} to="/recommendations">
            the 24 recommendations
          </Anchor>
        </List.Item>
      </List>
    </>
  );
}
