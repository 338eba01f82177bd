// Typesets the page's equations with KaTeX, which the Pressroom app serves under /assets/katex/. Each .math
// element holds its LaTeX between \( \) or \[ \]; a page opened without KaTeX keeps that text readable. Refused
// equations never get here (they are placeholders); a construct KaTeX lacks shows its source in red
// (throwOnError: false) and the rest of the page still typesets.
(function () {
	if (typeof katex === 'undefined') {
		return;
	}
	document.querySelectorAll('.math').forEach(function (element) {
		var source = element.textContent;
		katex.render(source.substring(2, source.length - 2), element, {
			displayMode: element.classList.contains('display'),
			throwOnError: false,
			strict: 'ignore',
			trust: false
		});
	});
})();
