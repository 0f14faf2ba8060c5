import { provideNodeDocuments } from '$lib/node-document';
import { renderNodeDocument } from '$lib/server/node-document';

provideNodeDocuments(renderNodeDocument);
