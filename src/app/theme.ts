import {
  Alert,
  Anchor,
  createTheme,
  Notification,
  type CSSVariablesResolver,
  type ModalProps,
  type TableScrollContainerProps,
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
    // The first screen has no table and no dialog: these two are set as plain objects, not through
    // the components' `extend`, which would load both components (and their scrolling and
    // overlay code) with the app's first screen.
    // A wide table scrolls inside its own box, with its scrollbar shown whenever it overflows.
    TableScrollContainer: {
      defaultProps: {
        scrollAreaProps: { type: 'auto', offsetScrollbars: 'x' },
      } satisfies Partial<TableScrollContainerProps>,
    },
    Modal: {
      defaultProps: {
        closeButtonProps: { 'aria-label': 'Close dialog' },
      } satisfies Partial<ModalProps>,
    },
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
