import { base } from '$app/paths';
import { cmsConfigYaml } from '$lib/server/emit/cms-config';

export const prerender = true;

export const GET = () => new Response(cmsConfigYaml(process.env, base), { headers: { 'content-type': 'application/yaml; charset=utf-8' } });
