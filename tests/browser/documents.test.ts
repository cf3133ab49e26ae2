import { describe, expect, it } from 'vitest';
import { TINY_FIXTURE } from '../contract/storeContract';
import { api, browserSkipReason, openPage, screenshotPath, seriousAxeViolations, signIn, unexpectedErrors, useBrowserSuite, waitForGraph } from './harness';

// The evidence reader in real Chromium, on the tiny fixture whose documents/ folder holds text
// written for the tests: a claim's ¶ opens its source at that paragraph, highlighted, with every
// claim citing the source in the margin; an editor cites a selected paragraph from the reader.

const SERVER_WORK = { timeout: 20_000 };
const EDITOR = { name: 'reader-editor', role: 'EDITOR', password: 'a long reader passphrase' } as const;

const suite = useBrowserSuite({ server: { dataDir: TINY_FIXTURE }, accounts: [EDITOR] });

interface Citations {
  source: { title: string; document: { citations: { claim: { locator: string } }[] } };
}

/** The page with Zoë Brontë selected, her details (and claims' ¶ buttons) shown. */
async function openZoeBronte() {
  const probe = await openPage(suite.browser, `${suite.server.url}/?sel=${encodeURIComponent('person:zoe-bronte')}`);
  const { page } = probe;
  await waitForGraph(page, 5);
  const panel = page.getByTestId('details-panel');
  await expect.poll(() => panel.locator('h2').textContent(), SERVER_WORK).toBe('Zoë Brontë');
  return { probe, page, panel };
}

