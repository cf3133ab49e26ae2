import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { api, browserSkipReason, openPage, screenshotPath, seriousAxeViolations, signedInGraphQL, startTestServer, unexpectedErrors, useBrowserSuite, waitForGraph, type TestAccount, type TestServer } from './harness';

// (e) Curation in the page: an editor signs in, corrects a date with a claim, sees the new date
// in the details, the graph and the chronology, finds the change in the record's history, and
// reverts it. Real server with its own state database, real Chromium.

/** expect.poll waits a second by default; a change, its index update and the answer take longer on a shared machine. */
const SERVER_WORK = { timeout: 20_000 };

const EDITOR = { name: 'page-editor', role: 'EDITOR', password: 'a long editor passphrase' } as const;
const CONTRIBUTOR = { name: 'page-contributor', role: 'CONTRIBUTOR', password: 'a long contributor passphrase' } as const;

type Credentials = TestAccount;

const suite = useBrowserSuite({ accounts: [EDITOR, CONTRIBUTOR] });
/** The same state database, served with REVIEW=required: a contributor's change waits for an editor. */
let reviewServer: TestServer;

interface Subject {
  id: string;
  name: string;
  date: { edtf: string; earliest: string; latest: string };
}

// Registered after the suite's own: runs first, before the state folder is removed.
afterAll(async () => {
  await reviewServer?.close();
});

/** A dated event that has relations (so the graph draws it), and a source to cite. */
async function pickSubject(): Promise<{ subject: Subject; source: { id: string; title: string } }> {
  const data = await api<{ entities: { edges: { node: Subject & { degree: number } }[] }; sources: { id: string; title: string }[] }>(
    suite.server.url,
    '{ entities(kind: EVENT, first: 100) { edges { node { id name degree date { edtf earliest latest } } } } sources { id title } }',
  );
  const subject = data.entities.edges.map((e) => e.node).find((e) => e.degree > 0 && e.date && /^\d{4}(-\d{2})?$/.test(e.date.edtf));
  const source = data.sources[0];
  if (!subject || !source) throw new Error('the data set has no dated event with relations, or no source');
  return { subject, source };
}

/** A month of the subject's year that differs from its date, as EDTF. */
function correctedMonth(edtf: string): string {
  const year = edtf.slice(0, 4);
  return edtf === `${year}-06` ? `${year}-03` : `${year}-06`;
}

