import { describe, expect, it } from 'vitest';
import { citedSources, shortCitation } from './citation.ts';

describe('shortCitation', () => {
	it('first author et al., journal and year', () => {
		expect(
			shortCitation({
				citation: 'Noma M, Takeshita Y, Saiki F. Surgical findings. J Neurosurg Case Lessons. 2025',
				journal: 'J Neurosurg Case Lessons',
				year: 2025
			})
		).toBe('Noma et al., J Neurosurg Case Lessons 2025');
	});

	it('a single author keeps no et al.; structured authors win over the citation text', () => {
		expect(
			shortCitation({ citation: 'Smith J. A title. BMJ. 2001', journal: 'BMJ', year: 2001 })
		).toBe('Smith, BMJ 2001');
		expect(
			shortCitation({ citation: 'whatever', authors: 'Palm HG, Lang P', journal: 'J', year: 2018 })
		).toBe('Palm et al., J 2018');
	});

	it('an organisation is named as it is', () => {
		expect(
			shortCitation({
				citation: 'UPMC Department of Neurological Surgery. Kyphoplasty. Web page.'
			})
		).toBe('UPMC Department of Neurological Surgery');
	});
});

describe('citedSources', () => {
	it('one entry per source, each quote once, in first-cited order', () => {
		expect(
			citedSources([
				{ ref: 'p', quote: 'one' },
				{ ref: 'b' },
				{ ref: 'p', quote: 'two' },
				{ ref: 'p', quote: 'one' }
			])
		).toEqual([
			{ ref: 'p', quotes: ['one', 'two'] },
			{ ref: 'b', quotes: [] }
		]);
	});
});
