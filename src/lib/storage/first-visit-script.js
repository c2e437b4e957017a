// Plain JS so that svelte.config.js can hash it for the CSP's script-src (see first-visit.ts).

/**
 * Inline in every page's <head>, before anything is painted: sets `data-visit` on <html> to
 * "first" when this browser holds no CaseDeck data and the URL names no topic, else to
 * "returning" (storage unreadable included) — whether the study page's prerendered first card
 * can be this learner's. Where the script does not run, the attribute is missing: not shown.
 */
export const FIRST_VISIT_SCRIPT =
	"(function(){var v='first';try{if(/(^|&)topic=/.test(location.hash.slice(1)))throw 0;for(var i=0;i<localStorage.length;i++)if(String(localStorage.key(i)).indexOf('casedeck:')===0)throw 0}catch(e){v='returning'}document.documentElement.setAttribute('data-visit',v)})()";
