/** Runs scripts/serve.js for a build folder while a measurement runs. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port the system has free now, so two benchmarks (or a benchmark beside npm test) never share one. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

export async function withServer<T>(buildDir: string, fn: (origin: string) => Promise<T>, port?: number): Promise<T> {
	port ??= await freePort();
	const server = spawn('node', ['scripts/serve.js', buildDir], {
		env: { ...process.env, PORT: String(port), BASE_PATH: '' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		server.stdout.once('data', () => resolve());
		server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	try {
		return await fn(`http://127.0.0.1:${port}`);
	} finally {
		server.kill();
	}
}
