import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';

/** The accessibility statement, following the GOV.UK model statement for public sector websites. */
const STATEMENT_PREPARED = '22 November 2026';
const STATEMENT_REVIEWED = '7 December 2026';
/** When the app was last tested as below (keyboard journeys: tests/e2e/keyboard.spec.ts). */
const APP_TESTED = '7 December 2026';

export function AccessibilityStatementPage() {
  return (
    <>
      <PageHeader title="Accessibility statement for SafetyNet planner" />
      <Stack gap="md" maw={760}>
        <Text>
          This statement applies to SafetyNet planner, the app the Waltham Forest Community Safety
          Partnership (SafetyNet) uses to plan, track and audit the delivery of its strategy. The
          app is run for the partnership by its community safety team.
        </Text>
        <Text>
          We want as many people as possible to be able to use this app. For example, that means you
          should be able to:
        </Text>
        <List>
          <List.Item>zoom in up to 400% without the text spilling off the screen;</List.Item>
          <List.Item>navigate and complete every task using just a keyboard;</List.Item>
          <List.Item>navigate most of the app using speech recognition software;</List.Item>
          <List.Item>
            listen to the app using a screen reader (including recent versions of JAWS, NVDA and
            VoiceOver);
          </List.Item>
          <List.Item>
            read every chart as a table, and tell RAG statuses apart without relying on colour.
          </List.Item>
        </List>
        <Text>
          <Anchor href="https://mcmw.abilitynet.org.uk/">AbilityNet</Anchor> has advice on making
          your device easier to use if you have a disability.
        </Text>

        <Title order={2}>How accessible this app is</Title>
        <Text>We know some parts of this app are not fully accessible:</Text>
        <List>
          <List.Item>
            the bar charts can be explored by keyboard, but a screen reader announces little of
            them: use “Show as table” beside each chart, which gives the same numbers;
          </List.Item>
          <List.Item>
            the “From” and “To” filters on the audit trail use the browser’s own date picker, whose
            format follows your browser’s language settings;
          </List.Item>
          <List.Item>
            presentation mode asks the browser for full screen; some browsers refuse, and it then
            fills the window instead;
          </List.Item>
          <List.Item>
            the quarterly summary as a PDF has no tags, so a screen reader cannot tell its headings
            and tables apart: the Word version of the same summary is the accessible one, with real
            headings, tables with header rows, and a description of each chart.
          </List.Item>
        </List>

        <Title order={2}>Feedback and contact information</Title>
        <Text>
          If you need information in this app in a different format, such as accessible PDF, large
          print, easy read or audio, ask the community safety manager who runs your partnership’s
          workspace. Say what you need, the page or figures it is about, and the format you would
          like. Every table in the app can also be printed from your browser.
        </Text>

        <Title order={2}>Reporting accessibility problems with this app</Title>
        <Text>
          We are always looking to improve the accessibility of this app. If you find any problems
          not listed on this page, or think we are not meeting accessibility requirements, tell your
          partnership’s community safety manager, who will pass it to the team that maintains the
          app.
        </Text>

        <Title order={2}>Enforcement procedure</Title>
        <Text>
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
          Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
          (the “accessibility regulations”). If you are not happy with how we respond to your
          complaint, contact the{' '}
          <Anchor href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </Anchor>
          .
        </Text>

        <Title order={2}>Technical information about this app’s accessibility</Title>
        <Text>
          The partnership is committed to making this app accessible, in accordance with the
          accessibility regulations.
        </Text>
        <Title order={3} size="h4">
          Compliance status
        </Title>
        <Text>
          This app is partially compliant with the{' '}
          <Anchor href="https://www.w3.org/TR/WCAG22/">
            Web Content Accessibility Guidelines version 2.2
          </Anchor>{' '}
          AA standard, due to the non-compliances listed below.
        </Text>
        <Title order={3} size="h4">
          Non-accessible content
        </Title>
        <List>
          <List.Item>
            Chart graphics carry little information for screen readers (WCAG 1.1.1 Non-text
            content). Every chart has a summary in words and a table of the same numbers instead.
          </List.Item>
          <List.Item>
            The quarterly summary’s PDF is not tagged (WCAG 1.3.1 Info and relationships): the
            library that writes it cannot mark its headings and tables. The Word summary of the same
            quarter holds the same content, accessibly.
          </List.Item>
        </List>

        <Title order={2}>What we’re doing to improve accessibility</Title>
        <Text>
          Every page the app’s automated browser tests visit is scanned with axe-core against WCAG
          2.2 AA, and a failure stops a release. Forms follow the GOV.UK pattern: an error summary
          at the top that links to each field.
        </Text>

        <Title order={2}>Preparation of this accessibility statement</Title>
        <Text>
          This statement was prepared on {STATEMENT_PREPARED}. It was last reviewed on{' '}
          {STATEMENT_REVIEWED}. The app was last tested on {APP_TESTED}, by the team that builds it:
          automated axe-core scans of every page in its end-to-end tests in Chromium, and journeys
          through the main tasks with the keyboard alone (planning an action, recording an update,
          closing a quarter, reading the scrutiny view, exporting a summary, and the navigation on a
          phone), checking at every stop that the focus can be seen, is not hidden, and is ringed
          with enough contrast. Every main page is also checked at 320 pixels wide, as at 400% zoom,
          for anything cut off: only a wide table scrolls, inside its own box.
        </Text>
      </Stack>
    </>
  );
}
