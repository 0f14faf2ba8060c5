/**
 * ROR, the Research Organization Registry: a data dump (JSON array of schema v2 records, CC0). Dutch organisations
 * of the types education, government and nonprofit become organisaties, with their ROR id, Wikidata id, website,
 * place and other names. A record with status "withdrawn" is marked as removed.
 */
import { arr, get, plainText, soortFromName, str, uniqueStrings } from './clean.ts';
import type { Mapped, SourceMapping } from './model.ts';

const KEEP = ['education', 'government', 'nonprofit', 'facility', 'funder'];

const rorId = (v: string) => v.replace(/^https?:\/\/ror\.org\//, '');

function organisation(raw: unknown): Mapped {
	const id = rorId(str(raw, 'id') ?? '');
	const names = arr(raw, 'names');
	const typed = (type: string, lang?: string) => names.find((n) => arr(n, 'types').includes(type) && (!lang || str(n, 'lang') === lang)) ?? undefined;
	const dutch = typed('label', 'nl') ?? typed('ror_display');
	const naam = plainText(str(dutch, 'value'));
	if (!naam) return { skip: 'organisatie zonder naam' };
	const location = arr(raw, 'locations')[0];
	const country = str(get(location, 'geonames_details'), 'country_code');
	if (country !== 'NL') return { skip: `buiten Nederland (${country ?? 'geen land'})` };
	const types = arr(raw, 'types').map(String);
	if (!types.some((t) => KEEP.includes(t))) return { skip: `soort organisatie ${types.join(', ') || 'onbekend'} hoort niet in Kennisgraaf` };
	const wikidata = arr(raw, 'external_ids').find((e) => str(e, 'type') === 'wikidata');
	const website = arr(raw, 'links').find((l) => str(l, 'type') === 'website');
	const aliassen = uniqueStrings(names.map((n) => get(n, 'value'))).filter((n) => n !== naam);
	const plaats = plainText(str(get(location, 'geonames_details'), 'name'));
	const soort = types.includes('education')
		? (soortFromName(names.map((n) => str(n, 'value')).join(' ')) ?? 'anders')
		: types.includes('government')
			? 'overheid'
			: 'kennisinstituut';
	const withdrawn = str(raw, 'status') === 'withdrawn';
	return {
		records: [
			{
				type: 'organisatie',
				id,
				url: `https://ror.org/${id}`,
				removed: withdrawn,
				data: {
					naam,
					soort,
					ror: id,
					...(plaats ? { plaats } : {}),
					...(website && /^https?:\/\//.test(str(website, 'value') ?? '') ? { website: str(website, 'value') } : {}),
					...(wikidata ? { wikidata: str(wikidata, 'preferred') ?? arr(wikidata, 'all').map(String)[0] } : {}),
					...(aliassen.length ? { aliassen } : {})
				}
			}
		]
	};
}

export const ror: SourceMapping = {
	name: 'ror',
	label: 'ROR',
	baseUrl: 'https://zenodo.org/communities/ror-data',
	format: 'json',
	endpoints: [{ name: 'dump', path: '', paging: 'single' }],
	items: (page) => (Array.isArray(page) ? page : []),
	idOf: (raw) => {
		const id = str(raw, 'id');
		return id && rorId(id);
	},
	map: (raw) => organisation(raw),
	owns: { organisatie: ['naam', 'ror', 'wikidata', 'website', 'aliassen'] }
};
