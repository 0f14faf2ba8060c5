/** Sigma 3 draws with WebGL2; without it the explorer falls back to its list view. */
export function hasWebGL2(): boolean {
	try {
		return Boolean(document.createElement('canvas').getContext('webgl2'));
	} catch {
		return false;
	}
}
