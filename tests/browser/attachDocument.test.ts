import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_FIXTURE } from '../contract/storeContract';
import { api, browserSkipReason, openPage, screenshotPath, seriousAxeViolations, signedInGraphQL, signIn, unexpectedErrors, useBrowserSuite, waitForGraph } from './harness';

// An editor attaches the text of a source that has none (the tiny fixture's src-d) from the
// evidence reader: a text too short for a claim's locator is refused naming that claim, the
// fixture file is taken, and the reader then shows its paragraphs.

const SERVER_WORK = { timeout: 20_000 };
const EDITOR = { name: 'attach-editor', role: 'EDITOR', password: 'a long attaching passphrase' } as const;
const SUBJECT = 'person:e-novak';
const FIXTURE = resolve(import.meta.dirname, '../fixtures/attach/regional-review.txt');

const suite = useBrowserSuite({ server: { dataDir: TINY_FIXTURE }, accounts: [EDITOR] });

describe.skipIf(browserSkipReason !== null)('attaching a document from the page', () => {
  it('refuses a text a claim points beyond, then attaches a file and reads it', async () => {
    // A claim citing src-d's fourth paragraph, so the reader opens on src-d and a short text is refused.
    const graphql = await signedInGraphQL(suite.server.url, EDITOR);
    const { entity } = await graphql<{ entity: { version: number; claims: unknown[] } }>('query($id: ID!) { entity(id: $id) { version claims { id } } }', { id: SUBJECT });
    await graphql('mutation($id: ID!, $version: Int!) { addClaim(subject: $id, version: $version, claim: { source: "src-d", locator: "¶4", note: "The review read the audit again." }, reason: "Set-up of the attach test.") { change { id } } }', {
      id: SUBJECT,
      version: entity.version,
    });
    const claimField = `claims.${entity.claims.length}.locator`;

    const probe = await openPage(suite.browser, `${suite.server.url}/?sel=${encodeURIComponent(SUBJECT)}`);
    const { page } = probe;
    await waitForGraph(page, 1);
    const panel = page.getByTestId('details-panel');
    await expect.poll(() => panel.locator('h2').textContent(), SERVER_WORK).toBe('Auditor E. Novak');
    await signIn(page, EDITOR);

    await panel.getByRole('button', { name: '¶4', exact: true }).click();
    const reader = page.getByTestId('document-reader');
    const form = reader.getByRole('form', { name: 'Attach the document' });
    await form.waitFor(SERVER_WORK);
    expect(await reader.textContent()).toContain('The text of this source is not attached');

    // Pasted text of two paragraphs: the preview counts them, and the server names the claim at ¶4.
    await form.getByLabel('Or paste the text').fill('First line of a short text.\n\n   \nSecond line.');
    expect(await form.getByTestId('attach-preview').textContent()).toContain('2 paragraphs');
    await form.getByLabel('Reason (required)').fill('The review office published its text.');
    await form.getByRole('button', { name: 'Attach the document' }).click();
    const refusal = form.getByRole('alert').filter({ hasText: '¶4' });
    await refusal.waitFor(SERVER_WORK);
    const said = (await refusal.textContent()) ?? '';
    expect(said).toContain(`${SUBJECT} › ${claimField}`);
    expect(said).toContain('points beyond its document, which has 2 paragraph(s)');
    await page.screenshot({ path: screenshotPath('attach-refused') });
    expect(await seriousAxeViolations(page, '[data-testid="document-reader"]')).toEqual([]);

    // The fixture file: five paragraphs, attached; the reader shows them with ¶4 highlighted.
    const paragraphs = readFileSync(FIXTURE, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
    await form.getByLabel('Text file (.txt)').setInputFiles(FIXTURE);
    await expect.poll(() => form.getByTestId('attach-preview').textContent()).toContain(`${paragraphs.length} paragraphs`);
    await form.getByRole('button', { name: 'Attach the document' }).click();
    const highlighted = reader.locator('.reader-row.highlighted');
    await highlighted.waitFor(SERVER_WORK);
    expect(await highlighted.getAttribute('data-paragraph')).toBe('4');
    expect(await highlighted.locator('.reader-paragraph').textContent()).toBe(paragraphs[3]);
    expect(await reader.locator('.reader-row').count()).toBe(paragraphs.length);
    expect(await highlighted.locator('.reader-margin').textContent()).toContain('Auditor E. Novak');
    await page.screenshot({ path: screenshotPath('attach-attached') });
    expect(await seriousAxeViolations(page, '[data-testid="document-reader"]')).toEqual([]);

    const stored = await api<{ source: { document: { paragraphCount: number } | null } }>(suite.server.url, '{ source(id: "src-d") { document { paragraphCount } } }');
    expect(stored.source.document?.paragraphCount).toBe(paragraphs.length);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });
});
