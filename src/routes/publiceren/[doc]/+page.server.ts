import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { DOCS, renderDoc } from '$lib/server/emit/docs';
import { pageEntries } from '$lib/server/emit/listed-entries';

export const entries = () =>
	pageEntries(
		'/publiceren/[doc]',
		Object.keys(DOCS)
			.filter(Boolean)
			.map((doc) => ({ doc }))
	);

export const load = ({ params }) => {
	const doc = params.doc ? renderDoc(params.doc, base) : undefined;
	if (!doc) error(404, 'Deze pagina bestaat niet');
	return { doc };
};
