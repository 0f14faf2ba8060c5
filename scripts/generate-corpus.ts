/**
 * Generates a deterministic synthetic corpus for benchmarks (graph layout, search, build time).
 *   npx tsx scripts/generate-corpus.ts --nodes 10000 --out bench/corpus/10000 [--seed kennisgraaf]
 * Build against it with KENNISGRAAF_CONTENT=bench/corpus/10000. Same arguments → byte-identical files.
 * The mix mirrors the real content: few agenda/thema/gamechanger nodes, many projects;
 * about 5 relations per node (fields plus wiki-links in bodies), clustered by thema and region
 * so communities and search results look like real ones.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import seedrandom from 'seedrandom';
import { SECTOREN, typeNames } from '../src/lib/registry/registry.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
	const i = args.lastIndexOf(`--${name}`); // last wins, so `npm run corpus -- --nodes 500` overrides
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const total = Math.max(60, Number(arg('nodes', '10000')));
const out = resolve(arg('out', `bench/corpus/${total}`));
const rng = seedrandom(arg('seed', 'kennisgraaf'));

// ---- random helpers (all draw from the one seeded rng, in a fixed order) ----
const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)];
/** Skewed pick: early items are chosen far more often, giving hubs like in real data. */
const pickSkewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * rng() ** 2.2)];
const pickSome = <T>(list: readonly T[], n: number, skewed = false): T[] => {
	const set = new Set<T>();
	for (let tries = 0; set.size < Math.min(n, list.length) && tries < n * 10; tries++) set.add(skewed ? pickSkewed(list) : pick(list));
	return [...set];
};
const chance = (p: number) => rng() < p;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
const usedIds = new Set<string>();
function uniqueId(base: string): string {
	let id = slug(base) || 'item';
	if (usedIds.has(id)) {
		let i = 2;
		while (usedIds.has(`${id}-${i}`)) i++;
		id = `${id}-${i}`;
	}
	usedIds.add(id);
	return id;
}
const date = (year: number) => `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;

// ---- Dutch vocabulary ----
const onderwerpen = [
	'leesmotivatie',
	'begrijpend lezen',
	'technisch lezen',
	'rekenvaardigheid',
	'rekenangst',
	'wiskundige denkactiviteiten',
	'schrijfonderwijs',
	'woordenschat',
	'meertaligheid',
	'Nederlands als tweede taal',
	'burgerschapsonderwijs',
	'mediawijsheid',
	'digitale geletterdheid',
	'kunstmatige intelligentie',
	'adaptieve leermiddelen',
	'formatief handelen',
	'feedback',
	'differentiatie',
	'expliciete directe instructie',
	'samenwerkend leren',
	'onderzoekend leren',
	'ontwerpend leren',
	'executieve functies',
	'zelfregulatie',
	'welbevinden',
	'sociale veiligheid',
	'pesten',
	'kansengelijkheid',
	'schooladvies',
	'ouderbetrokkenheid',
	'thuiszitters',
	'passend onderwijs',
	'hoogbegaafdheid',
	'gedragsproblemen',
	'inclusief onderwijs',
	'loopbaanoriëntatie',
	'beroepsidentiteit',
	'beroepspraktijkvorming',
	'stagebegeleiding',
	'werkplekleren',
	'vakdidactiek',
	'klassenmanagement',
	'instructiekwaliteit',
	'toetsing',
	'examinering',
	'doorlopende leerlijnen',
	'de overgang van po naar vo',
	'studiesucces',
	'voortijdig schoolverlaten',
	'bewegingsonderwijs',
	'een gezonde leefstijl',
	'muziekonderwijs',
	'cultuureducatie',
	'techniekonderwijs',
	'duurzaamheid',
	'curriculumontwikkeling',
	'kerndoelen',
	'schoolleiderschap',
	'gespreid leiderschap',
	'professionele leergemeenschappen',
	'teamleren',
	'data-geïnformeerd werken',
	'onderzoekscultuur',
	'het lerarentekort',
	'zij-instromers',
	'de inductie van startende leraren',
	'opleiden in de school',
	'hybride docenten',
	'mentoraat',
	'leerlingbegeleiding',
	'nieuwkomers',
	'laaggeletterdheid',
	'internationalisering',
	'praktijkgericht onderzoek',
	'lesstudies',
	'het jonge kind',
	'spelbegeleiding',
	'taalontwikkeling',
	'motivatie',
	'eigenaarschap',
	'huiswerkbegeleiding',
	'kansrijk adviseren',
	'groepsdynamiek',
	'digitaal leermateriaal',
	'onderwijstijd',
	'dalton-onderwijs',
	'gepersonaliseerd leren'
];
const contexten = [
	'de brugklas',
	'het speciaal onderwijs',
	'de bovenbouw van het vmbo',
	'groep 7 en 8',
	'de onderbouw',
	'het mbo op niveau 2',
	'de pabo',
	'de tweedegraads lerarenopleiding',
	'kleine dorpsscholen',
	'grootstedelijke scholen',
	'krimpregio’s',
	'de kinderopvang',
	'de beroepspraktijk',
	'de entreeopleiding',
	'het praktijkonderwijs',
	'het gymnasium',
	'de havo-bovenbouw',
	'technische opleidingen',
	'zorg en welzijn',
	'het agrarisch onderwijs',
	'integrale kindcentra',
	'de eerste jaren van het hbo',
	'de nieuwkomersklas',
	'het voortgezet speciaal onderwijs',
	'de kleutergroepen',
	'de schakelklas'
];
const uitkomsten = [
	'leerprestaties',
	'het welbevinden van leerlingen',
	'schoolsucces',
	'de doorstroom',
	'motivatie',
	'taalvaardigheid',
	'de professionele ontwikkeling van leraren',
	'kansengelijkheid',
	'zelfvertrouwen',
	'betrokkenheid',
	'studievoortgang',
	'het behoud van leraren',
	'de kwaliteit van lessen',
	'samenwerking in teams',
	'leesplezier',
	'burgerschapscompetenties'
];
const werkwoorden = [
	'Versterken van',
	'Meten van',
	'Ontwerpen voor',
	'Begeleiden bij',
	'Samen werken aan',
	'Professionaliseren rond',
	'Verbeteren van',
	'Onderzoeken van',
	'Zichtbaar maken van',
	'Verankeren van'
];
const projectTitel = [
	(a: string, b: string, c: string) => `${cap(a)} in ${c}`,
	(a: string, b: string) => `De rol van ${a} bij ${b}`,
	(a: string, _b: string, c: string, u: string) => `Effecten van ${a} op ${u} in ${c}`,
	(a: string, b: string) => `${cap(a)} en ${b}`,
	(a: string, _b: string, c: string) => `${pick(werkwoorden)} ${a} in ${c}`,
	(a: string, b: string) => `Van ${a} naar ${b}`,
	(a: string, _b: string, _c: string, u: string) => `Wat werkt bij ${a}? Een studie naar ${u}`,
	(a: string, _b: string, c: string) => `Leraren en ${a}: praktijkonderzoek in ${c}`
];
const zinnen = [
	(a: string, b: string, c: string, u: string) => `Het project onderzoekt hoe leraren in ${c} ${a} inzetten en wat dat betekent voor ${u}.`,
	(a: string, b: string) => `Onderzoekers en docenten ontwikkelen samen lesaanpakken waarin ${a} en ${b} elkaar versterken.`,
	(a: string, _b: string, c: string) => `In ${c} verzamelen docentonderzoekers voorbeelden van ${a} en analyseren die met het team.`,
	(_a: string, b: string, _c: string, u: string) => `Eerdere studies laten zien dat ${b} samenhangt met ${u}, maar de praktijk is weerbarstig.`,
	(a: string) => `Scholen krijgen een handreiking over ${a}, getoetst in drie ontwerpcycli.`,
	(a: string, b: string) => `De resultaten worden gedeeld in een professionele leergemeenschap over ${a} en ${b}.`,
	(_a: string, _b: string, c: string, u: string) => `Interviews, observaties en vragenlijsten geven zicht op ${u} in ${c}.`,
	(a: string) => `Een klankbordgroep van ouders en leerlingen denkt mee over ${a}.`,
	(a: string, b: string) => `Het onderzoek sluit aan bij landelijke discussies over ${a} en ${b}.`,
	(_a: string, _b: string, c: string) => `Studenten van de lerarenopleiding doen hun afstudeeronderzoek in ${c}.`
];
const plaatsBegin = [
	'Linde',
	'Kraan',
	'Duin',
	'Brede',
	'Water',
	'Heide',
	'Eike',
	'Zand',
	'Molen',
	'Beek',
	'Rozen',
	'Veen',
	'Hoog',
	'Laag',
	'Oost',
	'West',
	'Noord',
	'Zuid',
	'Eems',
	'Vliet'
];
const plaatsEind = ['stroom', 'meer', 'mark', 'waard', 'dal', 'veld', 'burg', 'dijk', 'hoven', 'broek', 'berg', 'horst', 'lo', 'wijk', 'haven', 'sloot'];
const schoolNamen = [
	'De Regenboog',
	'Het Kompas',
	'De Wegwijzer',
	'De Vlinder',
	'De Linde',
	'Het Baken',
	'De Sterrenwachter',
	'De Kameleon',
	'Het Palet',
	'De Springplank',
	'De Windroos',
	'De Zeppelin'
];
const themaTitels = [
	'Kennis en vaardigheden van leerlingen',
	'Welbevinden en sociale veiligheid',
	'Technologie in het onderwijs',
	'Gelijke kansen',
	'Kwalificaties van toekomstige leraren',
	'De school als lerende organisatie',
	'Taal en lezen',
	'Rekenen en wiskunde',
	'Burgerschap en vorming',
	'Loopbaan en beroepspraktijk',
	'Inclusief en passend onderwijs',
	'Onderwijstijd en organisatie'
];
const vraagSjablonen = [
	(a: string, c: string, u: string) => `Hoe kunnen leraren in ${c} ${a} inzetten om ${u} te verbeteren?`,
	(a: string, c: string, u: string) => `Wat is het effect van ${a} op ${u} in ${c}, en voor welke leerlingen werkt het?`,
	(a: string, c: string) => `Welke voorwaarden moeten scholen in ${c} scheppen om ${a} duurzaam te verankeren?`,
	(a: string, _c: string, u: string) => `In welke mate draagt ${a} bij aan ${u}, en waarom?`,
	(a: string, c: string) => `Hoe ervaren leerlingen en ouders in ${c} de aandacht voor ${a}?`
];

// ---- counts: a realistic mix, scaled to the requested total ----
const n = (share: number, min: number) => Math.max(min, Math.round(total * share));
const counts = {
	agenda: n(0.0004, 2),
	thema: Math.min(themaTitels.length, n(0.0012, 3)),
	gamechanger: n(0.0084, 6),
	agendapunt: n(0.01, 2),
	kennisvraag: n(0.05, 6),
	lectoraat: n(0.03, 3),
	partnerschap: n(0.02, 2),
	organisatie: n(0.06, 8)
};
const projectCount = total - Object.values(counts).reduce((a, b) => a + b, 0);

interface Doc {
	type: string;
	id: string;
	data: Record<string, unknown>;
	body: string;
}
const docs: Doc[] = [];
const add = (type: string, id: string, data: Record<string, unknown>, body = '') => {
	docs.push({ type, id, data, body });
	return id;
};
const links = (ids: string[]) => ids.map((id) => `[[${id}]]`).join(' en ');

// Agendas, themes, gamechangers: the backbone.
const agendas = Array.from({ length: counts.agenda }, (_, i) =>
	add('agenda', uniqueId(i === 0 ? 'kennisagenda-synthetisch' : `agenda-${pick(onderwerpen)}-${2016 + i}`), {
		titel: i === 0 ? 'Kennisagenda voor het onderwijs (synthetisch)' : `Agenda ${cap(pick(onderwerpen))} ${2016 + i}`,
		uitgever: pick(['Nationaal Regieorgaan Onderwijsonderzoek', 'Vereniging Hogescholen', 'PO-Raad', 'VO-raad', 'MBO Raad']),
		jaar: 2016 + i,
		samenvatting: `Synthetische agenda over ${pick(onderwerpen)} en ${pick(onderwerpen)}, gegenereerd voor benchmarks.`,
		voorbeeld: true
	})
);
const themas = Array.from({ length: counts.thema }, (_, i) =>
	add('thema', uniqueId(`thema-${themaTitels[i]}`), {
		titel: themaTitels[i],
		agenda: agendas[0],
		nummer: i + 1,
		samenvatting: `Gaat over ${pick(onderwerpen)}, ${pick(onderwerpen)} en ${pick(uitkomsten)} in het funderend onderwijs en het mbo.`,
		bron: { document: agendas[0] },
		voorbeeld: true
	})
);
const onderwerpVanThema = new Map<string, string[]>();
themas.forEach((t, i) =>
	onderwerpVanThema.set(
		t,
		onderwerpen.filter((_, j) => j % themas.length === i)
	)
);
const gcByThema = new Map<string, string[]>(themas.map((t) => [t, []]));
for (let i = 0; i < counts.gamechanger; i++) {
	const thema = themas[i % themas.length];
	const onderwerp = pick(onderwerpVanThema.get(thema)!);
	const sector = pick(SECTOREN);
	const id = add('gamechanger', uniqueId(`gc-${onderwerp}-${sector}`), {
		titel: `${cap(onderwerp)} (${sector})`,
		thema,
		nummer: gcByThema.get(thema)!.length + 1,
		sectoren: [sector],
		samenvatting: `Kansen voor grote verbeteringen rond ${onderwerp} in ${pick(contexten)}, met aandacht voor ${pick(uitkomsten)}.`,
		bron: { document: agendas[0], pagina: String(int(8, 60)) },
		voorbeeld: true
	});
	gcByThema.get(thema)!.push(id);
}
for (let i = 0; i < counts.agendapunt; i++) {
	const agenda = agendas[1 + (i % Math.max(1, agendas.length - 1))] ?? agendas[0];
	const onderwerp = pick(onderwerpen);
	const titel = `${cap(onderwerp)} als gezamenlijke opgave`;
	const soort = pick(['kernambitie', 'uitgangspunt', 'thema', 'scenario', 'dialoogthema']);
	const themasVanPunt = pickSome(themas, int(1, 2));
	const gamechangers = chance(0.6) ? [pick(gcByThema.get(pick(themas))!)] : undefined;
	add('agendapunt', uniqueId(`ap-${onderwerp}-${i + 1}`), {
		titel,
		agenda,
		soort,
		nummer: i + 1,
		themas: themasVanPunt,
		gamechangers,
		// Every link carries a sentence from its source (registry: quotedIn); generated, like the rest.
		citaten: [...themasVanPunt, ...(gamechangers ?? [])].map((naar) => ({ naar, citaat: `Ook ${onderwerp} vraagt om een gezamenlijke aanpak.` })),
		samenvatting: `Agendapunt over ${onderwerp} en ${pick(uitkomsten)}, besproken met scholen en opleidingen.`,
		bron: { document: agenda },
		voorbeeld: true
	});
}
const kvByThema = new Map<string, string[]>(themas.map((t) => [t, []]));
for (let i = 0; i < counts.kennisvraag; i++) {
	const thema = themas[i % themas.length];
	const onderwerp = pick(onderwerpVanThema.get(thema)!);
	const context = pick(contexten);
	const id = add('kennisvraag', uniqueId(`kv-${onderwerp}-${context}`), {
		vraag: pick(vraagSjablonen)(onderwerp, context, pick(uitkomsten)),
		thema,
		gamechanger: chance(0.85) ? pick(gcByThema.get(thema)!) : undefined,
		sectoren: pickSome(SECTOREN, int(0, 2)),
		samenvatting: `Vraagt naar ${onderwerp} in ${context}.`,
		bron: { document: agendas[0], pagina: String(int(8, 60)) },
		voorbeeld: true
	});
	kvByThema.get(thema)!.push(id);
}

// Organisations live in regions; partnerships and projects mostly work within one region.
const regios = Array.from({ length: Math.max(4, Math.round(counts.organisatie / 12)) }, () => pick(plaatsBegin) + pick(plaatsEind));
const orgsByRegio = new Map<string, string[]>();
const hogescholen: { id: string; regio: string }[] = [];
for (let i = 0; i < counts.organisatie; i++) {
	const regio = regios[i % regios.length];
	const soort =
		i < regios.length ? 'hogeschool' : pick(['school', 'school', 'school', 'schoolbestuur', 'mbo-instelling', 'universiteit', 'kennisinstituut', 'school']);
	const naam =
		soort === 'hogeschool'
			? `Hogeschool ${regio}`
			: soort === 'universiteit'
				? `Universiteit ${regio}`
				: soort === 'mbo-instelling'
					? `ROC ${regio}`
					: soort === 'schoolbestuur'
						? `Stichting ${pick(['Primair', 'Voortgezet', 'Samen', 'Katholiek', 'Openbaar'])} Onderwijs ${regio}`
						: soort === 'kennisinstituut'
							? `Kenniscentrum ${cap(pick(onderwerpen))} ${regio}`
							: `${pick(['Basisschool', 'Kindcentrum', 'Lyceum', 'College', 'Scholengemeenschap'])} ${pick(schoolNamen)} ${regio}`;
	const id = add(
		'organisatie',
		uniqueId(naam),
		{
			naam,
			soort,
			plaats: regio,
			website: `https://example.org/${slug(naam)}`,
			samenvatting: `Fictieve organisatie in ${regio} die werkt aan ${pick(onderwerpen)}.`,
			voorbeeld: true
		},
		''
	);
	if (soort === 'hogeschool') hogescholen.push({ id, regio });
	orgsByRegio.set(regio, [...(orgsByRegio.get(regio) ?? []), id]);
}
// Bodies of some organisations link a neighbour in the same region.
for (const d of docs) {
	if (d.type !== 'organisatie' || !chance(0.5)) continue;
	const other = pick(orgsByRegio.get(String(d.data.plaats))!.filter((o) => o !== d.id));
	if (other) d.body = `Werkt in de regio samen met [[${other}]] aan ${pick(onderwerpen)}.`;
}

