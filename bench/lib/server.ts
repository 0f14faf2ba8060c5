/** Runs scripts/serve.js for a build folder while a measurement runs. */
import { spawn } from 'node:child_process';

let nextPort = 4390;

export async function withServer<T>(buildDir: string, fn: (origin: string) => Promise<T>, port = nextPort++): Promise<T> {
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
