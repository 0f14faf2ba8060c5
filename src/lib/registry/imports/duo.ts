/**
 * DUO open onderwijsdata: the addresses of the hogescholen and universities, CSV files separated by `;` with a header
 * row (CC0). INSTELLINGSCODE is the BRIN code. DUO shares no identifier with ROR: a hogeschool in both is matched
 * by its name and place (src/lib/server/import/match.ts).
 */
import { placeName, plainText, soortFromName, str } from './clean.ts';
import type { Mapped, SourceMapping } from './model.ts';

const SOORT: Record<string, 'hogeschool' | 'universiteit'> = { hbo: 'hogeschool', wo: 'universiteit' };

function institution(row: unknown): Mapped {
	const brin = str(row, 'INSTELLINGSCODE')?.toUpperCase();
	const naam = plainText(str(row, 'INSTELLINGSNAAM'));
	if (!naam) return { skip: 'instelling zonder naam (INSTELLINGSNAAM)' };
	const plaats = str(row, 'PLAATSNAAM');
	const site = str(row, 'INTERNETADRES');
	const website = site && (/^https?:\/\//i.test(site) ? site : `https://${site}`);
	const soort = SOORT[(str(row, 'SOORT HO') ?? '').toLowerCase()] ?? soortFromName(naam) ?? 'anders';
	return {
		records: [
			{
				type: 'organisatie',
				id: brin!,
				url: 'https://duo.nl/open_onderwijsdata/hoger-onderwijs/adressen/',
				data: {
					naam,
					soort,
					brin,
					...(plaats ? { plaats: placeName(plaats) } : {}),
					...(website && URL.canParse(website) ? { website } : {})
				}
			}
		]
	};
}

export const duo: SourceMapping = {
	name: 'duo',
	label: 'DUO',
	baseUrl: 'https://duo.nl/open_onderwijsdata/images',
	format: 'csv',
	endpoints: [{ name: 'adressen', path: '', paging: 'single' }],
	columns: ['INSTELLINGSCODE', 'INSTELLINGSNAAM', 'PLAATSNAAM'],
	items: (page) => (Array.isArray(page) ? page : []),
	idOf: (raw) => str(raw, 'INSTELLINGSCODE')?.toUpperCase(),
	map: (raw) => institution(raw),
	owns: { organisatie: ['brin', 'plaats'] }
};
