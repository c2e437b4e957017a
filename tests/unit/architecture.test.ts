import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import rules of docs/architecture.md, checked on the source itself.

const SRC = resolve('src');
const LIB = join(SRC, 'lib');
/** Folders of plain TypeScript: no Svelte, no Kit, no UI. */
const DOMAINS = ['deck', 'log', 'srs', 'storage', 'quiz', 'stats', 'assign', 'session', 'links'];

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const p = join(dir, d.name);
		if (d.isDirectory()) return files(p);
		return /\.(ts|js|svelte)$/.test(d.name) ? [p] : [];
	});
}

const isTest = (f: string) => /\.test\.ts$|test-support/.test(f);
const sources = files(SRC).filter((f) => !isTest(f));
const importRe =
	/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(importRe)].map((m) => m[1] ?? m[2]);
}

/** Resolves an import to a file under src/, or undefined for a package. */
function target(from: string, spec: string): string | undefined {
	let p: string;
	if (spec.startsWith('$lib/')) p = join(LIB, spec.slice(5));
	else if (spec.startsWith('.')) p = resolve(dirname(from), spec);
	else return undefined;
	return p;
}

const domainOf = (file: string) => {
	const rel = relative(LIB, file).split('/');
	return rel.length > 1 && DOMAINS.includes(rel[0]) ? rel[0] : undefined;
};

describe('architecture', () => {
	it('no domain folder imports Svelte, $app, @sveltejs/kit, a component, a state class or a route', () => {
		const bad: string[] = [];
		for (const f of sources.filter(domainOf))
			for (const spec of importsOf(f)) {
				const t = target(f, spec);
				const ui =
					/^(svelte($|\/)|\$app\/|@sveltejs\/kit)/.test(spec) ||
					spec.endsWith('.svelte') ||
					(t !== undefined &&
						(/\.svelte\.ts$/.test(t) ||
							t.startsWith(join(LIB, 'components')) ||
							t.startsWith(join(LIB, 'state')) ||
							t.startsWith(join(SRC, 'routes'))));
				if (ui) bad.push(`${relative(SRC, f)} imports ${spec}`);
			}
		expect(bad).toEqual([]);
	});

	it('only storage/ touches localStorage, and only srs/ imports ts-fsrs', () => {
		const bad: string[] = [];
		for (const f of sources) {
			const d = relative(LIB, f).split('/')[0];
			const text = readFileSync(f, 'utf8');
			if (d !== 'storage' && /\blocalStorage\b/.test(text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')))
				bad.push(`${relative(SRC, f)} touches localStorage`);
			if (d !== 'srs' && importsOf(f).some((s) => s === 'ts-fsrs'))
				bad.push(`${relative(SRC, f)} imports ts-fsrs`);
		}
		expect(bad).toEqual([]);
	});

	it('has no import cycles', () => {
		const known = new Set(sources);
		const edges = new Map<string, string[]>();
		for (const f of sources)
			edges.set(
				f,
				importsOf(f)
					.map((s) => target(f, s))
					.filter((t): t is string => t !== undefined && known.has(t))
			);
		const state = new Map<string, 'open' | 'done'>();
		const cycles: string[] = [];
		const visit = (f: string, path: string[]) => {
			if (state.get(f) === 'done') return;
			if (state.get(f) === 'open') {
				cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(SRC, p)).join(' → '));
				return;
			}
			state.set(f, 'open');
			for (const t of edges.get(f) ?? []) visit(t, [...path, f]);
			state.set(f, 'done');
		};
		for (const f of sources) visit(f, []);
		expect(cycles).toEqual([]);
	});

	it('reads real imports (the check is not vacuous)', () => {
		const core = sources.find((f) => f.endsWith(join('session', 'study-core.ts')))!;
		expect(importsOf(core)).toContain('../srs/index.ts');
		expect(sources.filter(domainOf).length).toBeGreaterThan(40);
	});
});
