/**
 * GET with the register's key, retries and clear errors. 429 and 5xx (and a dropped connection) are retried with
 * exponential backoff, honouring Retry-After, within bounds; 401, 403 and 404 are not, and say what to do.
 */
import { ImportError } from '../errors.ts';

export interface HttpOptions {
	/** Bearer key of the register. */
	key?: string;
	/** Name of the environment variable of the key, for the message on 401. */
	keyEnv?: string;
	retries?: number;
	/** First wait before a retry; each next one doubles. */
	backoffMs?: number;
	/** No single wait is longer than this, whatever Retry-After asks. */
	maxWaitMs?: number;
	timeoutMs?: number;
	/** Statuses the caller handles itself (SIA: 403 is a deleted project). */
	allow?: readonly number[];
	log?: (line: string) => void;
}

export type Fetched = { status: number; text: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function retryAfter(value: string | null): number | undefined {
	if (!value) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return seconds * 1000;
	const at = Date.parse(value);
	return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export async function httpGet(url: string, o: HttpOptions = {}): Promise<Fetched> {
	const retries = o.retries ?? 4;
	const backoff = o.backoffMs ?? Number(process.env.KENNISGRAAF_IMPORT_BACKOFF_MS ?? 1000);
	const maxWait = o.maxWaitMs ?? 60_000;
	const headers: Record<string, string> = { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' };
	if (o.key) headers.authorization = `Bearer ${o.key}`;
	let last: string;
	for (let attempt = 0; ; attempt++) {
		let wait: number | undefined;
		try {
			const res = await fetch(url, { headers, signal: AbortSignal.timeout(o.timeoutMs ?? 60_000), redirect: 'follow' });
			const text = await res.text();
			if (res.ok || o.allow?.includes(res.status)) return { status: res.status, text };
			if (res.status === 401)
				throw new ImportError(
					`${url} weigert de toegang (401): de API-sleutel ontbreekt of is ongeldig`,
					o.keyEnv ? `Zet een geldige sleutel in de omgevingsvariabele ${o.keyEnv} (docs/importeren.md zegt hoe je er een krijgt).` : 'Controleer het adres.'
				);
			if (res.status === 403) throw new ImportError(`${url} geeft geen toegang (403)`, 'Vraag de beheerder van het register of deze sleutel dit mag lezen.');
			if (res.status === 404) throw new ImportError(`${url} bestaat niet (404)`, 'Controleer het adres (--url) en het pad van de API.');
			last = `status ${res.status}`;
			if (res.status !== 429 && res.status < 500) throw new ImportError(`${url} antwoordt met status ${res.status}`, 'Controleer het adres en de parameters.');
			wait = retryAfter(res.headers.get('retry-after'));
		} catch (e) {
			if (e instanceof ImportError) throw e;
			last = (e as Error).name === 'TimeoutError' ? 'geen antwoord binnen de tijd' : `verbinding mislukt (${(e as Error).message})`;
		}
		if (attempt >= retries)
			throw new ImportError(`${url}: na ${retries + 1} pogingen nog steeds ${last}`, 'Probeer het later opnieuw; het register is overbelast of onbereikbaar.');
		const ms = Math.min(maxWait, wait ?? backoff * 2 ** attempt);
		o.log?.(`${url}: ${last}, nieuwe poging over ${Math.round(ms)} ms`);
		await sleep(ms);
	}
}
