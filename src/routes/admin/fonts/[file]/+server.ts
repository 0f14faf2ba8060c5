import { error } from '@sveltejs/kit';
import { sveltiaFile, sveltiaFonts } from '$lib/server/emit/sveltia';
import { fileEntries } from '$lib/server/emit/listed-entries';

export const prerender = true;

export const entries = () =>
	fileEntries(
		'/admin/fonts/[file]',
		[...sveltiaFonts().keys()].map((file) => ({ file }))
	);

export const GET = ({ params }) => {
	const path = sveltiaFonts().get(params.file);
	if (!path) error(404, 'Onbekend lettertype');
	return new Response(sveltiaFile(path), { headers: { 'content-type': 'font/woff2' } });
};
