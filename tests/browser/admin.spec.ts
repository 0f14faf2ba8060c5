/**
 * The web editor at /admin/ (Sveltia CMS). Signing in to GitHub or GitLab needs a real repository host, so that part
 * is not tested here; instead the editor runs on its built-in test storage, seeded with the shipped content, and a
 * project made with its form must pass the content check.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Requests the editor may make to other hosts: the GitHub backend checks GitHub's status page. */
const EXPECTED_HOSTS = ['www.githubstatus.com', 'api.github.com'];

function watch(page: Page) {
	const errors: string[] = [];
	const external: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (/^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1') external.push(url.hostname);
	});
	return { errors, external };
}

test('/admin/ shows the editor’s sign-in, in Dutch whatever the browser’s language, served without a CDN', async ({ page }) => {
	const { errors, external } = watch(page);
	await page.goto('/admin/');
	await expect(page.getByRole('button', { name: /Inloggen met .*GitHub/ })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('button', { name: /toegangstoken/ })).toBeVisible();
	await expect(page.getByText('Kennisgraaf bewerken').first()).toBeVisible();
	// The icon font is served by the site: icons render as glyphs, not as their ligature names.
	expect(await page.evaluate(() => document.fonts.check('16px "Material Symbols Outlined"', 'edit'))).toBe(true);
	expect([...new Set(external)].filter((h) => !EXPECTED_HOSTS.includes(h))).toEqual([]);
	// The only expected error is the unreachable GitHub status page (no network in tests).
	expect(errors.filter((e) => !/ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|githubstatus/.test(e))).toEqual([]);
});

/** Puts files into the storage of Sveltia's test backend (the browser's origin-private file system). */
async function seed(page: Page, files: Record<string, string>) {
	await page.evaluate(async (files) => {
		const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
		for (const [path, text] of Object.entries(files)) {
			const parts = path.split('/');
			let dir = root;
			for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
			const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
			await writable.write(text);
			await writable.close();
		}
	}, files);
}

/** The editor renders fields as they scroll into view; scroll the form until the field exists. */
async function reveal(page: Page, locator: ReturnType<Page['locator']>) {
	for (let i = 0; i < 30 && !(await locator.count()); i++) {
		await page.mouse.move(300, 500);
		await page.mouse.wheel(0, 400);
		await page.waitForTimeout(100);
	}
	return locator;
}

async function saved(page: Page, folder: string): Promise<Record<string, string>> {
	return page.evaluate(async (folder) => {
		let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
		for (const p of folder.split('/')) dir = await dir.getDirectoryHandle(p);
		const out: Record<string, string> = {};
		for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries()) {
			out[name] = await (await handle.getFile()).text();
		}
		return out;
	}, folder);
}

test('a project made with the editor’s form passes the content check', async ({ page }) => {
	test.setTimeout(120_000);
	const { errors } = watch(page);
	// Same generated configuration, with Sveltia's in-browser test storage instead of GitHub.
	await page.route(/\/admin\/config\.yml/, async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n').replace(/^publish_mode: .*\n/m, '');
		await route.fulfill({ response, body });
	});
	await page.goto('/admin/');
	const files: Record<string, string> = {};
	for (const type of ['lectoraat', 'organisatie', 'kennisvraag', 'thema', 'partnerschap']) {
		for (const f of readdirSync(`content/${type}`)) files[`content/${type}/${f}`] = readFileSync(`content/${type}/${f}`, 'utf8');
	}
	await seed(page, files);
	await page.reload();
	await page.getByRole('button').first().click(); // the test storage's only sign-in button
	await expect(page.getByText('Lectoraten').first()).toBeVisible({ timeout: 20_000 });
	await page.getByText('Nieuw item aanmaken').click();

	const title = page.getByRole('textbox', { name: /^Titel/ });
	await expect(title).toBeVisible();
	// The new draft initialises just after the form appears and clears what was typed before; on a loaded
	// machine that can take seconds, so type until the value survives a moment.
	await expect(async () => {
		await title.fill('Feedback geven in de brugklas');
		await page.waitForTimeout(750);
		await expect(title).toHaveValue('Feedback geven in de brugklas', { timeout: 50 });
	}).toPass({ timeout: 30_000 });
	await page.locator('input[type=date]').first().fill('2025-02-01');
	await page.getByRole('radio', { name: 'lopend' }).check();
	// References are pickers over the other collections, showing titles and storing ids.
	await page.getByRole('combobox', { name: /Lectoraten/ }).click();
	await page.getByRole('option', { name: 'Feedback en Formatief Evalueren' }).click();
	await page.getByText('Bewerken', { exact: true }).click();
	await page.getByRole('combobox', { name: /Kennisvragen/ }).click();
	await page.getByRole('searchbox').fill('feedbackcultuur');
	await page.getByRole('option').first().click();
	await page.getByText('Bewerken', { exact: true }).click();
	await (await reveal(page, page.getByRole('checkbox', { name: 'vo', exact: true }))).check();
	await (await reveal(page, page.getByRole('textbox', { name: /Samenvatting/ }))).fill('Onderzoekt feedback: hoe geven docenten "goede" feedback?');
	await expect(title).toHaveValue('Feedback geven in de brugklas');
	await page.getByRole('button', { name: 'Opslaan' }).click();

	await expect
		.poll(async () => Object.keys(await saved(page, 'content/project').catch(() => ({}))), { timeout: 15_000 })
		.toEqual(['feedback-geven-in-de-brugklas.md']);
	const text = (await saved(page, 'content/project'))['feedback-geven-in-de-brugklas.md'];
	expect(text).toContain('lectoraat-feedback-en-formatief-evalueren');
	expect(text).toContain('kv-feedbackcultuur-in-teams');

	const root = join(mkdtempSync(join(tmpdir(), 'kennisgraaf-cms-')), 'content');
	cpSync('content', root, { recursive: true });
	writeFileSync(join(root, 'project', 'feedback-geven-in-de-brugklas.md'), text);
	const check = spawnSync('npx', ['tsx', 'scripts/check.ts', '--json'], { env: { ...process.env, KENNISGRAAF_CONTENT: root }, encoding: 'utf8' });
	const result = JSON.parse(check.stdout) as { ok: boolean; errors: unknown[]; nodes: number };
	expect(result.errors).toEqual([]);
	expect(result.nodes).toBe(174);
	expect(errors.filter((e) => !/ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
});
