import {
  Alert,
  Anchor,
  createTheme,
  Modal,
  Notification,
  Table,
  type CSSVariablesResolver,
} from '@mantine/core';

/** System fonts only: no third-party font is fetched. Focus is always visible. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
  focusRing: 'always',
  defaultRadius: 'sm',
  // People who ask their system for less motion get no animations.
  respectReducedMotion: true,
  components: {
    // Alert titles in the text colour: the tinted default fails contrast on a tinted background.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    // Links are underlined, as on GOV.UK, so they never rely on colour alone.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // A wide table scrolls inside its own box, with its scrollbar shown whenever it overflows.
    TableScrollContainer: Table.ScrollContainer.extend({
      defaultProps: { scrollAreaProps: { type: 'auto', offsetScrollbars: 'x' } },
    }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    // Notifications: a named close button, and body text at full contrast.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss message' } },
      styles: { description: { color: 'var(--mantine-color-text)' } },
    }),
  },
});

/** Dimmed and error text darkened to meet WCAG AA contrast (Mantine's defaults are about 3.3:1 and 3.6:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-error': '#c92a2a' },
  dark: { '--mantine-color-dimmed': '#c1c2c5' },
});