const lectoraten: { id: string; regio: string; thema: string }[] = [];
for (let i = 0; i < counts.lectoraat; i++) {
	const hs = hogescholen[i % hogescholen.length];
	const thema = pick(themas);
	const a = pick(onderwerpVanThema.get(thema)!);
	const b = pick(onderwerpen);
	const naam = chance(0.5) ? cap(a) : `${cap(a)} en ${b}`;
	const id = add(
		'lectoraat',
		uniqueId(`lectoraat-${naam}`),
		{
			naam,
			lectoren: [`Lector ${i + 1} (fictief)`],
			hogeschool: hs.id,
			kenniscentrum: `Kenniscentrum Onderwijs ${hs.regio}`,
			onderzoekslijnen: [cap(a), cap(b)],
			startjaar: int(2005, 2025),
			themas: [thema, ...(chance(0.3) ? [pick(themas)] : [])].filter((t, j, all) => all.indexOf(t) === j),
			kennisvragen: pickSome(kvByThema.get(thema)!, int(1, 3), true),
			samenvatting: `Fictief lectoraat dat onderzoek doet naar ${a} en ${b}, samen met scholen in ${hs.regio}.`,
			voorbeeld: true
		},
		`Het lectoraat werkt met docentonderzoekers aan ${a}. ${pick(zinnen)(a, b, pick(contexten), pick(uitkomsten))}`
	);
	lectoraten.push({ id, regio: hs.regio, thema });
}
const partnerschappen: { id: string; regio: string }[] = [];
for (let i = 0; i < counts.partnerschap; i++) {
	const regio = regios[i % regios.length];
	const orgs = orgsByRegio.get(regio)!;
	const soort = pick(['opleidingsschool', 'academische-opleidingsschool', 'werkplaats-onderwijsonderzoek', 'sprong-groep', 'regionaal-netwerk']);
	const naam = `${cap(soort.replace(/-/g, ' '))} ${regio}${i >= regios.length ? ` ${Math.floor(i / regios.length) + 1}` : ''}`;
	const penvoerder = pick(orgs);
	const id = add('partnerschap', uniqueId(naam), {
		naam,
		soort,
		status: pick(['in-oprichting', 'actief', 'actief', 'afgerond']),
		penvoerder,
		leden: pickSome(
			orgs.filter((o) => o !== penvoerder),
			int(2, 5)
		),
		sectoren: pickSome(SECTOREN, int(1, 2)),
		regio,
		startjaar: int(2008, 2025),
		themas: pickSome(themas, int(1, 2)),
		samenvatting: `Fictief partnerschap in ${regio} rond ${pick(onderwerpen)} en ${pick(onderwerpen)}.`,
		voorbeeld: true
	});
	partnerschappen.push({ id, regio });
}

