// The door's service worker: keeps the staff check-in page and its scripts in a cache so
// the page opens when the hall's Wi-Fi is down. Network first (a page or script is always
// the newest one the portal serves while it can be reached), the cached copy only when the
// network fails. Registered by check-in-offline.js with the scope /organizer/contests/
// (the portal sends Service-Worker-Allowed for this file); other pages are left alone.
'use strict';

var CACHE = 'festival-check-in-v1';
var SHELL = [
  '/static/site.css',
  '/static/site.js',
  '/static/favicon.svg',
  '/static/check-in.js',
  '/static/check-in-store.js',
  '/static/check-in-offline.js',
  '/static/vendor/jsqr.js',
];
var DOOR = /^\/organizer\/contests\/[0-9a-f-]{36}\/festival\/check-in$/;

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(function (cache) {
        return cache.addAll(SHELL);
      })
      .then(function () {
        return self.skipWaiting();
      }),
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf('festival-check-in-') === 0 && name !== CACHE;
            })
            .map(function (name) {
              return caches.delete(name);
            }),
        );
      })
      .then(function () {
        // The page that registered the worker is controlled at once, so it reopens offline.
        return self.clients.claim();
      }),
  );
});

function cached(request) {
  return caches.match(request, { ignoreSearch: true }).then(function (hit) {
    return hit || Response.error();
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && DOOR.test(url.pathname)) {
    // A scan posted while the phone believes it is online but the portal cannot be
    // reached: back to the cached door with the code in the fragment (never sent to a
    // server), where check-in-offline.js decides it against the day's list.
    event.respondWith(
      request
        .clone()
        .formData()
        .then(function (form) {
          return fetch(request).catch(function () {
            var code = String(form.get('code') || '');
            var back = url.origin + url.pathname + '#offline-code=' + encodeURIComponent(code);
            return Response.redirect(back, 303);
          });
        }),
    );
    return;
  }
  if (request.method !== 'GET') return;
  // Any asset the door's page loads (the list above, and whatever the layout adds later).
  var shell = url.pathname.indexOf('/static/') === 0;
  var door = DOOR.test(url.pathname);
  if (!shell && !door) return;
  event.respondWith(
    fetch(request)
      .then(function (response) {
        // Only the page itself as the signed-in organizer sees it: not a redirect to sign-in.
        if (response.ok && !response.redirected && response.type === 'basic') {
          var copy = response.clone();
          caches.open(CACHE).then(function (cache) {
            return cache.put(url.pathname, copy);
          });
        }
        return response;
      })
      .catch(function () {
        return cached(url.pathname);
      }),
  );
});
