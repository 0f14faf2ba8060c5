/** The [[id]] links of a body and how they resolve: shared by the Markdown renderer and the plain-prose reader. */
export interface WikiLink {
	target: string;
	label?: string;
	/** Line within the body (1-based). */
	line: number;
}

export interface LinkResolver {
	/** Page URL for an id, or undefined when the id does not exist. */
	href(id: string): string | undefined;
	title(id: string): string | undefined;
}
