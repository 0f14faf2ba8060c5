/**
 * The Snowball Dutch stemmer (the classic algorithm, as in snowball-stemmers 'dutch'),
 * written out here because that package bundles every language (870 kB) and the
 * browser needs the same stemmer as the build. tests/unit/search-encoder.test.ts
 * checks this port against snowball-stemmers word for word.
 * Input: one lowercase word without diacritics.
 */

const VOWELS = 'aeiouyè';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);
/** out_grouping: a character that exists and is not a vowel (I and Y count as consonants). */
const isConsonant = (c: string | undefined) => c !== undefined && !VOWELS.includes(c);

/** Marks consonantal i and y (between or after vowels) as I and Y so they are not vowels. */
function prelude(word: string): string {
	const w = [...word];
	if (w[0] === 'y') w[0] = 'Y';
	for (let i = 0; i < w.length - 1; i++) {
		if (!isVowel(w[i])) continue;
		if (w[i + 1] === 'i' && isVowel(w[i + 2])) w[i + 1] = 'I';
		else if (w[i + 1] === 'y') w[i + 1] = 'Y';
	}
	return w.join('');
}

/** R1 and R2 start positions; R1 leaves at least three letters before it. */
function regions(w: string): [number, number] {
	const after = (from: number) => {
		let i = from;
		while (i < w.length && !isVowel(w[i])) i++;
		while (i < w.length && isVowel(w[i])) i++;
		return i < w.length ? i + 1 : w.length;
	};
	const p1Raw = after(0);
	const p1 = Math.max(p1Raw, 3);
	// R2 is measured from the raw R1 position, as the Snowball program does.
	const p2 = p1Raw < w.length ? after(p1Raw) : w.length;
	return [Math.min(p1, w.length), p2];
}

export function stemDutch(word: string): string {
	if (word.length < 3) return word;
	let w = prelude(word);
	const [p1, p2] = regions(w);
	const r1 = (at: number) => at >= p1;
	const r2 = (at: number) => at >= p2;
	const undouble = () => {
		if (/(kk|dd|tt)$/.test(w)) w = w.slice(0, -1);
	};
	/** Deletes a suffix starting at `at` when R1 holds and a valid en-ending precedes. */
	const enEnding = (at: number) => {
		if (!r1(at) || !isConsonant(w[at - 1]) || w.slice(0, at).endsWith('gem')) return false;
		w = w.slice(0, at);
		undouble();
		return true;
	};
	let eFound = false;
	const eEnding = () => {
		eFound = false;
		const at = w.length - 1;
		if (w[at] !== 'e' || !r1(at) || !isConsonant(w[at - 1])) return;
		w = w.slice(0, at);
		eFound = true;
		undouble();
	};

	// Step 1: the longest of heden, ene, en, se, s.
	const step1 = ['heden', 'ene', 'en', 'se', 's'].find((s) => w.endsWith(s));
	if (step1) {
		const at = w.length - step1.length;
		if (step1 === 'heden') {
			if (r1(at)) w = w.slice(0, at) + 'heid';
		} else if (step1 === 'en' || step1 === 'ene') enEnding(at);
		else if (r1(at) && isConsonant(w[at - 1]) && w[at - 1] !== 'j') w = w.slice(0, at);
	}
	// Step 2: e.
	eEnding();
	// Step 3a: heid.
	if (w.endsWith('heid')) {
		const at = w.length - 4;
		if (r2(at) && w[at - 1] !== 'c') {
			w = w.slice(0, at);
			if (w.endsWith('en')) enEnding(w.length - 2);
		}
	}
	// Step 3b: the longest of end, ing, ig, lijk, baar, bar.
	const step3 = ['lijk', 'baar', 'end', 'ing', 'bar', 'ig'].find((s) => w.endsWith(s));
	if (step3) {
		const at = w.length - step3.length;
		if (r2(at)) {
			if (step3 === 'end' || step3 === 'ing') {
				w = w.slice(0, at);
				const ig = w.length - 2;
				if (w.endsWith('ig') && r2(ig) && w[ig - 1] !== 'e') w = w.slice(0, ig);
				else undouble();
			} else if (step3 === 'ig') {
				if (w[at - 1] !== 'e') w = w.slice(0, at);
			} else if (step3 === 'lijk') {
				w = w.slice(0, at);
				eEnding();
			} else if (step3 === 'baar' || eFound) w = w.slice(0, at);
		}
	}
	// Step 4: undouble a vowel in a final consonant-vowel-vowel-consonant (maan → man).
	const n = w.length;
	if (n >= 4 && isConsonant(w[n - 1]) && w[n - 1] !== 'I' && /^(aa|ee|oo|uu)$/.test(w.slice(n - 3, n - 1)) && isConsonant(w[n - 4])) {
		w = w.slice(0, n - 2) + w[n - 1];
	}
	return w.replace(/I/g, 'i').replace(/Y/g, 'y');
}
