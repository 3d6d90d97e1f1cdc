// The door without the network. Before doors open the page keeps the day's list in
// IndexedDB (check-in-store.js) and installs a service worker (check-in-sw.js) that keeps
// the page itself. While the phone is offline, a scan or typed code is decided against
// the list and shown like the portal's own answer, and the admission waits in a queue
// (counted on the page) until the network returns; then the queue is uploaded and each
// scan the portal answered for is forgotten. Online, the form posts as it always did.
// Needs a secure context (https, or localhost) for crypto.subtle and service workers:
// without them the page is the plain online form.
(function () {
  'use strict';
  var box = document.getElementById('check-in-offline');
  var form = document.getElementById('check-in-form');
  var store = window.checkInStore;
  if (!box || !form || !store || !window.isSecureContext || !window.indexedDB) return;
  if (!window.crypto || !crypto.subtle || typeof crypto.randomUUID !== 'function') return;

  var contestId = box.getAttribute('data-contest');
  var base = '/organizer/contests/' + contestId + '/festival/check-in';
  var texts = box.dataset;
  var countOut = document.getElementById('check-in-queue-count');
  var listOut = document.getElementById('check-in-list-state');
  var doubles = document.getElementById('check-in-doubles');
  var arrived = document.getElementById('check-in-arrived');
  // Set when a post failed though the phone believed it was online (the service worker
  // sent the code back): decide here until an upload gets through again.
  var unreachable = false;
  var syncing = null;
  box.hidden = false;

  function wallClock(iso) {
    return new Date(Date.parse(iso) + 7 * 3600000).toISOString().slice(11, 16);
  }

  function fill(template, values) {
    return template.replace(/__(\w+)__/g, function (_, key) {
      return values[key] === undefined ? '' : values[key];
    });
  }

  function showCount() {
    return store.queued(contestId).then(function (queue) {
      countOut.textContent = String(queue.length);
      box.setAttribute('data-queued', String(queue.length));
    });
  }

  function showList(list) {
    if (!list) return;
    listOut.textContent = fill(texts.listState, {
      count: list.passes.length,
      at: wallClock(list.generatedAt),
    });
  }

  /** The same box the portal draws after a post (staff.njk), marked as decided offline. */
  function showResult(decision) {
    var old = document.querySelector('.check-in-result');
    var p = document.createElement('p');
    p.className = 'alert check-in-result';
    p.setAttribute('data-offline', 'true');
    if (decision.outcome === 'unknown') {
      p.className += ' alert--error';
      p.setAttribute('role', 'alert');
      p.setAttribute('data-outcome', 'refused');
      p.setAttribute('data-code', 'CHECK_IN_CODE_UNKNOWN');
      p.textContent = texts.unknown;
    } else {
      var pass = decision.pass;
      p.className += decision.outcome === 'admitted' ? ' alert--success' : ' alert--warning';
      p.setAttribute('role', 'status');
      p.setAttribute('data-outcome', decision.outcome);
      var values = { name: pass.fullName, at: wallClock(pass.checkedInAt) };
      p.appendChild(document.createTextNode(fill(texts[decision.outcome], values)));
      p.appendChild(document.createElement('br'));
      var role = document.createElement('strong');
      role.textContent = texts['role' + pass.role.charAt(0).toUpperCase() + pass.role.slice(1)];
      p.appendChild(role);
      p.appendChild(document.createTextNode(' · ' + texts.offline));
    }
    if (old) old.replaceWith(p);
    else form.parentNode.insertBefore(p, form);
  }

  function decideHere(code) {
    if (!code.trim()) return Promise.resolve();
    return store
      .decide(contestId, code)
      .then(function (decision) {
        if (decision.outcome === 'admitted') box.setAttribute('data-synced', 'false');
        showResult(decision);
      })
      .then(showCount)
      .then(function () {
        form.elements.code.value = '';
        form.elements.code.focus();
        // A retry on every scan: the network may be back before the phone notices.
        if (navigator.onLine) sync();
      });
  }

  function loadList() {
    return fetch(base + '/offline-list', {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    })
      .then(function (response) {
        if (!response.ok) throw new Error('list ' + response.status);
        return response.json();
      })
      .then(function (list) {
        return store.saveList(contestId, list).then(function () {
          return store.list(contestId);
        });
      });
  }

  function showDoubles(results) {
    var names = results
      .filter(function (r) {
        return r.outcome === 'double_entry' && r.holder;
      })
      .map(function (r) {
        return r.holder.fullName;
      });
    if (!names.length) return;
    doubles.hidden = false;
    var item = document.createElement('li');
    item.textContent = names.join(', ');
    doubles.querySelector('ul').appendChild(item);
  }

  /** Uploads the queue (in chunks the portal takes); forgets only what it answered for. */
  function sync() {
    if (syncing) return syncing;
    syncing = Promise.all([store.queued(contestId), store.deviceId()])
      .then(function (both) {
        var queue = both[0].slice(0, 500);
        if (!queue.length) return null;
        var body = new URLSearchParams();
        body.set('_csrf', form.elements._csrf.value);
        body.set('deviceId', both[1]);
        body.set(
          'scans',
          JSON.stringify(
            queue.map(function (s) {
              return { nonce: s.nonce, code: s.code, scannedAt: s.scannedAt };
            }),
          ),
        );
        return fetch(base + '/sync', { method: 'POST', credentials: 'same-origin', body: body })
          .then(function (response) {
            if (!response.ok) throw new Error('sync ' + response.status);
            return response.json();
          })
          .then(function (answer) {
            unreachable = false;
            box.setAttribute('data-synced', 'true');
            showDoubles(answer.results);
            if (arrived) arrived.textContent = String(answer.arrived);
            return store.acknowledge(
              answer.results.map(function (r) {
                return r.nonce;
              }),
            );
          });
      })
      .then(showCount)
      .catch(function () {
        // The queue stays; the next scan or the online event tries again.
      })
      .then(function () {
        syncing = null;
      });
    return syncing;
  }

  form.addEventListener('submit', function (event) {
    if (navigator.onLine && !unreachable) return;
    event.preventDefault();
    decideHere(form.elements.code.value);
  });

  window.addEventListener('online', function () {
    unreachable = false;
    sync()
      .then(loadList)
      .then(showList, function () {});
  });

  // A code the service worker sent back from a post that could not reach the portal.
  var sent = /^#offline-code=(.*)$/.exec(location.hash);
  if (sent) {
    unreachable = true;
    history.replaceState(null, '', location.pathname);
  }

  store
    .list(contestId)
    .then(showList)
    .then(showCount)
    .then(function () {
      if (sent) return decideHere(decodeURIComponent(sent[1]));
      if (!navigator.onLine) return null;
      return sync().then(loadList).then(showList);
    })
    .catch(function () {
      // No list yet, or the portal is unreachable: the page shows what it has.
    });

  if ('serviceWorker' in navigator)
    navigator.serviceWorker
      .register('/static/check-in-sw.js', { scope: '/organizer/contests/' })
      .then(function () {
        // Ready once the worker controls this page (it claims it when it activates): from
        // then on a reload without the network is answered from its cache.
        if (navigator.serviceWorker.controller) return null;
        return new Promise(function (resolve) {
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
        });
      })
      .then(function () {
        // The page as first opened was not yet seen by the worker: keep it now.
        return caches.open('festival-check-in-v1').then(function (cache) {
          return cache.add(location.pathname);
        });
      })
      .then(function () {
        box.setAttribute('data-cached', 'true');
      })
      .catch(function () {});
})();
