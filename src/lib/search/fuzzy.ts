/** Every string one edit away (a letter dropped, added, changed, or two swapped): typo tolerance by lookup. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function edits1(word: string): Set<string> {
	const out = new Set<string>();
	for (let i = 0; i <= word.length; i++) {
		const [head, tail] = [word.slice(0, i), word.slice(i)];
		if (tail) out.add(head + tail.slice(1));
		if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
		for (const c of LETTERS) {
			out.add(head + c + tail);
			if (tail) out.add(head + c + tail.slice(1));
		}
	}
	out.delete(word);
	return out;
}
