/** Page addresses. Every URL ends in a slash so any static host serves dir/index.html. */
export const typeUrl = (base: string, type: string) => `${base}/${type}/`;
export const nodeUrl = (base: string, type: string, id: string) => `${base}/${type}/${id}/`;