/** Signs in from the header with the keyboard only. */
async function signInByKeyboard(page: Page, account: Credentials): Promise<void> {
  const summary = page.locator('.account-menu summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type(account.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await page.getByTestId('account').waitFor();
}

// Two sign-ins (argon2id), several axe runs and a server restart: longer than the suite's default.
describe.skipIf(browserSkipReason !== null)('curation page', () => {
  it('signs in, corrects a date with a claim, shows it in the graph and the history, and reverts it', async () => {
    const { subject, source } = await pickSubject();
    const corrected = correctedMonth(subject.date.edtf);
    const probe = await openPage(suite.browser, `${suite.server.url}/?sel=${encodeURIComponent(subject.id)}`);
    const { page } = probe;
    await waitForGraph(page, 11);
    const panel = page.getByTestId('details-panel');
    await expect.poll(() => panel.locator('h2').textContent(), SERVER_WORK).toBe(subject.name);
    expect(await panel.getByTestId('curation').textContent()).toContain('Sign in to correct this record');
    const wordsBefore = await panel.locator('.date-line .date-words').first().textContent();

    await signInByKeyboard(page, EDITOR);
    expect(await page.getByTestId('account').textContent()).toContain(EDITOR.name);

    // The edit form, with the EDTF helper previewing the first and last day of what is typed.
    await panel.locator('summary', { hasText: 'Edit name, aliases, summary, date' }).click();
    const form = panel.getByRole('form', { name: 'Edit the entity' });
    const date = form.getByRole('group', { name: 'Date', exact: true });
    await date.getByLabel('EDTF').fill(corrected);
    const preview = date.getByTestId('date-preview');
    await expect.poll(() => preview.textContent(), SERVER_WORK).toContain(`earliest day ${corrected}-01`);
    expect(await preview.textContent()).toMatch(new RegExp(`latest day ${corrected}-3[01]`));
    await date.getByLabel('EDTF').fill('not a date');
    await expect.poll(() => preview.getAttribute('class'), SERVER_WORK).toContain('invalid');
    await date.getByLabel('EDTF').fill(corrected);
    await expect.poll(() => preview.textContent(), SERVER_WORK).toContain(`earliest day ${corrected}-01`);

    // A claim whose locator is not a paragraph: the server's message appears next to the locator.
    const claim = form.getByRole('group', { name: 'The claim behind this edit' });
    await claim.getByLabel('Source').selectOption(source.id);
    await claim.getByLabel('Locator').fill('page 3');
    await claim.getByLabel('Note').fill('Dates the event to this month.');
    await form.getByLabel('Reason (required)').fill('A second source gives the month.');
    // Forms open: still no serious accessibility problem.
    expect(await seriousAxeViolations(page, '[data-testid=details-panel]')).toEqual([]);
    expect(await seriousAxeViolations(page, '.app-header')).toEqual([]);
    await form.getByRole('button', { name: 'Save the edit' }).click();
    const locatorField = form.locator('.form-field', { has: page.getByLabel('Locator') });
    await expect.poll(() => locatorField.locator('.field-error').count(), SERVER_WORK).toBe(1);
    expect(await claim.getByLabel('Locator').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: screenshotPath('curation-field-error') });

    await claim.getByLabel('Locator').fill('¶3');
    await form.getByRole('button', { name: 'Save the edit' }).click();
    await expect.poll(() => form.getByRole('status').filter({ hasText: 'Saved as' }).count(), SERVER_WORK).toBe(1);

    // At once, without a reload: the details, the graph's node, and the chronology.
    await expect.poll(() => page.evaluate((id) => window.__cy?.getElementById(id).data('earliest'), subject.id), SERVER_WORK).toBe(`${corrected}-01`);
    await expect.poll(() => panel.locator('.date-line .date-words').first().textContent(), SERVER_WORK).not.toBe(wordsBefore);
    const words = (await panel.locator('.date-line .date-words').first().textContent()) ?? '';
    expect(await panel.locator('.date-line .date-range').first().textContent()).toContain(corrected.slice(0, 4));
    expect(await panel.getByRole('region', { name: 'Sources' }).textContent()).toContain('Dates the event to this month.');
    await page.screenshot({ path: screenshotPath('curation-saved') });

    // The history: who, when, why, and the date before and after.
    await panel.locator('summary', { hasText: 'History' }).click();
    const latest = panel.locator('.change-list .change-card').first();
    await latest.waitFor();
    expect(await latest.locator('.change-head').textContent()).toContain(EDITOR.name);
    expect(await latest.locator('.change-reason').textContent()).toContain('A second source gives the month.');
    const dateRow = latest.locator('tr', { has: page.locator('th', { hasText: /^date$/ }) });
    expect(await dateRow.locator('td.before').textContent()).toContain(subject.date.edtf);
    expect(await dateRow.locator('td.after').textContent()).toContain(corrected);
    expect(await latest.locator('tr', { has: page.locator('th', { hasText: /^claims$/ }) }).locator('td.after').textContent()).toContain(`${source.title} ¶3`);
    await latest.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('curation-history') });

    await page.getByRole('button', { name: 'Chronology', exact: true }).click();
    const item = page.locator(`[data-testid=chrono-item][data-id="${subject.id}"]`);
    await expect.poll(() => item.getAttribute('aria-label'), SERVER_WORK).toContain(words);
    await page.getByRole('button', { name: 'Graph', exact: true }).click();

    // Revert: the old date comes back, and the history says so.
    await latest.locator('summary', { hasText: 'Revert' }).click();
    const revert = latest.getByRole('form', { name: /^Revert change:/ });
    await revert.getByLabel('Reason (required)').fill('Checking the revert.');
    await revert.getByRole('button', { name: 'Revert' }).click();
    await expect.poll(() => page.evaluate((id) => window.__cy?.getElementById(id).data('earliest'), subject.id), SERVER_WORK).toBe(subject.date.earliest);
    await expect.poll(() => panel.locator('.date-line .date-words').first().textContent(), SERVER_WORK).toBe(wordsBefore);
    await expect.poll(() => panel.locator('.change-list .change-card').first().locator('.change-head').textContent(), SERVER_WORK).toContain('Reverted a change');
    expect(await panel.locator('.change-list .change-card').nth(1).textContent()).toContain('Reverted by');
    await panel.locator('.change-list').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('curation-reverted') });

    // Someone else changes the record meanwhile: the page's edit is refused, and it offers to reload.
    const other = await signedInGraphQL(suite.server.url, EDITOR);
    const current = await other<{ entity: { version: number; aliases: string[] } }>('query($id: ID!) { entity(id: $id) { version aliases } }', { id: subject.id });
    await other('mutation($id: ID!, $version: Int!, $aliases: [String!]) { updateEntity(id: $id, version: $version, set: { aliases: $aliases }, reason: "Elsewhere.") { change { id } } }', {
      id: subject.id,
      version: current.entity.version,
      aliases: [...current.entity.aliases, 'Alias added elsewhere'],
    });
    await form.getByLabel('Aliases').fill('Alias typed in the page');
    await form.getByLabel('Reason (required)').fill('Racing another editor.');
    await form.getByRole('button', { name: 'Save the edit' }).click();
    const conflict = form.getByRole('alert').filter({ hasText: 'Someone else changed this record' });
    await expect.poll(() => conflict.count(), SERVER_WORK).toBe(1);
    await page.screenshot({ path: screenshotPath('curation-conflict') });
    await conflict.getByRole('button', { name: 'Reload the record' }).click();
    await expect.poll(() => panel.locator('header').textContent(), SERVER_WORK).toContain('Alias added elsewhere');
    await expect.poll(() => form.getByLabel('Aliases').inputValue(), SERVER_WORK).toContain('Alias added elsewhere');

    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  }, 150_000);

  it('a contributor proposes a relation between two selected entities; an editor accepts it from the review queue', async () => {
    // The first server must be closed before another opens the same state database.
    await suite.server.close();
    reviewServer = await startTestServer({ stateDir: suite.stateDir!, review: 'required' });
    const data = await api<{ vocabulary: { type: string; label: string }[]; person: { edges: { node: { id: string; name: string } }[] }; agency: { edges: { node: { id: string; name: string } }[] }; sources: { id: string }[] }>(
      reviewServer.url,
      '{ vocabulary { type label } person: entities(kind: PERSON, first: 1) { edges { node { id name } } } agency: entities(kind: AGENCY, first: 1) { edges { node { id name } } } sources { id } }',
    );
    const person = data.person.edges[0]!.node;
    const agency = data.agency.edges[0]!.node;
    const type = data.vocabulary[0]!;

    const proposer = await openPage(suite.browser, `${reviewServer.url}/?sel=${encodeURIComponent(agency.id)}`);
    await waitForGraph(proposer.page, 11);
    const edgesBefore = await proposer.page.evaluate(() => window.__cy?.edges().length ?? 0);
    await signInByKeyboard(proposer.page, CONTRIBUTOR);
    // Select the second entity through the search box: the first stays offered as the other end.
    await proposer.page.getByTestId('search').fill(person.name.slice(0, 12));
    await proposer.page.getByRole('option', { name: person.name }).first().click();
    const panel = proposer.page.getByTestId('details-panel');
    await expect.poll(() => panel.locator('h2').textContent(), SERVER_WORK).toBe(person.name);
    await panel.locator('summary', { hasText: 'New relation' }).click();
    const form = panel.getByRole('form', { name: 'New relation' });
    expect(await form.getByLabel('Other end', { exact: true }).inputValue()).toBe(agency.id);
    await form.getByLabel('Type', { exact: true }).selectOption(type.type);
    const claim = form.getByRole('group', { name: 'The claim behind the relation' });
    await claim.getByLabel('Source').selectOption(data.sources[0]!.id);
    await claim.getByLabel('Locator').fill('4');
    await claim.getByLabel('Note').fill('Proposed by the browser test.');
    await form.getByLabel('Reason (required)').fill('A relation to review.');
    await form.getByRole('button', { name: 'Add the relation' }).click();
    await expect.poll(() => form.locator('.change-feedback').textContent(), SERVER_WORK).toContain('Sent for review');
    // Waiting for review: not in the graph yet, and listed among the contributor's proposals.
    expect(await proposer.page.evaluate(() => window.__cy?.edges().length ?? 0)).toBe(edgesBefore);
    await proposer.page.locator('summary', { hasText: 'Your proposals' }).click();
    const own = proposer.page.getByTestId('review-queue');
    await expect.poll(() => own.locator('.change-card').count(), SERVER_WORK).toBe(1);
    expect(await own.textContent()).toContain('waiting for review');
    expect(await seriousAxeViolations(proposer.page, '[data-testid=details-panel]')).toEqual([]);
    expect(unexpectedErrors(proposer)).toEqual([]);
    await proposer.context.close();

    const reviewer = await openPage(suite.browser, reviewServer.url);
    await waitForGraph(reviewer.page, 11);
    await signInByKeyboard(reviewer.page, EDITOR);
    await reviewer.page.locator('summary', { hasText: 'Review queue' }).click();
    const queue = reviewer.page.getByTestId('review-queue');
    const card = queue.locator('.change-card').first();
    await card.waitFor();
    expect(await card.textContent()).toContain(CONTRIBUTOR.name);
    expect(await card.textContent()).toContain('A relation to review.');
    expect(await seriousAxeViolations(reviewer.page, '.side-panel')).toEqual([]);
    await reviewer.page.screenshot({ path: screenshotPath('curation-review-queue') });
    await card.getByLabel('Comment (required)').fill('Accepted in the test.');
    await card.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => queue.textContent(), SERVER_WORK).toContain('No proposals are waiting.');
    await expect.poll(() => reviewer.page.evaluate(() => window.__cy?.edges().length ?? 0), SERVER_WORK).toBe(edgesBefore + 1);
    expect(unexpectedErrors(reviewer)).toEqual([]);
    await reviewer.context.close();
  }, 150_000);
});
