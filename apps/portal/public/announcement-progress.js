// Progressive enhancement only: the page is right when it loads, and reloading it shows the
// same counts. While mails are still queued this polls the page's own progress.json
// (same origin, the organizer's session) and moves the bar and the counts without a reload,
// stopping once every mail is sent or failed. Served from /static, so the strict CSP
// (script-src 'self') allows it.
(function () {
  'use strict';
  var root = document.querySelector('[data-announcement-progress]');
  if (!root || !window.fetch) return;
  var bar = root.querySelector('progress');
  var label = root.querySelector('[aria-live]');
  var source = root.getAttribute('data-source');
  var template = root.getAttribute('data-label') || '';
  var doneText = root.getAttribute('data-done') || '';
  // The same way of writing numbers as fmt.decimal on the server: 1.234 in Vietnamese.
  var numbers = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN');
  var EVERY_MS = 1000;

  function show(progress) {
    bar.max = Math.max(progress.total, 1);
    bar.value = progress.sent + progress.failed;
    bar.textContent = progress.sent + ' / ' + progress.total;
    ['queued', 'sent', 'failed'].forEach(function (name) {
      var cell = root.querySelector('[data-count="' + name + '"]');
      if (cell) cell.textContent = numbers.format(progress[name]);
    });
    var text = progress.done
      ? doneText
      : template
          .replace('{sent}', numbers.format(progress.sent))
          .replace('{total}', numbers.format(progress.total));
    // Only a change is written, so screen readers are not told the same count again.
    if (label.textContent !== text) label.textContent = text;
    if (progress.done) root.setAttribute('data-finished', '');
  }

  function poll() {
    window
      .fetch(source, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (progress) {
        show(progress);
        if (!progress.done) setTimeout(poll, EVERY_MS);
      })
      .catch(function () {
        // A failed poll (a restart, a lost connection) is tried again, a little later.
        setTimeout(poll, EVERY_MS * 3);
      });
  }

  // The server marks a version already done when it writes the page: nothing to follow then.
  if (!root.hasAttribute('data-finished')) poll();
})();
