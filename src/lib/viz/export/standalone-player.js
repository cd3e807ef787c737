/* eslint-disable @typescript-eslint/ban-ts-comment -- see the next line */
// @ts-nocheck -- a plain browser script, embedded in the exported file exactly as written (see
// standalone-deck.ts), so it stays plain ES5-style JavaScript; the browser test that opens an
// exported deck from disk exercises it.
// The player of an exported deck: it runs inside the one HTML file, from disk, with no network.
// Slides are SVG sections; the deck's data (notes, tooltips, application cards) is JSON in the
// page. Keys, clicks and the buttons move between slides; marks show their tooltip on hover and
// open their application's card on click; N shows the speaker notes.
(function () {
	'use strict';
	var data = JSON.parse(document.getElementById('atlas-deck').textContent);
	var slides = Array.prototype.slice.call(document.querySelectorAll('section.slide'));
	var counter = document.getElementById('counter');
	var notes = document.getElementById('notes');
	var tip = document.getElementById('tip');
	var card = document.getElementById('card');
	var index = 0;

	function text(tag, value, className) {
		var el = document.createElement(tag);
		el.textContent = value;
		if (className) el.className = className;
		return el;
	}

	function show(i) {
		index = Math.max(0, Math.min(slides.length - 1, i));
		slides.forEach(function (s, j) {
			s.hidden = j !== index;
		});
		counter.textContent = index + 1 + ' / ' + slides.length;
		notes.textContent = data.slides[index].notes || 'No notes for this slide.';
		hideTip();
		closeCard();
		if (history.replaceState) history.replaceState(null, '', '#' + (index + 1));
	}

	function hideTip() {
		tip.hidden = true;
	}

	function showTip(content, x, y) {
		tip.replaceChildren();
		tip.appendChild(text('strong', content.title));
		if (content.lines && content.lines.length) {
			var dl = document.createElement('dl');
			content.lines.forEach(function (line) {
				dl.appendChild(text('dt', line.label));
				dl.appendChild(text('dd', line.value));
			});
			tip.appendChild(dl);
		}
		if (content.note) tip.appendChild(text('p', content.note));
		tip.hidden = false;
		var w = tip.offsetWidth;
		var h = tip.offsetHeight;
		tip.style.left = (x + 16 + w > innerWidth ? x - w - 16 : x + 16) + 'px';
		tip.style.top = Math.max(8, Math.min(innerHeight - h - 8, y - h / 2)) + 'px';
	}

	function closeCard() {
		card.hidden = true;
	}

	function openApp(id) {
		var app = data.apps[id];
		if (!app) return;
		card.replaceChildren();
		var close = text('button', '×', 'close');
		close.setAttribute('aria-label', 'Close');
		close.onclick = closeCard;
		card.appendChild(close);
		card.appendChild(text('h2', app.name));
		if (app.description) card.appendChild(text('p', app.description));
		var dl = document.createElement('dl');
		app.lines.forEach(function (line) {
			dl.appendChild(text('dt', line.label));
			dl.appendChild(text('dd', line.value));
		});
		card.appendChild(dl);
		card.hidden = false;
	}

	function openList(title, ids) {
		card.replaceChildren();
		var close = text('button', '×', 'close');
		close.setAttribute('aria-label', 'Close');
		close.onclick = closeCard;
		card.appendChild(close);
		card.appendChild(text('h2', title));
		var ul = document.createElement('ul');
		ids.forEach(function (id) {
			var li = document.createElement('li');
			var a = text('a', (data.apps[id] && data.apps[id].name) || id);
			a.href = '#';
			a.onclick = function (e) {
				e.preventDefault();
				openApp(id);
			};
			li.appendChild(a);
			ul.appendChild(li);
		});
		card.appendChild(ul);
		card.hidden = false;
	}

	function markOf(target) {
		return target && target.closest ? target.closest('[data-app], [data-apps], [data-mark]') : null;
	}

	document.addEventListener('mousemove', function (e) {
		var mark = markOf(e.target);
		if (!mark) return hideTip();
		var id = mark.getAttribute('data-app');
		var content = id && data.slides[index].tips[id];
		if (!content) content = { title: mark.getAttribute('aria-label') || '', lines: [] };
		if (!content.title) return hideTip();
		showTip(content, e.clientX, e.clientY);
	});

	document.addEventListener('click', function (e) {
		if (e.target.closest('#card, #controls')) return;
		var mark = markOf(e.target);
		if (mark && mark.getAttribute('data-app')) return openApp(mark.getAttribute('data-app'));
		if (mark && mark.getAttribute('data-apps')) {
			var ids = mark.getAttribute('data-apps').split(' ').filter(Boolean);
			return openList((mark.getAttribute('aria-label') || '').split(':')[0], ids);
		}
		if (!card.hidden) return closeCard();
		show(e.shiftKey ? index - 1 : index + 1);
	});

	document.addEventListener('keydown', function (e) {
		if (e.ctrlKey || e.metaKey || e.altKey) return;
		var k = e.key;
		if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || k === ' ') show(index + 1);
		else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp' || k === 'Backspace') show(index - 1);
		else if (k === 'Home') show(0);
		else if (k === 'End') show(slides.length - 1);
		else if (k === 'Escape') closeCard();
		else if (k === 'n' || k === 'N') notes.hidden = !notes.hidden;
		else if ((k === 'f' || k === 'F') && document.documentElement.requestFullscreen) {
			if (document.fullscreenElement) document.exitFullscreen();
			else document.documentElement.requestFullscreen();
		} else return;
		e.preventDefault();
	});

	document.getElementById('prev').onclick = function () {
		show(index - 1);
	};
	document.getElementById('next').onclick = function () {
		show(index + 1);
	};
	document.getElementById('toggle-notes').onclick = function () {
		notes.hidden = !notes.hidden;
	};

	var start = parseInt((location.hash || '#1').slice(1), 10);
	show(isFinite(start) ? start - 1 : 0);
})();
