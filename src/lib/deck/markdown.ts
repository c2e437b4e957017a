import DOMPurify, { type WindowLike } from 'dompurify';
import { Marked } from 'marked';
import type { MarkdownRenderer } from './compile.ts';
import type { Html } from './types.ts';

/** Tags deck content may use; everything else is removed. */
export const ALLOWED_TAGS = [
	'p',
	'br',
	'strong',
	'em',
	'b',
	'i',
	'u',
	'sub',
	'sup',
	'code',
	'pre',
	'blockquote',
	'ul',
	'ol',
	'li',
	'a',
	'span',
	'mark',
	'h3',
	'h4',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td',
	'hr',
	'del'
];
/** Attributes deck content may use. */
export const ALLOWED_ATTR = ['href', 'title', 'class', 'colspan', 'rowspan'];

/**
 * Builds the one Markdown → sanitised HTML renderer; `window` is the browser's, or jsdom's
 * at build time. Links open in a new tab without an opener; only http(s) and mailto survive.
 */
export function createMarkdownRenderer(window: WindowLike): MarkdownRenderer {
	const purify = DOMPurify(window);
	purify.addHook('afterSanitizeAttributes', (node) => {
		if (node.tagName === 'A') {
			const href = node.getAttribute('href') ?? '';
			if (!/^(https?:|mailto:)/i.test(href)) node.removeAttribute('href');
			node.setAttribute('rel', 'noopener noreferrer');
			node.setAttribute('target', '_blank');
		}
	});
	const config = {
		ALLOWED_TAGS,
		ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel', 'target'],
		ALLOW_DATA_ATTR: false,
		ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i
	};
	const marked = new Marked({ gfm: true, breaks: false, async: false });
	const clean = (html: string) => purify.sanitize(html, config) as string as Html;
	return {
		block: (md) => clean(marked.parse(md) as string).trim(),
		inline: (md) => clean(marked.parseInline(md) as string).trim()
	};
}
