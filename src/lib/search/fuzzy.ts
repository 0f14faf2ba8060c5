/** Every string one edit away (a letter dropped, added, changed, or two swapped), at or after `from`: typo tolerance by lookup. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function edits1(word: string, from = 0): Set<string> {
	const out = new Set<string>();
	for (let i = Math.max(0, from); i <= word.length; i++) {
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
