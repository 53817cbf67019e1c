import { AppShell, Burger, Button, Divider, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';

import { QueryState } from '../../components/QueryState';
import { useSession } from '../auth/session';
import { useMe } from '../auth/use-me';
import { LanguageSwitch } from './LanguageSwitch';
import { navItemsFor } from './navigation';
import { ServiceBanner } from './ServiceBanner';
import { SkipLink } from './SkipLink';
import { UserLabel } from './UserLabel';

function Brand() {
  return (
    <Text component="span" fz="xl" fw={700} c="blue.8">
      Consilium
    </Text>
  );
}

/** Header, navigation and the page's `<main>` for signed-in users. */
export function AppLayout() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const me = useMe();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const items = navItemsFor(me.data?.permissions ?? []);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <SkipLink />
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-expanded={opened}
              aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
            />
            <Brand />
          </Group>
          <Group gap="lg" wrap="nowrap">
            <LanguageSwitch />
            {me.data && (
              <Group gap="sm" wrap="nowrap" visibleFrom="md">
                <UserLabel me={me.data} />
              </Group>
            )}
            <Button variant="default" size="compact-md" onClick={signOut} visibleFrom="sm">
              {t('shell.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')} component="nav">
        <Stack gap={4} style={{ flex: 1 }}>
          {items.map((item) => {
            const active =
              item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={close}
              />
            );
          })}
        </Stack>
        {/* On a phone the header has no room for the account: it sits under the menu. */}
        <Stack gap="sm" hiddenFrom="sm">
          <Divider />
          {me.data && <UserLabel me={me.data} align="flex-start" />}
          <Button variant="default" onClick={signOut}>
            {t('shell.signOut')}
          </Button>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <ServiceBanner />
        <QueryState query={me}>{() => <Outlet />}</QueryState>
      </AppShell.Main>
    </AppShell>
  );
}

/** Header and `<main>` for the sign-in page. */
export function PublicLayout() {
  return (
    <AppShell header={{ height: 64 }} padding="lg">
      <AppShell.Header>
        <SkipLink />
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Brand />
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <ServiceBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