const lectoratenByThema = new Map<string, typeof lectoraten>(themas.map((t) => [t, lectoraten.filter((l) => l.thema === t)]));
const projectIds: string[] = [];
for (let i = 0; i < projectCount; i++) {
	const thema = pickSkewed(themas);
	const a = pick(onderwerpVanThema.get(thema)!);
	const b = pick(onderwerpen);
	const c = pick(contexten);
	const u = pick(uitkomsten);
	const titel = pick(projectTitel)(a, b, c, u);
	const lectoraat = pick(lectoratenByThema.get(thema)!.length ? lectoratenByThema.get(thema)! : lectoraten);
	const regioOrgs = orgsByRegio.get(lectoraat.regio)!;
	const startYear = int(2015, 2027);
	const status = startYear > 2026 ? 'gepland' : chance(0.5) ? 'lopend' : 'afgerond';
	const partnerschap = partnerschappen.filter((p) => p.regio === lectoraat.regio);
	const body = [pick(zinnen)(a, b, c, u), pick(zinnen)(b, a, c, u), pick(zinnen)(a, b, pick(contexten), pick(uitkomsten))];
	const wiki = projectIds.length && chance(0.45) ? pickSome(projectIds, int(1, 2), true) : [];
	if (wiki.length) body.push(`Het project bouwt voort op ${links(wiki)}.`);
	const id = add(
		'project',
		uniqueId(titel),
		{
			titel,
			start: date(startYear),
			einde: status === 'afgerond' ? date(startYear + int(1, 3)) : undefined,
			status,
			lectoraten: [lectoraat.id, ...(chance(0.3) ? [pick(lectoraten).id] : [])].filter((l, j, all) => all.indexOf(l) === j),
			partners: pickSome(regioOrgs, int(0, 2)),
			partnerschap: partnerschap.length && chance(0.4) ? pick(partnerschap).id : undefined,
			sectoren: pickSome(SECTOREN, int(1, 2)),
			kennisvragen: pickSome(kvByThema.get(thema)!, int(1, 2), true),
			gamechangers: chance(0.5) ? [pickSkewed(gcByThema.get(thema)!)] : undefined,
			themas: chance(0.3) ? [thema] : undefined,
			samenvatting: `Onderzoekt ${a} in ${c} en de gevolgen voor ${u}.`,
			trefwoorden: [a, b, ...(chance(0.5) ? [pick(onderwerpen)] : [])].filter((t, j, all) => all.indexOf(t) === j),
			voorbeeld: true
		},
		body.join(' ')
	);
	projectIds.push(id);
}

// ---- write ----
/** YAML for our limited shapes: JSON scalars are valid YAML, and lists/objects stay on one line. */
const yamlValue = (v: unknown): string => (Array.isArray(v) || typeof v === 'object' ? JSON.stringify(v) : JSON.stringify(v));
function fileText(d: Doc): string {
	const lines = Object.entries(d.data)
		.filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
		.map(([k, v]) => `${k}: ${yamlValue(v)}`);
	return `---\n${lines.join('\n')}\n---\n${d.body ? `${d.body}\n` : ''}`;
}

// Only the type folders are replaced, so a mistyped --out never wipes unrelated files.
if (existsSync(out)) for (const t of typeNames) rmSync(join(out, t), { recursive: true, force: true });
for (const t of typeNames) mkdirSync(join(out, t), { recursive: true });
for (const d of docs) writeFileSync(join(out, d.type, `${d.id}.md`), fileText(d));

const byType = Object.fromEntries(typeNames.map((t) => [t, docs.filter((d) => d.type === t).length]));
console.log(`${docs.length} bestanden in ${out}: ${JSON.stringify(byType)}`);
