// The door's offline memory (IndexedDB): the day's list of passes as the portal gave it
// (token hashes, short codes, names, roles, first admission) and the queue of admissions
// decided offline, each with the nonce made when it was scanned. Used by check-in-offline.js.
(function () {
  'use strict';
  var DB = 'festival-check-in';
  var opening = null;

  function open() {
    if (!opening)
      opening = new Promise(function (resolve, reject) {
        var request = indexedDB.open(DB, 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore('lists');
          request.result.createObjectStore('queue', { keyPath: 'nonce' });
          request.result.createObjectStore('meta');
        };
        request.onsuccess = function () {
          resolve(request.result);
        };
        request.onerror = function () {
          reject(request.error);
        };
      });
    return opening;
  }

  /** One request in its own transaction; resolves with its result once committed. */
  function run(store, mode, act) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(store, mode);
        var request = act(tx.objectStore(store));
        tx.oncomplete = function () {
          resolve(request.result);
        };
        tx.onerror = tx.onabort = function () {
          reject(tx.error);
        };
      });
    });
  }

  // The same rules as the portal's pass-codes.ts: a 43-character token, or a short code
  // typed in any case with spaces or dashes, from an alphabet without look-alikes.
  var TOKEN = /^[A-Za-z0-9_-]{43}$/;
  var SHORT = /^[ACDEFGHJKMNPQRTUVWXY3467]{8}$/;

  /** SHA-256 of a token, base64url: how the portal's list names a pass without its token. */
  function tokenHash(token) {
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)).then(function (buf) {
      var bytes = new Uint8Array(buf);
      var binary = '';
      for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
      return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    });
  }

  /** The list entry a scanned token or typed short code names, and the code to upload. */
  function find(list, typed) {
    var code = typed.trim();
    var passes = (list && list.passes) || [];
    if (TOKEN.test(code))
      return tokenHash(code).then(function (hash) {
        var pass = passes.filter(function (p) {
          return p.tokenHash === hash;
        })[0];
        return { pass: pass, code: code };
      });
    var short = code.toUpperCase().replace(/[\s-]/g, '');
    var pass = SHORT.test(short)
      ? passes.filter(function (p) {
          return p.shortCode === short;
        })[0]
      : undefined;
    return Promise.resolve({ pass: pass, code: short });
  }

  var store = {
    list: function (contestId) {
      return run('lists', 'readonly', function (s) {
        return s.get(contestId);
      });
    },
    /**
     * Keeps the portal's newer list, except admissions this phone made that the portal
     * has not heard of yet (still in the queue): those stay admitted here.
     */
    saveList: function (contestId, fresh) {
      return store.list(contestId).then(function (old) {
        var mine = {};
        ((old && old.passes) || []).forEach(function (p) {
          if (p.checkedInAt) mine[p.tokenHash] = p.checkedInAt;
        });
        fresh.passes.forEach(function (p) {
          if (!p.checkedInAt && mine[p.tokenHash]) p.checkedInAt = mine[p.tokenHash];
        });
        return run('lists', 'readwrite', function (s) {
          return s.put(fresh, contestId);
        });
      });
    },
    queued: function (contestId) {
      return run('queue', 'readonly', function (s) {
        return s.getAll();
      }).then(function (all) {
        return all.filter(function (scan) {
          return scan.contestId === contestId;
        });
      });
    },
    /** Forgets uploaded scans: only those the portal answered for. */
    acknowledge: function (nonces) {
      return open().then(function (db) {
        return new Promise(function (resolve, reject) {
          var tx = db.transaction('queue', 'readwrite');
          nonces.forEach(function (nonce) {
            tx.objectStore('queue').delete(nonce);
          });
          tx.oncomplete = resolve;
          tx.onerror = tx.onabort = function () {
            reject(tx.error);
          };
        });
      });
    },
    deviceId: function () {
      return run('meta', 'readonly', function (s) {
        return s.get('deviceId');
      }).then(function (id) {
        if (id) return id;
        var made = crypto.randomUUID();
        return run('meta', 'readwrite', function (s) {
          return s.put(made, 'deviceId');
        }).then(function () {
          return made;
        });
      });
    },
    /**
     * Decides a scan against the stored list, as the portal would: `admitted` (recorded in
     * the list and queued with a fresh nonce, in one transaction), `already` (admitted
     * before, by the portal or this phone), or `unknown` (no pass of the list).
     */
    decide: function (contestId, typed) {
      return store.list(contestId).then(function (list) {
        return find(list, typed).then(function (found) {
          if (!found.pass) return { outcome: 'unknown' };
          if (found.pass.checkedInAt) return { outcome: 'already', pass: found.pass };
          var now = new Date().toISOString();
          found.pass.checkedInAt = now;
          var scan = {
            nonce: crypto.randomUUID(),
            contestId: contestId,
            code: found.code,
            scannedAt: now,
          };
          return open().then(function (db) {
            return new Promise(function (resolve, reject) {
              var tx = db.transaction(['lists', 'queue'], 'readwrite');
              tx.objectStore('lists').put(list, contestId);
              tx.objectStore('queue').add(scan);
              tx.oncomplete = function () {
                resolve({ outcome: 'admitted', pass: found.pass });
              };
              tx.onerror = tx.onabort = function () {
                reject(tx.error);
              };
            });
          });
        });
      });
    },
  };

  window.checkInStore = store;
})();