describe.skipIf(browserSkipReason !== null)('evidence reader', () => {
  it("opens a claim's paragraph highlighted, with the document's other claims in the margin", async () => {
    const expected = await api<Citations>(suite.server.url, '{ source(id: "src-a") { title document { citations { claim { locator } } } } }');
    const { probe, page, panel } = await openZoeBronte();

    await panel.getByRole('button', { name: '¶6', exact: true }).first().click();
    const reader = page.getByRole('dialog', { name: `Source document: ${expected.source.title}` });
    await reader.getByText('Zoë Brontë, a researcher, gave the first warnings about the abuse.').waitFor(SERVER_WORK);

    const highlighted = reader.locator('.reader-row.highlighted');
    expect(await highlighted.count()).toBe(1);
    expect(await highlighted.getAttribute('data-paragraph')).toBe('6');
    expect(await highlighted.locator('.reader-paragraph').textContent()).toBe('Zoë Brontë, a researcher, gave the first warnings about the abuse.');
    expect(await highlighted.locator('.reader-margin').textContent()).toContain('Zoë Brontë');

    // Every claim citing the document sits beside its paragraph; the last paragraph has none.
    expect(await reader.locator('.margin-claim').count()).toBe(expected.source.document.citations.length);
    expect(await reader.locator('[data-paragraph="7"] .margin-claim').count()).toBe(2);
    expect(await reader.locator('[data-paragraph="7"] .reader-margin').textContent()).toContain('authored');
    expect(await reader.locator('[data-paragraph="17"] .margin-claim').count()).toBe(0);
    expect(await reader.locator('.reader-row').count()).toBe(17);
    await page.screenshot({ path: screenshotPath('reader-claim-passage') });

    expect(await seriousAxeViolations(page, '[data-testid="document-reader"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('an editor selects a paragraph no claim cites and cites it through the claim editor', async () => {
    const { probe, page, panel } = await openZoeBronte();
    await signIn(page, EDITOR);

    await panel.getByRole('button', { name: '¶6', exact: true }).first().click();
    const reader = page.getByTestId('document-reader');
    const last = reader.locator('[data-paragraph="17"] .reader-paragraph');
    await last.waitFor(SERVER_WORK);
    await last.selectText();
    await last.dispatchEvent('mouseup');
    await reader.getByTestId('cite-this').click();

    const form = reader.getByRole('form', { name: 'Add a claim' });
    await form.waitFor(SERVER_WORK);
    expect(await form.getByLabel('Locator').inputValue()).toBe('¶17');
    expect(await form.getByLabel('Source').inputValue()).toBe('src-a');
    await form.getByLabel('Note').fill('The inquiry thanks the witnesses, the researcher among them.');
    await form.getByLabel('Reason (required)').fill('cited from the reader');
    await page.screenshot({ path: screenshotPath('reader-cite-this') });
    await form.getByRole('button', { name: 'Add the claim' }).click();

    await expect
      .poll(async () => {
        const data = await api<{ entity: { claims: { locator: string; source: { id: string } }[] } }>(suite.server.url, '{ entity(id: "person:zoe-bronte") { claims { locator source { id } } } }');
        return data.entity.claims.some((claim) => claim.locator === '¶17' && claim.source.id === 'src-a');
      }, SERVER_WORK)
      .toBe(true);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('lists the known entities a document names and a name not in the graph, which an editor adds as an entity citing its paragraph', async () => {
    const { probe, page, panel } = await openZoeBronte();

    // Zoë Brontë's claim on src-c (the newspaper) opens that document.
    await panel.getByRole('button', { name: '¶2', exact: true }).first().click();
    const reader = page.getByTestId('document-reader');
    const mentions = reader.getByTestId('mentions');
    await mentions.locator('[data-candidate]').first().waitFor(SERVER_WORK);
    expect(await mentions.locator('[data-mention-paragraph]').allTextContents()).toEqual(['¶2 Zoë Brontë', '¶5 Zoë Brontë']);
    // The text marks where each known name stands, and nothing else.
    await expect.poll(() => reader.locator('.reader-paragraph mark.mention').allTextContents()).toEqual(['Zoë Brontë', 'Zoë Brontë']);
    expect(await reader.locator('[data-paragraph="2"] .reader-paragraph').textContent()).toBe('The newspaper interviewed Zoë Brontë.');
    expect(await reader.locator('[data-paragraph="5"] mark.mention').getAttribute('data-mention')).toBe('Zoë Brontë');
    const gazette = mentions.locator('[data-candidate="Northtown Gazette"]');
    expect(await gazette.textContent()).toContain('(organisation, ¶1)');
    // Only editors and contributors may add one.
    expect(await gazette.getByRole('button', { name: 'Add Northtown Gazette as entity' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('reader-mentions') });
    expect(await seriousAxeViolations(page, '[data-testid="document-reader"]')).toEqual([]);

    // The reader is modal: close it to sign in, then open it again.
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
    await signIn(page, EDITOR);
    await panel.getByRole('button', { name: '¶2', exact: true }).first().click();
    await gazette.getByRole('button', { name: 'Add Northtown Gazette as entity' }).click();
    const form = gazette.getByRole('form', { name: 'New entity' });
    await form.waitFor(SERVER_WORK);
    expect(await form.getByLabel('Name').inputValue()).toBe('Northtown Gazette');
    expect(await form.getByLabel('Source').inputValue()).toBe('src-c');
    expect(await form.getByLabel('Locator').inputValue()).toBe('¶1');
    await form.getByLabel('Kind').selectOption({ label: 'Agency' });
    await form.getByLabel('Summary').fill('A local newspaper of the fictional borough.');
    await form.getByLabel('Note').fill('The newspaper names itself in its first line.');
    await form.getByLabel('Reason (required)').fill('named in the newspaper article');
    await page.screenshot({ path: screenshotPath('reader-add-as-entity') });
    expect(await seriousAxeViolations(page, '[data-testid="document-reader"]')).toEqual([]);
    await form.getByRole('button', { name: 'Add the entity' }).click();

    // The new entity stands in the graph with its claim citing that paragraph ...
    await expect
      .poll(async () => {
        const data = await api<{ search: { entity: { name: string; kind: string; claims: { locator: string; source: { id: string } }[] } }[] }>(
          suite.server.url,
          '{ search(text: "Northtown Gazette", first: 1) { entity { name kind claims { locator source { id } } } } }',
        );
        return data.search[0]?.entity;
      }, SERVER_WORK)
      .toEqual({ name: 'Northtown Gazette', kind: 'AGENCY', claims: [{ locator: '¶1', source: { id: 'src-c' } }] });
    // ... and the reader shows it: a known mention now, its claim in the margin of ¶1.
    await expect.poll(() => mentions.locator('[data-mention-paragraph="1"]').textContent(), SERVER_WORK).toBe('¶1 Northtown Gazette');
    expect(await reader.locator('[data-paragraph="1"] mark.mention').textContent()).toBe('Northtown Gazette');
    expect(await mentions.locator('[data-candidate="Northtown Gazette"]').count()).toBe(0);
    await expect.poll(() => reader.locator('[data-paragraph="1"] .reader-margin').textContent(), SERVER_WORK).toContain('Northtown Gazette');
    await page.screenshot({ path: screenshotPath('reader-entity-added') });
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });
});
