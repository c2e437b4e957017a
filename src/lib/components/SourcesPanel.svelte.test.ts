import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Source, SourceRef } from '$lib/deck/types.ts';
import SourcesPanel from './SourcesPanel.svelte';

const sources: Record<string, Source> = {
	smith2020: {
		key: 'smith2020',
		kind: 'paper',
		citation: 'Smith J. Disc herniation outcomes. Spine. 2020.',
		doi: '10.1000/xyz123',
		url: 'https://example.org/ignored',
		grade: 'High'
	},
	gray: {
		key: 'gray',
		kind: 'background',
		citation: "Gray's Anatomy, 42nd ed.",
		url: 'https://www.example.com/grays',
		grade: 'Medium'
	},
	offline: {
		key: 'offline',
		kind: 'paper',
		citation: 'Printed handout.',
		grade: 'Low'
	}
};

const items = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('SourcesPanel', () => {
	it('renders the explanation HTML first', () => {
		const { container } = render(SourcesPanel, {
			refs: [],
			sources,
			inference: false,
			explanation: '<p>The <strong>traversing</strong> root is hit.</p>'
		});
		expect(container.querySelector('.explanation strong')).toHaveTextContent('traversing');
		expect(screen.getByText(/root is hit/)).toBeInTheDocument();
	});

	it('shows the inference notice only when inference is true', async () => {
		const { rerender } = render(SourcesPanel, { refs: [], sources, inference: false });
		expect(screen.queryByText(/Inference/)).not.toBeInTheDocument();
		await rerender({ inference: true });
		expect(screen.getByRole('note')).toHaveTextContent(
			'Inference: this card goes beyond what its sources state.'
		);
	});

	it('lists each source with citation, kind, grade, link and quote', () => {
		render(SourcesPanel, {
			refs: [{ ref: 'smith2020', quote: 'L5 was affected in 90%.' }, { ref: 'gray' }],
			sources,
			inference: false
		});
		expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
		const [paper, book] = items();
		expect(paper).toHaveTextContent('Smith J. Disc herniation outcomes. Spine. 2020.');
		expect(paper).toHaveTextContent('Paper');
		expect(paper).toHaveTextContent('Evidence: High');
		expect(paper.querySelector('blockquote')).toHaveTextContent('L5 was affected in 90%.');
		expect(book).toHaveTextContent('Background');
		expect(book).toHaveTextContent('Evidence: Medium');
		expect(book.querySelector('blockquote')).toBeNull();
	});

	it('links a DOI through doi.org and otherwise the URL, in a new tab, safely', () => {
		render(SourcesPanel, {
			refs: [{ ref: 'smith2020' }, { ref: 'gray' }],
			sources,
			inference: false
		});
		const [paper, book] = items();
		const doi = within(paper).getByRole('link', { name: /doi:10\.1000\/xyz123/ });
		expect(doi).toHaveAttribute('href', 'https://doi.org/10.1000/xyz123');
		expect(doi).toHaveAttribute('target', '_blank');
		expect(doi).toHaveAttribute('rel', 'noopener noreferrer');
		expect(doi).toHaveAccessibleName(/opens in a new tab/);
		const url = within(book).getByRole('link', { name: /example\.com/ });
		expect(url).toHaveAttribute('href', 'https://www.example.com/grays');
		expect(url).toHaveAttribute('target', '_blank');
		expect(url).toHaveAttribute('rel', 'noopener noreferrer');
	});

	it('renders no link for a source without DOI or URL', () => {
		render(SourcesPanel, { refs: [{ ref: 'offline' }], sources, inference: false });
		expect(items()[0]).toHaveTextContent('Printed handout.');
		expect(screen.queryByRole('link')).not.toBeInTheDocument();
	});

	it('shows one entry per source, quotes first, the short citation, the full one folded', () => {
		const refs: SourceRef[] = [
			{ ref: 'smith2020', quote: 'A.' },
			{ ref: 'smith2020', quote: 'A.' },
			{ ref: 'smith2020', quote: 'B.' },
			{ ref: 'gray' },
			{ ref: 'gray' }
		];
		render(SourcesPanel, { refs, sources, inference: false });
		expect(items()).toHaveLength(2);
		expect(screen.getAllByText('A.')).toHaveLength(1);
		expect(screen.getByText('B.')).toBeInTheDocument();
		const [smith] = items();
		expect(smith.firstElementChild?.tagName).toBe('BLOCKQUOTE');
		expect(smith.querySelector('.short')).toHaveTextContent(/^Smith/);
		const full = within(smith).getByText('Full reference').closest('details')!;
		expect(full).not.toHaveAttribute('open');
		expect(full).toHaveTextContent('Smith J. Disc herniation outcomes. Spine. 2020.');
	});

	it('renders an unknown ref instead of crashing', () => {
		render(SourcesPanel, {
			refs: [{ ref: 'nope', quote: 'Some quote.' }, { ref: 'gray' }],
			sources,
			inference: false
		});
		const [unknown, book] = items();
		expect(unknown).toHaveTextContent('Unknown source nope');
		expect(unknown).toHaveTextContent('Some quote.');
		expect(within(unknown).queryByRole('link')).not.toBeInTheDocument();
		expect(book).toHaveTextContent("Gray's Anatomy");
	});

	it('does not treat inherited object keys as sources', () => {
		render(SourcesPanel, { refs: [{ ref: 'toString' }], sources, inference: false });
		expect(items()[0]).toHaveTextContent('Unknown source toString');
	});
});
